#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace fm {

class EmptyStateWidget;

/** The studio's top-level window: menus, the page area and the status bar. Pages own their wiring. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** The page shown while no project is open. */
    EmptyStateWidget *projectPlaceholder() const { return m_placeholder; }

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    QStackedWidget *m_pages;
    EmptyStateWidget *m_placeholder;
};

} // namespace fm
