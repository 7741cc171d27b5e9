// The research workflow of issue 9 on a REAL demo project, in the main window, driven with QTest
// keys and mouse clicks: demo clips rendered from real face photos and analysed with real dlib
// (createDemoProject, as `fmstudio-cli demo`), a training job started from the dialog whose
// `features` step computes real SFE-L features, its progress, stop and resume, the results
// opened from the job list, the threshold moved and the FP/FN counts checked against
// pairs.csv, a failed pair opened in the pair player, a gallery thumbnail's colours checked
// against the annotator's frame, and a t-SNE point clicked to land on its clip in the
// annotator. FM_DEMO_SHOTS=<dir> saves screenshots of the pages on the way.
#include "plainpairs.h"

#include "annotatorpage.h"
#include "experimentdialog.h"
#include "experimentspage.h"
#include "failedpairgallery.h"
#include "frameview.h"
#include "mainwindow.h"
#include "pairplayer.h"
#include "prcurveview.h"
#include "resultspage.h"
#include "thumbnailcache.h"
#include "trainingchart.h"
#include "tsnepanel.h"
#include "tsneplot.h"

#include "motion/clipanalysis.h"
#include "project/project.h"
#include "synth/demoproject.h"
#include "train/jobqueue.h"
#include "video/clipreader.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <cmath>

using namespace fm;

