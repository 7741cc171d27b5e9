// The capture flow without a camera: a video file plays as the camera, three takes are
// recorded with the R key, kept with Enter, stored as repetitions 1-3 and analysed; they
// appear in the dataset tree. A re-take (Backspace) stores nothing and leaves no file.
#include "annotatorpage.h"
#include "capturepage.h"
#include "datasettree.h"
#include "mainwindow.h"
#include "studiofixture.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;

class TestCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordThreeTakesFromVideoFile();
};

void TestCapture::recordThreeTakesFromVideoFile()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto source = testing::writeStudioClips(dir.filePath(QStringLiteral("camera")),
                                            QStringLiteral("cam"), QStringLiteral("feed"), 1);
    QVERIFY2(source, source ? "" : qPrintable(source.error().message));
    const QString folder = dir.filePath(QStringLiteral("project"));
    qint64 motionId = 0;
    {
        auto project = Project::create(folder);
        QVERIFY(project);
        Subject s;
        s.code = QStringLiteral("S01");
        auto subjectId = project.value()->addSubject(s);
        QVERIFY(subjectId);
        Motion m;
        m.subjectId = subjectId.value();
        m.name = QStringLiteral("smile");
        auto added = project.value()->addMotion(m);
        QVERIFY(added);
        motionId = added.value();
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(folder));
    auto *page = window.findChild<CapturePage *>();
    QVERIFY(page);
    window.projectTabs()->setCurrentWidget(page);
    auto *sourceLabel = page->findChild<QLabel *>(QStringLiteral("captureSource"));
    if (page->cameraCount() == 0)
        QVERIFY(sourceLabel->text().contains(QStringLiteral("No camera")));
    auto *repetition = page->findChild<QLabel *>(QStringLiteral("captureRepetition"));
    QCOMPARE(repetition->text(), QStringLiteral("Repetition 1 of 10"));

    page->setVideoSource(source.value().first());
    page->setCountdownSeconds(0);
    page->setTakeSeconds(2); // one whole loop of the 60-frame source
    auto *qa = page->findChild<QLabel *>(QStringLiteral("captureQa"));
    QTRY_VERIFY_WITH_TIMEOUT(qa->text().startsWith(QStringLiteral("Face found")), 30000);

    QSignalSpy recorded(page, &CapturePage::takeRecorded);
    QSignalSpy stored(page, &CapturePage::takeStored);

    // A take that is re-taken is not stored and its file is removed.
    QTest::keyClick(page, Qt::Key_R);
    QVERIFY(recorded.wait(60000));
    const QString discarded = recorded.last().at(0).toString();
    QVERIFY(QFileInfo::exists(discarded));
    QTest::keyClick(page, Qt::Key_Backspace);
    QVERIFY(!QFileInfo::exists(discarded));
    QVERIFY(!page->hasPendingTake());

    for (int take = 1; take <= 3; ++take) {
        QTest::keyClick(page, Qt::Key_R);
        QVERIFY(recorded.wait(60000));
        QTest::keyClick(page, Qt::Key_Return);
        QVERIFY(stored.wait(120000));
        QTRY_COMPARE(repetition->text(), QStringLiteral("Repetition %1 of 10").arg(take + 1));
    }

    Project *project = window.project();
    const QVector<Clip> clips = project->clips(motionId);
    QCOMPARE(clips.size(), 3);
    QList<int> reps;
    int proposed = 0;
    for (const Clip &c : clips) {
        reps.append(c.repetition);
        QCOMPARE(c.frames, 60);
        const Annotation a = project->annotation(c.id);
        QVERIFY(!a.automatic.cacheFile.isEmpty()); // analysed in the background
        if (a.automatic.onset)
            ++proposed;
    }
    std::sort(reps.begin(), reps.end());
    QCOMPARE(reps, QList<int>({1, 2, 3}));
    QCOMPARE(proposed, 3); // the source's mouth motion is in every 2-second take
    // The annotator's tree shows them.
    QTRY_COMPARE(window.annotatorPage()->datasetTree()->clipOrder().size(), 3);
    // No take file is left in the capture folder.
    QTRY_COMPARE(QDir(QDir(project->cacheDir()).filePath(QStringLiteral("capture")))
                     .entryList(QDir::Files)
                     .size(),
                 0);
}

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
