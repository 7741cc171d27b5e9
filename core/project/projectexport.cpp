#include "projectexport.h"

#include "project/project.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectExport", text);
}

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return textOrNull(store::toDbTime(time));
}

QString markerSource(const Annotation &a, Marker marker)
{
    if (a.reviewed(marker))
        return QStringLiteral("reviewer");
    return a.automaticValue(marker) ? QStringLiteral("auto") : QStringLiteral("none");
}

struct Row
{
    Subject subject;
    Motion motion;
    Clip clip;
    Annotation annotation;
    Review review;
};

QVector<Row> rows(Project &project)
{
    QHash<qint64, Subject> subjects;
    for (const Subject &s : project.subjects())
        subjects.insert(s.id, s);
    QHash<qint64, Motion> motions;
    for (const Motion &m : project.motions())
        motions.insert(m.id, m);
    QHash<qint64, Annotation> annotations;
    for (const Annotation &a : store::annotations(project.database()))
        annotations.insert(a.clipId, a);
    QHash<qint64, Review> reviews;
    for (const Review &r : store::reviews(project.database()))
        reviews.insert(r.clipId, r);
    QVector<Row> result;
    for (const Clip &c : project.clips()) {
        Row row;
        row.clip = c;
        row.motion = motions.value(c.motionId);
        row.subject = subjects.value(row.motion.subjectId);
        row.annotation = annotations.value(c.id);
        row.annotation.clipId = c.id;
        row.review = reviews.value(c.id);
        row.review.clipId = c.id;
        result.append(row);
    }
    std::sort(result.begin(), result.end(), [](const Row &a, const Row &b) {
        if (a.subject.code != b.subject.code)
            return a.subject.code < b.subject.code;
        if (a.motion.name != b.motion.name)
            return a.motion.name < b.motion.name;
        return a.clip.repetition < b.clip.repetition;
    });
    return result;
}

QJsonObject rowObject(Project &project, const Row &r)
{
    const Annotation &a = r.annotation;
    return QJsonObject{
        {QStringLiteral("clip_id"), r.clip.id},
        {QStringLiteral("subject"), r.subject.code},
        {QStringLiteral("motion"), r.motion.name},
        {QStringLiteral("motion_kind"), motionKindName(r.motion.kind)},
        {QStringLiteral("word"), r.motion.word},
        {QStringLiteral("repetition"), r.clip.repetition},
        {QStringLiteral("file"), r.clip.file},
        {QStringLiteral("referenced"), r.clip.referenced},
        {QStringLiteral("missing"), !QFileInfo::exists(project.clipPath(r.clip))},
        {QStringLiteral("content_hash"), r.clip.contentHash},
        {QStringLiteral("fps"), r.clip.fps},
        {QStringLiteral("frames"), r.clip.frames},
        {QStringLiteral("width"), r.clip.width},
        {QStringLiteral("height"), r.clip.height},
        {QStringLiteral("file_size"), r.clip.fileSize},
        {QStringLiteral("recorded_at"), timeOrNull(r.clip.recordedAt)},
        {QStringLiteral("imported_at"), timeOrNull(r.clip.importedAt)},
        {QStringLiteral("auto_onset"), optionalJson(a.automatic.onset)},
        {QStringLiteral("auto_apex"), optionalJson(a.automatic.apex)},
        {QStringLiteral("auto_offset"), optionalJson(a.automatic.offset)},
        {QStringLiteral("auto_confidence"), a.automatic.method.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(a.automatic.confidence)},
        {QStringLiteral("auto_method"), textOrNull(a.automatic.method)},
        {QStringLiteral("analysis_cache"), textOrNull(a.automatic.cacheFile)},
        {QStringLiteral("analysis_cache_hash"), textOrNull(a.automatic.cacheHash)},
        {QStringLiteral("reviewer_onset"), optionalJson(a.onset)},
        {QStringLiteral("reviewer_apex"), optionalJson(a.apex)},
        {QStringLiteral("reviewer_offset"), optionalJson(a.offset)},
        {QStringLiteral("edited_by"), textOrNull(a.editedBy)},
        {QStringLiteral("edited_at"), timeOrNull(a.editedAt)},
        {QStringLiteral("onset"), optionalJson(a.effective(Marker::Onset))},
        {QStringLiteral("apex"), optionalJson(a.effective(Marker::Apex))},
        {QStringLiteral("offset"), optionalJson(a.effective(Marker::Offset))},
        {QStringLiteral("review_status"), reviewStatusName(r.review.status)},
        {QStringLiteral("review_reason"), textOrNull(exclusionReasonName(r.review.reason))},
        {QStringLiteral("review_note"), r.review.note},
        {QStringLiteral("reviewer"), textOrNull(r.review.reviewer)},
        {QStringLiteral("reviewed_at"), timeOrNull(r.review.reviewedAt)},
    };
}

