#pragma once

#include <QPointF>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QTimer;

namespace fm {

/**
 * Live training curves (seed 001 Fig. 4/5 style): the loss per step on the left axis and the
 * validation AP per epoch on the right axis (0..1), sharing the step axis. Points are
 * appended as they arrive and repainted at most ~5 times a second, so a fast stream of
 * progress lines never blocks the GUI.
 */
class TrainingChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingChart(QWidget *parent = nullptr);

    /** Replaces both curves (a job was selected). */
    void setSeries(const QVector<QPointF> &loss, const QVector<QPointF> &ap);
    /** Adds points; they are drawn on the next throttled repaint. */
    void appendLoss(const QVector<QPointF> &points);
    void appendAp(const QVector<QPointF> &points);
    void clear();
    void setTitle(const QString &title);

    int lossCount() const;
    int apCount() const;
    /** Points drawn so far (after the last flush). */
    int drawnLossCount() const;
    /** Repaints issued by the throttle (for tests). */
    int flushCount() const { return m_flushes; }
    /** Draws pending points now. */
    void flush();

private:
    void scheduleFlush();
    void updateRanges();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_loss = nullptr;
    QLineSeries *m_ap = nullptr;
    QScatterSeries *m_apDots = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_yLoss = nullptr;
    QValueAxis *m_yAp = nullptr;
    QTimer *m_throttle = nullptr;
    QVector<QPointF> m_pendingLoss, m_pendingAp;
    double m_maxX = 1, m_maxLoss = 0;
    int m_flushes = 0;
};

} // namespace fm
