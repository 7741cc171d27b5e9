#include "projectstore.h"

#include "project/projectdatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace fm::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectStore", text);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QSqlQuery prepared(ProjectDatabase &db, const char *sql)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    return q;
}

const char kSubjectColumns[] = "SELECT id, code, notes, consent_date FROM subject ";
const char kMotionColumns[] = "SELECT id, subject_id, name, description, kind, word, part_a, "
                              "part_b, target_repetitions FROM motion ";
const char kClipColumns[] = "SELECT id, motion_id, repetition, file, referenced, content_hash, "
                            "fps, frames, width, height, file_size, recorded_at, imported_at, "
                            "source FROM clip ";
const char kAnnotationColumns[] = "SELECT clip_id, auto_onset, auto_apex, auto_offset, "
                                  "auto_confidence, auto_method, auto_at, cache_file, cache_hash, "
                                  "rev_onset, rev_apex, rev_offset, edited_by, edited_at "
                                  "FROM annotation ";
const char kReviewColumns[] = "SELECT clip_id, status, reason, note, reviewer, reviewed_at "
                              "FROM review ";

Subject readSubject(const QSqlQuery &q)
{
    Subject s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.notes = q.value(2).toString();
    s.consentDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    return s;
}

Motion readMotion(const QSqlQuery &q)
{
    Motion m;
    m.id = q.value(0).toLongLong();
    m.subjectId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.description = q.value(3).toString();
    m.kind = MotionKind(q.value(4).toInt());
    m.word = q.value(5).toString();
    m.partA = q.value(6).toString();
    m.partB = q.value(7).toString();
    m.targetRepetitions = q.value(8).toInt();
    return m;
}

Clip readClip(const QSqlQuery &q)
{
    Clip c;
    c.id = q.value(0).toLongLong();
    c.motionId = q.value(1).toLongLong();
    c.repetition = q.value(2).toInt();
    c.file = q.value(3).toString();
    c.referenced = q.value(4).toBool();
    c.contentHash = q.value(5).toString();
    c.fps = q.value(6).toDouble();
    c.frames = q.value(7).toInt();
    c.width = q.value(8).toInt();
    c.height = q.value(9).toInt();
    c.fileSize = q.value(10).toLongLong();
    c.recordedAt = fromDbTime(q.value(11));
    c.importedAt = fromDbTime(q.value(12));
    c.source = q.value(13).toString();
    return c;
}

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.clipId = q.value(0).toLongLong();
    a.automatic.onset = toOptionalInt(q.value(1));
    a.automatic.apex = toOptionalInt(q.value(2));
    a.automatic.offset = toOptionalInt(q.value(3));
    a.automatic.confidence = q.value(4).toDouble();
    a.automatic.method = q.value(5).toString();
    a.automatic.analysedAt = fromDbTime(q.value(6));
    a.automatic.cacheFile = q.value(7).toString();
    a.automatic.cacheHash = q.value(8).toString();
    a.onset = toOptionalInt(q.value(9));
    a.apex = toOptionalInt(q.value(10));
    a.offset = toOptionalInt(q.value(11));
    a.editedBy = q.value(12).toString();
    a.editedAt = fromDbTime(q.value(13));
    return a;
}

Review readReview(const QSqlQuery &q)
{
    Review r;
    r.clipId = q.value(0).toLongLong();
    r.status = ReviewStatus(q.value(1).toInt());
    r.reason = ExclusionReason(q.value(2).toInt());
    r.note = q.value(3).toString();
    r.reviewer = q.value(4).toString();
    r.reviewedAt = fromDbTime(q.value(5));
    return r;
}

template<typename T, typename Reader>
QVector<T> readAll(QSqlQuery &q, Reader reader)
{
    QVector<T> rows;
    if (q.exec()) {
        while (q.next())
            rows.append(reader(q));
    }
    return rows;
}

template<typename T, typename Reader>
std::optional<T> readOne(QSqlQuery &q, Reader reader)
{
    if (q.exec() && q.next())
        return reader(q);
    return std::nullopt;
}

