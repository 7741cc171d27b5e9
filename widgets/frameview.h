#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <QWidget>

namespace fm {

/** Shows one video frame scaled to fit, with an optional face box, 68 landmarks and crop inset. */
class FrameView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameView(QWidget *parent = nullptr);

    /** The frame to show (any size; drawn keeping its aspect ratio). */
    void setFrame(const QImage &frame);
    QImage frame() const { return m_frame; }
    /** Overlay in the frame's pixel coordinates; an empty box and no points clear it. */
    void setOverlay(const QRectF &box, const QVector<QPointF> &points);
    void clearOverlay();
    /** A small image (the aligned face crop) drawn in the top-right corner. */
    void setInset(const QImage &inset);

    void setShowLandmarks(bool show);
    void setShowBox(bool show);
    void setShowInset(bool show);
    bool showLandmarks() const { return m_showLandmarks; }
    bool showBox() const { return m_showBox; }
    bool showInset() const { return m_showInset; }

    /** 1.0 fits the frame into the widget; larger values zoom on the face box (or the centre). */
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    /** A line of text drawn over the frame (e.g. "no face"). */
    void setMessage(const QString &message);

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF sourceRect() const;

    QImage m_frame;
    QImage m_inset;
    QRectF m_box;
    QVector<QPointF> m_points;
    QString m_message;
    bool m_showLandmarks = true;
    bool m_showBox = true;
    bool m_showInset = false;
    double m_zoom = 1.0;
};

} // namespace fm
