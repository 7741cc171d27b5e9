#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>

namespace fm {

/** Horizontal bars of appearance rates: one group per identity, one bar per tag. */
class ExprRateBars : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString tag;
        double rate = 0.0; ///< 0..1
    };
    struct Group
    {
        QString label;
        QVector<Bar> bars;
    };

    explicit ExprRateBars(QWidget *parent = nullptr);

    void setGroups(const QVector<Group> &groups);
    /** Colours per tag (shared with the timeline). */
    void setColourFunction(std::function<QColor(const QString &)> colour);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Group> m_groups;
    std::function<QColor(const QString &)> m_colour;
};

} // namespace fm