QString csvField(const QJsonValue &value)
{
    QString text;
    if (value.isNull() || value.isUndefined())
        return text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 12);
    else
        text = value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

Result<bool> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{tr("\"%1\" could not be written (is the folder writable and the disk not "
                        "full?).")
                         .arg(path),
                     file.errorString()};
    }
    return true;
}

QJsonObject header(Project &project, const QString &format)
{
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("version"), 1},
        {QStringLiteral("project"), project.folder()},
        {QStringLiteral("schema_version"), project.schemaVersion()},
        {QStringLiteral("created_at"), store::toDbTime(QDateTime::currentDateTimeUtc())},
    };
}

} // namespace

const QStringList &ProjectExport::columns()
{
    static const QStringList list = {QStringLiteral("clip_id"),
                                     QStringLiteral("subject"),
                                     QStringLiteral("motion"),
                                     QStringLiteral("motion_kind"),
                                     QStringLiteral("word"),
                                     QStringLiteral("repetition"),
                                     QStringLiteral("file"),
                                     QStringLiteral("referenced"),
                                     QStringLiteral("missing"),
                                     QStringLiteral("content_hash"),
                                     QStringLiteral("fps"),
                                     QStringLiteral("frames"),
                                     QStringLiteral("width"),
                                     QStringLiteral("height"),
                                     QStringLiteral("file_size"),
                                     QStringLiteral("recorded_at"),
                                     QStringLiteral("imported_at"),
                                     QStringLiteral("auto_onset"),
                                     QStringLiteral("auto_apex"),
                                     QStringLiteral("auto_offset"),
                                     QStringLiteral("auto_confidence"),
                                     QStringLiteral("auto_method"),
                                     QStringLiteral("analysis_cache"),
                                     QStringLiteral("analysis_cache_hash"),
                                     QStringLiteral("reviewer_onset"),
                                     QStringLiteral("reviewer_apex"),
                                     QStringLiteral("reviewer_offset"),
                                     QStringLiteral("edited_by"),
                                     QStringLiteral("edited_at"),
                                     QStringLiteral("onset"),
                                     QStringLiteral("apex"),
                                     QStringLiteral("offset"),
                                     QStringLiteral("review_status"),
                                     QStringLiteral("review_reason"),
                                     QStringLiteral("review_note"),
                                     QStringLiteral("reviewer"),
                                     QStringLiteral("reviewed_at")};
    return list;
}

Result<bool> ProjectExport::writeCsv(Project &project, const QString &path)
{
    QByteArray bytes = columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Row &r : rows(project)) {
        const QJsonObject object = rowObject(project, r);
        QStringList fields;
        for (const QString &column : columns())
            fields << csvField(object.value(column));
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return save(path, bytes);
}

