#include "exprtimeline.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace fm {

namespace {

constexpr int kLabelWidth = 110;
constexpr int kRowHeight = 30;
constexpr int kLegendHeight = 22;

} // namespace

ExprTimeline::ExprTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ExprTimeline::setRows(const QVector<ExprTimelineRow> &rows, int frameCount)
{
    m_rows = rows;
    m_frames = std::max(1, frameCount);
    m_tags.clear();
    for (const ExprTimelineRow &row : rows)
        for (const ExprTimelineRow::Span &s : row.spans)
            if (!m_tags.contains(s.tag))
                m_tags << s.tag;
    updateGeometry();
    setFixedHeight(sizeHint().height());
    update();
}

void ExprTimeline::setPosition(int frame)
{
    m_position = std::clamp(frame, 0, m_frames - 1);
    update();
}

QColor ExprTimeline::tagColour(const QString &tag) const
{
    static const QColor palette[] = {QColor(0xe6, 0x7e, 0x22), QColor(0x29, 0x80, 0xb9),
                                     QColor(0x27, 0xae, 0x60), QColor(0x8e, 0x44, 0xad),
                                     QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85),
                                     QColor(0xd4, 0xac, 0x0d), QColor(0x7f, 0x8c, 0x8d)};
    const int index = std::max(0, int(m_tags.indexOf(tag)));
    return palette[index % 8];
}

QSize ExprTimeline::sizeHint() const
{
    return {600, kLegendHeight + std::max(1, int(m_rows.size())) * kRowHeight + 6};
}

QSize ExprTimeline::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

QRectF ExprTimeline::barRect(int row) const
{
    return QRectF(kLabelWidth, kLegendHeight + row * kRowHeight + 4, width() - kLabelWidth - 8,
                  kRowHeight - 8);
}

double ExprTimeline::xOf(int frame, const QRectF &bar) const
{
    return bar.left() + bar.width() * double(frame) / m_frames;
}

QPoint ExprTimeline::spanCentre(int row, int span) const
{
    if (row < 0 || row >= m_rows.size() || span < 0 || span >= m_rows[row].spans.size())
        return {};
    const QRectF bar = barRect(row);
    const auto &s = m_rows[row].spans[span];
    return QPointF((xOf(s.start, bar) + xOf(s.end + 1, bar)) / 2, bar.center().y()).toPoint();
}

void ExprTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    // Legend: one swatch per tag.
    int x = kLabelWidth;
    for (const QString &tag : m_tags) {
        p.fillRect(QRect(x, 6, 12, 12), tagColour(tag));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x + 16, 2, 150, 20), Qt::AlignVCenter | Qt::AlignLeft, tag);
        x += 24 + p.fontMetrics().horizontalAdvance(tag);
    }
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(0, kLegendHeight, 0, 0), Qt::AlignCenter,
                   tr("No identities yet: open a video and analyse it."));
        return;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF bar = barRect(r);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(4, bar.top(), kLabelWidth - 8, bar.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, m_rows[r].label);
        p.fillRect(bar, pal.color(QPalette::AlternateBase));
        for (const auto &range : m_rows[r].presence)
            p.fillRect(QRectF(QPointF(xOf(range.first, bar), bar.top() + bar.height() * 0.35),
                              QPointF(xOf(range.second + 1, bar),
                                      bar.bottom() - bar.height() * 0.35)),
                       pal.color(QPalette::Mid));
        for (const auto &s : m_rows[r].spans) {
            const double x0 = xOf(s.start, bar);
            const double x1 = std::max(x0 + 2.0, xOf(s.end + 1, bar));
            p.fillRect(QRectF(QPointF(x0, bar.top()), QPointF(x1, bar.bottom())), tagColour(s.tag));
        }
    }
    const QRectF first = barRect(0);
    const double px = xOf(m_position, first);
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawLine(QPointF(px, first.top() - 2),
               QPointF(px, barRect(int(m_rows.size()) - 1).bottom() + 2));
}

void ExprTimeline::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF bar = barRect(r);
        if (pos.y() < bar.top() || pos.y() > bar.bottom() || pos.x() < bar.left())
            continue;
        for (const auto &s : m_rows[r].spans) {
            if (pos.x() >= xOf(s.start, bar) - 1
                && pos.x() <= std::max(xOf(s.start, bar) + 2.0, xOf(s.end + 1, bar)) + 1) {
                Q_EMIT segmentClicked(r, s.tag, s.start, s.end);
                Q_EMIT seekRequested(s.start);
                return;
            }
        }
        const int frame = int((pos.x() - bar.left()) / bar.width() * m_frames);
        Q_EMIT seekRequested(std::clamp(frame, 0, m_frames - 1));
        return;
    }
}

} // namespace fm
