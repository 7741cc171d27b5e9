#include "failedpairgallery.h"

#include "thumbnailcache.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fm {

namespace {

constexpr int kPad = 6;
constexpr int kGap = 3;

} // namespace

FailedPairModel::FailedPairModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent), m_kind(kind)
{}

int FailedPairModel::countAt(double threshold) const
{
    if (!m_results || !m_results->pairsLoaded)
        return 0;
    return m_kind == FalsePositives ? m_results->falsePositiveRows(threshold)
                                    : m_results->falseNegativeRows(threshold);
}

void FailedPairModel::setSource(const PartitionResults *results, double threshold)
{
    beginResetModel();
    m_results = results;
    m_threshold = threshold;
    m_rows = countAt(threshold);
    endResetModel();
}

void FailedPairModel::setThreshold(double threshold)
{
    const int rows = countAt(threshold);
    m_threshold = threshold;
    // The order of failed pairs does not depend on the threshold: only the tail changes.
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1), {MarginRole, Qt::DisplayRole});
}

const RunPair *FailedPairModel::pairAt(int row) const
{
    if (!m_results || row < 0 || row >= m_rows)
        return nullptr;
    return m_kind == FalsePositives ? &m_results->falsePositive(row)
                                    : &m_results->falseNegative(row);
}

int FailedPairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant FailedPairModel::data(const QModelIndex &index, int role) const
{
    const RunPair *p = pairAt(index.row());
    if (!p)
        return {};
    const double margin = m_kind == FalsePositives ? double(p->score) - m_threshold
                                                   : m_threshold - double(p->score);
    switch (role) {
    case ClipARole:
        return p->clipA;
    case ClipBRole:
        return p->clipB;
    case ScoreRole:
        return double(p->score);
    case MarginRole:
        return margin;
    case PairTextRole:
    case Qt::DisplayRole:
        return tr("#%1  %2 %3 (clip %4)  vs  %5 %6 (clip %7)\nscore %8, distance %9, %10 %11 "
                  "the threshold")
            .arg(index.row() + 1)
            .arg(p->subjectA, p->motionA, p->clipA, p->subjectB, p->motionB, p->clipB)
            .arg(double(p->score), 0, 'f', 6)
            .arg(1.0 - double(p->score), 0, 'g', 3)
            .arg(margin, 0, 'f', 4)
            .arg(m_kind == FalsePositives ? tr("above") : tr("below"));
    case Qt::ToolTipRole:
        return m_kind == FalsePositives
                   ? tr("Different motions accepted as the same (score ≥ threshold)")
                   : tr("Repetitions of the same motion rejected (score < threshold)");
    default:
        return {};
    }
}

FailedPairDelegate::FailedPairDelegate(ThumbnailCache *cache, QObject *parent)
    : QStyledItemDelegate(parent), m_cache(cache)
{}

QSize FailedPairDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const int stripWidth = ThumbnailCache::kFrames * (ThumbnailCache::kSide + kGap);
    return {2 * stripWidth + 360, ThumbnailCache::kSide + 2 * kPad};
}

void FailedPairDelegate::paintStrip(QPainter *painter, const QRect &rect, qint64 clipId) const
{
    const QVector<QImage> *strip = m_cache->strip(clipId);
    for (int i = 0; i < ThumbnailCache::kFrames; ++i) {
        const QRect r(rect.left() + i * (ThumbnailCache::kSide + kGap), rect.top(),
                      ThumbnailCache::kSide, ThumbnailCache::kSide);
        if (strip && i < strip->size()) {
            painter->drawImage(r, strip->at(i));
        } else {
            painter->fillRect(r, QColor(200, 200, 200));
            painter->setPen(QColor(120, 120, 120));
            painter->drawText(r, Qt::AlignCenter, QStringLiteral("…"));
        }
    }
}

void FailedPairDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : nullptr;
    if (style)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    painter->save();
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    const int stripWidth = ThumbnailCache::kFrames * (ThumbnailCache::kSide + kGap);
    bool okA = false, okB = false;
    const qint64 a = index.data(FailedPairModel::ClipARole).toString().toLongLong(&okA);
    const qint64 b = index.data(FailedPairModel::ClipBRole).toString().toLongLong(&okB);
    paintStrip(painter, QRect(r.left(), r.top(), stripWidth, r.height()), okA ? a : -1);
    paintStrip(painter, QRect(r.left() + stripWidth + 2 * kPad, r.top(), stripWidth, r.height()),
               okB ? b : -1);
    const QRect textRect(r.left() + 2 * stripWidth + 4 * kPad, r.top(),
                         r.width() - 2 * stripWidth - 4 * kPad, r.height());
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                      index.data(FailedPairModel::PairTextRole).toString());
    painter->restore();
}

FailedPairGallery::FailedPairGallery(QWidget *parent) : QWidget(parent)
{
    m_cache = new ThumbnailCache(this);
    m_tabs = new QTabWidget;
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto *delegate = new FailedPairDelegate(m_cache, this);
    for (int k = 0; k < 2; ++k) {
        m_models[k] = new FailedPairModel(FailedPairModel::Kind(k), this);
        auto *view = new QListView;
        view->setModel(m_models[k]);
        view->setItemDelegate(delegate);
        view->setUniformItemSizes(true);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        m_views[k] = view;
        m_tabs->addTab(view, QString());
        connect(view, &QListView::activated, this, [this, k](const QModelIndex &index) {
            if (const RunPair *p = m_models[k]->pairAt(index.row()))
                Q_EMIT pairActivated(p->clipA, p->clipB);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, k](const QModelIndex &current) {
                    if (const RunPair *p = m_models[k]->pairAt(current.row()))
                        Q_EMIT pairSelected(p->clipA, p->clipB);
                });
        connect(m_models[k], &QAbstractItemModel::rowsInserted, this,
                &FailedPairGallery::updateTitles);
        connect(m_models[k], &QAbstractItemModel::rowsRemoved, this,
                &FailedPairGallery::updateTitles);
        connect(m_models[k], &QAbstractItemModel::modelReset, this,
                &FailedPairGallery::updateTitles);
    }
    connect(m_cache, &ThumbnailCache::stripReady, this, [this]() {
        for (QListView *v : m_views)
            v->viewport()->update();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    updateTitles();
}

void FailedPairGallery::setProject(Project *project)
{
    m_cache->setProject(project);
}

void FailedPairGallery::setSource(const PartitionResults *results, double threshold)
{
    m_results = results;
    for (FailedPairModel *m : m_models)
        m->setSource(results, threshold);
    updateTitles();
}

void FailedPairGallery::setThreshold(double threshold)
{
    for (FailedPairModel *m : m_models)
        m->setThreshold(threshold);
    updateTitles();
}

QListView *FailedPairGallery::view(FailedPairModel::Kind kind) const
{
    return m_views[kind];
}

FailedPairModel *FailedPairGallery::model(FailedPairModel::Kind kind) const
{
    return m_models[kind];
}

void FailedPairGallery::updateTitles()
{
    const int fp = m_models[0]->rowCount();
    const int fn = m_models[1]->rowCount();
    m_tabs->setTabText(0, tr("False positives (%1)").arg(fp));
    m_tabs->setTabText(1, tr("False negatives (%1)").arg(fn));
    if (!m_results || !m_results->pairsLoaded) {
        m_summary->setText(tr("Open a run to see its failed pairs."));
        return;
    }
    QString text = tr("At threshold %1 (accept when score ≥ threshold), worst first. Each row: "
                      "clip A and clip B at onset, apex and offset. Double-click a pair to play "
                      "it.")
                       .arg(m_models[0]->threshold(), 0, 'f', 4);
    if (!m_results->pairsComplete())
        text += QLatin1Char(' ')
                + tr("pairs.csv lists only a sample of the negative pairs (rate %1): the false "
                     "positives shown are the sampled ones.")
                      .arg(m_results->negativeSampleRate, 0, 'g', 4);
    m_summary->setText(text);
}

} // namespace fm
