#include "projectcommands.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectCommand", text);
}

std::optional<int> &markerField(Annotation &a, Marker marker)
{
    switch (marker) {
    case Marker::Onset:
        return a.onset;
    case Marker::Apex:
        return a.apex;
    case Marker::Offset:
        break;
    }
    return a.offset;
}

QString markerText(Marker marker)
{
    switch (marker) {
    case Marker::Onset:
        return tr("Move onset");
    case Marker::Apex:
        return tr("Move apex");
    case Marker::Offset:
        break;
    }
    return tr("Move offset");
}

} // namespace

ProjectCommand::ProjectCommand(Project *project, const QString &text)
    : QUndoCommand(text), m_project(project)
{}

bool ProjectCommand::check(const Result<bool> &result)
{
    if (result)
        return true;
    setObsolete(true);
    m_project->reportEditError(result.error());
    return false;
}

SetMarkerCommand::SetMarkerCommand(Project *project, qint64 clipId, Marker marker,
                                   std::optional<int> frame)
    : ProjectCommand(project, markerText(marker)), m_clipId(clipId), m_marker(marker),
      m_after(frame)
{
    Annotation a = project->annotation(clipId);
    m_before = markerField(a, marker);
    m_beforeBy = a.editedBy;
    m_beforeAt = a.editedAt;
}

void SetMarkerCommand::apply(const std::optional<int> &frame, const QString &by, const QDateTime &at)
{
    Annotation a = m_project->annotation(m_clipId);
    markerField(a, m_marker) = frame;
    a.editedBy = by;
    a.editedAt = at;
    check(m_project->writeAnnotation(a));
}

void SetMarkerCommand::redo()
{
    apply(m_after, m_project->userName(), QDateTime::currentDateTimeUtc());
}

void SetMarkerCommand::undo()
{
    apply(m_before, m_beforeBy, m_beforeAt);
}

bool SetMarkerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMarkerCommand *>(other);
    if (other->isObsolete() || next->m_clipId != m_clipId || next->m_marker != m_marker)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // dragged back to where it started: no step at all
    return true;
}

SetReviewCommand::SetReviewCommand(Project *project, const Review &after)
    : ProjectCommand(project, after.status == ReviewStatus::Excluded
                                  ? tr("Exclude clip")
                                  : (after.status == ReviewStatus::Included ? tr("Include clip")
                                                                            : tr("Reset review"))),
      m_before(project->review(after.clipId)), m_after(after)
{}

void SetReviewCommand::redo()
{
    Review r = m_after;
    r.reviewer = m_project->userName();
    r.reviewedAt = QDateTime::currentDateTimeUtc();
    check(m_project->writeReview(r));
}

void SetReviewCommand::undo()
{
    check(m_project->writeReview(m_before));
}

UpdateSubjectCommand::UpdateSubjectCommand(Project *project, const Subject &before,
                                           const Subject &after)
    : ProjectCommand(project, before.code != after.code
                                  ? tr("Rename subject %1 to %2").arg(before.code, after.code)
                                  : tr("Edit subject %1").arg(after.code)),
      m_before(before), m_after(after)
{}

void UpdateSubjectCommand::redo()
{
    check(m_project->updateSubject(m_after));
}

void UpdateSubjectCommand::undo()
{
    check(m_project->updateSubject(m_before));
}

UpdateMotionCommand::UpdateMotionCommand(Project *project, const Motion &before, const Motion &after)
    : ProjectCommand(project, before.name != after.name
                                  ? tr("Rename motion %1 to %2").arg(before.name, after.name)
                                  : tr("Edit motion %1").arg(after.name)),
      m_before(before), m_after(after)
{}

void UpdateMotionCommand::redo()
{
    check(m_project->updateMotion(m_after));
}

void UpdateMotionCommand::undo()
{
    check(m_project->updateMotion(m_before));
}

MoveClipCommand::MoveClipCommand(Project *project, const Clip &clip, qint64 motionId, int repetition)
    : ProjectCommand(project, tr("Move clip")), m_clipId(clip.id), m_fromMotion(clip.motionId),
      m_toMotion(motionId), m_fromRepetition(clip.repetition), m_toRepetition(repetition)
{}

void MoveClipCommand::redo()
{
    check(m_project->moveClip(m_clipId, m_toMotion, m_toRepetition));
}

void MoveClipCommand::undo()
{
    check(m_project->moveClip(m_clipId, m_fromMotion, m_fromRepetition));
}

RelinkClipCommand::RelinkClipCommand(Project *project, const Clip &clip, const QString &newPath)
    : ProjectCommand(project, tr("Relink clip")), m_clipId(clip.id), m_oldFile(clip.file),
      m_oldReferenced(clip.referenced), m_newPath(newPath)
{}

void RelinkClipCommand::redo()
{
    check(m_project->relinkClip(m_clipId, m_newPath));
}

void RelinkClipCommand::undo()
{
    check(m_project->setClipFile(m_clipId, m_oldFile, m_oldReferenced));
}

AddItemCommand::AddItemCommand(Project *project, const Subject &subject)
    : ProjectCommand(project, tr("Add subject %1").arg(subject.code)), m_subject(subject)
{}

AddItemCommand::AddItemCommand(Project *project, const Motion &motion)
    : ProjectCommand(project, tr("Add motion %1").arg(motion.name)), m_motion(motion)
{}

void AddItemCommand::redo()
{
    Result<qint64> r = Error{};
    if (m_subject) {
        m_subject->id = m_id;
        r = m_project->addSubject(*m_subject);
    } else {
        m_motion->id = m_id;
        r = m_project->addMotion(*m_motion);
    }
    if (check(r ? Result<bool>(true) : Result<bool>(r.error())))
        m_id = r.value();
}

void AddItemCommand::undo()
{
    check(m_subject ? m_project->removeSubject(m_id) : m_project->removeMotion(m_id));
}

DeleteItemCommand::DeleteItemCommand(Project *project, Kind kind, qint64 id, const QString &name)
    : ProjectCommand(project, kind == Kind::Subject ? tr("Delete subject %1").arg(name)
                                                    : tr("Delete motion %1").arg(name)),
      m_kind(kind), m_id(id)
{}

void DeleteItemCommand::redo()
{
    Result<ProjectSnapshot> taken = m_kind == Kind::Subject ? m_project->takeSubject(m_id)
                                                            : m_project->takeMotion(m_id);
    if (check(taken ? Result<bool>(true) : Result<bool>(taken.error())))
        m_snapshot = taken.value();
}

void DeleteItemCommand::undo()
{
    check(m_project->restoreSnapshot(m_snapshot));
}

} // namespace fm
