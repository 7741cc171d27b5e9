#include "tsneplot.h"

#include "eval/csvtext.h"

#include <QCollator>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace fm {

namespace {

constexpr double kRadius = 4.0;     ///< marker radius in pixels
constexpr double kHitRadius = 7.0;  ///< how near the cursor must be to a point
constexpr double kFitMargin = 28.0; ///< pixels around the points after "fit"
constexpr int kClickSlop = 4;       ///< a press that moves less than this is a click

QColor categoryColour(int i)
{
    // Twelve well-separated colours first, then golden-angle hues.
    static const char *const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                          "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                                          "#bcbd22", "#17becf", "#393b79", "#e7ba52"};
    if (i < int(std::size(palette)))
        return QColor(QLatin1String(palette[i]));
    const double hue = std::fmod(0.13 + i * 0.618033988749895, 1.0);
    return QColor::fromHsvF(float(hue), 0.70f, 0.80f - 0.15f * float(i % 3) / 2.f);
}

/// The shown name of a motion kind; the points and the CSV export keep the stored "FM"/"LM"/"compound".
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("FM"))
        return QCoreApplication::translate("fm::TsnePlot", "FM", "motion kind: facial motion");
    if (kind == QLatin1String("LM"))
        return QCoreApplication::translate("fm::TsnePlot", "LM", "motion kind: lip movement");
    if (kind == QLatin1String("compound"))
        return QCoreApplication::translate("fm::TsnePlot", "compound", "motion kind");
    return kind;
}

} // namespace

TsnePlot::TsnePlot(QWidget *parent) : QWidget(parent), m_thumbnails(400)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("t-SNE map of the clips"));
}

TsnePlot::~TsnePlot() = default;

void TsnePlot::setPoints(QVector<TsnePoint> points)
{
    m_points = std::move(points);
    m_indexOf.clear();
    std::vector<QPointF> positions;
    positions.reserve(size_t(m_points.size()));
    for (int i = 0; i < m_points.size(); ++i) {
        m_indexOf.insert(m_points[i].clip, i);
        positions.push_back(m_points[i].pos);
    }
    m_index.build(positions);
    m_selected.clear();
    m_highlighted.clear();
    m_hover = -1;
    m_kinds.clear();
    for (const TsnePoint &p : std::as_const(m_points)) {
        if (!p.kind.isEmpty() && !m_kinds.contains(p.kind))
            m_kinds.append(p.kind);
    }
    std::sort(m_kinds.begin(), m_kinds.end());
    rebuildCategories();
    fitView();
    Q_EMIT selectionChanged({});
}

void TsnePlot::rebuildCategories()
{
    QCollator collator;
    collator.setNumericMode(true);
    QSet<QString> seen;
    m_categories.clear();
    for (const TsnePoint &p : std::as_const(m_points)) {
        const QString &name = m_colourBy == ColourBy::Subject ? p.subject : p.motion;
        if (!seen.contains(name)) {
            seen.insert(name);
            m_categories.append(name);
        }
    }
    std::sort(m_categories.begin(), m_categories.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<QString, int> id;
    for (int i = 0; i < m_categories.size(); ++i)
        id.insert(m_categories[i], i);
    m_colours.clear();
    for (int i = 0; i < m_categories.size(); ++i)
        m_colours.append(categoryColour(i));
    m_category.assign(size_t(m_points.size()), 0);
    for (int i = 0; i < m_points.size(); ++i) {
        m_category[size_t(i)] = id.value(m_colourBy == ColourBy::Subject ? m_points[i].subject
                                                                         : m_points[i].motion);
    }
    m_sprites.clear();
    finishSelection({}, true); // recomputes the paint order
}

void TsnePlot::setColourBy(ColourBy colourBy)
{
    if (m_colourBy == colourBy)
        return;
    m_colourBy = colourBy;
    rebuildCategories();
    if (!m_viewMoved)
        fitView(); // the legend's width changed: keep the points clear of it
    update();
}

void TsnePlot::setMode(Mode mode)
{
    m_mode = mode;
    setCursor(mode == Mode::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
}

QColor TsnePlot::colourOf(int pointIndex) const
{
    if (pointIndex < 0 || pointIndex >= m_points.size())
        return {};
    return m_colours.value(m_category[size_t(pointIndex)]);
}

int TsnePlot::shapeOf(int index) const
{
    const QString &kind = m_points[index].kind;
    if (kind == QLatin1String("LM"))
        return 1;
    if (kind == QLatin1String("compound"))
        return 2;
    return 0;
}

void TsnePlot::highlightClips(const QStringList &clips)
{
    m_highlighted.clear();
    for (const QString &c : clips) {
        const int i = m_indexOf.value(c, -1);
        if (i >= 0)
            m_highlighted.insert(i);
    }
    finishSelection({}, true);
    update();
}

QStringList TsnePlot::highlightedClips() const
{
    QStringList out;
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_highlighted.contains(i))
            out.append(m_points[i].clip);
    }
    return out;
}

