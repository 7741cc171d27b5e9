#include "projecteditor.h"

#include "project/project.h"
#include "project/projectcommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectEditor", text);
}

Error noClip()
{
    return Error{tr("The clip no longer exists.")};
}

} // namespace

Result<bool> ProjectEditor::push(QUndoCommand *command)
{
    m_project->takeLastEditError();
    m_project->undoStack()->push(command); // runs redo(); a failed command is deleted
    if (std::optional<Error> failure = m_project->takeLastEditError())
        return *failure;
    return true;
}

Result<qint64> ProjectEditor::addSubject(const Subject &subject)
{
    if (subject.code.trimmed().isEmpty())
        return Error{tr("A subject needs a code.")};
    if (m_project->subjectByCode(subject.code))
        return Error{tr("A subject with the code \"%1\" already exists.").arg(subject.code)};
    auto *command = new AddItemCommand(m_project, subject);
    Result<bool> r = push(command);
    if (!r)
        return r.error();
    return m_project->subjectByCode(subject.code)->id;
}

Result<bool> ProjectEditor::updateSubject(const Subject &subject)
{
    const std::optional<Subject> before = m_project->subject(subject.id);
    if (!before)
        return Error{tr("The subject no longer exists.")};
    if (subject.code.trimmed().isEmpty())
        return Error{tr("A subject needs a code.")};
    const std::optional<Subject> sameCode = m_project->subjectByCode(subject.code);
    if (sameCode && sameCode->id != subject.id)
        return Error{tr("A subject with the code \"%1\" already exists.").arg(subject.code)};
    if (before->code == subject.code && before->notes == subject.notes
        && before->consentDate == subject.consentDate)
        return true;
    return push(new UpdateSubjectCommand(m_project, *before, subject));
}

Result<bool> ProjectEditor::renameSubject(qint64 subjectId, const QString &code)
{
    std::optional<Subject> subject = m_project->subject(subjectId);
    if (!subject)
        return Error{tr("The subject no longer exists.")};
    subject->code = code.trimmed();
    return updateSubject(*subject);
}

Result<bool> ProjectEditor::deleteSubject(qint64 subjectId)
{
    const std::optional<Subject> subject = m_project->subject(subjectId);
    if (!subject)
        return Error{tr("The subject no longer exists.")};
    return push(new DeleteItemCommand(m_project, DeleteItemCommand::Kind::Subject, subjectId,
                                      subject->code));
}

Result<qint64> ProjectEditor::addMotion(const Motion &motion)
{
    if (motion.name.trimmed().isEmpty())
        return Error{tr("A motion needs a name.")};
    if (!m_project->subject(motion.subjectId))
        return Error{tr("The subject no longer exists.")};
    if (motion.kind == MotionKind::LipMovement && motion.word.trimmed().isEmpty())
        return Error{tr("A lip movement needs the word that is mouthed.")};
    if (motion.kind == MotionKind::Compound
        && (motion.partA.trimmed().isEmpty() || motion.partB.trimmed().isEmpty()))
        return Error{tr("A compound motion needs its two motions.")};
    if (store::motionByName(m_project->database(), motion.subjectId, motion.name))
        return Error{tr("This subject already has a motion \"%1\".").arg(motion.name)};
    auto *command = new AddItemCommand(m_project, motion);
    Result<bool> r = push(command);
    if (!r)
        return r.error();
    return store::motionByName(m_project->database(), motion.subjectId, motion.name)->id;
}

Result<bool> ProjectEditor::updateMotion(const Motion &motion)
{
    const std::optional<Motion> before = m_project->motion(motion.id);
    if (!before)
        return Error{tr("The motion no longer exists.")};
    if (motion.name.trimmed().isEmpty())
        return Error{tr("A motion needs a name.")};
    if (!m_project->subject(motion.subjectId))
        return Error{tr("The subject no longer exists.")};
    const std::optional<Motion> sameName = store::motionByName(m_project->database(),
                                                               motion.subjectId, motion.name);
    if (sameName && sameName->id != motion.id)
        return Error{tr("This subject already has a motion \"%1\".").arg(motion.name)};
    if (motion.targetRepetitions < 0)
        return Error{tr("The target number of repetitions cannot be negative.")};
    return push(new UpdateMotionCommand(m_project, *before, motion));
}

