#pragma once

#include "eval/runresults.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QListView;
class QTabWidget;

namespace fm {

class Project;
class ThumbnailCache;

/**
 * The false positives or false negatives of one partition at a threshold, worst first
 * (rows index the partition's score-sorted pairs directly, so a threshold change only
 * inserts or removes rows at the end).
 */
class FailedPairModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Kind { FalsePositives, FalseNegatives };
    enum Role { ClipARole = Qt::UserRole + 1, ClipBRole, ScoreRole, MarginRole, PairTextRole };

    FailedPairModel(Kind kind, QObject *parent = nullptr);
    void setSource(const PartitionResults *results, double threshold);
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    Kind kind() const { return m_kind; }
    const RunPair *pairAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int countAt(double threshold) const;

    Kind m_kind;
    const PartitionResults *m_results = nullptr;
    double m_threshold = 0;
    int m_rows = 0;
};

/** Paints a failed pair: two filmstrips (onset, apex, offset) and the scores. */
class FailedPairDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FailedPairDelegate(ThumbnailCache *cache, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintStrip(QPainter *painter, const QRect &rect, qint64 clipId) const;
    ThumbnailCache *m_cache;
};

/**
 * Two tabs, false positives and false negatives at the current threshold, each a list of
 * pairs with filmstrips decoded in the background; double-click or Enter opens a pair.
 */
class FailedPairGallery : public QWidget
{
    Q_OBJECT

public:
    explicit FailedPairGallery(QWidget *parent = nullptr);

    void setProject(Project *project);
    void setSource(const PartitionResults *results, double threshold);
    void setThreshold(double threshold);

    QTabWidget *tabs() const { return m_tabs; }
    QListView *view(FailedPairModel::Kind kind) const;
    FailedPairModel *model(FailedPairModel::Kind kind) const;
    ThumbnailCache *thumbnails() const { return m_cache; }

Q_SIGNALS:
    /** The current pair of the visible tab changed. */
    void pairSelected(const QString &clipA, const QString &clipB);
    /** Double-click / Enter on a pair. */
    void pairActivated(const QString &clipA, const QString &clipB);

private:
    void updateTitles();

    const PartitionResults *m_results = nullptr;
    ThumbnailCache *m_cache;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    FailedPairModel *m_models[2];
    QListView *m_views[2];
};

} // namespace fm
