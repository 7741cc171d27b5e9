#include "trainingchart.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fm {

TrainingChart::TrainingChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_loss = new QLineSeries(m_chart);
    m_loss->setName(tr("Training loss (per step)"));
    m_ap = new QLineSeries(m_chart);
    m_ap->setName(tr("Validation AP (per epoch)"));
    m_apDots = new QScatterSeries(m_chart);
    m_apDots->setMarkerSize(7);
    QPen lossPen(QColor(0x1f, 0x77, 0xb4));
    lossPen.setWidthF(1.5);
    m_loss->setPen(lossPen);
    QPen apPen(QColor(0xff, 0x7f, 0x0e));
    apPen.setWidthF(2.0);
    m_ap->setPen(apPen);
    m_apDots->setColor(QColor(0xff, 0x7f, 0x0e));
    m_apDots->setBorderColor(QColor(0xff, 0x7f, 0x0e));
    m_chart->addSeries(m_loss);
    m_chart->addSeries(m_ap);
    m_chart->addSeries(m_apDots);
    m_x = new QValueAxis(m_chart);
    m_x->setTitleText(tr("Step"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_yLoss = new QValueAxis(m_chart);
    m_yLoss->setTitleText(tr("Loss"));
    m_yLoss->setLabelFormat(QStringLiteral("%.3f"));
    m_yAp = new QValueAxis(m_chart);
    m_yAp->setTitleText(tr("AP"));
    m_yAp->setRange(0, 1);
    m_yAp->setLabelFormat(QStringLiteral("%.2f")); // ticks at quarters: 0.25 must not read 0.3
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_yLoss, Qt::AlignLeft);
    m_chart->addAxis(m_yAp, Qt::AlignRight);
    m_loss->attachAxis(m_x);
    m_loss->attachAxis(m_yLoss);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_ap), static_cast<QXYSeries *>(m_apDots)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_yAp);
    }
    m_chart->legend()->markers(m_apDots).first()->setVisible(false);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(200); // ~5 repaints a second at most
    connect(m_throttle, &QTimer::timeout, this, &TrainingChart::flush);
    updateRanges();
}

void TrainingChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void TrainingChart::clear()
{
    m_pendingLoss.clear();
    m_pendingAp.clear();
    m_loss->clear();
    m_ap->clear();
    m_apDots->clear();
    m_maxX = 1;
    m_maxLoss = 0;
    updateRanges();
}

void TrainingChart::setSeries(const QVector<QPointF> &loss, const QVector<QPointF> &ap)
{
    clear();
    m_pendingLoss = loss;
    m_pendingAp = ap;
    flush();
}

void TrainingChart::appendLoss(const QVector<QPointF> &points)
{
    m_pendingLoss += points;
    scheduleFlush();
}

void TrainingChart::appendAp(const QVector<QPointF> &points)
{
    m_pendingAp += points;
    scheduleFlush();
}

int TrainingChart::lossCount() const
{
    return int(m_loss->count() + m_pendingLoss.size());
}

int TrainingChart::apCount() const
{
    return int(m_ap->count() + m_pendingAp.size());
}

int TrainingChart::drawnLossCount() const
{
    return int(m_loss->count());
}

void TrainingChart::scheduleFlush()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void TrainingChart::flush()
{
    m_throttle->stop();
    if (m_pendingLoss.isEmpty() && m_pendingAp.isEmpty())
        return;
    for (const QPointF &p : std::as_const(m_pendingLoss)) {
        m_maxX = std::max(m_maxX, p.x());
        if (std::isfinite(p.y()))
            m_maxLoss = std::max(m_maxLoss, p.y());
    }
    for (const QPointF &p : std::as_const(m_pendingAp))
        m_maxX = std::max(m_maxX, p.x());
    if (!m_pendingLoss.isEmpty())
        m_loss->append(m_pendingLoss);
    if (!m_pendingAp.isEmpty()) {
        m_ap->append(m_pendingAp);
        m_apDots->append(m_pendingAp);
    }
    m_pendingLoss.clear();
    m_pendingAp.clear();
    ++m_flushes;
    updateRanges();
}

void TrainingChart::updateRanges()
{
    // Whole steps on nice ticks (an empty chart read "0 0 0 0 1" with a 0..1 range).
    m_x->setRange(0, std::max(4.0, m_maxX));
    m_x->applyNiceNumbers();
    m_yLoss->setRange(0, m_maxLoss > 0 ? m_maxLoss * 1.1 : 1.0);
}

} // namespace fm
