#include "prcurveview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

/** At most this many points per drawn curve (every corner is kept in the CSV export). */
constexpr int kMaxDrawnPoints = 4000;

QList<QPointF> pointsOf(const std::vector<RunCurvePoint> &curve)
{
    QList<QPointF> out;
    const size_t n = curve.size();
    const size_t step = std::max<size_t>(1, n / kMaxDrawnPoints);
    out.reserve(int(n / step + 2));
    for (size_t i = 0; i < n; i += step)
        out.append(QPointF(curve[i].x, curve[i].y));
    if (n > 0 && (n - 1) % step != 0)
        out.append(QPointF(curve.back().x, curve.back().y));
    return out;
}

QColor foldColor(int i)
{
    static const QColor colors[] = {QColor(31, 119, 180),  QColor(255, 127, 14),
                                    QColor(44, 160, 44),   QColor(214, 39, 40),
                                    QColor(148, 103, 189), QColor(140, 86, 75),
                                    QColor(227, 119, 194), QColor(127, 127, 127),
                                    QColor(188, 189, 34),  QColor(23, 190, 207)};
    return colors[i % 10];
}

QChart *makeChart(const QString &title, const QString &xTitle, const QString &yTitle)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *x = new QValueAxis;
    x->setRange(0, 1);
    x->setTickCount(6);
    x->setTitleText(xTitle);
    x->setLabelFormat(QStringLiteral("%.1f"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTickCount(6);
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return chart;
}

void attach(QChart *chart, QAbstractSeries *series)
{
    chart->addSeries(series);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
}

} // namespace

PrCurveView::PrCurveView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_partitionCombo = new QComboBox;
    m_partitionCombo->setToolTip(tr("The fold whose pairs the threshold applies to."));
    m_prChart = makeChart(tr("Precision-recall"), tr("Recall"), tr("Precision"));
    m_rocChart = makeChart(tr("ROC"), tr("False acceptance rate (FPR)"),
                           tr("True acceptance rate (TPR)"));
    m_prView = new QChartView(m_prChart);
    m_rocView = new QChartView(m_rocChart);
    for (QChartView *v : {m_prView, m_rocView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(320, 280);
        v->setFocusPolicy(Qt::NoFocus);
    }
    m_prView->setWindowTitle(tr("Precision-recall curve"));
    m_rocView->setWindowTitle(tr("ROC curve"));

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(kSliderSteps / 20);
    m_slider->setToolTip(
        tr("Decision threshold on the cosine similarity; the slider moves in score "
           "quantiles of the pairs (arrow keys: one step), the spin box takes "
           "any value"));
    m_spin = new QDoubleSpinBox;
    m_spin->setDecimals(6);
    m_spin->setRange(-1.0, 1.0);
    m_spin->setSingleStep(0.001);
    m_spin->setKeyboardTracking(false);
    m_countsLabel = new QLabel;
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel->setWordWrap(true);
    m_noteLabel = new QLabel;
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_prView);
    splitter->addWidget(m_rocView);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Fold:")));
    controls->addWidget(m_partitionCombo);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Threshold:")));
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_spin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(controls);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_noteLabel);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            applyThreshold(thresholdForSlider(value), false);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_updating)
            setThreshold(value);
    });
    connect(m_partitionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            setPartition(index);
    });
    setRun(nullptr);
}

const PartitionResults *PrCurveView::current() const
{
    if (!m_run || m_partition < 0 || m_partition >= int(m_run->partitions.size()))
        return nullptr;
    return &m_run->partitions[size_t(m_partition)];
}

void PrCurveView::setRun(const RunResults *run)
{
    m_run = run;
    m_partition = 0;
    m_updating = true;
    m_partitionCombo->clear();
    if (run) {
        for (const PartitionResults &p : run->partitions)
            m_partitionCombo->addItem(p.name);
    }
    m_partitionCombo->setEnabled(run && run->partitions.size() > 1);
    m_updating = false;
    rebuildCharts();
    updateSliderRange();
    const PartitionResults *p = current();
    m_slider->setEnabled(p && p->pairsLoaded);
    m_spin->setEnabled(p && p->pairsLoaded);
    if (p)
        setThreshold(p->peakF1Threshold());
    else {
        m_countsLabel->setText(tr("No run is open."));
        m_noteLabel->clear();
    }
}