Result<bool> ProjectEditor::renameMotion(qint64 motionId, const QString &name)
{
    std::optional<Motion> motion = m_project->motion(motionId);
    if (!motion)
        return Error{tr("The motion no longer exists.")};
    motion->name = name.trimmed();
    return updateMotion(*motion);
}

Result<bool> ProjectEditor::deleteMotion(qint64 motionId)
{
    const std::optional<Motion> motion = m_project->motion(motionId);
    if (!motion)
        return Error{tr("The motion no longer exists.")};
    return push(
        new DeleteItemCommand(m_project, DeleteItemCommand::Kind::Motion, motionId, motion->name));
}

Result<bool> ProjectEditor::moveClip(qint64 clipId, qint64 motionId, int repetition)
{
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip)
        return noClip();
    if (!m_project->motion(motionId))
        return Error{tr("The motion no longer exists.")};
    if (repetition < 0)
        return Error{tr("Repetitions are numbered from 1.")};
    if (repetition == 0)
        repetition = store::nextFreeRepetition(m_project->database(), motionId);
    if (clip->motionId == motionId && clip->repetition == repetition)
        return true;
    if (store::repetitionTaken(m_project->database(), motionId, repetition))
        return Error{tr("Repetition %1 of this motion already has a clip.").arg(repetition)};
    return push(new MoveClipCommand(m_project, *clip, motionId, repetition));
}

Result<bool> ProjectEditor::relinkClip(qint64 clipId, const QString &newPath)
{
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip)
        return noClip();
    return push(new RelinkClipCommand(m_project, *clip, newPath));
}

Result<bool> ProjectEditor::setMarker(qint64 clipId, Marker marker, std::optional<int> frame)
{
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip)
        return noClip();
    if (frame && (*frame < 0 || (clip->frames > 0 && *frame >= clip->frames))) {
        return Error{
            tr("Frame %1 is outside the clip (frames 0 to %2).").arg(*frame).arg(clip->frames - 1)};
    }
    Annotation a = m_project->annotation(clipId);
    if (marker == Marker::Onset)
        a.onset = frame;
    else if (marker == Marker::Apex)
        a.apex = frame;
    else
        a.offset = frame;
    const std::optional<int> onset = a.effective(Marker::Onset);
    const std::optional<int> apex = a.effective(Marker::Apex);
    const std::optional<int> offset = a.effective(Marker::Offset);
    if ((onset && offset && *onset > *offset) || (onset && apex && *apex < *onset)
        || (apex && offset && *apex > *offset)) {
        return Error{tr("The markers must stay in order: onset, then apex, then offset.")};
    }
    return push(new SetMarkerCommand(m_project, clipId, marker, frame));
}

Result<bool> ProjectEditor::setReview(qint64 clipId, ReviewStatus status, ExclusionReason reason,
                                      const QString &note)
{
    if (!m_project->clip(clipId))
        return noClip();
    if (status == ReviewStatus::Excluded && reason == ExclusionReason::None)
        return Error{tr("Choose why the clip is excluded.")};
    if (status == ReviewStatus::Excluded && reason == ExclusionReason::Other
        && note.trimmed().isEmpty())
        return Error{tr("Describe the reason in the note when excluding for \"Other\".")};
    Review review;
    review.clipId = clipId;
    review.status = status;
    review.reason = status == ReviewStatus::Excluded ? reason : ExclusionReason::None;
    review.note = note;
    if (review == m_project->review(clipId))
        return true;
    return push(new SetReviewCommand(m_project, review));
}

} // namespace fm
