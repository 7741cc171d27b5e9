#pragma once

#include "common/error.h"
#include "project/projecttypes.h"

#include <optional>

class QUndoCommand;

namespace fm {

class Project;

/**
 * The edits a person makes, as undoable commands on the project's QUndoStack: views and
 * models call these instead of writing data. Each call checks its input, pushes one command
 * and returns the failure if the write could not be made (the command is then dropped).
 */
class ProjectEditor
{
public:
    explicit ProjectEditor(Project *project) : m_project(project) {}

    Result<qint64> addSubject(const Subject &subject);
    Result<bool> updateSubject(const Subject &subject);
    Result<bool> renameSubject(qint64 subjectId, const QString &code);
    Result<bool> deleteSubject(qint64 subjectId);

    Result<qint64> addMotion(const Motion &motion);
    Result<bool> updateMotion(const Motion &motion);
    Result<bool> renameMotion(qint64 motionId, const QString &name);
    Result<bool> deleteMotion(qint64 motionId);

    /** Moves a clip to `motionId`; repetition 0 takes the motion's next free index. */
    Result<bool> moveClip(qint64 clipId, qint64 motionId, int repetition = 0);
    /** Points a clip whose file moved at its new place (same content required). */
    Result<bool> relinkClip(qint64 clipId, const QString &newPath);

    /** Sets (or with nullopt clears) the reviewer's value of one marker. */
    Result<bool> setMarker(qint64 clipId, Marker marker, std::optional<int> frame);
    /** Includes, excludes (a reason is required) or resets a clip's review. */
    Result<bool> setReview(qint64 clipId, ReviewStatus status,
                           ExclusionReason reason = ExclusionReason::None,
                           const QString &note = QString());

private:
    Result<bool> push(QUndoCommand *command);
    Project *m_project;
};

} // namespace fm