void PrCurveView::setPartition(int index)
{
    if (!m_run || index < 0 || index >= int(m_run->partitions.size()))
        return;
    m_partition = index;
    m_updating = true;
    m_partitionCombo->setCurrentIndex(index);
    m_updating = false;
    rebuildCharts();
    updateSliderRange();
    setThreshold(current()->peakF1Threshold());
    Q_EMIT partitionChanged(index);
}

void PrCurveView::rebuildCharts()
{
    clearChart(m_prChart);
    clearChart(m_rocChart);
    m_prMarker = m_rocMarker = nullptr;
    if (!m_run)
        return;
    const bool cv = m_run->partitions.size() > 1;
    // Many fold entries do not fit under the plot: list them beside it.
    for (QChart *chart : {m_prChart, m_rocChart})
        chart->legend()->setAlignment(cv ? Qt::AlignRight : Qt::AlignBottom);
    for (int i = 0; i < int(m_run->partitions.size()); ++i) {
        const PartitionResults &p = m_run->partitions[size_t(i)];
        const bool selected = i == m_partition;
        QColor color = cv ? foldColor(i) : QColor(31, 119, 180);
        if (cv && !selected)
            color.setAlpha(110);
        auto *pr = new QLineSeries;
        pr->setName(tr("%1: AP %2").arg(p.name).arg(p.averagePrecision(), 0, 'f', 4));
        pr->replace(pointsOf(p.pr));
        pr->setPen(QPen(color, selected ? 2.5 : 1.2));
        attach(m_prChart, pr);
        auto *roc = new QLineSeries;
        roc->setName(tr("%1: AUC %2")
                         .arg(p.name)
                         .arg(p.metrics.value(QStringLiteral("roc_auc")).toDouble(), 0, 'f', 4));
        roc->replace(pointsOf(p.roc));
        roc->setPen(QPen(color, selected ? 2.5 : 1.2));
        attach(m_rocChart, roc);
    }
    if (cv) {
        const QJsonObject summary = m_run->metrics.value(QStringLiteral("summary")).toObject();
        const QJsonObject ap = summary.value(QStringLiteral("average_precision")).toObject();
        auto *meanPr = new QLineSeries;
        meanPr->setName(tr("mean: AP %1 ± %2")
                            .arg(ap.value(QStringLiteral("mean")).toDouble(), 0, 'f', 4)
                            .arg(ap.value(QStringLiteral("std")).toDouble(), 0, 'f', 4));
        meanPr->replace(pointsOf(m_run->meanPrCurve()));
        meanPr->setPen(QPen(Qt::black, 2.0, Qt::DashLine));
        attach(m_prChart, meanPr);
        auto *meanRoc = new QLineSeries;
        meanRoc->setName(tr("mean"));
        meanRoc->replace(pointsOf(m_run->meanRocCurve()));
        meanRoc->setPen(QPen(Qt::black, 2.0, Qt::DashLine));
        attach(m_rocChart, meanRoc);
    }
    const PartitionResults *p = current();
    if (!p)
        return;
    const QJsonObject peak = p->metrics.value(QStringLiteral("at_peak_f1")).toObject();
    auto *peakPoint = new QScatterSeries;
    peakPoint->setName(
        tr("peak F1 %1 at %2").arg(p->peakF1(), 0, 'f', 4).arg(p->peakF1Threshold(), 0, 'f', 4));
    peakPoint->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    peakPoint->setMarkerSize(15);
    peakPoint->setColor(QColor(44, 160, 44));
    peakPoint->append(peak.value(QStringLiteral("recall")).toDouble(),
                      peak.value(QStringLiteral("precision")).toDouble());
    attach(m_prChart, peakPoint);
    auto *eerPoint = new QScatterSeries;
    eerPoint->setName(tr("EER %1 at %2").arg(p->eer(), 0, 'f', 4).arg(p->eerThreshold(), 0, 'f', 4));
    eerPoint->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    eerPoint->setMarkerSize(15);
    eerPoint->setColor(QColor(44, 160, 44));
    eerPoint->append(p->eer(), 1.0 - p->eer());
    attach(m_rocChart, eerPoint);
    m_prMarker = new QScatterSeries;
    m_rocMarker = new QScatterSeries;
    for (QScatterSeries *m : {m_prMarker, m_rocMarker}) {
        m->setName(tr("threshold"));
        m->setMarkerSize(10);
        m->setColor(QColor(214, 39, 40));
        m->setBorderColor(Qt::white);
    }
    attach(m_prChart, m_prMarker);
    attach(m_rocChart, m_rocMarker);
}

