// The reusable views and the import dialog on their own: timeline geometry and drags, the
// frame view's toggles, and an import with a live preview, progress and a finished report.
#include "frameview.h"
#include "importdialog.h"
#include "studiofixture.h"
#include "timelinewidget.h"

#include "project/project.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;

class TestStudioWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineMapsFramesBothWays_data();
    void timelineMapsFramesBothWays();
    void timelineDragReportsOnceOnRelease();
    void timelineClickScrubs();
    void frameViewOverlayToggles();
    void importDialogPreviewAndImport();
    void importDialogWarnsAboutBadPattern();
};

static void moveWithButton(QWidget *w, const QPoint &p)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(p), w->mapToGlobal(QPointF(p)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

void TestStudioWidgets::timelineMapsFramesBothWays_data()
{
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("width");
    QTest::newRow("60 frames, wide") << 60 << 900;
    QTest::newRow("300 frames, narrow") << 300 << 400;
    QTest::newRow("2 frames") << 2 << 300;
}

void TestStudioWidgets::timelineMapsFramesBothWays()
{
    QFETCH(int, frames);
    QFETCH(int, width);
    TimelineWidget t;
    t.resize(width, 120);
    t.setFrameCount(frames);
    for (int f = 0; f < frames; f += std::max(1, frames / 20)) {
        const int x = t.xForFrame(f);
        // Narrow timelines put several frames on one pixel: the mapping stays monotonic.
        QVERIFY(std::abs(t.frameAtX(x) - f) <= std::max(1, frames / width + 1));
    }
    QCOMPARE(t.frameAtX(-50), 0);
    QCOMPARE(t.frameAtX(width + 50), frames - 1);
}

void TestStudioWidgets::timelineDragReportsOnceOnRelease()
{
    TimelineWidget t;
    t.resize(700, 120);
    t.setFrameCount(100);
    t.setMarker(Marker::Apex, std::nullopt, 50); // only an automatic value: still draggable
    t.show();
    QVERIFY(QTest::qWaitForWindowExposed(&t));
    QSignalSpy dragged(&t, &TimelineWidget::markerDragged);
    QSignalSpy moved(&t, &TimelineWidget::markerMoved);
    QSignalSpy scrubbed(&t, &TimelineWidget::frameRequested);
    QTest::mousePress(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(50), 60));
    QVERIFY(t.isDragging());
    for (int f = 51; f <= 60; ++f)
        moveWithButton(&t, QPoint(t.xForFrame(f), 60));
    QCOMPARE(t.markerFrame(Marker::Apex), std::optional<int>(60));
    QVERIFY(dragged.count() >= 5);
    QCOMPARE(moved.count(), 0);
    QTest::mouseRelease(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(60), 60));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).value<Marker>(), Marker::Apex);
    QCOMPARE(moved.at(0).at(1).toInt(), 60);
    QCOMPARE(scrubbed.count(), 0);
    // Until the page stores it, the marker shows its stored (automatic) value again.
    QCOMPARE(t.markerFrame(Marker::Apex), std::optional<int>(50));

    // A press and release without a move is no edit.
    QTest::mousePress(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(50), 60));
    QTest::mouseRelease(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(50), 60));
    QCOMPARE(moved.count(), 1);
}

void TestStudioWidgets::timelineClickScrubs()
{
    TimelineWidget t;
    t.resize(700, 120);
    t.setFrameCount(90);
    t.show();
    QVERIFY(QTest::qWaitForWindowExposed(&t));
    QSignalSpy scrubbed(&t, &TimelineWidget::frameRequested);
    QTest::mousePress(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(10), 60));
    moveWithButton(&t, QPoint(t.xForFrame(20), 60));
    moveWithButton(&t, QPoint(t.xForFrame(30), 60));
    QTest::mouseRelease(&t, Qt::LeftButton, Qt::NoModifier, QPoint(t.xForFrame(30), 60));
    QCOMPARE(scrubbed.count(), 3);
    QCOMPARE(scrubbed.at(0).at(0).toInt(), 10);
    QCOMPARE(scrubbed.at(2).at(0).toInt(), 30);
}

void TestStudioWidgets::frameViewOverlayToggles()
{
    FrameView v;
    v.resize(400, 300);
    QImage frame(320, 240, QImage::Format_RGB888);
    frame.fill(Qt::black);
    v.setFrame(frame);
    v.setOverlay(QRectF(100, 60, 120, 120), {QPointF(160, 120)});
    v.setShowBox(true);
    v.setShowLandmarks(true);
    const QImage with = v.grab().toImage();
    v.setShowBox(false);
    v.setShowLandmarks(false);
    const QImage without = v.grab().toImage();
    QVERIFY(with != without);
    // Without overlays the frame is black where the box was drawn.
    v.setZoom(100); // clamped
    QCOMPARE(v.zoom(), 8.0);
}

void TestStudioWidgets::importDialogPreviewAndImport()
{
    QTemporaryDir dir;
    const QString sources = dir.filePath(QStringLiteral("in"));
    auto clips = testing::writeStudioClips(sources, QStringLiteral("S07"), QStringLiteral("wink"),
                                           2, 1, 20);
    QVERIFY2(clips, clips ? "" : qPrintable(clips.error().message));
    // A file the pattern does not match, and a text file that is no clip.
    QVERIFY(QFile::copy(clips.value().first(), QDir(sources).filePath(QStringLiteral("x.mp4"))));
    QFile junk(QDir(sources).filePath(QStringLiteral("notes.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a clip");
    junk.close();
    auto project = Project::create(dir.filePath(QStringLiteral("project")));
    QVERIFY(project);

    ImportDialog dialog(project.value().get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy preview(&dialog, &ImportDialog::previewUpdated);
    dialog.setSources({sources});
    QVERIFY(preview.wait(10000));
    QCOMPARE(preview.last().at(0).toInt(), 2);
    QTableWidget *table = dialog.previewTable();
    QCOMPARE(table->rowCount(), 3); // two clips and the unmatched one
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("S07"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("wink"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("2"));
    QVERIFY(table->item(2, 4)->text().contains(QStringLiteral("does not match")));

    QSignalSpy clipsChanged(project.value().get(), &Project::clipsChanged);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.lastReport().imported, 2);
    QVERIFY(clipsChanged.count() >= 1);
    QCOMPARE(project.value()->clipCount(), 2);

    // Importing the same files again: the preview warns, the import skips the duplicates.
    QVERIFY(preview.wait(10000));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("already")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.lastReport().imported, 0);
    QCOMPARE(dialog.lastReport().duplicates.size(), 2);
    QCOMPARE(project.value()->clipCount(), 2);
}

void TestStudioWidgets::importDialogWarnsAboutBadPattern()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("project")));
    QVERIFY(project);
    ImportDialog dialog(project.value().get());
    QSignalSpy preview(&dialog, &ImportDialog::previewUpdated);
    dialog.setSources({dir.filePath(QStringLiteral("missing-folder"))});
    QVERIFY(preview.wait(10000));
    QCOMPARE(preview.last().at(0).toInt(), 0);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!button->isEnabled());
    dialog.setSources({dir.path()});
    dialog.setPattern(QStringLiteral("{subject"));
    QVERIFY(preview.wait(10000));
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestStudioWidgets)
#include "tst_studiowidgets.moc"
