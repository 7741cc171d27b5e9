// The main window as a person meets it: title, menus, empty project area, About, Quit.
#include "aboutdialog.h"
#include "emptystatewidget.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleMenusAndStatus();
    void aboutListsLoadedLibraries();
    void quitShortcutCloses();
};

void TestMainWindow::showsTitleMenusAndStatus()
{
    fm::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("FaceMotion Studio"));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("fileMenu")));
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("helpMenu")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionQuit")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAbout")));
    QVERIFY(window.projectPlaceholder()->isVisible());
    QCOMPARE(window.projectPlaceholder()->title(), QStringLiteral("No project open"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
}

void TestMainWindow::aboutListsLoadedLibraries()
{
    fm::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    fm::AboutDialog *about = nullptr;
    QTRY_VERIFY((about = window.findChild<fm::AboutDialog *>()) && about->isVisible());
    const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    for (const char *library : {"Qt 6.", "LibTorch 1.13", "OpenCV 4.", "dlib 19."})
        QVERIFY2(text.contains(QLatin1String(library)), library);
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<fm::AboutDialog *>());
}

void TestMainWindow::quitShortcutCloses()
{
    fm::MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