void PrCurveView::updateSliderRange()
{
    const PartitionResults *p = current();
    m_steps.clear();
    if (!p || !p->pairsLoaded) {
        m_lo = 0;
        m_hi = 1;
        return;
    }
    m_lo = p->minScore();
    m_hi = p->maxScore();
    if (m_hi <= m_lo)
        m_hi = m_lo + 1e-6;
    // The slider moves through score quantiles of the listed pairs: scores crowd near 1, and
    // each step should change the counts by about the same number of pairs.
    std::vector<double> scores;
    scores.reserve(p->positivePairs().size() + p->negativePairs().size());
    for (const RunPair &pair : p->positivePairs())
        scores.push_back(double(pair.score));
    for (const RunPair &pair : p->negativePairs())
        scores.push_back(double(pair.score));
    std::sort(scores.begin(), scores.end());
    m_steps.assign(size_t(kSliderSteps) + 1, m_lo);
    for (int i = 0; i <= kSliderSteps && !scores.empty(); ++i)
        m_steps[size_t(i)]
            = scores[size_t(std::lround(double(i) / kSliderSteps * double(scores.size() - 1)))];
    m_updating = true;
    m_spin->setRange(m_lo, m_hi);
    m_updating = false;
}

int PrCurveView::sliderValueFor(double threshold) const
{
    if (m_steps.empty())
        return int(std::lround((threshold - m_lo) / (m_hi - m_lo) * kSliderSteps));
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), threshold);
    return std::clamp(int(it - m_steps.begin()), 0, kSliderSteps);
}

double PrCurveView::thresholdForSlider(int value) const
{
    if (m_steps.empty())
        return m_lo + (m_hi - m_lo) * double(value) / kSliderSteps;
    return m_steps[size_t(std::clamp(value, 0, kSliderSteps))];
}

void PrCurveView::setThreshold(double threshold)
{
    applyThreshold(threshold, true);
}

void PrCurveView::applyThreshold(double threshold, bool moveSlider)
{
    const PartitionResults *p = current();
    if (!p || !p->pairsLoaded)
        return;
    m_threshold = std::clamp(threshold, m_lo, m_hi);
    m_updating = true;
    // From the slider itself the position stays (tied quantiles share a threshold).
    if (moveSlider)
        m_slider->setValue(sliderValueFor(m_threshold));
    m_spin->setValue(m_threshold);
    m_updating = false;
    m_counts = p->countsAt(m_threshold);
    updateMarker();
    Q_EMIT thresholdChanged(m_threshold);
}