/** The row of a per-clip table (annotation, review) or a default one for `clipId`. */
template<typename T, typename Reader>
T readOfClip(ProjectDatabase &db, const char *columns, qint64 clipId, Reader reader)
{
    QSqlQuery q = prepared(db, (QByteArray(columns) + "WHERE clip_id = ?").constData());
    q.addBindValue(clipId);
    if (std::optional<T> row = readOne<T>(q, reader))
        return *row;
    T row;
    row.clipId = clipId;
    return row;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string.
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

QString toDbTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVector<Subject> subjects(ProjectDatabase &db)
{
    QSqlQuery q = prepared(db, "SELECT id, code, notes, consent_date FROM subject ORDER BY code");
    return readAll<Subject>(q, readSubject);
}

std::optional<Subject> subject(ProjectDatabase &db, qint64 id)
{
    QSqlQuery q = prepared(db, (QByteArray(kSubjectColumns) + "WHERE id = ?").constData());
    q.addBindValue(id);
    return readOne<Subject>(q, readSubject);
}

std::optional<Subject> subjectByCode(ProjectDatabase &db, const QString &code)
{
    QSqlQuery q = prepared(db, (QByteArray(kSubjectColumns) + "WHERE code = ?").constData());
    q.addBindValue(code);
    return readOne<Subject>(q, readSubject);
}

QVector<Motion> motions(ProjectDatabase &db, qint64 subjectId)
{
    QSqlQuery q = prepared(db,
                           (QByteArray(kMotionColumns) + (subjectId ? "WHERE subject_id = ? " : "")
                            + "ORDER BY subject_id, name")
                               .constData());
    if (subjectId)
        q.addBindValue(subjectId);
    return readAll<Motion>(q, readMotion);
}

std::optional<Motion> motion(ProjectDatabase &db, qint64 id)
{
    QSqlQuery q = prepared(db, (QByteArray(kMotionColumns) + "WHERE id = ?").constData());
    q.addBindValue(id);
    return readOne<Motion>(q, readMotion);
}

std::optional<Motion> motionByName(ProjectDatabase &db, qint64 subjectId, const QString &name)
{
    QSqlQuery q = prepared(db, (QByteArray(kMotionColumns) + "WHERE subject_id = ? AND name = ?")
                                   .constData());
    q.addBindValue(subjectId);
    q.addBindValue(name);
    return readOne<Motion>(q, readMotion);
}

QVector<Clip> clips(ProjectDatabase &db, qint64 motionId)
{
    QSqlQuery q = prepared(db, (QByteArray(kClipColumns) + (motionId ? "WHERE motion_id = ? " : "")
                                + "ORDER BY motion_id, repetition")
                                   .constData());
    if (motionId)
        q.addBindValue(motionId);
    return readAll<Clip>(q, readClip);
}

std::optional<Clip> clip(ProjectDatabase &db, qint64 id)
{
    QSqlQuery q = prepared(db, (QByteArray(kClipColumns) + "WHERE id = ?").constData());
    q.addBindValue(id);
    return readOne<Clip>(q, readClip);
}

std::optional<Clip> clipByHash(ProjectDatabase &db, const QString &contentHash)
{
    QSqlQuery q = prepared(db, (QByteArray(kClipColumns) + "WHERE content_hash = ?").constData());
    q.addBindValue(contentHash);
    return readOne<Clip>(q, readClip);
}

int clipCount(ProjectDatabase &db)
{
    QSqlQuery q = prepared(db, "SELECT COUNT(*) FROM clip");
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Annotation annotation(ProjectDatabase &db, qint64 clipId)
{
    return readOfClip<Annotation>(db, kAnnotationColumns, clipId, readAnnotation);
}

QVector<Annotation> annotations(ProjectDatabase &db)
{
    QSqlQuery q = prepared(db, (QByteArray(kAnnotationColumns) + "ORDER BY clip_id").constData());
    return readAll<Annotation>(q, readAnnotation);
}

Review review(ProjectDatabase &db, qint64 clipId)
{
    return readOfClip<Review>(db, kReviewColumns, clipId, readReview);
}

QVector<Review> reviews(ProjectDatabase &db)
{
    QSqlQuery q = prepared(db, (QByteArray(kReviewColumns) + "ORDER BY clip_id").constData());
    return readAll<Review>(q, readReview);
}

int nextFreeRepetition(ProjectDatabase &db, qint64 motionId)
{
    QSqlQuery q = prepared(db, "SELECT repetition FROM clip WHERE motion_id = ? "
                               "ORDER BY repetition");
    q.addBindValue(motionId);
    int next = 1;
    if (q.exec()) {
        while (q.next()) {
            const int used = q.value(0).toInt();
            if (used > next)
                break;
            if (used == next)
                ++next;
        }
    }
    return next;
}

bool repetitionTaken(ProjectDatabase &db, qint64 motionId, int repetition)
{
    QSqlQuery q = prepared(db, "SELECT 1 FROM clip WHERE motion_id = ? AND repetition = ?");
    q.addBindValue(motionId);
    q.addBindValue(repetition);
    return q.exec() && q.next();
}

Result<qint64> insertSubject(ProjectDatabase &db, const Subject &s)
{
    if (s.code.trimmed().isEmpty())
        return Error{tr("A subject needs a code.")};
    QSqlQuery q = prepared(db, "INSERT INTO subject (id, code, notes, consent_date) "
                               "VALUES (?, ?, ?, ?)");
    q.addBindValue(idOrNull(s.id));
    q.addBindValue(s.code);
    q.addBindValue(text(s.notes));
    q.addBindValue(s.consentDate.isValid() ? QVariant(s.consentDate.toString(Qt::ISODate))
                                           : QVariant());
    if (Result<bool> r
        = ProjectDatabase::exec(q, tr("The subject \"%1\" could not be added.").arg(s.code));
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> updateSubject(ProjectDatabase &db, const Subject &s)
{
    if (s.code.trimmed().isEmpty())
        return Error{tr("A subject needs a code.")};
    QSqlQuery q = prepared(db, "UPDATE subject SET code = ?, notes = ?, consent_date = ? "
                               "WHERE id = ?");
    q.addBindValue(s.code);
    q.addBindValue(text(s.notes));
    q.addBindValue(s.consentDate.isValid() ? QVariant(s.consentDate.toString(Qt::ISODate))
                                           : QVariant());
    q.addBindValue(s.id);
    return ProjectDatabase::exec(q, tr("The subject \"%1\" could not be changed.").arg(s.code));
}

Result<bool> deleteSubject(ProjectDatabase &db, qint64 id)
{
    QSqlQuery q = prepared(db, "DELETE FROM subject WHERE id = ?");
    q.addBindValue(id);
    return ProjectDatabase::exec(q, tr("The subject could not be deleted."));
}

Result<qint64> insertMotion(ProjectDatabase &db, const Motion &m)
{
    if (m.name.trimmed().isEmpty())
        return Error{tr("A motion needs a name.")};
    QSqlQuery q = prepared(db, "INSERT INTO motion (id, subject_id, name, description, kind, word, "
                               "part_a, part_b, target_repetitions) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(idOrNull(m.id));
    q.addBindValue(m.subjectId);
    q.addBindValue(m.name);
    q.addBindValue(text(m.description));
    q.addBindValue(int(m.kind));
    q.addBindValue(text(m.word));
    q.addBindValue(text(m.partA));
    q.addBindValue(text(m.partB));
    q.addBindValue(m.targetRepetitions);
    if (Result<bool> r
        = ProjectDatabase::exec(q, tr("The motion \"%1\" could not be added.").arg(m.name));
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> updateMotion(ProjectDatabase &db, const Motion &m)
{
    if (m.name.trimmed().isEmpty())
        return Error{tr("A motion needs a name.")};
    QSqlQuery q = prepared(db, "UPDATE motion SET subject_id = ?, name = ?, description = ?, "
                               "kind = ?, word = ?, part_a = ?, part_b = ?, "
                               "target_repetitions = ? WHERE id = ?");
    q.addBindValue(m.subjectId);
    q.addBindValue(m.name);
    q.addBindValue(text(m.description));
    q.addBindValue(int(m.kind));
    q.addBindValue(text(m.word));
    q.addBindValue(text(m.partA));
    q.addBindValue(text(m.partB));
    q.addBindValue(m.targetRepetitions);
    q.addBindValue(m.id);
    return ProjectDatabase::exec(q, tr("The motion \"%1\" could not be changed.").arg(m.name));
}

Result<bool> deleteMotion(ProjectDatabase &db, qint64 id)
{
    QSqlQuery q = prepared(db, "DELETE FROM motion WHERE id = ?");
    q.addBindValue(id);
    return ProjectDatabase::exec(q, tr("The motion could not be deleted."));
}

Result<qint64> insertClip(ProjectDatabase &db, const Clip &c)
{
    QSqlQuery q = prepared(db, "INSERT INTO clip (id, motion_id, repetition, file, referenced, "
                               "content_hash, fps, frames, width, height, file_size, "
                               "recorded_at, imported_at, source) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(idOrNull(c.id));
    q.addBindValue(c.motionId);
    q.addBindValue(c.repetition);
    q.addBindValue(text(c.file));
    q.addBindValue(c.referenced ? 1 : 0);
    q.addBindValue(c.contentHash);
    q.addBindValue(c.fps);
    q.addBindValue(c.frames);
    q.addBindValue(c.width);
    q.addBindValue(c.height);
    q.addBindValue(c.fileSize);
    q.addBindValue(textOrNull(toDbTime(c.recordedAt)));
    q.addBindValue(
        toDbTime(c.importedAt.isValid() ? c.importedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(c.source));
    const QString what = tr("The clip \"%1\" could not be added.").arg(c.file);
    if (Result<bool> r = ProjectDatabase::exec(q, what); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery review = prepared(db, "INSERT OR IGNORE INTO review (clip_id) VALUES (?)");
    review.addBindValue(id);
    if (Result<bool> r = ProjectDatabase::exec(review, what); !r)
        return r.error();
    return id;
}

Result<bool> moveClip(ProjectDatabase &db, qint64 clipId, qint64 motionId, int repetition)
{
    QSqlQuery q = prepared(db, "UPDATE clip SET motion_id = ?, repetition = ? WHERE id = ?");
    q.addBindValue(motionId);
    q.addBindValue(repetition);
    q.addBindValue(clipId);
    return ProjectDatabase::exec(q, tr("The clip could not be moved."));
}

Result<bool> setClipFile(ProjectDatabase &db, qint64 clipId, const QString &file, bool referenced,
                         qint64 fileSize)
{
    QSqlQuery q = prepared(db, "UPDATE clip SET file = ?, referenced = ?, file_size = ? "
                               "WHERE id = ?");
    q.addBindValue(file);
    q.addBindValue(referenced ? 1 : 0);
    q.addBindValue(fileSize);
    q.addBindValue(clipId);
    return ProjectDatabase::exec(q, tr("The clip's file could not be changed."));
}

Result<bool> writeAnnotation(ProjectDatabase &db, const Annotation &a)
{
    QSqlQuery q = prepared(db, "INSERT OR REPLACE INTO annotation (clip_id, auto_onset, auto_apex, "
                               "auto_offset, auto_confidence, auto_method, auto_at, cache_file, "
                               "cache_hash, rev_onset, rev_apex, rev_offset, edited_by, "
                               "edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(a.clipId);
    q.addBindValue(optionalInt(a.automatic.onset));
    q.addBindValue(optionalInt(a.automatic.apex));
    q.addBindValue(optionalInt(a.automatic.offset));
    q.addBindValue(a.automatic.confidence);
    q.addBindValue(textOrNull(a.automatic.method));
    q.addBindValue(textOrNull(toDbTime(a.automatic.analysedAt)));
    q.addBindValue(textOrNull(a.automatic.cacheFile));
    q.addBindValue(textOrNull(a.automatic.cacheHash));
    q.addBindValue(optionalInt(a.onset));
    q.addBindValue(optionalInt(a.apex));
    q.addBindValue(optionalInt(a.offset));
    q.addBindValue(textOrNull(a.editedBy));
    q.addBindValue(textOrNull(toDbTime(a.editedAt)));
    return ProjectDatabase::exec(q, tr("The annotation could not be saved."));
}

Result<bool> writeReview(ProjectDatabase &db, const Review &r)
{
    QSqlQuery q = prepared(db, "INSERT OR REPLACE INTO review (clip_id, status, reason, note, "
                               "reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.addBindValue(r.clipId);
    q.addBindValue(int(r.status));
    q.addBindValue(int(r.reason));
    q.addBindValue(text(r.note));
    q.addBindValue(textOrNull(r.reviewer));
    q.addBindValue(textOrNull(toDbTime(r.reviewedAt)));
    return ProjectDatabase::exec(q, tr("The review could not be saved."));
}

namespace {

Result<bool> addMotionContents(ProjectDatabase &db, qint64 motionId, ProjectSnapshot &snapshot)
{
    for (const Clip &c : clips(db, motionId)) {
        snapshot.clips.append(c);
        QSqlQuery q = prepared(db,
                               (QByteArray(kAnnotationColumns) + "WHERE clip_id = ?").constData());
        q.addBindValue(c.id);
        if (std::optional<Annotation> a = readOne<Annotation>(q, readAnnotation))
            snapshot.annotations.append(*a);
        snapshot.reviews.append(review(db, c.id));
    }
    return true;
}

} // namespace

Result<ProjectSnapshot> snapshotSubject(ProjectDatabase &db, qint64 subjectId)
{
    ProjectSnapshot snapshot;
    snapshot.subject = subject(db, subjectId);
    if (!snapshot.subject)
        return Error{tr("The subject no longer exists.")};
    snapshot.motions = motions(db, subjectId);
    for (const Motion &m : snapshot.motions)
        addMotionContents(db, m.id, snapshot);
    QSqlQuery q = prepared(db, "SELECT split_id, fold, validation FROM split_subject "
                               "WHERE subject_id = ?");
    q.addBindValue(subjectId);
    if (q.exec()) {
        while (q.next())
            snapshot.splits.append(
                {q.value(0).toLongLong(), subjectId, q.value(1).toInt(), q.value(2).toBool()});
    }
    return snapshot;
}

Result<ProjectSnapshot> snapshotMotion(ProjectDatabase &db, qint64 motionId)
{
    ProjectSnapshot snapshot;
    const std::optional<Motion> m = motion(db, motionId);
    if (!m)
        return Error{tr("The motion no longer exists.")};
    snapshot.motions.append(*m);
    addMotionContents(db, motionId, snapshot);
    return snapshot;
}

Result<bool> restoreSnapshot(ProjectDatabase &db, const ProjectSnapshot &snapshot)
{
    if (snapshot.subject) {
        if (Result<qint64> r = insertSubject(db, *snapshot.subject); !r)
            return r.error();
    }
    for (const Motion &m : snapshot.motions) {
        if (Result<qint64> r = insertMotion(db, m); !r)
            return r.error();
    }
    for (const Clip &c : snapshot.clips) {
        if (Result<qint64> r = insertClip(db, c); !r)
            return r.error();
    }
    for (const Annotation &a : snapshot.annotations) {
        if (Result<bool> r = writeAnnotation(db, a); !r)
            return r;
    }
    for (const Review &r : snapshot.reviews) {
        if (Result<bool> w = writeReview(db, r); !w)
            return w;
    }
    for (const ProjectSnapshot::SplitMembership &s : snapshot.splits) {
        QSqlQuery q = prepared(db, "INSERT INTO split_subject (split_id, subject_id, fold, "
                                   "validation) SELECT ?, ?, ?, ? WHERE EXISTS "
                                   "(SELECT 1 FROM split WHERE id = ?)");
        q.addBindValue(s.splitId);
        q.addBindValue(s.subjectId);
        q.addBindValue(s.fold);
        q.addBindValue(s.validation ? 1 : 0);
        q.addBindValue(s.splitId);
        if (Result<bool> r = ProjectDatabase::exec(q, tr("The split could not be restored.")); !r)
            return r;
    }
    return true;
}

} // namespace fm::store
