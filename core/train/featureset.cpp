#include "featureset.h"

#include "viewtransform.h"

#include "nets/featurecache.h"
#include "project/project.h"
#include "project/projecttypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::FeatureSet", text);
}

constexpr char kMagic[8] = {'F', 'M', 'F', 'E', 'A', 'T', 'S', '1'};
constexpr int kChecksumSize = 32;
constexpr int kMaxViews = 64;

void appendFloats(QByteArray &data, const std::vector<float> &values)
{
    const qsizetype start = data.size();
    data.resize(start + qsizetype(values.size() * 4));
    for (size_t i = 0; i < values.size(); ++i) {
        quint32 bits;
        std::memcpy(&bits, &values[i], 4);
        qToLittleEndian(bits, data.data() + start + qsizetype(4 * i));
    }
}

/** Reads `count` little-endian floats at `offset` (checked by the caller) and moves past them. */
std::vector<float> readFloats(const QByteArray &body, qsizetype &offset, size_t count)
{
    std::vector<float> values(count);
    for (size_t i = 0; i < count; ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(body.constData() + offset + 4 * i);
        std::memcpy(&values[i], &bits, 4);
    }
    offset += qsizetype(count * 4);
    return values;
}

} // namespace

QStringList FeatureSet::subjects() const
{
    QSet<QString> set;
    for (const ClipFeatures &c : clips)
        set.insert(c.subject);
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

Result<bool> FeatureSet::validate() const
{
    if (dim <= 0)
        return Error{tr("The features have no dimension.")};
    if (clips.empty())
        return Error{tr("There are no clips to train on.")};
    QSet<QString> ids;
    std::map<QString, std::map<QString, int>> perSubject;
    for (const ClipFeatures &c : clips) {
        if (c.id.isEmpty() || ids.contains(c.id))
            return Error{tr("Clip ids must be unique and non-empty (\"%1\").").arg(c.id)};
        ids.insert(c.id);
        if (c.subject.isEmpty() || c.motion.isEmpty())
            return Error{tr("Clip \"%1\" has no subject or motion.").arg(c.id)};
        if (c.frames <= 0 || c.values.size() != size_t(c.frames) * size_t(dim))
            return Error{tr("Clip \"%1\" has no frames or the wrong number of values.").arg(c.id)};
        for (float v : c.values) {
            if (!std::isfinite(v))
                return Error{tr("Clip \"%1\" has a feature that is not a finite number.").arg(c.id)};
        }
        for (const std::vector<float> &view : c.views) {
            if (view.size() != c.values.size())
                return Error{tr("A view of clip \"%1\" has the wrong number of values.").arg(c.id)};
            if (!std::all_of(view.begin(), view.end(), [](float v) { return std::isfinite(v); }))
                return Error{tr("Clip \"%1\" has a feature that is not a finite number.").arg(c.id)};
        }
        if ((c.onset && (*c.onset < 0 || *c.onset >= c.frames))
            || (c.offset && (*c.offset < 0 || *c.offset >= c.frames))
            || (c.onset && c.offset && *c.onset > *c.offset))
            return Error{tr("Clip \"%1\" has onset/offset markers outside the clip or in the "
                            "wrong order.")
                             .arg(c.id)};
        ++perSubject[c.subject][c.motion];
    }
    for (const auto &[subject, motions] : perSubject) {
        if (motions.size() < 2)
            return Error{tr("Subject \"%1\" has only one motion: no negative pair can be formed "
                            "with the same subject.")
                             .arg(subject)};
        for (const auto &[motion, count] : motions) {
            if (count < 2)
                return Error{tr("Motion \"%1\" of subject \"%2\" has only one clip: no positive "
                                "pair can be formed.")
                                 .arg(motion, subject)};
        }
    }
    return true;
}

Result<bool> FeatureSet::keepKinds(const QStringList &kinds)
{
    if (kinds.isEmpty())
        return true;
    const auto unknown = std::find_if(clips.begin(), clips.end(),
                                      [](const ClipFeatures &c) { return c.kind.isEmpty(); });
    if (unknown != clips.end())
        return Error{tr("The features do not record motion kinds (clip \"%1\"), so \"kinds\" "
                        "(%2) cannot be applied. Write the bundle again with this version "
                        "(fmstudio-cli features PROJECT --bundle FILE) or train on the project.")
                         .arg(unknown->id, kinds.join(QStringLiteral(", ")))};
    clips.erase(std::remove_if(clips.begin(), clips.end(),
                               [&](const ClipFeatures &c) { return !kinds.contains(c.kind); }),
                clips.end());
    return true;
}

namespace featurebundle {

Result<bool> write(const QString &path, const FeatureSet &set)
{
    QJsonArray clips;
    for (const ClipFeatures &c : set.clips) {
        if (c.values.size() != size_t(c.frames) * size_t(set.dim))
            return Error{tr("Clip \"%1\" has the wrong number of values.").arg(c.id)};
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("subject"), c.subject},
                      {QStringLiteral("motion"), c.motion},
                      {QStringLiteral("frames"), c.frames}};
        if (!c.kind.isEmpty())
            o.insert(QStringLiteral("kind"), c.kind);
        if (c.onset)
            o.insert(QStringLiteral("onset"), *c.onset);
        if (c.offset)
            o.insert(QStringLiteral("offset"), *c.offset);
        if (int(c.views.size()) > kMaxViews
            || std::any_of(c.views.begin(), c.views.end(), [&](const std::vector<float> &v) {
                   return v.size() != c.values.size();
               }))
            return Error{tr("A view of clip \"%1\" has the wrong number of values.").arg(c.id)};
        if (!c.views.empty())
            o.insert(QStringLiteral("views"), int(c.views.size()));
        clips.append(o);
    }
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("dim"), set.dim},
                                                        {QStringLiteral("sfe"), set.source.sfe},
                                                        {QStringLiteral("clips"), clips}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray data(kMagic, sizeof(kMagic));
    char len[4];
    qToLittleEndian(quint32(header.size()), len);
    data.append(len, 4);
    data.append(header);
    for (const ClipFeatures &c : set.clips) {
        appendFloats(data, c.values);
        for (const std::vector<float> &view : c.views)
            appendFloats(data, view);
    }
    data.append(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QSaveFile file(path);
    // Face features are biometric data: the bundle is readable by its owner only.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        return Error{tr("The features bundle \"%1\" could not be written.").arg(path),
                     file.errorString()};
    return true;
}