void PrCurveView::updateMarker()
{
    const PartitionResults *p = current();
    if (!p)
        return;
    const ConfusionCounts &c = m_counts.counts;
    if (m_prMarker && m_rocMarker) {
        m_prMarker->replace(
            QList<QPointF>{QPointF(c.recall(), c.tp + c.fp > 0 ? c.precision() : 1.0)});
        m_rocMarker->replace(QList<QPointF>{QPointF(c.far(), c.recall())});
    }
    const QString approx = m_counts.exact ? QString() : QStringLiteral("≈");
    m_countsLabel->setText(
        tr("<b>Threshold %1</b> (distance %2) &nbsp; precision <b>%3</b> &nbsp; recall <b>%4</b> "
           "&nbsp; F1 <b>%5</b> &nbsp; TP %6 &nbsp; FP <b>%7%8</b> &nbsp; TN %7%9 &nbsp; FN "
           "<b>%10</b>")
            .arg(m_threshold, 0, 'f', 4)
            .arg(1.0 - m_threshold, 0, 'f', 4)
            .arg(c.precision(), 0, 'f', 3)
            .arg(c.recall(), 0, 'f', 3)
            .arg(c.f1(), 0, 'f', 3)
            .arg(c.tp)
            .arg(approx)
            .arg(c.fp)
            .arg(c.tn)
            .arg(c.fn));
    if (p->pairsComplete()) {
        m_noteLabel->setText(tr("Counts from pairs.csv, which lists every pair (%1 positive, %2 "
                                "negative). Curves and AP from pr.csv and metrics.json.")
                                 .arg(p->positivePairs().size())
                                 .arg(p->negativePairs().size()));
    } else {
        m_noteLabel->setText(
            tr("pairs.csv is capped: it lists every positive pair but only %1 of %2 negative "
               "pairs (sample rate %3), so FP and TN are estimates (each sampled negative "
               "counts %4 times). Curves and AP come from pr.csv and metrics.json (exact).")
                .arg(p->negativePairs().size())
                .arg(p->negatives)
                .arg(p->negativeSampleRate, 0, 'g', 4)
                .arg(1.0 / p->negativeSampleRate, 0, 'f', 1));
    }
}

void PrCurveView::keyPressEvent(QKeyEvent *event)
{
    int delta = 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        delta = -1;
        break;
    case Qt::Key_Right:
    case Qt::Key_Up:
        delta = 1;
        break;
    case Qt::Key_PageDown:
        delta = -m_slider->pageStep();
        break;
    case Qt::Key_PageUp:
        delta = m_slider->pageStep();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_slider->setValue(std::clamp(m_slider->value() + delta, 0, kSliderSteps));
    event->accept();
}

QList<QStringList> PrCurveView::prCsvRows() const
{
    QList<QStringList> rows{{QStringLiteral("curve"), QStringLiteral("threshold"),
                             QStringLiteral("recall"), QStringLiteral("precision")}};
    if (!m_run)
        return rows;
    for (const PartitionResults &p : m_run->partitions) {
        for (const RunCurvePoint &c : p.pr)
            rows.append({p.name, QString::number(c.threshold, 'g', 17),
                         QString::number(c.x, 'g', 17), QString::number(c.y, 'g', 17)});
    }
    if (m_run->partitions.size() > 1) {
        for (const RunCurvePoint &c : m_run->meanPrCurve())
            rows.append({QStringLiteral("mean"), QString(), QString::number(c.x, 'g', 17),
                         QString::number(c.y, 'g', 17)});
    }
    return rows;
}

QList<QStringList> PrCurveView::rocCsvRows() const
{
    QList<QStringList> rows{{QStringLiteral("curve"), QStringLiteral("threshold"),
                             QStringLiteral("fpr"), QStringLiteral("tpr")}};
    if (!m_run)
        return rows;
    for (const PartitionResults &p : m_run->partitions) {
        for (const RunCurvePoint &c : p.roc)
            rows.append({p.name, QString::number(c.threshold, 'g', 17),
                         QString::number(c.x, 'g', 17), QString::number(c.y, 'g', 17)});
    }
    if (m_run->partitions.size() > 1) {
        for (const RunCurvePoint &c : m_run->meanRocCurve())
            rows.append({QStringLiteral("mean"), QString(), QString::number(c.x, 'g', 17),
                         QString::number(c.y, 'g', 17)});
    }
    return rows;
}

} // namespace fm
