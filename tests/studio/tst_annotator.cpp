// The annotator as a reviewer uses it: open a project, go to a clip, set onset and offset
// with I and O, drag a marker, undo, exclude with a reason, include and next; the store
// must hold exactly what was shown.
#include "annotatorpage.h"
#include "comparepage.h"
#include "datasettree.h"
#include "frameview.h"
#include "mainwindow.h"
#include "reviewpanel.h"
#include "studiofixture.h"
#include "timelinewidget.h"

#include "project/project.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace fm;

class TestAnnotator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annotateWithKeysAndMouse();
    void reviewKeysMoveThroughPendingClips();
    void scrubPlayAndRedetect();
    void compareSyncsAtOnsets();

private:
    void openWindow(MainWindow &window);
    bool openNextPending(AnnotatorPage *page);
    std::optional<Annotation> storedAnnotation(qint64 clipId);
    Review storedReview(qint64 clipId);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestAnnotator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString sources = m_dir.filePath(QStringLiteral("sources"));
    auto clips = testing::writeStudioClips(sources, QStringLiteral("S01"), QStringLiteral("smile"),
                                           3);
    QVERIFY2(clips, clips ? "" : qPrintable(clips.error().message));
    m_project = m_dir.filePath(QStringLiteral("project"));
    auto imported = testing::makeStudioProject(m_project, sources);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported.value(), 3);
}

void TestAnnotator::openWindow(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(m_project));
    QVERIFY(window.annotatorPage());
    QVERIFY(window.annotatorPage()->isVisible());
}

bool TestAnnotator::openNextPending(AnnotatorPage *page)
{
    QSignalSpy ready(page, &AnnotatorPage::clipReady);
    QTest::keyClick(page, Qt::Key_N);
    // Decoding and analysis run on a worker thread; the GUI stays live meanwhile.
    if (!ready.wait(90000))
        return false;
    return page->decodedFrames() > 0 && page->hasAnalysis();
}

std::optional<Annotation> TestAnnotator::storedAnnotation(qint64 clipId)
{
    // A separate connection: proves the edit was written, not only shown.
    auto project = Project::open(m_project);
    if (!project)
        return std::nullopt;
    return project.value()->annotation(clipId);
}

Review TestAnnotator::storedReview(qint64 clipId)
{
    auto project = Project::open(m_project);
    return project ? project.value()->review(clipId) : Review();
}

