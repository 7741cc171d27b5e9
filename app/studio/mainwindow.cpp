#include "mainwindow.h"

#include "aboutdialog.h"
#include "emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace fm {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)),
      m_placeholder(new EmptyStateWidget(m_pages))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("FaceMotion Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fmstudio.svg")));
    resize(1280, 800);

    m_placeholder->setObjectName(QStringLiteral("projectPlaceholder"));
    m_placeholder->setTitle(tr("No project open"));
    m_placeholder->setText(tr("A project holds the subjects, their facial motions and ten "
                              "repetitions of each. Project folders are private to your user "
                              "account: face videos are biometric data."));
    m_pages->addWidget(m_placeholder);
    setCentralWidget(m_pages);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    // Some platform themes (Windows keyboard scheme, offscreen) define no Quit binding.
    const QKeySequence quitKeys(QKeySequence::Quit);
    quit->setShortcut(quitKeys.isEmpty() ? QKeySequence(tr("Ctrl+Q")) : quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    addAction(quit); // the shortcut works even while the menu bar is hidden

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = helpMenu->addAction(tr("&About FaceMotion Studio"), this,
                                         &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fm
