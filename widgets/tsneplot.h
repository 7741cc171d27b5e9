#pragma once

#include "pointgridindex.h"

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QPolygonF>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <vector>

class QPainter;

namespace fm {

/** One clip of a t-SNE map as the plot shows it. */
struct TsnePoint
{
    QString clip;      ///< clip name as in tsne.csv (a project clip id as text)
    qint64 clipId = 0; ///< project clip id, 0 when unknown
    QString subject;
    QString motion;
    int repetition = 0; ///< 0: unknown
    QString kind;       ///< "FM", "LM", "compound" or empty (one shape for all)
    QPointF pos;        ///< map coordinates
};

/**
 * Scatter plot of a t-SNE map painted directly with QPainter (pre-rendered marker sprites,
 * viewport culling, a grid index for hit tests) so thousands of clips pan smoothly: colour by
 * subject or motion with a legend, marker shape by motion kind, hover card with a thumbnail,
 * click to activate a clip, rubber-band (Shift) and lasso (Alt) selection, wheel zoom around
 * the cursor, drag to pan, Home to fit, highlight rings, PNG/SVG/CSV export.
 */
class TsnePlot : public QWidget
{
    Q_OBJECT

public:
    enum class ColourBy { Subject, Motion };
    enum class Mode { Pan, Rectangle, Lasso };

    explicit TsnePlot(QWidget *parent = nullptr);
    ~TsnePlot() override;

    void setPoints(QVector<TsnePoint> points);
    const QVector<TsnePoint> &points() const { return m_points; }
    int indexOfClip(const QString &clip) const { return m_indexOf.value(clip, -1); }

    void setColourBy(ColourBy colourBy);
    ColourBy colourBy() const { return m_colourBy; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /** Legend entries (category names in legend order) and their colours. */
    QStringList legendLabels() const { return m_categories; }
    QColor colourOf(int pointIndex) const;

    /** Draws a ring around the given clips (e.g. the two clips of a failed pair). */
    void highlightClips(const QStringList &clips);
    QStringList highlightedClips() const;
    QStringList selectedClips() const;
    void setSelectedClips(const QStringList &clips);
    void clearSelection();

    /** The hover card's picture of a clip (decoded elsewhere, in the background). */
    void setThumbnail(const QString &clip, const QImage &image);
    bool hasThumbnail(const QString &clip) const { return m_thumbnails.contains(clip); }
    int hoveredIndex() const { return m_hover; }

    // View: map coordinates to widget pixels (y up).
    QPointF toScreen(const QPointF &map) const;
    QPointF toMap(const QPointF &screen) const;
    double scale() const { return m_scale; }
    QPointF centre() const { return m_centre; }
    /** Index of the point under a widget position (within a few pixels), or -1. */
    int pointAt(const QPointF &widgetPos) const;
    void fitView();
    void zoomAt(const QPointF &widgetPos, double factor);
    void panBy(const QPointF &pixels);

    /** Paints the plot into `area` of any painter; `vector` draws real shapes (SVG export)
        instead of sprites and leaves out the hover card. */
    void paintPlot(QPainter &painter, const QRectF &area, bool vector) const;
    /** The points as CSV: clip,clip_id,subject,motion,repetition,kind,x,y,selected. */
    QByteArray csv() const;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

Q_SIGNALS:
    /** A point was clicked (or Enter on the hovered point): its project clip id. */
    void clipActivated(qint64 clipId);
    /** Same, with the clip name of tsne.csv (also for clips without a project id). */
    void pointActivated(const QString &clip);
    void selectionChanged(const QStringList &clips);
    /** The hover card wants a thumbnail it does not have. */
    void thumbnailWanted(const QString &clip);
    void hoveredChanged(int index);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pan, Rectangle, Lasso };

    void rebuildCategories();
    void rebuildSprites(qreal dpr) const;
    int shapeOf(int index) const;
    void setHover(int index);
    void finishSelection(const std::vector<int> &indices, bool add);
    QPointF toScreenIn(const QPointF &map, const QRectF &area, double scale) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;
    double legendWidth() const;
    void paintHoverCard(QPainter &painter, const QRectF &area) const;
    static void drawMarker(QPainter &painter, int shape, const QPointF &at, double radius);

    QVector<TsnePoint> m_points;
    QHash<QString, int> m_indexOf;
    PointGridIndex m_index;
    ColourBy m_colourBy = ColourBy::Subject;
    Mode m_mode = Mode::Pan;
    QStringList m_categories;
    std::vector<int> m_category; ///< per point
    QVector<QColor> m_colours;   ///< per category
    QStringList m_kinds;         ///< distinct kinds (shape order)
    std::vector<int> m_order;    ///< paint order: selected and highlighted last
    QSet<int> m_selected;
    QSet<int> m_highlighted;
    QCache<QString, QImage> m_thumbnails;

    double m_scale = 1; ///< pixels per map unit
    QPointF m_centre;   ///< map point at the widget centre
    bool m_fitted = false;
    bool m_viewMoved = false; ///< zoomed or panned since the last fit
    int m_hover = -1;
    QPoint m_hoverPos;

    Drag m_drag = Drag::None;
    QPointF m_pressPos, m_lastPos;
    bool m_moved = false;
    bool m_addToSelection = false;
    QPolygonF m_lasso; ///< widget coordinates while dragging

    mutable std::vector<QPixmap> m_sprites; ///< category * 3 shapes
    mutable qreal m_spriteDpr = 0;
};

} // namespace fm
