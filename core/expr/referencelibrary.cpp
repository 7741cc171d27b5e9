#include "referencelibrary.h"

#include "common/privatedir.h"
#include "expr/facecrops.h"
#include "expr/feenet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ReferenceLibrary", text);
}

QJsonObject readTags(const QString &folder)
{
    QFile file(QDir(folder).filePath(ReferenceLibrary::tagsFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

Result<ReferenceLibrary> ReferenceLibrary::load(const QString &folder, const FeeNet &net,
                                                const ExprFaceFinder &finder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return Error{
            tr("The reference folder %1 does not exist.").arg(QDir::toNativeSeparators(folder))};
    ReferenceLibrary library;
    library.m_folder = dir.absolutePath();
    const QJsonObject tags = readTags(folder);
    const QStringList images = dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"),
                                              QStringLiteral("*.jpeg")},
                                             QDir::Files, QDir::Name);
    std::vector<cv::Mat> crops;
    for (const QString &file : images) {
        ReferenceFace face;
        face.name = QFileInfo(file).completeBaseName();
        face.imagePath = dir.filePath(file);
        for (const QJsonValue &v : tags.value(face.name).toArray())
            if (!v.toString().trimmed().isEmpty())
                face.tags << v.toString().trimmed();
        if (face.tags.isEmpty())
            face.tags << face.name;
        const cv::Mat image = cv::imread(face.imagePath.toStdString(), cv::IMREAD_COLOR);
        if (image.empty()) {
            library.m_problems << tr("%1: not a readable image").arg(file);
            continue;
        }
        const auto shape = finder.largestFace(image);
        if (!shape) {
            library.m_problems << tr("%1: %2").arg(file, shape.error().message);
            continue;
        }
        face.crop = ExprFaceFinder::crop(image, shape.value().points);
        crops.push_back(face.crop);
        library.m_faces.push_back(face);
    }
    if (library.m_faces.empty())
        return Error{tr("The reference folder %1 holds no image with a face.")
                         .arg(QDir::toNativeSeparators(folder)),
                     library.m_problems.join(QLatin1String("; "))};
    const auto embeddings = net.embed(crops);
    if (!embeddings)
        return embeddings.error();
    for (size_t i = 0; i < library.m_faces.size(); ++i) {
        const float *row = embeddings.value().ptr<float>(int(i));
        library.m_faces[i].embedding.assign(row, row + embeddings.value().cols);
    }
    return library;
}

Result<QString> ReferenceLibrary::addReference(const QString &folder, const QString &name,
                                               const QStringList &tags, const cv::Mat &image,
                                               const ExprFaceFinder &finder)
{
    static const QRegularExpression valid(QStringLiteral("^[\\w][\\w .-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return Error{tr("The reference name \"%1\" is not usable: use letters, digits, spaces, "
                        "dots or dashes (at most 64).")
                         .arg(name)};
    QStringList cleanTags;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty())
            cleanTags << t.trimmed();
    if (cleanTags.isEmpty())
        return Error{tr("A reference face needs at least one tag.")};
    if (image.empty() || image.type() != CV_8UC3)
        return Error{tr("The reference image is empty or not a colour image.")};
    const auto shape = finder.largestFace(image);
    if (!shape)
        return shape.error();
    const auto created = makePrivateDir(folder);
    if (!created)
        return created.error();
    const QString path = QDir(created.value()).filePath(name + QStringLiteral(".png"));
    std::vector<uchar> png;
    if (!cv::imencode(".png", image, png))
        return Error{tr("The reference image could not be encoded.")};
    QSaveFile imageFile(path);
    if (!imageFile.open(QIODevice::WriteOnly)
        || imageFile.write(reinterpret_cast<const char *>(png.data()), qint64(png.size()))
               != qint64(png.size())
        || !imageFile.commit())
        return Error{tr("The reference image could not be written to %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     imageFile.errorString()};
    QJsonObject all = readTags(created.value());
    all.insert(name, QJsonArray::fromStringList(cleanTags));
    QSaveFile tagsFile(QDir(created.value()).filePath(tagsFileName()));
    const QByteArray json = QJsonDocument(all).toJson();
    if (!tagsFile.open(QIODevice::WriteOnly) || tagsFile.write(json) != json.size()
        || !tagsFile.commit())
        return Error{tr("The tags of the reference library could not be written."),
                     tagsFile.errorString()};
    return path;
}

std::vector<ReferenceEmbedding> ReferenceLibrary::embeddings() const
{
    std::vector<ReferenceEmbedding> out;
    for (const ReferenceFace &f : m_faces)
        out.push_back({f.name, f.tags, f.embedding});
    return out;
}

QStringList ReferenceLibrary::tags() const
{
    QStringList all;
    for (const ReferenceFace &f : m_faces)
        for (const QString &t : f.tags)
            if (!all.contains(t))
                all << t;
    return all;
}

} // namespace fm