namespace {

using test::PlainPair;

/** Clicks the tab showing `page` in `tabs` with the mouse. */
void clickTab(QTabWidget *tabs, QWidget *page)
{
    const int index = tabs->indexOf(page);
    QVERIFY(index >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

/** Mean absolute difference per channel of two RGB images of the same size; `swap` compares
    a's red with b's blue and the other way round. */
double meanAbsDiff(const QImage &a, const QImage &b, bool swap)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int r = swap ? qBlue(p) : qRed(p), bl = swap ? qRed(p) : qBlue(p);
            sum += std::abs(r - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                   + std::abs(bl - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FM_DEMO_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestDemoWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainFromDialogStopResume();
    void thresholdCountsMatchPairsCsv();
    void failedPairOpensPlayer();
    void tsnePointLandsOnClip();
    void thumbnailColoursMatchAnnotatorFrame();
    void cleanupTestCase();

private:
    QTemporaryDir m_tmp;
    QString m_folder;
    QString m_runDir;
    QElapsedTimer m_clock;
    MainWindow *m_window = nullptr;
    ExperimentsPage *m_experiments = nullptr;
    ResultsPage *m_results = nullptr;
    TsnePanel *m_tsne = nullptr;
    qint64 m_clickedClip = 0;
};

void TestDemoWorkflow::initTestCase()
{
    m_clock.start();
    QVERIFY(m_tmp.isValid());
    qputenv("FM_CLI_PATH", FM_CLI_PATH);
    // The demo project at its smallest useful size: 2 subjects x 5 motions x 3 repetitions of
    // real face photos, imported and analysed (dlib) as `fmstudio-cli demo` does.
    DemoOptions options;
    options.maxSubjects = 2;
    options.repetitions = 3;
    m_folder = m_tmp.filePath(QStringLiteral("demo"));
    const Result<DemoProjectSummary> demo = createDemoProject(m_folder, options);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    QCOMPARE(demo->generated.subjects, 2);
    QCOMPARE(demo->imported, demo->generated.clips);
    QCOMPARE(demo->analysisFailures, 0);
    qInfo("demo project: %d clips generated in %.1f s, imported in %.1f s, analysed in %.1f s",
          demo->generated.clips, demo->generateSeconds, demo->importSeconds, demo->analyseSeconds);

    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openProject(m_folder));
    m_experiments = m_window->findChild<ExperimentsPage *>();
    m_results = m_window->findChild<ResultsPage *>();
    m_tsne = m_window->findChild<TsnePanel *>();
    QVERIFY(m_experiments && m_results && m_tsne);
}

void TestDemoWorkflow::trainFromDialogStopResume()
{
    QElapsedTimer timer;
    timer.start();
    clickTab(m_window->projectTabs(), m_experiments);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSignalSpy finished(m_experiments, &ExperimentsPage::runFinished);
    QListView *list = m_experiments->jobList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_experiments->findChild<ExperimentDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // No features yet: the job computes them first (a note, not a problem).
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    QVERIFY(dialog->notes().join(' ').contains(QStringLiteral("computes them first")));
    QLineEdit *name = dialog->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("demo-job"));
    const int epochs = 200; // long enough to stop it in the middle
    auto *epochSpin = dialog->findChild<QSpinBox *>(QStringLiteral("epochsSpin"));
    epochSpin->setFocus();
    epochSpin->selectAll();
    QTest::keyClicks(epochSpin, QString::number(epochs));
    QTest::keyClick(epochSpin, Qt::Key_Tab);
    QCOMPARE(epochSpin->value(), epochs);
    shot(dialog, QStringLiteral("demo-dialog"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!m_experiments->findChild<ExperimentDialog *>());

    JobQueue *queue = m_experiments->queue();
    QCOMPARE(queue->rowCount(), 1);
    const TrainJob &job = queue->job(0);
    m_runDir = job.runDir;
    const QModelIndex index = queue->index(0);
    // Step 1, the features process: its progress shows in the list.
    QTRY_COMPARE_WITH_TIMEOUT(job.step, QStringLiteral("features"), 10000);
    QCOMPARE(index.data(JobQueue::EpochRole).toString(), QStringLiteral("computing features"));
    QTRY_VERIFY_WITH_TIMEOUT(index.data(JobQueue::FractionRole).toDouble() > 0, 300000);
    shot(m_window, QStringLiteral("demo-features"));
    // Step 2, training: epochs count up; stop it there.
    QTRY_VERIFY_WITH_TIMEOUT(job.step == QLatin1String("train") && job.progress.epoch >= 1, 300000);
    QVERIFY2(job.state == JobState::Running, qPrintable(job.message));
    QVERIFY(index.data(JobQueue::EpochRole).toString().startsWith(QStringLiteral("epoch ")));
    QTRY_VERIFY_WITH_TIMEOUT(m_experiments->chart()->drawnLossCount() > 0, 10000);
    qInfo("features computed and training started after %.1f s", timer.elapsed() / 1000.0);
    shot(m_window, QStringLiteral("demo-training"));
    m_window->activateWindow(); // the dialog was the active window: shortcuts need this one
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Stopped), 60000);
    QVERIFY2(job.message.isEmpty(), qPrintable(job.message));
    QVERIFY(!QFile::exists(QDir(m_runDir).filePath(QStringLiteral("metrics.json"))));
    QVERIFY(!QDir(QDir(m_runDir).filePath(QStringLiteral("checkpoints")))
                 .entryList(QDir::Files | QDir::NoDotAndDotDot)
                 .isEmpty());
    const int stoppedAt = job.progress.epoch;
    QVERIFY(stoppedAt < epochs);
    // Resume continues from the checkpoint (no features step: they are cached) and finishes.
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(job.step, QStringLiteral("train"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Done), 240000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.progress.apSeries.size(), epochs);
    QFile log(QDir(m_runDir).filePath(QStringLiteral("log.txt")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("resuming at epoch"));
    qInfo("stopped at epoch %d, resumed, done after %.1f s", stoppedAt, timer.elapsed() / 1000.0);

    // Enter on the done job opens its results in the Results tab.
    QSignalSpy opened(m_results, &ResultsPage::runOpened);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(opened.count() > 0 || opened.wait(60000));
    QCOMPARE(m_window->projectTabs()->currentWidget(), static_cast<QWidget *>(m_results));
    QVERIFY(m_results->run());
    QCOMPARE(QDir(m_results->run()->dir).absolutePath(), QDir(m_runDir).absolutePath());
}

void TestDemoWorkflow::thresholdCountsMatchPairsCsv()
{
    QVERIFY(m_results->run());
    const std::vector<PlainPair> pairs = test::plainPairs(m_runDir);
    QVERIFY(pairs.size() > 10);
    const auto check = [&] {
        const double t = m_results->curves()->threshold();
        const test::PlainCounts expected = test::countAt(pairs, t);
        const std::int64_t fp = expected.fp, fn = expected.fn;
        const ConfusionCounts shown = m_results->curves()->counts().counts;
        QCOMPARE(shown.fp, fp);
        QCOMPARE(shown.fn, fn);
        const QString label = m_results->curves()->countsLabel()->text();
        QVERIFY2(label.contains(QStringLiteral("FP <b>%1</b>").arg(fp)), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("FN <b>%1</b>").arg(fn)), qPrintable(label));
        FailedPairGallery *g = m_results->gallery();
        QCOMPARE(g->model(FailedPairModel::FalsePositives)->rowCount(), int(fp));
        QCOMPARE(g->model(FailedPairModel::FalseNegatives)->rowCount(), int(fn));
    };
    check();
    m_results->tabs()->setCurrentIndex(1); // PR / ROC
    QSlider *slider = m_results->curves()->slider();
    slider->setFocus();
    // Down the thresholds: false negatives fall, false positives rise.
    const std::int64_t fnBefore = m_results->curves()->counts().counts.fn;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(slider, Qt::Key_PageDown);
        check();
    }
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(slider, Qt::Key_Left);
    check();
    QVERIFY(m_results->curves()->counts().counts.fn <= fnBefore);
    // A click on the groove's low end pages there.
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(3, slider->height() / 2));
    check();
    shot(m_results, QStringLiteral("demo-curves"));
}

