#include "frameview.h"

#include <QPainter>

#include <algorithm>

namespace fm {

FrameView::FrameView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FrameView::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void FrameView::setOverlay(const QRectF &box, const QVector<QPointF> &points)
{
    m_box = box;
    m_points = points;
    update();
}

void FrameView::clearOverlay()
{
    setOverlay(QRectF(), {});
}

void FrameView::setInset(const QImage &inset)
{
    m_inset = inset;
    update();
}

void FrameView::setShowLandmarks(bool show)
{
    m_showLandmarks = show;
    update();
}

void FrameView::setShowBox(bool show)
{
    m_showBox = show;
    update();
}

void FrameView::setShowInset(bool show)
{
    m_showInset = show;
    update();
}

void FrameView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 1.0, 8.0);
    update();
}

void FrameView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QRectF FrameView::sourceRect() const
{
    const QRectF all(QPointF(0, 0), QSizeF(m_frame.size()));
    if (m_zoom <= 1.0)
        return all;
    const QPointF centre = m_box.isEmpty() ? all.center() : m_box.center();
    QSizeF size(all.width() / m_zoom, all.height() / m_zoom);
    QRectF r(QPointF(0, 0), size);
    r.moveCenter(centre);
    // Keep the zoomed window inside the frame.
    r.moveLeft(std::clamp(r.left(), 0.0, all.width() - r.width()));
    r.moveTop(std::clamp(r.top(), 0.0, all.height() - r.height()));
    return r;
}

void FrameView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    if (m_frame.isNull()) {
        p.setPen(Qt::lightGray);
        p.drawText(rect(), Qt::AlignCenter, m_message);
        return;
    }
    const QRectF source = sourceRect();
    QSizeF target = source.size().scaled(QSizeF(size()), Qt::KeepAspectRatio);
    QRectF targetRect(QPointF(0, 0), target);
    targetRect.moveCenter(QRectF(rect()).center());
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(targetRect, m_frame, source);

    const double scale = targetRect.width() / source.width();
    auto map = [&](const QPointF &pt) {
        return targetRect.topLeft() + (pt - source.topLeft()) * scale;
    };
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(targetRect);
    if (m_showBox && !m_box.isEmpty()) {
        p.setPen(QPen(QColor(80, 200, 255), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(map(m_box.topLeft()), map(m_box.bottomRight())));
    }
    if (m_showLandmarks && !m_points.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 220, 40));
        const double r = std::max(1.5, std::min(3.0, scale * 1.5));
        for (const QPointF &pt : m_points)
            p.drawEllipse(map(pt), r, r);
    }
    p.setClipping(false);
    if (m_showInset && !m_inset.isNull()) {
        const int side = std::min(160, std::min(width(), height()) / 3);
        const QRect inset(width() - side - 8, 8, side, side);
        p.drawImage(inset, m_inset);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(inset);
    }
    if (!m_message.isEmpty()) {
        const QRect band(0, height() - 28, width(), 28);
        p.fillRect(band, QColor(0, 0, 0, 150));
        p.setPen(QColor(255, 200, 120));
        p.drawText(band, Qt::AlignCenter, m_message);
    }
}

} // namespace fm
