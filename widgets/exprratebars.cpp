#include "exprratebars.h"

#include <QPainter>

namespace fm {

namespace {

constexpr int kBarHeight = 16;
constexpr int kHeaderHeight = 20;
constexpr int kTagWidth = 90;

} // namespace

ExprRateBars::ExprRateBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void ExprRateBars::setGroups(const QVector<Group> &groups)
{
    m_groups = groups;
    updateGeometry();
    setMinimumHeight(sizeHint().height());
    update();
}

void ExprRateBars::setColourFunction(std::function<QColor(const QString &)> colour)
{
    m_colour = std::move(colour);
    update();
}

QSize ExprRateBars::sizeHint() const
{
    int h = 8;
    for (const Group &g : m_groups)
        h += kHeaderHeight + int(g.bars.size()) * (kBarHeight + 3) + 6;
    return {260, std::max(h, 60)};
}

void ExprRateBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_groups.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Appearance rates appear after an analysis with reference faces."));
        return;
    }
    int y = 4;
    const int barWidth = std::max(40, width() - kTagWidth - 60);
    for (const Group &g : m_groups) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, y, width() - 12, kHeaderHeight), Qt::AlignVCenter, g.label);
        p.setFont(font());
        y += kHeaderHeight;
        for (const Bar &b : g.bars) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(10, y, kTagWidth - 12, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       b.tag);
            const QRect track(kTagWidth, y + 2, barWidth, kBarHeight - 4);
            p.fillRect(track, pal.color(QPalette::AlternateBase));
            QRect fill = track;
            fill.setWidth(int(track.width() * std::clamp(b.rate, 0.0, 1.0)));
            p.fillRect(fill, m_colour ? m_colour(b.tag) : pal.color(QPalette::Highlight));
            p.drawText(QRect(track.right() + 6, y, 54, kBarHeight), Qt::AlignVCenter,
                       QStringLiteral("%1%").arg(b.rate * 100.0, 0, 'f', 1));
            y += kBarHeight + 3;
        }
        y += 6;
    }
}

} // namespace fm
