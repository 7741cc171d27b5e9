#include "timelinewidget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {
constexpr int kMarkerGrab = 6;    // pixels either side of a marker that start a drag
constexpr int kHandleHeight = 16; // the marker handles' strip at the top
constexpr int kMargin = 8;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus); // the page's shortcuts drive it from the keyboard
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(110);
}

void TimelineWidget::setFrameCount(int frames)
{
    m_frames = std::max(0, frames);
    m_current = std::clamp(m_current, 0, std::max(0, m_frames - 1));
    update();
}

void TimelineWidget::setCurrentFrame(int frame)
{
    frame = std::clamp(frame, 0, std::max(0, m_frames - 1));
    if (frame == m_current)
        return;
    m_current = frame;
    update();
}

void TimelineWidget::setCurves(const QVector<Curve> &curves)
{
    m_curves = curves;
    m_maxValue = 0.0;
    for (const Curve &c : m_curves)
        for (double v : c.values)
            if (std::isfinite(v))
                m_maxValue = std::max(m_maxValue, v);
    update();
}

void TimelineWidget::setWarningRanges(const QVector<QPair<int, int>> &ranges)
{
    m_warnings = ranges;
    update();
}

void TimelineWidget::setMarker(Marker marker, std::optional<int> reviewed,
                               std::optional<int> automatic)
{
    m_markers[size_t(marker)] = {reviewed, automatic};
    update();
}

std::optional<int> TimelineWidget::markerFrame(Marker marker) const
{
    if (m_drag && m_drag->marker == marker)
        return m_drag->frame;
    const MarkerState &s = m_markers[size_t(marker)];
    return s.reviewed ? s.reviewed : s.automatic;
}

QRect TimelineWidget::plotRect() const
{
    return QRect(kMargin, kHandleHeight + 2, width() - 2 * kMargin,
                 height() - kHandleHeight - 2 - 18);
}

int TimelineWidget::xForFrame(int frame) const
{
    const QRect r = plotRect();
    if (m_frames <= 1)
        return r.left();
    return r.left() + int(std::lround(double(frame) * (r.width() - 1) / (m_frames - 1)));
}

int TimelineWidget::frameAtX(int x) const
{
    const QRect r = plotRect();
    if (m_frames <= 1 || r.width() <= 1)
        return 0;
    const double f = double(x - r.left()) * (m_frames - 1) / (r.width() - 1);
    return std::clamp(int(std::lround(f)), 0, m_frames - 1);
}

QColor TimelineWidget::markerColor(Marker marker)
{
    switch (marker) {
    case Marker::Onset:
        return QColor(40, 170, 80);
    case Marker::Apex:
        return QColor(220, 140, 20);
    case Marker::Offset:
        return QColor(200, 50, 60);
    }
    return Qt::black;
}

std::optional<Marker> TimelineWidget::markerNear(int x) const
{
    std::optional<Marker> best;
    int bestDistance = kMarkerGrab + 1;
    for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset}) {
        const std::optional<int> f = markerFrame(m);
        if (!f)
            continue;
        const int d = std::abs(xForFrame(*f) - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = m;
        }
    }
    return best;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect r = plotRect();
    p.fillRect(r, palette().color(QPalette::AlternateBase));
    if (m_frames <= 0)
        return;
    const double step = m_frames > 1 ? double(r.width() - 1) / (m_frames - 1) : 0.0;

    // Warning bands (drawn full height so they are seen at a glance).
    for (const auto &range : m_warnings) {
        const int x0 = xForFrame(range.first) - int(step / 2);
        const int x1 = xForFrame(range.second) + int(step / 2) + 1;
        p.fillRect(QRect(x0, r.top(), std::max(2, x1 - x0), r.height()), QColor(255, 80, 60, 60));
        p.fillRect(QRect(x0, r.bottom() - 3, std::max(2, x1 - x0), 4), QColor(230, 60, 40));
    }

    // Curves.
    p.setRenderHint(QPainter::Antialiasing, true);
    if (m_maxValue > 0) {
        for (const Curve &c : m_curves) {
            QPainterPath path;
            bool started = false;
            for (int i = 0; i < c.values.size() && i < m_frames; ++i) {
                const double v = c.values.at(i);
                if (!std::isfinite(v)) {
                    started = false;
                    continue;
                }
                const QPointF pt(r.left() + i * step,
                                 r.bottom() - (v / m_maxValue) * (r.height() - 4));
                if (started)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                started = true;
            }
            p.setPen(QPen(c.color, c.name.isEmpty() ? 2.0 : 1.2));
            p.drawPath(path);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);

    // Markers: automatic dashed, effective solid with a handle on top.
    for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset}) {
        const QColor color = markerColor(m);
        const MarkerState &s = m_markers[size_t(m)];
        if (s.automatic) {
            p.setPen(QPen(color, 1, Qt::DashLine));
            const int x = xForFrame(*s.automatic);
            p.drawLine(x, r.top(), x, r.bottom());
        }
        if (const std::optional<int> f = markerFrame(m)) {
            const int x = xForFrame(*f);
            const bool reviewed = (m_drag && m_drag->marker == m) || s.reviewed.has_value();
            p.setPen(QPen(color, reviewed ? 2 : 1));
            p.drawLine(x, r.top(), x, r.bottom());
            const QRect handle(x - 6, 1, 12, kHandleHeight - 2);
            p.fillRect(handle, reviewed ? color : color.lighter(150));
            p.setPen(Qt::white);
            const QString letter = m == Marker::Onset ? tr("I", "handle letter of the onset marker")
                                   : m == Marker::Apex
                                       ? tr("A", "handle letter of the apex marker")
                                       : tr("O", "handle letter of the offset marker");
            p.drawText(handle, Qt::AlignCenter, letter);
        }
    }

    // Frame ticks and the play head.
    p.setPen(palette().color(QPalette::Text));
    const int tickEvery = std::max(1, int(std::ceil(60.0 / std::max(step, 0.01) / 10.0)) * 10);
    for (int f = 0; f < m_frames; f += tickEvery) {
        const int x = xForFrame(f);
        p.drawLine(x, r.bottom() + 1, x, r.bottom() + 4);
        p.drawText(QRect(x - 30, r.bottom() + 4, 60, 14), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(f));
    }
    const int x = xForFrame(m_current);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawLine(x, 0, x, r.bottom());
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_frames <= 0)
        return QWidget::mousePressEvent(event);
    const int x = int(event->position().x());
    if (const std::optional<Marker> m = markerNear(x)) {
        const int start = *markerFrame(*m);
        m_drag = Drag{*m, start, start};
        setCursor(Qt::SizeHorCursor);
        return;
    }
    m_scrubbing = true;
    Q_EMIT frameRequested(frameAtX(x));
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int x = int(event->position().x());
    if (m_drag) {
        const int f = frameAtX(x);
        if (f != m_drag->frame) {
            m_drag->frame = f;
            update();
            Q_EMIT markerDragged(m_drag->marker, f);
        }
        return;
    }
    if (m_scrubbing) {
        Q_EMIT frameRequested(frameAtX(x));
        return;
    }
    setCursor(markerNear(x) ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_scrubbing = false;
    if (!m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    unsetCursor();
    update();
    if (drag.frame != drag.startFrame)
        Q_EMIT markerMoved(drag.marker, drag.frame);
}

} // namespace fm