QStringList TsnePlot::selectedClips() const
{
    QStringList out;
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_selected.contains(i))
            out.append(m_points[i].clip);
    }
    return out;
}

void TsnePlot::setSelectedClips(const QStringList &clips)
{
    std::vector<int> indices;
    for (const QString &c : clips) {
        const int i = m_indexOf.value(c, -1);
        if (i >= 0)
            indices.push_back(i);
    }
    finishSelection(indices, false);
}

void TsnePlot::clearSelection()
{
    setSelectedClips({});
}

void TsnePlot::finishSelection(const std::vector<int> &indices, bool add)
{
    const bool reorderOnly = add && indices.empty();
    const QSet<int> before = m_selected;
    if (!add)
        m_selected.clear();
    for (int i : indices)
        m_selected.insert(i);
    // Paint order: plain points, then selected, then highlighted (on top).
    m_order.clear();
    m_order.reserve(size_t(m_points.size()));
    for (int pass = 0; pass < 3; ++pass) {
        for (int i = 0; i < m_points.size(); ++i) {
            const int level = m_highlighted.contains(i) ? 2 : m_selected.contains(i) ? 1 : 0;
            if (level == pass)
                m_order.push_back(i);
        }
    }
    update();
    if (!reorderOnly && before != m_selected)
        Q_EMIT selectionChanged(selectedClips());
}

void TsnePlot::setThumbnail(const QString &clip, const QImage &image)
{
    m_thumbnails.insert(clip, new QImage(image));
    if (m_hover >= 0 && m_points[m_hover].clip == clip)
        update();
}

QPointF TsnePlot::toScreenIn(const QPointF &map, const QRectF &area, double scale) const
{
    return {area.center().x() + (map.x() - m_centre.x()) * scale,
            area.center().y() - (map.y() - m_centre.y()) * scale};
}

QPointF TsnePlot::toScreen(const QPointF &map) const
{
    return toScreenIn(map, QRectF(rect()), m_scale);
}

QPointF TsnePlot::toMap(const QPointF &screen) const
{
    return {m_centre.x() + (screen.x() - width() / 2.0) / m_scale,
            m_centre.y() - (screen.y() - height() / 2.0) / m_scale};
}

int TsnePlot::pointAt(const QPointF &widgetPos) const
{
    if (m_points.isEmpty())
        return -1;
    return m_index.nearest(toMap(widgetPos), kHitRadius / m_scale);
}

double TsnePlot::legendWidth() const
{
    if (m_categories.isEmpty())
        return 0;
    const QFontMetrics fm(font());
    int textWidth = fm.horizontalAdvance(tr("Subject"));
    for (const QString &c : m_categories)
        textWidth = std::max(textWidth, fm.horizontalAdvance(c));
    for (const QString &k : m_kinds)
        textWidth = std::max(textWidth, fm.horizontalAdvance(kindLabel(k)));
    return std::min(textWidth, 200) + 48.0;
}

