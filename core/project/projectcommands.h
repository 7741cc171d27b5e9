#pragma once

#include "common/error.h"
#include "project/projectstore.h"
#include "project/projecttypes.h"

#include <QUndoCommand>

#include <optional>

namespace fm {

class Project;

/** Base of every undoable project edit: a failed write marks the command obsolete. */
class ProjectCommand : public QUndoCommand
{
public:
    explicit ProjectCommand(Project *project, const QString &text);

protected:
    /** Reports a failure to the project and drops the command from the history. */
    bool check(const Result<bool> &result);
    Project *m_project;
};

/** Moves one annotation marker; repeated moves of the same marker merge into one step. */
class SetMarkerCommand : public ProjectCommand
{
public:
    static constexpr int kId = 0x464d01;
    SetMarkerCommand(Project *project, qint64 clipId, Marker marker, std::optional<int> frame);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<int> &frame, const QString &by, const QDateTime &at);
    qint64 m_clipId;
    Marker m_marker;
    std::optional<int> m_before, m_after;
    QString m_beforeBy;
    QDateTime m_beforeAt;
};

/** Sets a clip's review (status, reason, note); the reviewer and time are recorded. */
class SetReviewCommand : public ProjectCommand
{
public:
    SetReviewCommand(Project *project, const Review &after);
    void redo() override;
    void undo() override;

private:
    Review m_before, m_after;
};

/** Changes a subject's code (rename), notes or consent date. */
class UpdateSubjectCommand : public ProjectCommand
{
public:
    UpdateSubjectCommand(Project *project, const Subject &before, const Subject &after);
    void redo() override;
    void undo() override;

private:
    Subject m_before, m_after;
};

/** Changes a motion: rename, kind, word, target, or move to another subject. */
class UpdateMotionCommand : public ProjectCommand
{
public:
    UpdateMotionCommand(Project *project, const Motion &before, const Motion &after);
    void redo() override;
    void undo() override;

private:
    Motion m_before, m_after;
};

/** Moves a clip to another motion and/or repetition index. */
class MoveClipCommand : public ProjectCommand
{
public:
    MoveClipCommand(Project *project, const Clip &clip, qint64 motionId, int repetition);
    void redo() override;
    void undo() override;

private:
    qint64 m_clipId;
    qint64 m_fromMotion, m_toMotion;
    int m_fromRepetition, m_toRepetition;
};

/** Points a clip at a moved file or folder (content hash verified). */
class RelinkClipCommand : public ProjectCommand
{
public:
    RelinkClipCommand(Project *project, const Clip &clip, const QString &newPath);
    void redo() override;
    void undo() override;

private:
    qint64 m_clipId;
    QString m_oldFile;
    bool m_oldReferenced;
    QString m_newPath;
};

/** Adds a subject or a motion (redo after undo re-creates it with the same id). */
class AddItemCommand : public ProjectCommand
{
public:
    AddItemCommand(Project *project, const Subject &subject);
    AddItemCommand(Project *project, const Motion &motion);
    void redo() override;
    void undo() override;
    qint64 createdId() const { return m_id; }

private:
    std::optional<Subject> m_subject;
    std::optional<Motion> m_motion;
    qint64 m_id = 0;
};

/** Deletes a subject or motion with everything under it; undo restores it all, same ids. */
class DeleteItemCommand : public ProjectCommand
{
public:
    enum class Kind { Subject, Motion };
    DeleteItemCommand(Project *project, Kind kind, qint64 id, const QString &name);
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    qint64 m_id;
    ProjectSnapshot m_snapshot;
};

} // namespace fm
