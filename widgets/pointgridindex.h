#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace fm {

/**
 * A uniform grid over 2-d points for fast hit tests: nearest point within a radius, points in
 * a rectangle or polygon. Built once per point set (O(n)); a query looks only at the cells it
 * overlaps, so hover and click stay well under a millisecond with thousands of points.
 */
class PointGridIndex
{
public:
    void build(const std::vector<QPointF> &points);
    int size() const { return int(m_points.size()); }
    QRectF bounds() const { return m_bounds; }

    /** Index of the nearest point within `radius` of `at` (same units), or -1. */
    int nearest(const QPointF &at, double radius) const;
    /** Indices of the points inside `rect` (ascending). */
    std::vector<int> inRect(const QRectF &rect) const;
    /** Indices of the points inside `polygon` (odd-even rule, ascending). */
    std::vector<int> inPolygon(const QPolygonF &polygon) const;

private:
    int cellX(double x) const;
    int cellY(double y) const;
    template<typename F>
    void forCells(const QRectF &rect, F &&visit) const;

    std::vector<QPointF> m_points;
    QRectF m_bounds;
    int m_columns = 0, m_rows = 0;
    double m_cellW = 1, m_cellH = 1;
    std::vector<int> m_cellStart; ///< m_columns * m_rows + 1 offsets into m_items
    std::vector<int> m_items;     ///< point indices grouped by cell
};

} // namespace fm