void TsnePlot::fitView()
{
    const QRectF b = m_index.bounds();
    // Keep the points clear of the legend (top right) when the widget is wide enough.
    const double legend = width() > 3 * legendWidth() ? legendWidth() : 0.0;
    const double w = std::max(1.0, width() - 2 * kFitMargin - legend);
    const double h = std::max(1.0, height() - 2 * kFitMargin);
    if (m_points.isEmpty()) {
        m_scale = 1;
        m_centre = {};
    } else {
        const double sx = b.width() > 0 ? w / b.width() : 1e6;
        const double sy = b.height() > 0 ? h / b.height() : 1e6;
        m_scale = std::min(sx, sy);
        if (!(m_scale < 1e6))
            m_scale = 1; // a single point, or all at one place
        m_centre = b.center() + QPointF(legend / 2 / m_scale, 0);
    }
    m_fitted = width() > 0 && height() > 0;
    m_viewMoved = false;
    update();
    Q_EMIT viewChanged();
}

void TsnePlot::zoomAt(const QPointF &widgetPos, double factor)
{
    const QPointF anchor = toMap(widgetPos);
    m_scale = std::clamp(m_scale * factor, 1e-6, 1e9);
    m_viewMoved = true;
    // Keep the map point under the cursor where it was.
    m_centre = {anchor.x() - (widgetPos.x() - width() / 2.0) / m_scale,
                anchor.y() + (widgetPos.y() - height() / 2.0) / m_scale};
    update();
    Q_EMIT viewChanged();
}

void TsnePlot::panBy(const QPointF &pixels)
{
    m_centre -= QPointF(pixels.x() / m_scale, -pixels.y() / m_scale);
    m_viewMoved = true;
    update();
    Q_EMIT viewChanged();
}

void TsnePlot::setHover(int index)
{
    if (index == m_hover)
        return;
    m_hover = index;
    if (index >= 0 && !m_thumbnails.contains(m_points[index].clip))
        Q_EMIT thumbnailWanted(m_points[index].clip);
    Q_EMIT hoveredChanged(index);
    update();
}