Result<bool> ProjectExport::writeJson(Project &project, const QString &path)
{
    QJsonObject root = header(project, QStringLiteral("facemotion-annotations"));
    QJsonArray clips;
    for (const Row &r : rows(project))
        clips.append(rowObject(project, r));
    root.insert(QStringLiteral("clips"), clips);
    return save(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QJsonObject ProjectExport::manifest(Project &project, const ClipSelection &selection,
                                    const DatasetSplit *split)
{
    QJsonObject root = header(project, QStringLiteral("facemotion-dataset-manifest"));
    root.insert(QStringLiteral("selection"),
                QJsonObject{{QStringLiteral("include_pending"), selection.includePending},
                            {QStringLiteral("include_excluded"), selection.includeExcluded}});
    if (split) {
        root.insert(QStringLiteral("split"),
                    QJsonObject{{QStringLiteral("name"), textOrNull(split->name)},
                                {QStringLiteral("folds"), split->options.folds},
                                {QStringLiteral("seed"), qint64(split->options.seed)},
                                {QStringLiteral("validation_fraction"),
                                 split->options.validationFraction}});
    } else {
        root.insert(QStringLiteral("split"), QJsonValue(QJsonValue::Null));
    }
    QJsonArray clips;
    int left = 0;
    QHash<QString, QJsonObject> subjects;
    for (const Row &r : rows(project)) {
        if (!selection.accepts(r.review.status)) {
            ++left;
            continue;
        }
        const Annotation &a = r.annotation;
        const int fold = split ? split->foldOfSubject.value(r.subject.id, -1) : -1;
        const QString set = !split ? QString()
                                   : (split->validationSubjects.contains(r.subject.id)
                                          ? QStringLiteral("validation")
                                          : QStringLiteral("train"));
        clips.append(QJsonObject{
            {QStringLiteral("clip_id"), r.clip.id},
            {QStringLiteral("subject"), r.subject.code},
            {QStringLiteral("motion"), r.motion.name},
            {QStringLiteral("motion_kind"), motionKindName(r.motion.kind)},
            {QStringLiteral("repetition"), r.clip.repetition},
            {QStringLiteral("file"), project.clipPath(r.clip)},
            {QStringLiteral("content_hash"), r.clip.contentHash},
            {QStringLiteral("fps"), r.clip.fps},
            {QStringLiteral("frames"), r.clip.frames},
            {QStringLiteral("onset"), optionalJson(a.effective(Marker::Onset))},
            {QStringLiteral("apex"), optionalJson(a.effective(Marker::Apex))},
            {QStringLiteral("offset"), optionalJson(a.effective(Marker::Offset))},
            {QStringLiteral("onset_source"), markerSource(a, Marker::Onset)},
            {QStringLiteral("apex_source"), markerSource(a, Marker::Apex)},
            {QStringLiteral("offset_source"), markerSource(a, Marker::Offset)},
            {QStringLiteral("analysis_cache_hash"), textOrNull(a.automatic.cacheHash)},
            {QStringLiteral("review_status"), reviewStatusName(r.review.status)},
            {QStringLiteral("fold"), split ? QJsonValue(fold) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("set"), textOrNull(set)},
        });
        if (split && !subjects.contains(r.subject.code)) {
            subjects.insert(r.subject.code, QJsonObject{{QStringLiteral("subject"), r.subject.code},
                                                        {QStringLiteral("fold"), fold},
                                                        {QStringLiteral("set"), set}});
        }
    }
    root.insert(QStringLiteral("clips"), clips);
    root.insert(QStringLiteral("clip_count"), int(clips.size()));
    root.insert(QStringLiteral("clips_left_out"), left);
    QJsonArray subjectList;
    for (const QJsonObject &s : subjects)
        subjectList.append(s);
    root.insert(QStringLiteral("subjects"), subjectList);
    QJsonArray unusable;
    if (split) {
        for (const UnusableMotion &u : split->unusable)
            unusable.append(QJsonObject{{QStringLiteral("subject"), u.subjectCode},
                                        {QStringLiteral("motion"), u.motionName},
                                        {QStringLiteral("usable_clips"), u.usableClips}});
    }
    root.insert(QStringLiteral("unusable_motions"), unusable);
    // Identity of the data: hash of the compact clip list (ids, hashes, marker values, folds).
    const QByteArray canonical = QJsonDocument(clips).toJson(QJsonDocument::Compact);
    root.insert(QStringLiteral("clips_sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    return root;
}

Result<bool> ProjectExport::writeManifest(Project &project, const QString &path,
                                          const ClipSelection &selection, const DatasetSplit *split)
{
    return save(path,
                QJsonDocument(manifest(project, selection, split)).toJson(QJsonDocument::Indented));
}

} // namespace fm
