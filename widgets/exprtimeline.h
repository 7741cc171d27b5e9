#pragma once

#include <QColor>
#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

namespace fm {

/** One row of the expression timeline: a person, where they are seen, their tagged spans. */
struct ExprTimelineRow
{
    struct Span
    {
        QString tag;
        int start = 0;
        int end = 0; ///< inclusive
    };
    QString label;
    QVector<QPair<int, int>> presence; ///< frame ranges with an accepted face
    QVector<Span> spans;               ///< tagged segments
};

/**
 * Per-identity timelines over a whole video: presence in grey, tagged segments coloured by
 * tag, a playhead. Clicking a segment (or anywhere on a row) asks to seek there.
 */
class ExprTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ExprTimeline(QWidget *parent = nullptr);

    void setRows(const QVector<ExprTimelineRow> &rows, int frameCount);
    void setPosition(int frame);
    int position() const { return m_position; }
    /** Colour used for `tag` (stable per tag order of first appearance). */
    QColor tagColour(const QString &tag) const;
    QStringList tags() const { return m_tags; }
    /** Widget-local centre of a tagged span (for tests and tooltips); invalid if absent. */
    QPoint spanCentre(int row, int span) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** A click on a row: the frame there, or a tagged segment's first frame. */
    void seekRequested(int frame);
    void segmentClicked(int row, const QString &tag, int startFrame, int endFrame);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF barRect(int row) const;
    double xOf(int frame, const QRectF &bar) const;

    QVector<ExprTimelineRow> m_rows;
    QStringList m_tags;
    int m_frames = 1;
    int m_position = 0;
};

} // namespace fm