void TsnePlot::drawMarker(QPainter &painter, int shape, const QPointF &at, double r)
{
    switch (shape) {
    case 1: { // triangle
        const double h = r * 1.25;
        const QPointF tri[3] = {at + QPointF(0, -h), at + QPointF(h * 0.95, h * 0.75),
                                at + QPointF(-h * 0.95, h * 0.75)};
        painter.drawPolygon(tri, 3);
        break;
    }
    case 2: // square
        painter.drawRect(QRectF(at.x() - r * 0.9, at.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    default:
        painter.drawEllipse(at, r, r);
    }
}

void TsnePlot::rebuildSprites(qreal dpr) const
{
    if (!m_sprites.empty() && dpr == m_spriteDpr)
        return;
    m_spriteDpr = dpr;
    m_sprites.clear();
    const int side = int(std::ceil(2 * (kRadius * 1.3 + 1.5)));
    for (const QColor &colour : m_colours) {
        for (int shape = 0; shape < 3; ++shape) {
            QPixmap pixmap(int(side * dpr), int(side * dpr));
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(colour.darker(150), 1.0));
            p.setBrush(colour);
            drawMarker(p, shape, QPointF(side / 2.0, side / 2.0), kRadius);
            m_sprites.push_back(pixmap);
        }
    }
}

void TsnePlot::paintPlot(QPainter &painter, const QRectF &area, bool vector) const
{
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, QColor(0xfc, 0xfc, 0xfc));
    const double k = std::min(area.width() / std::max(1, width()),
                              area.height() / std::max(1, height()));
    const double scale = m_scale * (k > 0 ? k : 1);
    const QRectF visible = area.adjusted(-12, -12, 12, 12);
    if (!vector) // sprites at the target's pixel ratio: drawn 1:1, never rescaled
        rebuildSprites(painter.device() ? painter.device()->devicePixelRatioF() : 1.0);
    const int side = int(std::ceil(2 * (kRadius * 1.3 + 1.5)));
    const double half = side / 2.0;
    painter.setRenderHint(QPainter::Antialiasing, vector);
    for (int i : m_order) {
        const QPointF at = toScreenIn(m_points[i].pos, area, scale);
        if (!visible.contains(at))
            continue;
        const int sprite = m_category[size_t(i)] * 3 + shapeOf(i);
        if (vector) {
            const QColor c = m_colours.value(m_category[size_t(i)]);
            painter.setPen(QPen(c.darker(150), 1.0));
            painter.setBrush(c);
            drawMarker(painter, shapeOf(i), at, kRadius);
        } else {
            painter.drawPixmap(QPointF(std::round(at.x() - half), std::round(at.y() - half)),
                               m_sprites[size_t(sprite)]);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (int i : std::as_const(m_selected)) {
        const QPointF at = toScreenIn(m_points[i].pos, area, scale);
        if (visible.contains(at)) {
            painter.setPen(QPen(QColor(20, 20, 20), 1.6));
            painter.drawEllipse(at, kRadius + 2.5, kRadius + 2.5);
        }
    }
    for (int i : std::as_const(m_highlighted)) {
        const QPointF at = toScreenIn(m_points[i].pos, area, scale);
        if (visible.contains(at)) {
            painter.setPen(QPen(QColor(255, 255, 255), 5.0));
            painter.drawEllipse(at, kRadius + 6, kRadius + 6);
            painter.setPen(QPen(QColor(230, 20, 60), 2.6));
            painter.drawEllipse(at, kRadius + 6, kRadius + 6);
        }
    }
    if (!vector && m_hover >= 0) {
        const QPointF at = toScreenIn(m_points[m_hover].pos, area, scale);
        painter.setPen(QPen(QColor(0, 0, 0), 1.2));
        painter.drawEllipse(at, kRadius + 1.5, kRadius + 1.5);
    }
    painter.setPen(QColor(0xc8, 0xc8, 0xc8));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    paintLegend(painter, area);
    painter.setPen(QColor(0x70, 0x70, 0x70));
    QString status = tr("%n clips", nullptr, int(m_points.size()));
    if (!m_selected.isEmpty())
        status += tr(", %n selected", nullptr, int(m_selected.size()));
    painter.drawText(area.adjusted(8, 0, -8, -6), Qt::AlignLeft | Qt::AlignBottom, status);
    painter.restore();
}

void TsnePlot::paintLegend(QPainter &painter, const QRectF &area) const
{
    if (m_categories.isEmpty())
        return;
    const QFontMetrics fm(font());
    const int row = fm.height() + 2;
    const QString title = m_colourBy == ColourBy::Subject ? tr("Subject") : tr("Motion");
    QStringList shapes;
    if (m_kinds.size() > 1)
        shapes = m_kinds;
    const int maxRows = std::max(1, int((area.height() - 24) / row) - 1 - int(shapes.size()));
    const int shown = int(m_categories.size()) <= maxRows ? int(m_categories.size()) : maxRows - 1;
    int textWidth = fm.horizontalAdvance(title);
    for (int i = 0; i < shown; ++i)
        textWidth = std::max(textWidth, fm.horizontalAdvance(m_categories[i]));
    for (const QString &s : shapes)
        textWidth = std::max(textWidth, fm.horizontalAdvance(kindLabel(s)));
    textWidth = std::min(textWidth, 200);
    const int rows = 1 + std::max(0, shown) + (shown < m_categories.size() ? 1 : 0)
                     + int(shapes.size());
    const QRectF box(area.right() - textWidth - 40, area.top() + 8, textWidth + 32, rows * row + 8);
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + 4;
    painter.setPen(QColor(0x30, 0x30, 0x30));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(box.left() + 8, y, box.width() - 12, row), Qt::AlignVCenter, title);
    painter.setFont(font());
    y += row;
    for (int i = 0; i < shown; ++i) {
        painter.setPen(QPen(m_colours[i].darker(150), 1.0));
        painter.setBrush(m_colours[i]);
        painter.drawEllipse(QPointF(box.left() + 13, y + row / 2.0), kRadius, kRadius);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        painter.drawText(QRectF(box.left() + 24, y, box.width() - 28, row), Qt::AlignVCenter,
                         fm.elidedText(m_categories[i], Qt::ElideRight, textWidth));
        y += row;
    }
    if (shown < m_categories.size()) {
        painter.drawText(QRectF(box.left() + 8, y, box.width() - 12, row), Qt::AlignVCenter,
                         tr("+ %n more", nullptr, int(m_categories.size() - shown)));
        y += row;
    }
    for (const QString &kind : shapes) {
        painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 1.0));
        painter.setBrush(QColor(0xa0, 0xa0, 0xa0));
        const int shape = kind == QLatin1String("LM")         ? 1
                          : kind == QLatin1String("compound") ? 2
                                                              : 0;
        drawMarker(painter, shape, QPointF(box.left() + 13, y + row / 2.0), kRadius);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        painter.drawText(QRectF(box.left() + 24, y, box.width() - 28, row), Qt::AlignVCenter,
                         kindLabel(kind));
        y += row;
    }
}

