#include "referencelibrary.h"

#include "common/privatedir.h"
#include "expr/facecrops.h"
#include "expr/feenet.h"
#include "expr/identityrelative.h"
#include "nets/facerecognizer.h"

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

std::vector<float> rowVector(const cv::Mat &m, int row)
{
    return std::vector<float>(m.ptr<float>(row), m.ptr<float>(row) + m.cols);
}

Result<bool> writePng(const QString &path, const cv::Mat &image)
{
    std::vector<uchar> png;
    if (!cv::imencode(".png", image, png))
        return Error{tr("The reference image could not be encoded.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(png.data()), qint64(png.size()))
               != qint64(png.size())
        || !file.commit())
        return Error{tr("The reference image could not be written to %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return true;
}

} // namespace

Result<ReferenceLibrary> ReferenceLibrary::load(const QString &folder, const FeeNet &net,
                                                const ExprFaceFinder &finder,
                                                const FaceRecognizer *recognizer)
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
    std::vector<cv::Mat> neutralCrops;
    std::vector<int> neutralOwner; // reference index of each neutral crop
    for (const QString &file : images) {
        ReferenceFace face;
        face.name = QFileInfo(file).completeBaseName();
        if (face.name.endsWith(neutralSuffix()))
            continue; // the neutral face of a reference, read with it
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
        for (const QString &ext : {QStringLiteral(".png"), QStringLiteral(".jpg")}) {
            const QString path = dir.filePath(face.name + neutralSuffix() + ext);
            if (!QFileInfo::exists(path))
                continue;
            const cv::Mat neutral = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
            const auto neutralShape = neutral.empty() ? Result<FaceShape>(Error{tr("unreadable")})
                                                      : finder.largestFace(neutral);
            if (!neutralShape) {
                library.m_problems
                    << tr("%1: the neutral face is not usable (%2)")
                           .arg(QFileInfo(path).fileName(), neutralShape.error().message);
                break;
            }
            face.neutralPath = path;
            neutralCrops.push_back(ExprFaceFinder::crop(neutral, neutralShape.value().points));
            neutralOwner.push_back(int(library.m_faces.size()));
            break;
        }
        crops.push_back(face.crop);
        library.m_faces.push_back(face);
    }
    if (library.m_faces.empty())
        return Error{tr("The reference folder %1 holds no image with a face.")
                         .arg(QDir::toNativeSeparators(folder)),
                     library.m_problems.join(QLatin1String("; "))};
    const auto features = net.backboneFeatures(crops);
    if (!features)
        return features.error();
    const auto neutralFeatures = net.backboneFeatures(neutralCrops);
    if (!neutralFeatures)
        return neutralFeatures.error();
    cv::Mat descriptors;
    if (recognizer) {
        auto d = recognizer->descriptors(crops);
        if (!d)
            return d.error();
        descriptors = d.value();
    }
    for (size_t i = 0; i < library.m_faces.size(); ++i) {
        library.m_faces[i].feature = rowVector(features.value(), int(i));
        if (!descriptors.empty())
            library.m_faces[i].descriptor = rowVector(descriptors, int(i));
    }
    for (size_t k = 0; k < neutralOwner.size(); ++k)
        library.m_faces[size_t(neutralOwner[k])].neutral = rowVector(neutralFeatures.value(),
                                                                     int(k));
    // Embeddings against the library's own baselines (a video identity can refine them later).
    std::vector<ReferenceEmbedding> refs = library.embeddings();
    identityrelative::embedReferences(refs, net);
    for (size_t i = 0; i < refs.size(); ++i) {
        library.m_faces[i].embedding = refs[i].embedding;
        library.m_faces[i].baseline = refs[i].baseline;
    }
    return library;
}

Result<QString> ReferenceLibrary::addReference(const QString &folder, const QString &name,
                                               const QStringList &tags, const cv::Mat &image,
                                               const ExprFaceFinder &finder, const cv::Mat &neutral)
{
    static const QRegularExpression valid(QStringLiteral("^[\\w][\\w .-]{0,63}$"));
    if (!valid.match(name).hasMatch() || name.endsWith(neutralSuffix()))
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
    if (!neutral.empty()) {
        if (neutral.type() != CV_8UC3)
            return Error{tr("The neutral image is not a colour image.")};
        const auto neutralShape = finder.largestFace(neutral);
        if (!neutralShape)
            return Error{tr("No face was found in the neutral image."),
                         neutralShape.error().message};
    }
    const auto created = makePrivateDir(folder);
    if (!created)
        return created.error();
    const QString path = QDir(created.value()).filePath(name + QStringLiteral(".png"));
    const QString neutralPath = QDir(created.value())
                                    .filePath(name + neutralSuffix() + QStringLiteral(".png"));
    auto written = writePng(path, image);
    if (!written)
        return written.error();
    if (!neutral.empty()) {
        written = writePng(neutralPath, neutral);
        if (!written)
            return written.error();
    } else if (QFileInfo::exists(neutralPath)) {
        QFile::remove(neutralPath); // a replaced reference must not keep another face's neutral
    }
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

std::vector<ReferenceEmbedding> ReferenceLibrary::embeddingsOf(
    const std::vector<ReferenceFace> &faces)
{
    std::vector<ReferenceEmbedding> out;
    for (const ReferenceFace &f : faces) {
        ReferenceEmbedding e;
        e.name = f.name;
        e.tags = f.tags;
        e.embedding = f.embedding;
        e.feature = f.feature;
        e.neutral = f.neutral;
        e.descriptor = f.descriptor;
        e.baseline = f.baseline;
        out.push_back(e);
    }
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