void TestDemoWorkflow::failedPairOpensPlayer()
{
    QVERIFY(m_results->run());
    // A low threshold: false positives to look at.
    const PartitionResults &p = m_results->run()->partitions.front();
    m_results->curves()->setThreshold(p.minScore() + 0.1 * (p.maxScore() - p.minScore()));
    clickTab(m_results->tabs(), m_results->gallery());
    FailedPairGallery *g = m_results->gallery();
    clickTab(g->tabs(), g->view(FailedPairModel::FalsePositives));
    QListView *view = g->view(FailedPairModel::FalsePositives);
    QVERIFY(view->model()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(g->thumbnails()->decodedCount() >= 2, 60000);
    shot(m_results, QStringLiteral("demo-gallery"));
    const RunPair *first = g->model(FailedPairModel::FalsePositives)->pairAt(0);
    QVERIFY(first);
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    PairPlayer *player = m_results->pairPlayer();
    QVERIFY(player);
    QVERIFY(player->isVisible());
    QCOMPARE(player->clip(0), first->clipA.toLongLong());
    QCOMPARE(player->clip(1), first->clipB.toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(player->isReady(), 120000);
    player->setTime(0);
    QVERIFY(!player->view(0)->frame().isNull());
    QVERIFY(!player->view(1)->frame().isNull());
    shot(player, QStringLiteral("demo-pairplayer"));
    player->close();
}

void TestDemoWorkflow::tsnePointLandsOnClip()
{
    QVERIFY(m_results->run());
    clickTab(m_results->tabs(), m_tsne);
    // The map is computed in the background from the run's embeddings.csv.
    TsnePlot *plot = m_tsne->plot();
    QTRY_VERIFY_WITH_TIMEOUT(!plot->points().isEmpty(), 120000);
    QTRY_VERIFY(plot->isVisible());
    QTest::qWait(100);
    // The point farthest from its nearest neighbour on screen: the click cannot hit another.
    int best = -1;
    double bestGap = -1;
    for (int i = 0; i < plot->points().size(); ++i) {
        const QPointF a = plot->toScreen(plot->points()[i].pos);
        if (!plot->rect().contains(a.toPoint()) || plot->points()[i].clipId <= 0)
            continue;
        double gap = 1e9;
        for (int j = 0; j < plot->points().size(); ++j) {
            if (j != i)
                gap = std::min(gap, QLineF(a, plot->toScreen(plot->points()[j].pos)).length());
        }
        if (gap > bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    QVERIFY(best >= 0);
    QVERIFY2(bestGap > 6, qPrintable(QString::number(bestGap)));
    const TsnePoint point = plot->points()[best];
    shot(m_results, QStringLiteral("demo-tsne"));
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->toScreen(point.pos).toPoint());
    QCOMPARE(m_window->projectTabs()->currentWidget(),
             static_cast<QWidget *>(m_window->annotatorPage()));
    QCOMPARE(m_window->annotatorPage()->currentClip(), point.clipId);
    QCOMPARE(point.clip, QString::number(point.clipId));
    const std::optional<Clip> clip = m_window->project()->clip(point.clipId);
    QVERIFY(clip);
    // The subject and motion on the map are the clip's.
    const auto motion = m_window->project()->motion(clip->motionId);
    QVERIFY(motion);
    QCOMPARE(point.motion, motion->name);
    m_clickedClip = point.clipId;
}

void TestDemoWorkflow::thumbnailColoursMatchAnnotatorFrame()
{
    // The failed-pair gallery's thumbnail of the clip the map opened, against the same frame
    // shown in the annotator (issue: one subject's thumbnails looked lavender).
    QVERIFY(m_clickedClip > 0);
    AnnotatorPage *annotator = m_window->annotatorPage();
    Project *project = m_window->project();
    const std::optional<Clip> clip = project->clip(m_clickedClip);
    QVERIFY(clip);
    QTRY_VERIFY_WITH_TIMEOUT(annotator->decodedFrames() >= clip->frames, 60000);
    const Annotation a = project->annotation(m_clickedClip);
    const int n = std::max(1, clip->frames);
    const int onset = std::clamp(a.effective(Marker::Onset).value_or(n / 4), 0, n - 1);
    annotator->setCurrentFrame(onset);
    const QImage shown = annotator->frameView()->frame().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!shown.isNull());
    ThumbnailCache *cache = m_results->gallery()->thumbnails();
    QTRY_VERIFY_WITH_TIMEOUT(cache->strip(m_clickedClip) != nullptr, 60000);
    const QImage thumb = cache->strip(m_clickedClip)->at(0).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(thumb.size(), QSize(ThumbnailCache::kSide, ThumbnailCache::kSide));

    // The square the thumbnail shows: 1.5 x the face box at that frame (else the centre).
    const QString path = project->clipPath(*clip);
    auto reader = ClipReader::open(path);
    QVERIFY(reader);
    const QSize full = reader.value()->info().size;
    QRectF roi;
    auto analysis = ClipAnalysis::load(QDir(project->folder()).filePath(a.automatic.cacheFile));
    QVERIFY(analysis);
    QVERIFY(onset < int(analysis->frames.size()) && analysis->frames[size_t(onset)].face);
    const cv::Rect2f b = analysis->frames[size_t(onset)].box;
    const float side = 1.5f * std::max(b.width, b.height);
    const QRect square(int(b.x + b.width / 2 - side / 2), int(b.y + b.height / 2 - side / 2),
                       int(side), int(side));
    roi = QRectF(square & QRect(QPoint(0, 0), full));
    const double scale = double(shown.width()) / full.width();
    const QRect inShown = QRectF(roi.topLeft() * scale, roi.size() * scale).toRect();
    const QImage expected = shown.copy(inShown).scaled(thumb.size(), Qt::IgnoreAspectRatio,
                                                       Qt::SmoothTransformation);
    const double same = meanAbsDiff(thumb, expected, false);
    const double swapped = meanAbsDiff(thumb, expected, true);
    qInfo("clip %lld frame %d: thumbnail vs annotator frame, mean |difference| %.2f levels; "
          "with red and blue swapped %.2f",
          m_clickedClip, onset, same, swapped);
    if (!qEnvironmentVariable("FM_DEMO_SHOTS").isEmpty()) {
        const QDir dir(qEnvironmentVariable("FM_DEMO_SHOTS"));
        thumb.scaled(256, 256).save(dir.filePath(QStringLiteral("thumb-gallery.png")));
        expected.scaled(256, 256).save(dir.filePath(QStringLiteral("thumb-annotator.png")));
    }
    QVERIFY2(same < 10, qPrintable(QString::number(same)));
    QVERIFY2(swapped > same + 5, "the frame is too grey to tell a red/blue swap apart");
}

void TestDemoWorkflow::cleanupTestCase()
{
    delete m_window;
    qInfo("whole test: %.1f s", m_clock.elapsed() / 1000.0);
}

QTEST_MAIN(TestDemoWorkflow)
#include "tst_demoworkflow.moc"
