#pragma once

#include "project/completeness.h"
#include "project/projecteditor.h"
#include "project/projecttypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace fm {

class Project;

/**
 * The clips of a project (or of one subject / motion) as a table for views. Edits made
 * through setData() become undoable commands (ProjectEditor); the model itself never writes
 * and updates from the project's change signals, so undo, redo and other views stay in step.
 */
class ClipTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        MotionColumn,
        RepetitionColumn,
        FramesColumn,
        OnsetColumn,
        ApexColumn,
        OffsetColumn,
        StatusColumn,
        ReasonColumn,
        NoteColumn,
        FileColumn,
        ColumnCount
    };
    enum Role {
        ClipIdRole = Qt::UserRole + 1,
        MissingRole,   ///< bool: the clip's file is not where the project expects it
        AutomaticRole, ///< marker columns: the automatic value (QVariant() if none)
        ReviewedRole   ///< marker columns: true if a reviewer set the value
    };

    explicit ClipTableModel(Project *project, QObject *parent = nullptr);

    /** Shows only one subject's (or one motion's) clips; 0 shows all. */
    void setFilter(qint64 subjectId, qint64 motionId = 0);
    qint64 clipIdAt(int row) const;
    int rowOfClip(qint64 clipId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Markers: a frame number, or an empty value to fall back to the automatic one.
     * Status: a ReviewStatus (int) or its name; Reason: an ExclusionReason or its name.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** An edit was refused or could not be saved; the message says why. */
    void editFailed(const QString &message);

private:
    struct Row
    {
        Clip clip;
        QString subject;
        QString motion;
        Annotation annotation;
        Review review;
        bool missing = false;
    };
    void reload();
    void reloadClip(qint64 clipId);
    Row loadRow(const Clip &clip) const;
    bool report(const Result<bool> &result);

    Project *m_project;
    ProjectEditor m_editor;
    qint64 m_subjectFilter = 0;
    qint64 m_motionFilter = 0;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowOfClip;
};

/** The collectors' checklist as a table; the target column is editable (undoable). */
class CompletenessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        MotionColumn,
        KindColumn,
        TargetColumn,
        IncludedColumn,
        PendingColumn,
        ExcludedColumn,
        MissingColumn,
        ColumnCount
    };
    enum Role { CompleteRole = Qt::UserRole + 1, MotionIdRole, SubjectIdRole };

    explicit CompletenessModel(Project *project, QObject *parent = nullptr);
    CompletenessSummary summary() const { return summarize(m_rows); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    Project *m_project;
    ProjectEditor m_editor;
    QVector<CompletenessRow> m_rows;
};

} // namespace fm