Result<FeatureSet> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The features bundle \"%1\" could not be read.").arg(path),
                     file.errorString()};
    const QByteArray data = file.readAll();
    const Error corrupt{tr("\"%1\" is not a features bundle or is damaged.").arg(path)};
    if (data.size() < qsizetype(sizeof(kMagic)) + 4 + kChecksumSize
        || std::memcmp(data.constData(), kMagic, sizeof(kMagic)) != 0)
        return corrupt;
    const QByteArray body = data.left(data.size() - kChecksumSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != data.right(kChecksumSize))
        return corrupt;
    const quint32 headerSize = qFromLittleEndian<quint32>(body.constData() + sizeof(kMagic));
    qsizetype offset = qsizetype(sizeof(kMagic)) + 4;
    if (qsizetype(headerSize) > body.size() - offset)
        return corrupt;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body.mid(offset, headerSize), &perr);
    if (!doc.isObject())
        return corrupt;
    offset += headerSize;
    FeatureSet set;
    set.dim = doc[QStringLiteral("dim")].toInt();
    set.source = {QStringLiteral("bundle"), QFileInfo(path).absoluteFilePath(),
                  doc[QStringLiteral("sfe")].toString()};
    if (set.dim <= 0)
        return corrupt;
    for (const QJsonValue v : doc[QStringLiteral("clips")].toArray()) {
        const QJsonObject o = v.toObject();
        ClipFeatures c;
        c.id = o[QStringLiteral("id")].toString();
        c.subject = o[QStringLiteral("subject")].toString();
        c.motion = o[QStringLiteral("motion")].toString();
        c.kind = o[QStringLiteral("kind")].toString();
        c.frames = o[QStringLiteral("frames")].toInt();
        if (o.contains(QStringLiteral("onset")))
            c.onset = o[QStringLiteral("onset")].toInt();
        if (o.contains(QStringLiteral("offset")))
            c.offset = o[QStringLiteral("offset")].toInt();
        const int views = o[QStringLiteral("views")].toInt();
        const qsizetype bytes = qsizetype(c.frames) * set.dim * 4;
        if (c.frames <= 0 || views < 0 || views > kMaxViews
            || bytes * (1 + views) > body.size() - offset)
            return corrupt;
        c.values = readFloats(body, offset, size_t(c.frames) * size_t(set.dim));
        for (int v = 0; v < views; ++v)
            c.views.push_back(readFloats(body, offset, c.values.size()));
        set.clips.push_back(std::move(c));
    }
    if (offset != body.size())
        return corrupt;
    return set;
}

} // namespace featurebundle

