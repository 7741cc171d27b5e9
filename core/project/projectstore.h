#pragma once

#include "common/error.h"
#include "project/projecttypes.h"

#include <QVector>

#include <optional>

namespace fm {

class ProjectDatabase;

/** Everything under one subject or motion, kept to undo a delete with the same ids. */
struct ProjectSnapshot
{
    struct SplitMembership
    {
        qint64 splitId = 0;
        qint64 subjectId = 0;
        int fold = 0;
        bool validation = false;
    };
    std::optional<Subject> subject; ///< set when a whole subject was taken
    QVector<Motion> motions;
    QVector<Clip> clips;
    QVector<Annotation> annotations;
    QVector<Review> reviews;
    QVector<SplitMembership> splits;
};

/**
 * Rows of the project database as values: prepared statements only, no transactions
 * (callers wrap writes in a WriteTransaction so a change is all or nothing). Used by Project
 * on the GUI thread and by workers with their own connection.
 */
namespace store {

QVector<Subject> subjects(ProjectDatabase &db);
std::optional<Subject> subject(ProjectDatabase &db, qint64 id);
std::optional<Subject> subjectByCode(ProjectDatabase &db, const QString &code);
/** Motions of one subject, or of all subjects when subjectId is 0. */
QVector<Motion> motions(ProjectDatabase &db, qint64 subjectId = 0);
std::optional<Motion> motion(ProjectDatabase &db, qint64 id);
std::optional<Motion> motionByName(ProjectDatabase &db, qint64 subjectId, const QString &name);
/** Clips of one motion, or of the whole project when motionId is 0. */
QVector<Clip> clips(ProjectDatabase &db, qint64 motionId = 0);
std::optional<Clip> clip(ProjectDatabase &db, qint64 id);
std::optional<Clip> clipByHash(ProjectDatabase &db, const QString &contentHash);
int clipCount(ProjectDatabase &db);
Annotation annotation(ProjectDatabase &db, qint64 clipId);
QVector<Annotation> annotations(ProjectDatabase &db);
Review review(ProjectDatabase &db, qint64 clipId);
QVector<Review> reviews(ProjectDatabase &db);
/** The smallest repetition >= 1 not yet used in a motion. */
int nextFreeRepetition(ProjectDatabase &db, qint64 motionId);
bool repetitionTaken(ProjectDatabase &db, qint64 motionId, int repetition);

/** Inserts (id 0: a new id; else that id, for undo) and returns the id. */
Result<qint64> insertSubject(ProjectDatabase &db, const Subject &subject);
Result<bool> updateSubject(ProjectDatabase &db, const Subject &subject);
Result<bool> deleteSubject(ProjectDatabase &db, qint64 id);
Result<qint64> insertMotion(ProjectDatabase &db, const Motion &motion);
Result<bool> updateMotion(ProjectDatabase &db, const Motion &motion);
Result<bool> deleteMotion(ProjectDatabase &db, qint64 id);
/** Inserts the clip and a pending review (a clip without a review row never exists). */
Result<qint64> insertClip(ProjectDatabase &db, const Clip &clip);
Result<bool> moveClip(ProjectDatabase &db, qint64 clipId, qint64 motionId, int repetition);
Result<bool> setClipFile(ProjectDatabase &db, qint64 clipId, const QString &file, bool referenced,
                         qint64 fileSize);
Result<bool> writeAnnotation(ProjectDatabase &db, const Annotation &annotation);
Result<bool> writeReview(ProjectDatabase &db, const Review &review);

Result<ProjectSnapshot> snapshotSubject(ProjectDatabase &db, qint64 subjectId);
Result<ProjectSnapshot> snapshotMotion(ProjectDatabase &db, qint64 motionId);
Result<bool> restoreSnapshot(ProjectDatabase &db, const ProjectSnapshot &snapshot);

QString toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);

} // namespace store
} // namespace fm
