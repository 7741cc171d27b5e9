#pragma once

#include <QWidget>

namespace fm {

/**
 * A small horizontal gauge of a distance against its acceptance threshold: a bar from 0 to a
 * range maximum, filled up to the value (green when the value passes, red when it fails), with
 * a tick at the threshold and the two numbers as text. Empty until setValue().
 */
class ThresholdGauge : public QWidget
{
    Q_OBJECT

public:
    explicit ThresholdGauge(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /** `passes`: the decision the caller made (the gauge does not decide). */
    void setValue(double value, double threshold, bool passes);
    void clear();
    bool hasValue() const { return m_hasValue; }
    double value() const { return m_value; }
    double threshold() const { return m_threshold; }
    bool passes() const { return m_passes; }
    /** Largest value the bar shows (values beyond are drawn at the end): 2 x threshold by
        default, at least the value. */
    double rangeMaximum() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    bool m_hasValue = false;
    double m_value = 0;
    double m_threshold = 0;
    bool m_passes = false;
};

} // namespace fm
