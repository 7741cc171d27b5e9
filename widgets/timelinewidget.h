#pragma once

#include "project/projecttypes.h"

#include <QColor>
#include <QPair>
#include <QVector>
#include <QWidget>

#include <array>
#include <optional>

namespace fm {

/**
 * The clip's time axis: motion-energy curves, ranges with quality warnings, the play head and
 * draggable onset / apex / offset markers (reviewed values solid, automatic ones dashed).
 * It only shows and reports; the page turns a finished drag into an undoable edit.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    /** One curve drawn along the time axis, scaled to the largest value of all curves. */
    struct Curve
    {
        QString name;
        QColor color;
        QVector<double> values; ///< one per frame
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setFrameCount(int frames);
    int frameCount() const { return m_frames; }
    void setCurrentFrame(int frame);
    int currentFrame() const { return m_current; }
    void setCurves(const QVector<Curve> &curves);
    /** Frame ranges [first, last] drawn as warning bands (no face, blurry, turned away). */
    void setWarningRanges(const QVector<QPair<int, int>> &ranges);
    /** The effective (reviewed) and the automatic value of one marker. */
    void setMarker(Marker marker, std::optional<int> reviewed, std::optional<int> automatic);
    /** Where a marker is drawn (the reviewed value, else the automatic one). */
    std::optional<int> markerFrame(Marker marker) const;
    bool isDragging() const { return m_drag.has_value(); }

    /** Horizontal centre of `frame` in widget coordinates (for tests and tooltips). */
    int xForFrame(int frame) const;
    int frameAtX(int x) const;

    QSize sizeHint() const override { return {640, 140}; }
    QSize minimumSizeHint() const override { return {200, 90}; }

Q_SIGNALS:
    /** A person clicked or scrubbed to `frame`. */
    void frameRequested(int frame);
    /** A marker is being dragged (live, before the edit). */
    void markerDragged(fm::Marker marker, int frame);
    /** A marker drag ended on a new frame: the page stores it. */
    void markerMoved(fm::Marker marker, int frame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct MarkerState
    {
        std::optional<int> reviewed;
        std::optional<int> automatic;
    };
    struct Drag
    {
        Marker marker;
        int startFrame;
        int frame;
    };
    QRect plotRect() const;
    std::optional<Marker> markerNear(int x) const;
    static QColor markerColor(Marker marker);

    int m_frames = 0;
    int m_current = 0;
    QVector<Curve> m_curves;
    QVector<QPair<int, int>> m_warnings;
    std::array<MarkerState, 3> m_markers;
    std::optional<Drag> m_drag;
    bool m_scrubbing = false;
    double m_maxValue = 0.0;
};

} // namespace fm