void TsnePlot::paintHoverCard(QPainter &painter, const QRectF &area) const
{
    if (m_hover < 0 || m_drag != Drag::None)
        return;
    const TsnePoint &p = m_points[m_hover];
    QStringList lines{tr("Subject: %1").arg(p.subject), tr("Motion: %1").arg(p.motion)};
    if (p.repetition > 0)
        lines << tr("Repetition: %1").arg(p.repetition);
    if (!p.kind.isEmpty())
        lines << tr("Kind: %1").arg(kindLabel(p.kind));
    lines << tr("Clip: %1").arg(p.clip);
    const QFontMetrics fm(font());
    int textWidth = 0;
    for (const QString &l : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(l));
    const QImage *thumb = m_thumbnails.object(p.clip);
    QSize thumbSize;
    if (thumb && !thumb->isNull())
        thumbSize = thumb->size().scaled(128, 96, Qt::KeepAspectRatio);
    const int pad = 6;
    const int w = std::max(textWidth, thumbSize.width()) + 2 * pad;
    const int h = int(lines.size()) * fm.height() + thumbSize.height()
                  + (thumbSize.isEmpty() ? 0 : pad) + 2 * pad;
    QPointF at = QPointF(m_hoverPos) + QPointF(16, 16);
    if (at.x() + w > area.right())
        at.setX(m_hoverPos.x() - 16 - w);
    if (at.y() + h > area.bottom())
        at.setY(m_hoverPos.y() - 16 - h);
    at.setX(std::max(area.left(), at.x()));
    at.setY(std::max(area.top(), at.y()));
    const QRectF card(at, QSizeF(w, h));
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.setBrush(QColor(255, 255, 240, 245));
    painter.drawRoundedRect(card, 4, 4);
    double y = card.top() + pad;
    if (!thumbSize.isEmpty()) {
        painter.drawImage(QRectF(QPointF(card.left() + pad, y), QSizeF(thumbSize)), *thumb);
        y += thumbSize.height() + pad;
    }
    painter.setPen(QColor(0x20, 0x20, 0x20));
    for (const QString &l : lines) {
        painter.drawText(QRectF(card.left() + pad, y, w - 2 * pad, fm.height()), Qt::AlignVCenter,
                         l);
        y += fm.height();
    }
}

void TsnePlot::paintEvent(QPaintEvent *)
{
    if (!m_fitted && width() > 0)
        fitView();
    QPainter painter(this);
    const QRectF area(rect());
    paintPlot(painter, area, false);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_drag == Drag::Rectangle && m_moved) {
        painter.setPen(QPen(QColor(30, 90, 200), 1.0, Qt::DashLine));
        painter.setBrush(QColor(30, 90, 200, 40));
        painter.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    } else if (m_drag == Drag::Lasso && m_lasso.size() > 1) {
        painter.setPen(QPen(QColor(30, 90, 200), 1.2, Qt::DashLine));
        painter.setBrush(QColor(30, 90, 200, 40));
        painter.drawPolygon(m_lasso);
    }
    paintHoverCard(painter, area);
}