void TestAnnotator::annotateWithKeysAndMouse()
{
    MainWindow window;
    openWindow(window);
    AnnotatorPage *page = window.annotatorPage();
    QVERIFY(openNextPending(page));
    const qint64 clip = page->currentClip();
    QVERIFY(clip > 0);
    QCOMPARE(page->decodedFrames(), 60);

    // The analysis ran in the background, was cached and proposed onset/apex/offset.
    const auto analysed = storedAnnotation(clip);
    QVERIFY(analysed);
    QVERIFY(!analysed->automatic.cacheFile.isEmpty());
    QVERIFY(QFileInfo::exists(QDir(m_project).filePath(analysed->automatic.cacheFile)));
    QVERIFY(analysed->automatic.onset.has_value());
    QVERIFY(analysed->automatic.offset.has_value());
    QVERIFY(!analysed->onset.has_value());

    // Keys: 5 x Right, Shift+Right (+10) -> frame 15; I sets the onset there.
    QCOMPARE(page->currentFrame(), 0);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(page, Qt::Key_Right);
    QTest::keyClick(page, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(page->currentFrame(), 15);
    QTest::keyClick(page, Qt::Key_I);
    QCOMPARE(storedAnnotation(clip)->onset, std::optional<int>(15));
    // 2 x Shift+Right, Left -> 34; O sets the offset.
    QTest::keyClick(page, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(page, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(page, Qt::Key_Left);
    QCOMPARE(page->currentFrame(), 34);
    QTest::keyClick(page, Qt::Key_O);
    QCOMPARE(storedAnnotation(clip)->offset, std::optional<int>(34));
    QCOMPARE(page->timeline()->markerFrame(Marker::Offset), std::optional<int>(34));

    // Drag the onset marker from 15 to 19 with the mouse.
    TimelineWidget *timeline = page->timeline();
    const QPoint from(timeline->xForFrame(15), 8);
    const QPoint to(timeline->xForFrame(19), 8);
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
    QVERIFY(timeline->isDragging());
    for (int x = from.x(); x <= to.x(); x += 2) {
        QMouseEvent move(QEvent::MouseMove, QPointF(x, 8), timeline->mapToGlobal(QPointF(x, 8)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
    }
    QMouseEvent last(QEvent::MouseMove, QPointF(to), timeline->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(timeline, &last);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(!timeline->isDragging());
    QCOMPARE(storedAnnotation(clip)->onset, std::optional<int>(19));
    QCOMPARE(page->timeline()->markerFrame(Marker::Onset), std::optional<int>(19));

    // One undo takes back the whole drag (one step), not the I press before it.
    QUndoStack *stack = window.project()->undoStack();
    const int steps = stack->count();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), steps - 1);
    QCOMPARE(storedAnnotation(clip)->onset, std::optional<int>(15));
    QCOMPARE(storedAnnotation(clip)->offset, std::optional<int>(34));
    QCOMPARE(page->timeline()->markerFrame(Marker::Onset), std::optional<int>(15));
    // Redo and undo again with the other shortcut.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedAnnotation(clip)->onset, std::optional<int>(19));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedAnnotation(clip)->onset, std::optional<int>(15));

    // Exclude with a reason chosen in the review panel.
    auto *reason = page->reviewPanel()->findChild<QComboBox *>(QStringLiteral("reviewReason"));
    QVERIFY(reason);
    reason->setCurrentIndex(reason->findData(int(ExclusionReason::MicroExpression)));
    auto *exclude = page->reviewPanel()->findChild<QPushButton *>(QStringLiteral("excludeButton"));
    QTest::mouseClick(exclude, Qt::LeftButton);
    const Review review = storedReview(clip);
    QCOMPARE(review.status, ReviewStatus::Excluded);
    QCOMPARE(review.reason, ExclusionReason::MicroExpression);
    QVERIFY(!review.reviewer.isEmpty());
    QCOMPARE(page->lastReason(), ExclusionReason::MicroExpression);
    QCOMPARE(page->currentClip(), clip); // plain exclude stays on the clip

    // The tree shows the verdict.
    const QList<QTreeWidgetItem *> items
        = page->datasetTree()->tree()->findItems(QStringLiteral("excluded"),
                                                 Qt::MatchContains | Qt::MatchRecursive, 1);
    QCOMPARE(items.size(), 1);
}

void TestAnnotator::reviewKeysMoveThroughPendingClips()
{
    MainWindow window;
    openWindow(window);
    AnnotatorPage *page = window.annotatorPage();
    // The first test excluded one clip; N goes to the first pending one.
    QVERIFY(openNextPending(page));
    const qint64 first = page->currentClip();
    QCOMPARE(storedReview(first).status, ReviewStatus::Pending);

    // Y: include and go to the next pending clip.
    QSignalSpy ready(page, &AnnotatorPage::clipReady);
    QTest::keyClick(page, Qt::Key_Y);
    QCOMPARE(storedReview(first).status, ReviewStatus::Included);
    const qint64 second = page->currentClip();
    QVERIFY(second != first);
    QVERIFY(ready.wait(90000));

    // 2 (tongue movement) remembers the reason; X on the next clip reuses it.
    QTest::keyClick(page, Qt::Key_1);
    QCOMPARE(storedReview(second).reason, ExclusionReason::TongueMovement);
    QTest::keyClick(page, Qt::Key_Z); // Z alone is no shortcut: nothing happens
    QCOMPARE(storedReview(second).status, ReviewStatus::Excluded);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedReview(second).status, ReviewStatus::Pending);
    QTest::keyClick(page, Qt::Key_X);
    QCOMPARE(storedReview(second).status, ReviewStatus::Excluded);
    QCOMPARE(storedReview(second).reason, ExclusionReason::TongueMovement);

    // No pending clip is left: N says so and stays.
    const qint64 now = page->currentClip();
    QTest::keyClick(page, Qt::Key_N);
    QCOMPARE(page->currentClip(), now);

    // The tree's completeness shows the one included repetition.
    const QList<QTreeWidgetItem *> motion
        = page->datasetTree()->tree()->findItems(QStringLiteral("1/10 included"),
                                                 Qt::MatchContains | Qt::MatchRecursive, 1);
    QCOMPARE(motion.size(), 1);
}

void TestAnnotator::scrubPlayAndRedetect()
{
    MainWindow window;
    openWindow(window);
    AnnotatorPage *page = window.annotatorPage();
    const QVector<qint64> order = page->datasetTree()->clipOrder();
    QCOMPARE(order.size(), 3);
    QSignalSpy ready(page, &AnnotatorPage::clipReady);
    page->datasetTree()->selectClip(order.first());
    QVERIFY(ready.wait(90000));
    QCOMPARE(page->currentClip(), order.first());

    // Clicking the timeline scrubs there; the frame view shows that frame with landmarks.
    TimelineWidget *timeline = page->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier,
                      QPoint(timeline->xForFrame(42), timeline->height() / 2));
    QCOMPARE(page->currentFrame(), 42);
    QVERIFY(!page->frameView()->frame().isNull());

    // Space plays, Space pauses.
    QTest::keyClick(page, Qt::Key_Home);
    QCOMPARE(page->currentFrame(), 0);
    QTest::keyClick(page, Qt::Key_Space);
    QTRY_VERIFY(page->currentFrame() >= 5);
    QTest::keyClick(page, Qt::Key_Space);
    const int stopped = page->currentFrame();
    QTest::qWait(150);
    QCOMPARE(page->currentFrame(), stopped);

    // R drops the reviewed markers (one undoable step) and the automatic ones show again.
    const Annotation before = *storedAnnotation(order.first());
    QVERIFY(before.onset.has_value());
    QTest::keyClick(page, Qt::Key_R);
    const Annotation after = *storedAnnotation(order.first());
    QVERIFY(!after.onset && !after.offset);
    QCOMPARE(timeline->markerFrame(Marker::Onset), after.automatic.onset);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedAnnotation(order.first())->onset, before.onset);
    QCOMPARE(storedAnnotation(order.first())->offset, before.offset);

    // The second opening of a clip reads the cached analysis instead of analysing again.
    QVERIFY(!storedAnnotation(order.first())->automatic.cacheFile.isEmpty());
}

void TestAnnotator::compareSyncsAtOnsets()
{
    MainWindow window;
    openWindow(window);
    auto *compare = window.findChild<ComparePage *>();
    QVERIFY(compare);
    QSignalSpy ready(compare, &ComparePage::ready);
    window.projectTabs()->setCurrentWidget(compare); // loading starts when shown
    QVERIFY(ready.wait(90000));
    const QVector<qint64> order = window.annotatorPage()->datasetTree()->clipOrder();
    const int onsetA = *window.project()->annotation(order.at(0)).effective(Marker::Onset);
    const int onsetB = *window.project()->annotation(order.at(1)).effective(Marker::Onset);
    compare->setOffset(0);
    QCOMPARE(compare->shownFrame(0), onsetA); // clip 1 keeps its reviewed onset (15)
    QCOMPARE(compare->shownFrame(1), onsetB);
    QTest::keyClick(compare, Qt::Key_Right);
    QTest::keyClick(compare, Qt::Key_Right);
    QCOMPARE(compare->offset(), 2);
    QCOMPARE(compare->shownFrame(0), onsetA + 2);
    QCOMPARE(compare->shownFrame(1), onsetB + 2);
    // At the earliest time the clip with the later onset shows its first frame and the other
    // one is not started yet.
    compare->setOffset(-std::max(onsetA, onsetB) - 5); // clamped to the slider's range
    const int later = onsetA >= onsetB ? 0 : 1;
    QCOMPARE(compare->shownFrame(later), 0);
    if (onsetA != onsetB)
        QCOMPARE(compare->shownFrame(1 - later), -1);
}

QTEST_MAIN(TestAnnotator)
#include "tst_annotator.moc"
