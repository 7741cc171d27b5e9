// The capture flow without a camera: a video file plays as the camera, three takes are
// recorded with the R key, kept with Enter, stored as repetitions 1-3 and analysed; they
// appear in the dataset tree. A re-take (Backspace) stores nothing and leaves no file.
// Also: no camera -> a clear message; switching sources; a source that ends mid-take (a
// camera lost) keeps a partial take; an unwritable take folder loses nothing stored before.
// FM_SCREENSHOT=PATH saves the window with the live preview.
#include "annotatorpage.h"
#include "capturepage.h"
#include "datasettree.h"
#include "mainwindow.h"
#include "studiofixture.h"

#include "framesource.h"
#include "frameview.h"

#include "project/project.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    void noCameraAndSourceSwitching();
    void sourceEndsMidTakeAndUnwritableTarget();
};

namespace {

/** A project with subject S01 and motion "smile"; returns the motion id (0 on failure). */
qint64 makeProject(const QString &folder)
{
    auto project = Project::create(folder);
    if (!project)
        return 0;
    Subject s;
    s.code = QStringLiteral("S01");
    auto subjectId = project.value()->addSubject(s);
    if (!subjectId)
        return 0;
    Motion m;
    m.subjectId = subjectId.value();
    m.name = QStringLiteral("smile");
    auto added = project.value()->addMotion(m);
    return added ? added.value() : 0;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

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
    // FM_SCREENSHOT=PATH: the window with the live preview is saved there (for the docs).
    if (qEnvironmentVariableIsSet("FM_SCREENSHOT"))
        QVERIFY(window.grab().save(qEnvironmentVariable("FM_SCREENSHOT")));

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

void TestCapture::noCameraAndSourceSwitching()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto source = testing::writeStudioClips(dir.filePath(QStringLiteral("camera")),
                                            QStringLiteral("cam"), QStringLiteral("feed"), 1);
    QVERIFY(source);
    // A second source at another size, so the preview and the takes show which one runs.
    const QString small = dir.filePath(QStringLiteral("small.avi"));
    QSize bigSize, smallSize;
    {
        auto reader = ClipReader::open(source.value().first());
        QVERIFY(reader);
        bigSize = reader.value()->info().size;
        smallSize = QSize(bigSize.width() / 4 * 2, bigSize.height() / 4 * 2);
        auto writer = ClipWriter::create(small, smallSize, reader.value()->info().fps);
        QVERIFY(writer);
        cv::Mat frame;
        while (reader.value()->read(frame))
            QVERIFY(writer.value()->write(frame)); // resized to half size
        QVERIFY(writer.value()->finish());
    }
    const QString folder = dir.filePath(QStringLiteral("project"));
    QVERIFY(makeProject(folder));
    auto project = Project::open(folder);
    QVERIFY(project);
    CapturePage page(project.value().get());
    page.resize(1000, 700);
    page.show();
    QSignalSpy messages(&page, &CapturePage::message);

    // This machine has no camera: the page says so and the camera list is disabled.
    auto *label = page.findChild<QLabel *>(QStringLiteral("captureSource"));
    auto *cameras = page.findChild<QComboBox *>(QStringLiteral("captureCamera"));
    QVERIFY(label && cameras);
    if (page.cameraCount() == 0) {
        QVERIFY(label->text().contains(QStringLiteral("No camera")));
        QVERIFY(!cameras->isEnabled());
        QVERIFY(!page.setCameraSource(0));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("No camera")));
        QVERIFY(page.sourceDescription().isEmpty());
    } else {
        QCOMPARE(cameras->count(), page.cameraCount() + 1);
    }
    QVERIFY(!page.setCameraSource(page.cameraCount())); // out of range: refused

    auto *view = page.findChild<FrameView *>();
    QVERIFY(view);
    page.setCountdownSeconds(0);
    page.setTakeSeconds(1);
    page.setVideoSource(source.value().first());
    QVERIFY(page.sourceDescription().contains(QFileInfo(source.value().first()).fileName()));
    QTRY_COMPARE_WITH_TIMEOUT(view->frame().size(), bigSize, 30000);

    // Switching in the middle of a take drops that take (no file is left behind).
    QSignalSpy recorded(&page, &CapturePage::takeRecorded);
    page.setTakeSeconds(5);
    page.record();
    QTest::qWait(300);
    page.setVideoSource(small);
    QVERIFY(page.sourceDescription().contains(QStringLiteral("small.avi")));
    QTRY_COMPARE_WITH_TIMEOUT(view->frame().size(), smallSize, 30000);
    QCOMPARE(recorded.count(), 0);
    QVERIFY(!page.hasPendingTake());
    const QDir capture(QDir(project.value()->cacheDir()).filePath(QStringLiteral("capture")));
    QCOMPARE(capture.entryList(QDir::Files | QDir::Hidden).size(), 0);

    // A take from the new source has its size: the same pipeline serves every source.
    page.setTakeSeconds(1);
    page.record();
    QVERIFY(recorded.wait(30000));
    auto take = ClipReader::open(recorded.last().first().toString());
    QVERIFY(take);
    QCOMPARE(take.value()->info().size, smallSize);
    page.retake();
    QCOMPARE(capture.entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestCapture::sourceEndsMidTakeAndUnwritableTarget()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto source = testing::writeStudioClips(dir.filePath(QStringLiteral("camera")),
                                            QStringLiteral("cam"), QStringLiteral("feed"), 1);
    QVERIFY(source);
    const QString folder = dir.filePath(QStringLiteral("project"));
    const qint64 motionId = makeProject(folder);
    QVERIFY(motionId);
    auto opened = Project::open(folder);
    QVERIFY(opened);
    Project *project = opened.value().get();
    CapturePage page(project);
    page.resize(1000, 700);
    page.show();
    QSignalSpy recorded(&page, &CapturePage::takeRecorded);
    QSignalSpy stored(&page, &CapturePage::takeStored);
    QSignalSpy messages(&page, &CapturePage::message);
    page.setCountdownSeconds(0);

    // An earlier take, stored.
    page.setVideoSource(source.value().first());
    page.setTakeSeconds(1);
    auto *view = page.findChild<FrameView *>();
    QTRY_VERIFY_WITH_TIMEOUT(!view->frame().isNull(), 30000);
    page.record();
    QVERIFY(recorded.wait(30000));
    page.keep();
    QVERIFY(stored.wait(120000));
    QTRY_COMPARE(project->clips(motionId).size(), 1);
    const Clip first = project->clips(motionId).first();
    const QString firstPath = project->clipPath(first);
    const QByteArray firstHash = fileHash(firstPath);
    QVERIFY(!firstHash.isEmpty());

    // The source ends (as a camera that is unplugged) in the middle of a 3-second take of a
    // 2-second file: the frames so far are kept as a partial take, with a message.
    page.setVideoSource(source.value().first(), false);
    page.setTakeSeconds(3);
    QTRY_VERIFY_WITH_TIMEOUT(!view->frame().isNull(), 30000);
    page.record();
    QVERIFY(recorded.wait(30000));
    QVERIFY(page.hasPendingTake());
    auto *state = page.findChild<QLabel *>(QStringLiteral("captureState"));
    QVERIFY2(state->text().contains(QStringLiteral("partial take")), qPrintable(state->text()));
    QVERIFY(messages.count() >= 1); // "reached its end"
    auto partial = ClipReader::open(recorded.last().first().toString());
    QVERIFY(partial);
    const int partialFrames = partial.value()->info().frameCount;
    QVERIFY2(partialFrames > 0 && partialFrames < 90, qPrintable(QString::number(partialFrames)));
    partial.value().reset();
    page.keep(); // kept as repetition 2
    QVERIFY(stored.wait(120000));
    QTRY_COMPARE(project->clips(motionId).size(), 2);
    QCOMPARE(fileHash(firstPath), firstHash);

    // A take folder that cannot be written (its parent is a file, as a full or read-only
    // disk refuses): the take is refused with a message, nothing is pending, stored takes
    // are untouched.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    page.setTakeFolder(dir.filePath(QStringLiteral("blocker/takes")));
    page.setVideoSource(source.value().first());
    page.setTakeSeconds(1);
    QTRY_VERIFY_WITH_TIMEOUT(!view->frame().isNull(), 30000);
    const int before = recorded.count();
    messages.clear();
    page.record();
    QVERIFY2(state->text().contains(QStringLiteral("could not be created")),
             qPrintable(state->text()));
    QTest::qWait(1500); // a take would be complete by now
    QCOMPARE(recorded.count(), before);
    QVERIFY(!page.hasPendingTake());
    QCOMPARE(project->clips(motionId).size(), 2);
    QCOMPARE(fileHash(firstPath), firstHash);
}

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