Result<FeatureSet> loadProjectFeatures(const QString &projectFolder,
                                       const ProjectFeatureOptions &options)
{
    Result<std::unique_ptr<Project>> opened = Project::open(projectFolder);
    if (!opened)
        return opened.error();
    Project &project = *opened.value();
    const QString cacheDir = options.cacheDir.isEmpty()
                                 ? QDir(project.cacheDir()).filePath(QStringLiteral("features"))
                                 : options.cacheDir;
    QHash<qint64, Subject> subjects;
    for (const Subject &s : project.subjects())
        subjects.insert(s.id, s);
    QHash<qint64, Motion> motions;
    for (const Motion &m : project.motions())
        motions.insert(m.id, m);

    FeatureSet set;
    set.source = {QStringLiteral("project"), QDir(projectFolder).absolutePath(), options.sfe};
    int missing = 0, missingViews = 0;
    QString firstMissing;
    for (const Clip &clip : project.clips()) {
        const Motion motion = motions.value(clip.motionId);
        if (!options.kinds.isEmpty() && !options.kinds.contains(motionKindName(motion.kind)))
            continue;
        const ReviewStatus status = project.review(clip.id).status;
        if ((status == ReviewStatus::Pending && !options.includePending)
            || (status == ReviewStatus::Excluded && !options.includeExcluded))
            continue;
        const Result<cv::Mat> features = FeatureCache(cacheDir,
                                                      FeatureCacheKey{clip.contentHash, options.sfe,
                                                                      options.crop})
                                             .load();
        if (!features) {
            if (missing++ == 0)
                firstMissing = project.clipPath(clip);
            continue;
        }
        const cv::Mat &m = features.value();
        if (set.dim == 0)
            set.dim = m.cols;
        if (m.cols != set.dim)
            return Error{tr("The cached features of \"%1\" have %2 columns, others %3.")
                             .arg(project.clipPath(clip))
                             .arg(m.cols)
                             .arg(set.dim)};
        const Annotation annotation = project.annotation(clip.id);
        ClipFeatures c;
        c.id = QString::number(clip.id);
        c.subject = subjects.value(motion.subjectId).code;
        c.motion = motion.name;
        c.kind = motionKindName(motion.kind);
        c.frames = m.rows;
        c.onset = annotation.effective(Marker::Onset);
        c.offset = annotation.effective(Marker::Offset);
        if (c.onset && *c.onset >= c.frames)
            c.onset.reset();
        if (c.offset && *c.offset >= c.frames)
            c.offset.reset();
        c.values.assign(m.ptr<float>(), m.ptr<float>() + m.total());
        for (int v = 1; v <= options.views; ++v) {
            const Result<cv::Mat> view = FeatureCache(cacheDir,
                                                      FeatureCacheKey{clip.contentHash, options.sfe,
                                                                      viewCropSettings(options.crop,
                                                                                       v)})
                                             .load();
            if (!view || view->rows != m.rows || view->cols != m.cols)
                break;
            c.views.emplace_back(view->ptr<float>(), view->ptr<float>() + view->total());
        }
        if (int(c.views.size()) < options.views) {
            if (missingViews++ == 0)
                firstMissing = project.clipPath(clip);
            continue;
        }
        set.clips.push_back(std::move(c));
    }
    if (missingViews > 0 && missing == 0)
        return Error{QCoreApplication::translate("fm::FeatureSet",
                                                 "%n clip(s) have fewer than %1 cached SS views; "
                                                 "compute the features with that many views "
                                                 "first.",
                                                 nullptr, missingViews)
                         .arg(options.views),
                     tr("first missing: %1 (cache folder %2)").arg(firstMissing, cacheDir)};
    if (missing > 0)
        return Error{QCoreApplication::translate("fm::FeatureSet",
                                                 "%n clip(s) have no cached features for \"%1\"; "
                                                 "compute the features first.",
                                                 nullptr, missing)
                         .arg(options.sfe),
                     tr("first missing: %1 (cache folder %2)").arg(firstMissing, cacheDir)};
    return set;
}

} // namespace fm
