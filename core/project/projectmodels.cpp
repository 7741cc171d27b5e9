#include "projectmodels.h"

#include "project/project.h"

#include <QFileInfo>

namespace fm {

namespace {

QVariant optionalVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

Marker markerOf(int column)
{
    return column == ClipTableModel::OnsetColumn  ? Marker::Onset
           : column == ClipTableModel::ApexColumn ? Marker::Apex
                                                  : Marker::Offset;
}

} // namespace

ClipTableModel::ClipTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_editor(project)
{
    connect(project, &Project::clipsChanged, this, &ClipTableModel::reload);
    connect(project, &Project::subjectsChanged, this, &ClipTableModel::reload);
    connect(project, &Project::motionsChanged, this, &ClipTableModel::reload);
    connect(project, &Project::clipChanged, this, &ClipTableModel::reloadClip);
    reload();
}

void ClipTableModel::setFilter(qint64 subjectId, qint64 motionId)
{
    m_subjectFilter = subjectId;
    m_motionFilter = motionId;
    reload();
}

ClipTableModel::Row ClipTableModel::loadRow(const Clip &clip) const
{
    Row row;
    row.clip = clip;
    if (const std::optional<Motion> m = m_project->motion(clip.motionId)) {
        row.motion = m->name;
        if (const std::optional<Subject> s = m_project->subject(m->subjectId))
            row.subject = s->code;
    }
    row.annotation = m_project->annotation(clip.id);
    row.review = m_project->review(clip.id);
    row.missing = !QFileInfo::exists(m_project->clipPath(clip));
    return row;
}

void ClipTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfClip.clear();
    // One pass over the tables (not one query per clip): thousands of clips stay quick.
    QHash<qint64, Motion> motions;
    for (const Motion &m : m_project->motions(m_subjectFilter))
        motions.insert(m.id, m);
    QHash<qint64, QString> subjects;
    for (const Subject &s : m_project->subjects())
        subjects.insert(s.id, s.code);
    QHash<qint64, Annotation> annotations;
    for (const Annotation &a : store::annotations(m_project->database()))
        annotations.insert(a.clipId, a);
    QHash<qint64, Review> reviews;
    for (const Review &r : store::reviews(m_project->database()))
        reviews.insert(r.clipId, r);
    for (const Clip &c : m_project->clips(m_motionFilter)) {
        if (!motions.contains(c.motionId))
            continue;
        Row row;
        row.clip = c;
        row.motion = motions.value(c.motionId).name;
        row.subject = subjects.value(motions.value(c.motionId).subjectId);
        row.annotation = annotations.value(c.id);
        row.annotation.clipId = c.id;
        row.review = reviews.value(c.id);
        row.review.clipId = c.id;
        row.missing = !QFileInfo::exists(m_project->clipPath(c));
        m_rowOfClip.insert(c.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void ClipTableModel::reloadClip(qint64 clipId)
{
    const int row = m_rowOfClip.value(clipId, -1);
    if (row < 0)
        return;
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip || clip->motionId != m_rows.at(row).clip.motionId) {
        reload(); // moved or gone
        return;
    }
    m_rows[row] = loadRow(*clip);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 ClipTableModel::clipIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).clip.id : 0;
}

int ClipTableModel::rowOfClip(qint64 clipId) const
{
    return m_rowOfClip.value(clipId, -1);
}

int ClipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == ClipIdRole)
        return row.clip.id;
    if (role == MissingRole)
        return row.missing;
    const bool marker = column == OnsetColumn || column == ApexColumn || column == OffsetColumn;
    if (marker && role == AutomaticRole)
        return optionalVariant(row.annotation.automaticValue(markerOf(column)));
    if (marker && role == ReviewedRole)
        return bool(row.annotation.reviewed(markerOf(column)));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case SubjectColumn:
        return row.subject;
    case MotionColumn:
        return row.motion;
    case RepetitionColumn:
        return row.clip.repetition;
    case FramesColumn:
        return row.clip.frames;
    case OnsetColumn:
    case ApexColumn:
    case OffsetColumn:
        return role == Qt::EditRole ? optionalVariant(row.annotation.reviewed(markerOf(column)))
                                    : optionalVariant(row.annotation.effective(markerOf(column)));
    case StatusColumn:
        return role == Qt::EditRole ? QVariant(int(row.review.status))
                                    : QVariant(reviewStatusName(row.review.status));
    case ReasonColumn:
        return role == Qt::EditRole ? QVariant(int(row.review.reason))
                                    : QVariant(exclusionReasonLabel(row.review.reason));
    case NoteColumn:
        return row.review.note;
    case FileColumn:
        return m_project->clipPath(row.clip);
    default:
        return {};
    }
}

