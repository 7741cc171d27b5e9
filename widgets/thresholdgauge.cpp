#include "thresholdgauge.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fm {

ThresholdGauge::ThresholdGauge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ThresholdGauge::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void ThresholdGauge::setValue(double value, double threshold, bool passes)
{
    m_hasValue = true;
    m_value = value;
    m_threshold = threshold;
    m_passes = passes;
    update();
}

void ThresholdGauge::clear()
{
    m_hasValue = false;
    update();
}

double ThresholdGauge::rangeMaximum() const
{
    double top = std::max(2.0 * m_threshold, 1e-6);
    if (std::isfinite(m_value))
        top = std::max(top, m_value * 1.1);
    return top;
}

QSize ThresholdGauge::sizeHint() const
{
    return {280, 2 * fontMetrics().height() + 22};
}

void ThresholdGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height();
    QString text = m_title;
    if (m_hasValue) {
        text = tr("%1: %2 (threshold %3) - %4")
                   .arg(m_title)
                   .arg(m_value, 0, 'f', 3)
                   .arg(m_threshold, 0, 'f', 3)
                   .arg(m_passes ? tr("pass") : tr("fail"));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(text, Qt::ElideRight, width()));
    const QRectF bar(1, line + 6, width() - 2, 14);
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    p.setBrush(QColor(0xee, 0xee, 0xee));
    p.drawRoundedRect(bar, 3, 3);
    if (!m_hasValue)
        return;
    const double top = rangeMaximum();
    const double v = std::isfinite(m_value) ? std::clamp(m_value / top, 0.0, 1.0) : 1.0;
    const QColor fill = m_passes ? QColor(0x2e, 0x9d, 0x4a) : QColor(0xd0, 0x36, 0x2f);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(bar.left(), bar.top(), std::max(2.0, bar.width() * v), bar.height()),
                      3, 3);
    const double tx = bar.left() + bar.width() * std::clamp(m_threshold / top, 0.0, 1.0);
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    p.drawLine(QPointF(tx, bar.top() - 4), QPointF(tx, bar.bottom() + 4));
}

} // namespace fm
