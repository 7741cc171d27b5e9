#pragma once

#include "project/projecttypes.h"

#include <QFutureWatcher>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fm {

class Project;
class ProjectEditor;

/**
 * The project as a tree (subject -> motion -> repetitions) with per-motion completeness,
 * review-state icons, filters and search. Structure edits (add, rename, delete, move a clip)
 * go through ProjectEditor, so they are undoable; the tree rebuilds from the project's signals.
 */
class DatasetTree : public QWidget
{
    Q_OBJECT

public:
    /** Which clips the tree shows; Excluded with a reason shows only that reason's. */
    enum class Filter { All, Pending, Excluded, MissingAnnotation, NoAnalysis, QaWarnings };

    DatasetTree(Project *project, ProjectEditor *editor, QWidget *parent = nullptr);

    qint64 currentClip() const { return m_currentClip; }
    /** Selects a clip (and shows it, clearing a filter that hides it). */
    void selectClip(qint64 clipId);
    /** Every clip in tree order (subjects, motions, repetitions), ignoring the filter. */
    QVector<qint64> clipOrder() const { return m_order; }
    /** The next (or previous) pending clip after `clipId` in tree order, 0 if none. */
    qint64 nearbyPending(qint64 clipId, bool forward) const;
    /** The next clip in tree order, 0 at the end. */
    qint64 nextClip(qint64 clipId) const;
    void setFilter(Filter filter, ExclusionReason reason = ExclusionReason::None);
    /** Clips shown under the current filter and search, in tree order. */
    QVector<qint64> visibleClips() const;
    /** The analysis warnings of a clip once loaded (the QA filter loads them in the background). */
    QStringList qaWarnings(qint64 clipId) const;
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void clipActivated(qint64 clipId);
    void editFailed(const QString &message);
    /** The QA warnings of the clips were read from their analysis caches. */
    void qaWarningsLoaded();

private:
    struct ClipState
    {
        ReviewStatus status = ReviewStatus::Pending;
        ExclusionReason reason = ExclusionReason::None;
        bool annotated = false;
        bool analysed = false;
        QString cacheHash; ///< identifies the analysis whose warnings apply
        QString cacheFile; ///< absolute path of the analysis cache
    };
    void rebuild();
    void refreshClip(qint64 clipId);
    void applyFilter();
    bool passes(const ClipState &state) const;
    void updateClipItem(QTreeWidgetItem *item, qint64 clipId);
    void updateMotionItem(QTreeWidgetItem *motionItem);
    void showContextMenu(const QPoint &pos);
    void onCurrentItemChanged(QTreeWidgetItem *current);
    ClipState loadState(qint64 clipId) const;
    void loadQaWarnings();
    void onQaWarningsLoaded();

    Project *m_project;
    ProjectEditor *m_editor;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QTreeWidget *m_tree;
    QVector<qint64> m_order;
    QHash<qint64, ClipState> m_states;
    QHash<qint64, QTreeWidgetItem *> m_clipItems;
    qint64 m_currentClip = 0;
    bool m_rebuilding = false;
    QHash<QString, QStringList> m_qa; ///< analysis cache hash -> its warnings
    QFutureWatcher<QHash<QString, QStringList>> m_qaWatcher;
    bool m_qaAgain = false;
};

} // namespace fm
