#include "pointgridindex.h"

#include <algorithm>
#include <cmath>

namespace fm {

void PointGridIndex::build(const std::vector<QPointF> &points)
{
    m_points = points;
    m_items.clear();
    m_cellStart.clear();
    if (points.empty()) {
        m_bounds = {};
        m_columns = m_rows = 0;
        return;
    }
    double x0 = points[0].x(), x1 = x0, y0 = points[0].y(), y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    // About two points per cell on average.
    const int side = std::max(1, int(std::ceil(std::sqrt(points.size() / 2.0))));
    m_columns = m_rows = side;
    m_cellW = std::max(1e-12, (x1 - x0) / side);
    m_cellH = std::max(1e-12, (y1 - y0) / side);
    std::vector<int> count(size_t(m_columns * m_rows) + 1, 0);
    std::vector<int> cellOf(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        cellOf[i] = cellY(points[i].y()) * m_columns + cellX(points[i].x());
        ++count[size_t(cellOf[i]) + 1];
    }
    m_cellStart.assign(count.size(), 0);
    for (size_t c = 1; c < count.size(); ++c)
        m_cellStart[c] = m_cellStart[c - 1] + count[c];
    m_items.assign(points.size(), 0);
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < points.size(); ++i)
        m_items[size_t(fill[size_t(cellOf[i])]++)] = int(i);
}

int PointGridIndex::cellX(double x) const
{
    return std::clamp(int((x - m_bounds.left()) / m_cellW), 0, m_columns - 1);
}

int PointGridIndex::cellY(double y) const
{
    return std::clamp(int((y - m_bounds.top()) / m_cellH), 0, m_rows - 1);
}

template<typename F>
void PointGridIndex::forCells(const QRectF &rect, F &&visit) const
{
    if (m_points.empty())
        return;
    const QRectF r = rect.normalized();
    if (r.right() < m_bounds.left() || r.left() > m_bounds.right() || r.bottom() < m_bounds.top()
        || r.top() > m_bounds.bottom())
        return;
    const int cx0 = cellX(r.left()), cx1 = cellX(r.right());
    const int cy0 = cellY(r.top()), cy1 = cellY(r.bottom());
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const int c = cy * m_columns + cx;
            for (int k = m_cellStart[size_t(c)]; k < m_cellStart[size_t(c) + 1]; ++k)
                visit(m_items[size_t(k)]);
        }
    }
}

int PointGridIndex::nearest(const QPointF &at, double radius) const
{
    int best = -1;
    double bestD2 = radius * radius;
    forCells(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), [&](int i) {
        const double dx = m_points[size_t(i)].x() - at.x();
        const double dy = m_points[size_t(i)].y() - at.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 < bestD2 || (d2 == bestD2 && best >= 0 && i > best)) {
            bestD2 = d2;
            best = i;
        }
    });
    return best;
}

std::vector<int> PointGridIndex::inRect(const QRectF &rect) const
{
    const QRectF r = rect.normalized();
    std::vector<int> out;
    forCells(r, [&](int i) {
        const QPointF &p = m_points[size_t(i)];
        if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom())
            out.push_back(i);
    });
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> PointGridIndex::inPolygon(const QPolygonF &polygon) const
{
    std::vector<int> out;
    if (polygon.size() < 3)
        return out;
    forCells(polygon.boundingRect(), [&](int i) {
        if (polygon.containsPoint(m_points[size_t(i)], Qt::OddEvenFill))
            out.push_back(i);
    });
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace fm
