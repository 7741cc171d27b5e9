#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace fm {

/** A centred title, explanation and action buttons shown where there is nothing yet. */
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    /** Adds a push button for `action`; it follows the action's text and enabled state. */
    void addAction(QAction *action);

private:
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
};

} // namespace fm