void TsnePlot::resizeEvent(QResizeEvent *)
{
    // Until the user pans or zooms, the map stays fitted to the widget (a map set while its
    // tab was hidden was fitted to a provisional size).
    if (!m_fitted || !m_viewMoved)
        fitView();
}

void TsnePlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_addToSelection = event->modifiers().testFlag(Qt::ControlModifier);
    if (event->modifiers().testFlag(Qt::ShiftModifier) || m_mode == Mode::Rectangle)
        m_drag = Drag::Rectangle;
    else if (event->modifiers().testFlag(Qt::AltModifier) || m_mode == Mode::Lasso)
        m_drag = Drag::Lasso;
    else
        m_drag = Drag::Pan;
    m_lasso = QPolygonF{m_pressPos};
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void TsnePlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_hoverPos = pos.toPoint();
    if (m_drag == Drag::None) {
        const int before = m_hover;
        setHover(pointAt(pos));
        if (m_hover >= 0 && m_hover == before)
            update(); // the card follows the cursor
        return;
    }
    if ((pos - m_pressPos).manhattanLength() >= kClickSlop)
        m_moved = true;
    if (m_drag == Drag::Pan && m_moved) {
        panBy(pos - m_lastPos);
        setHover(-1);
    } else if (m_drag == Drag::Lasso) {
        m_lasso.append(pos);
        update();
    } else {
        update();
    }
    m_lastPos = pos;
}

void TsnePlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    setCursor(m_mode == Mode::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
    const QPointF pos = event->position();
    if (!m_moved) {
        const int i = pointAt(pos);
        if (i >= 0) {
            Q_EMIT pointActivated(m_points[i].clip);
            if (m_points[i].clipId > 0)
                Q_EMIT clipActivated(m_points[i].clipId);
        } else if (drag != Drag::Pan && !m_addToSelection) {
            clearSelection();
        }
        update();
        return;
    }
    if (drag == Drag::Rectangle) {
        finishSelection(m_index.inRect(QRectF(toMap(m_pressPos), toMap(pos))), m_addToSelection);
    } else if (drag == Drag::Lasso) {
        m_lasso.append(pos);
        QPolygonF polygon;
        for (const QPointF &p : std::as_const(m_lasso))
            polygon.append(toMap(p));
        finishSelection(m_index.inPolygon(polygon), m_addToSelection);
        m_lasso.clear();
    }
    update();
}

void TsnePlot::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(2.0, delta / 480.0));
    event->accept();
}

void TsnePlot::keyPressEvent(QKeyEvent *event)
{
    const QPointF mid(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Home:
        fitView();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(mid, 1.25);
        break;
    case Qt::Key_Minus:
        zoomAt(mid, 0.8);
        break;
    case Qt::Key_Left:
        panBy({40, 0});
        break;
    case Qt::Key_Right:
        panBy({-40, 0});
        break;
    case Qt::Key_Up:
        panBy({0, 40});
        break;
    case Qt::Key_Down:
        panBy({0, -40});
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_hover >= 0) {
            Q_EMIT pointActivated(m_points[m_hover].clip);
            if (m_points[m_hover].clipId > 0)
                Q_EMIT clipActivated(m_points[m_hover].clipId);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TsnePlot::leaveEvent(QEvent *)
{
    setHover(-1);
}

QByteArray TsnePlot::csv() const
{
    QString text = QStringLiteral("clip,clip_id,subject,motion,repetition,kind,x,y,selected\n");
    for (int i = 0; i < m_points.size(); ++i) {
        const TsnePoint &p = m_points[i];
        text += QStringList{csv::field(p.clip),
                            p.clipId > 0 ? QString::number(p.clipId) : QString(),
                            csv::field(p.subject),
                            csv::field(p.motion),
                            p.repetition > 0 ? QString::number(p.repetition) : QString(),
                            csv::field(p.kind),
                            csv::number(p.pos.x()),
                            csv::number(p.pos.y()),
                            m_selected.contains(i) ? QStringLiteral("1") : QStringLiteral("0")}
                    .join(QLatin1Char(','))
                + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace fm
