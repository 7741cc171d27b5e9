#pragma once

#include "eval/runresults.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSlider;

namespace fm {

/**
 * The precision-recall and ROC curves of a run (Qt Charts) with AP in the legend, the
 * peak-F1 and EER points marked, per-fold curves and their mean for cross-validation, and a
 * threshold slider (and spin box, arrow keys) moving a marker along both curves while
 * precision, recall, F1 and the TP/FP/TN/FN counts (recomputed from pairs.csv) update live.
 */
class PrCurveView : public QWidget
{
    Q_OBJECT

public:
    explicit PrCurveView(QWidget *parent = nullptr);

    /** Shows a run (kept by the caller while shown); nullptr clears. Selects partition 0
        at its peak-F1 threshold. */
    void setRun(const RunResults *run);
    /** The partition the threshold applies to (index into run->partitions). */
    void setPartition(int index);
    int partition() const { return m_partition; }
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    /** Counts at the current threshold, as shown. */
    ThresholdCounts counts() const { return m_counts; }
    /** Slider positions: score quantiles of the listed pairs (an arrow key moves one). */
    static constexpr int kSliderSteps = 2000;

    QChartView *prChartView() const { return m_prView; }
    QChartView *rocChartView() const { return m_rocView; }
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QLabel *countsLabel() const { return m_countsLabel; }
    /** The PR curve data as CSV rows (curve, threshold, recall, precision), for export. */
    QList<QStringList> prCsvRows() const;
    QList<QStringList> rocCsvRows() const;

Q_SIGNALS:
    void thresholdChanged(double threshold);
    void partitionChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildCharts();
    void updateSliderRange();
    void updateMarker();
    void applyThreshold(double threshold, bool moveSlider);
    int sliderValueFor(double threshold) const;
    double thresholdForSlider(int value) const;
    const PartitionResults *current() const;

    const RunResults *m_run = nullptr;
    int m_partition = 0;
    double m_threshold = 0.5;
    double m_lo = 0, m_hi = 1;
    std::vector<double> m_steps; ///< threshold of each slider position (score quantiles)
    ThresholdCounts m_counts;
    bool m_updating = false;

    QComboBox *m_partitionCombo;
    QChart *m_prChart;
    QChart *m_rocChart;
    QChartView *m_prView;
    QChartView *m_rocView;
    QScatterSeries *m_prMarker = nullptr;
    QScatterSeries *m_rocMarker = nullptr;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    QLabel *m_countsLabel;
    QLabel *m_noteLabel;
};

} // namespace fm