QVariant ClipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case MotionColumn:
        return tr("Motion");
    case RepetitionColumn:
        return tr("Repetition");
    case FramesColumn:
        return tr("Frames");
    case OnsetColumn:
        return tr("Onset");
    case ApexColumn:
        return tr("Apex");
    case OffsetColumn:
        return tr("Offset");
    case StatusColumn:
        return tr("Review");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

Qt::ItemFlags ClipTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case OnsetColumn:
    case ApexColumn:
    case OffsetColumn:
    case StatusColumn:
    case ReasonColumn:
    case NoteColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool ClipTableModel::report(const Result<bool> &result)
{
    if (!result)
        Q_EMIT editFailed(result.error().message);
    return result.ok();
}

bool ClipTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row row = m_rows.at(index.row()); // a copy: the edit reloads the row
    switch (index.column()) {
    case OnsetColumn:
    case ApexColumn:
    case OffsetColumn: {
        std::optional<int> frame;
        if (value.isValid() && !value.toString().isEmpty()) {
            bool ok = false;
            frame = value.toInt(&ok);
            if (!ok)
                return report(Error{tr("\"%1\" is not a frame number.").arg(value.toString())});
        }
        return report(m_editor.setMarker(row.clip.id, markerOf(index.column()), frame));
    }
    case StatusColumn: {
        std::optional<ReviewStatus> status = reviewStatusFromName(value.toString());
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!status && ok && number >= 0 && number <= 2)
            status = ReviewStatus(number);
        if (!status)
            return report(Error{tr("Unknown review status \"%1\".").arg(value.toString())});
        return report(m_editor.setReview(row.clip.id, *status, row.review.reason, row.review.note));
    }
    case ReasonColumn: {
        std::optional<ExclusionReason> reason = exclusionReasonFromName(value.toString());
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!reason && ok && number >= 0 && number <= 6)
            reason = ExclusionReason(number);
        if (!reason)
            return report(Error{tr("Unknown exclusion reason \"%1\".").arg(value.toString())});
        // Choosing a reason excludes the clip; "none" includes it again.
        const ReviewStatus status = *reason == ExclusionReason::None ? ReviewStatus::Included
                                                                     : ReviewStatus::Excluded;
        return report(m_editor.setReview(row.clip.id, status, *reason, row.review.note));
    }
    case NoteColumn:
        return report(m_editor.setReview(row.clip.id, row.review.status, row.review.reason,
                                         value.toString()));
    default:
        return false;
    }
}

CompletenessModel::CompletenessModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_editor(project)
{
    connect(project, &Project::clipsChanged, this, &CompletenessModel::refresh);
    connect(project, &Project::subjectsChanged, this, &CompletenessModel::refresh);
    connect(project, &Project::motionsChanged, this, &CompletenessModel::refresh);
    connect(project, &Project::clipChanged, this, &CompletenessModel::refresh);
    refresh();
}

void CompletenessModel::refresh()
{
    beginResetModel();
    m_rows = completeness(m_project->database());
    endResetModel();
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompletenessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompletenessRow &row = m_rows.at(index.row());
    if (role == CompleteRole)
        return row.complete();
    if (role == MotionIdRole)
        return row.motionId;
    if (role == SubjectIdRole)
        return row.subjectId;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool hasMotion = row.motionId != 0;
    switch (index.column()) {
    case SubjectColumn:
        return row.subjectCode;
    case MotionColumn:
        return hasMotion ? row.motionName : tr("(no motions)");
    case KindColumn:
        return hasMotion ? motionKindName(row.kind) : QString();
    case TargetColumn:
        return hasMotion ? QVariant(row.target) : QVariant();
    case IncludedColumn:
        return row.included;
    case PendingColumn:
        return row.pending;
    case ExcludedColumn:
        return row.excluded;
    case MissingColumn:
        return hasMotion ? QVariant(row.missing()) : QVariant();
    default:
        return {};
    }
}

QVariant CompletenessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case MotionColumn:
        return tr("Motion");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case IncludedColumn:
        return tr("Included");
    case PendingColumn:
        return tr("Pending");
    case ExcludedColumn:
        return tr("Excluded");
    case MissingColumn:
        return tr("Missing");
    default:
        return {};
    }
}

Qt::ItemFlags CompletenessModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn && m_rows.at(index.row()).motionId)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CompletenessModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != TargetColumn)
        return false;
    std::optional<Motion> motion = m_project->motion(m_rows.at(index.row()).motionId);
    bool ok = false;
    const int target = value.toInt(&ok);
    if (!motion || !ok || target < 0) {
        Q_EMIT editFailed(tr("The target must be a whole number of 0 or more."));
        return false;
    }
    motion->targetRepetitions = target;
    const Result<bool> r = m_editor.updateMotion(*motion);
    if (!r)
        Q_EMIT editFailed(r.error().message);
    return r.ok();
}

} // namespace fm
