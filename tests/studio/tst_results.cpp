#include "../train/synthfeatures.h"
#include "plainpairs.h"
#include "studiofixture.h"

#include "chartexport.h"
#include "failedpairgallery.h"
#include "frameview.h"
#include "mainwindow.h"
#include "nets/featurecache.h"
#include "pairplayer.h"
#include "prcurveview.h"
#include "project/project.h"
#include "resultspage.h"
#include "runbrowser.h"
#include "thumbnailcache.h"
#include "timelinewidget.h"
#include "train/trainconfig.h"
#include "train/trainer.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace fm;

namespace {

const QStringList kMotions{QStringLiteral("blink"), QStringLiteral("frown"),
                           QStringLiteral("smile")};
constexpr int kSubjects = 4;
constexpr int kReps = 3;

using test::countAt;
using test::PlainPair;
using test::plainPairs;

} // namespace

/** The Results page on a real project and a real run (issue 9): threshold, failed pairs, pair
    player, export, re-evaluation, corrupt runs. */
class TestResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thresholdMovesCountsLive();
    void failedPairOpensPairPlayer();
    void exportsChartsAndData();
    void reevaluateAfterExcludingAClip();
    void browserComparesRuns();
    void corruptRunGivesClearMessage();
    void mainWindowHasResultsTab();
    void screenshotsOfDemoProject();

private:
    void checkCountsAgainstPairs(ResultsPage &page);
    QTemporaryDir m_dir;
    QString m_project;
    QString m_run;
    std::unique_ptr<Project> m_store;
    std::unique_ptr<ResultsPage> m_page;
};

void TestResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Real video clips of kSubjects subjects x 3 motions x kReps repetitions.
    const QString sources = m_dir.filePath(QStringLiteral("sources"));
    for (int s = 0; s < kSubjects; ++s) {
        for (int m = 0; m < kMotions.size(); ++m) {
            auto clips = testing::writeStudioClips(sources,
                                                   QStringLiteral("S%1").arg(s + 1, 2, 10,
                                                                             QLatin1Char('0')),
                                                   kMotions[m], kReps,
                                                   1 + kReps * (s * int(kMotions.size()) + m), 24);
            QVERIFY2(clips, clips ? "" : qPrintable(clips.error().message));
        }
    }
    m_project = m_dir.filePath(QStringLiteral("project"));
    auto imported = testing::makeStudioProject(m_project, sources);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported.value(), kSubjects * int(kMotions.size()) * kReps);
    auto opened = Project::open(m_project);
    QVERIFY(opened);
    m_store = std::move(opened.value());

    // Per-frame features for each clip (synthetic, learnable), in the project's feature cache.
    test::SynthOptions o;
    o.subjects = kSubjects;
    o.motions = int(kMotions.size());
    o.repetitions = kReps;
    o.dim = 16;
    const FeatureSet synthetic = test::makeSyntheticFeatures(o);
    const QString cacheDir = QDir(m_store->cacheDir()).filePath(QStringLiteral("features"));
    int stored = 0;
    for (const Subject &subject : m_store->subjects()) {
        for (const Motion &motion : m_store->motions(subject.id)) {
            QVector<Clip> clips = m_store->clips(motion.id);
            std::sort(clips.begin(), clips.end(),
                      [](const Clip &x, const Clip &y) { return x.repetition < y.repetition; });
            const QString synthMotion = QStringLiteral("M%1").arg(kMotions.indexOf(motion.name) + 1);
            for (int r = 0; r < clips.size(); ++r) {
                const QString id
                    = QStringLiteral("%1-%2-r%3").arg(subject.code, synthMotion).arg(r + 1);
                const auto it = std::find_if(synthetic.clips.begin(), synthetic.clips.end(),
                                             [&](const ClipFeatures &c) { return c.id == id; });
                QVERIFY2(it != synthetic.clips.end(), qPrintable(id));
                cv::Mat m(it->frames, synthetic.dim, CV_32F);
                std::copy(it->values.begin(), it->values.end(), m.ptr<float>());
                QVERIFY(FeatureCache(cacheDir, {clips[r].contentHash, QStringLiteral("sfe-l/pooled"),
                                                QStringLiteral("aligned112;pad0.2;v1")})
                            .store(m)
                            .ok());
                AutoAnnotation automatic;
                automatic.onset = 8;
                automatic.apex = 16;
                automatic.offset = 19;
                automatic.method = QStringLiteral("test");
                QVERIFY(m_store->setAutoAnnotation(clips[r].id, automatic).ok());
                ++stored;
            }
        }
    }
    QCOMPARE(stored, kSubjects * int(kMotions.size()) * kReps);

    // A real training run on the project's features (trainer API, as the CLI does).
    QJsonObject c = test::smallConfig();
    c.insert(QStringLiteral("epochs"), 2);
    c.insert(QStringLiteral("validation_fraction"), 0.5);
    const Result<TrainConfig> config = TrainConfig::fromJson(c);
    QVERIFY(config);
    const Result<FeatureSet> features = loadProjectFeatures(m_project, {});
    QVERIFY2(features, features ? "" : qPrintable(features.error().message));
    m_run = QDir(m_store->runsDir()).filePath(QStringLiteral("r1"));
    const Result<TrainOutcome> outcome = Trainer::run(config.value(), features.value(), m_run);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));

    m_page = std::make_unique<ResultsPage>(m_store.get());
    m_page->setCliPath(QStringLiteral(FM_CLI_PATH));
    m_page->resize(1280, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestResults::checkCountsAgainstPairs(ResultsPage &page)
{
    const std::vector<PlainPair> pairs = plainPairs(page.run()->dir);
    QVERIFY(!pairs.empty());
    const double t = page.curves()->threshold();
    const test::PlainCounts expected = countAt(pairs, t);
    const ConfusionCounts shown = page.curves()->counts().counts;
    QCOMPARE(shown.tp, expected.tp);
    QCOMPARE(shown.fp, expected.fp);
    QCOMPARE(shown.tn, expected.tn);
    QCOMPARE(shown.fn, expected.fn);
    const QString label = page.curves()->countsLabel()->text();
    QVERIFY2(label.contains(QStringLiteral("FP <b>%1</b>").arg(expected.fp)), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("FN <b>%1</b>").arg(expected.fn)), qPrintable(label));
    FailedPairGallery *g = page.gallery();
    QCOMPARE(g->model(FailedPairModel::FalsePositives)->rowCount(), int(expected.fp));
    QCOMPARE(g->model(FailedPairModel::FalseNegatives)->rowCount(), int(expected.fn));
    QVERIFY(g->tabs()->tabText(0).contains(QString::number(expected.fp)));
    QVERIFY(g->tabs()->tabText(1).contains(QString::number(expected.fn)));
}

void TestResults::thresholdMovesCountsLive()
{
    ResultsPage &page = *m_page;
    QSignalSpy opened(&page, &ResultsPage::runOpened);
    page.browser()->refresh();
    // Open the run by double-clicking it in the run browser.
    QTableWidget *table = page.browser()->runTable();
    QCOMPARE(table->rowCount(), 1);
    page.tabs()->setCurrentWidget(page.browser());
    const QRect cell = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(opened.wait(30000));
    QVERIFY(page.run());
    const QJsonObject metrics = test::readJsonFile(
        QDir(m_run).filePath(QStringLiteral("metrics.json")));
    QCOMPARE(page.curves()->threshold(),
             metrics.value(QStringLiteral("peak_f1_threshold")).toDouble());
    QCOMPARE(page.curves()->counts().counts.fp,
             std::int64_t(metrics.value(QStringLiteral("at_peak_f1"))
                              .toObject()
                              .value(QStringLiteral("fp"))
                              .toDouble()));
    checkCountsAgainstPairs(page);

    // Keys on the slider.
    page.tabs()->setCurrentIndex(1);
    QSlider *slider = page.curves()->slider();
    slider->setFocus();
    const double before = page.curves()->threshold();
    for (int i = 0; i < 300; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QVERIFY(page.curves()->threshold() > before);
    checkCountsAgainstPairs(page);
    // Arrow and page keys on the curve view itself.
    page.curves()->setFocus();
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(page.curves(), Qt::Key_PageDown);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(page.curves(), Qt::Key_Left);
    checkCountsAgainstPairs(page);
    // A click on the slider's groove pages towards it.
    slider->setValue(PrCurveView::kSliderSteps / 2);
    const double mid = page.curves()->threshold();
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(slider->width() - 3, slider->height() / 2));
    QVERIFY(page.curves()->threshold() > mid);
    checkCountsAgainstPairs(page);
    // A value typed into the spin box.
    QDoubleSpinBox *spin = page.curves()->spinBox();
    const std::vector<PlainPair> pairs = plainPairs(m_run);
    double lo = 1, hi = -1;
    for (const PlainPair &p : pairs) {
        lo = std::min(lo, p.score);
        hi = std::max(hi, p.score);
    }
    const double typed = std::round((lo + 0.3 * (hi - lo)) * 1e6) / 1e6;
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(typed, 'f', 6));
    QTest::keyClick(spin, Qt::Key_Enter);
    QCOMPARE(page.curves()->threshold(), typed);
    checkCountsAgainstPairs(page);
    QVERIFY(page.curves()->counts().exact);
    QVERIFY(page.curves()->prChartView()->chart()->series().size() >= 3);
}

void TestResults::failedPairOpensPairPlayer()
{
    ResultsPage &page = *m_page;
    QVERIFY(page.run());
    // A low threshold: many negatives accepted.
    const PartitionResults &p = page.run()->partitions.front();
    page.curves()->setThreshold(p.minScore() + 0.05 * (p.maxScore() - p.minScore()));
    page.tabs()->setCurrentWidget(page.gallery());
    page.gallery()->tabs()->setCurrentIndex(0);
    QListView *view = page.gallery()->view(FailedPairModel::FalsePositives);
    QVERIFY(view->model()->rowCount() > 0);
    // Thumbnails decode in the background and repaint the rows.
    QTRY_VERIFY_WITH_TIMEOUT(page.gallery()->thumbnails()->decodedCount() >= 2, 30000);
    const RunPair *first = page.gallery()->model(FailedPairModel::FalsePositives)->pairAt(0);
    QVERIFY(first);
    QSignalSpy selected(&page, &ResultsPage::pairSelected);
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QVERIFY(selected.count() >= 1);
    QCOMPARE(selected.last().at(0).toString(), first->clipA);
    QCOMPARE(selected.last().at(1).toString(), first->clipB);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    PairPlayer *player = page.pairPlayer();
    QVERIFY(player);
    QVERIFY(player->isVisible());
    QCOMPARE(player->clip(0), first->clipA.toLongLong());
    QCOMPARE(player->clip(1), first->clipB.toLongLong());
    // Frames decode and the analyses run (real dlib) in the background.
    QTRY_VERIFY_WITH_TIMEOUT(player->isReady(), 180000);
    QVERIFY(!player->view(0)->frame().isNull() || player->shownFrame(0) < 0);
    player->setSync(PairPlayer::Sync::Start);
    player->setTime(0);
    QCOMPARE(player->shownFrame(0), 0);
    QCOMPARE(player->shownFrame(1), 0);
    QVERIFY(!player->view(0)->frame().isNull());
    QVERIFY(!player->view(1)->frame().isNull());
    QCOMPARE(player->timeline(0)->frameCount(), 24);
    player->setSync(PairPlayer::Sync::Onset);
    QCOMPARE(player->shownFrame(0), 0); // side A stays where it was
    QTest::keyClick(player, Qt::Key_Right);
    QCOMPARE(player->shownFrame(0), 1);
    QTest::keyClick(player, Qt::Key_Space);
    QVERIFY(player->isPlaying());
    QTest::keyClick(player, Qt::Key_Space);
    QVERIFY(!player->isPlaying());
    QSignalSpy open(&page, &ResultsPage::openClipRequested);
    QTest::mouseClick(player->openButton(1), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), first->clipB.toLongLong());
    player->close();
}

void TestResults::exportsChartsAndData()
{
    ResultsPage &page = *m_page;
    page.tabs()->setCurrentIndex(1);
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("pr.png"));
    const QString svg = out.filePath(QStringLiteral("roc.svg"));
    const QString csv = out.filePath(QStringLiteral("curves.csv"));
    const QString failed = out.filePath(QStringLiteral("failed.csv"));
    QVERIFY(page.exportPrChart(png).ok());
    QVERIFY(page.exportRocChart(svg).ok());
    QVERIFY(page.exportCurvesCsv(csv).ok());
    QVERIFY(page.exportFailedCsv(failed).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= page.curves()->prChartView()->width());
    // Not a blank picture: the chart draws several colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QByteArray svgText = s.readAll();
    QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
    QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));
    const PartitionResults &p = page.run()->partitions.front();
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("kind,curve,threshold,recall,precision"));
    QCOMPARE(int(lines.size()), 1 + int(p.pr.size() + p.roc.size()));
    QFile f(failed);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const int failedRows = f.readAll().trimmed().split('\n').size() - 1;
    const ConfusionCounts counts = page.curves()->counts().counts;
    QCOMPARE(std::int64_t(failedRows), counts.fp + counts.fn);
    // A wrong suffix is refused with a message, nothing written.
    const Result<bool> bad = chartexport::exportWidget(page.curves()->prChartView(),
                                                       out.filePath(QStringLiteral("x.jpg")));
    QVERIFY(!bad.ok());
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.jpg"))));
}

void TestResults::reevaluateAfterExcludingAClip()
{
    ResultsPage &page = *m_page;
    page.openRun(m_run);
    QSignalSpy opened(&page, &ResultsPage::runOpened);
    QVERIFY(opened.wait(30000));
    const std::vector<PlainPair> before = plainPairs(m_run);
    // Unchanged data: the CLI reproduces the training run's evaluation exactly.
    {
        QTemporaryDir out;
        QProcess cli;
        cli.start(QStringLiteral(FM_CLI_PATH),
                  {QStringLiteral("evaluate"), QStringLiteral("--project"), m_project,
                   QStringLiteral("--run"), m_run, QStringLiteral("--out"),
                   out.filePath(QStringLiteral("same"))});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject same = test::readJsonFile(
            out.filePath(QStringLiteral("same/metrics.json")));
        const QJsonObject trained = test::readJsonFile(
            QDir(m_run).filePath(QStringLiteral("metrics.json")));
        for (const char *key : {"average_precision", "peak_f1", "eer", "roc_auc"})
            QCOMPARE(same.value(QLatin1String(key)).toDouble(),
                     trained.value(QLatin1String(key)).toDouble());
        QCOMPARE(plainPairs(out.filePath(QStringLiteral("same"))).size(), before.size());
        // A second run into the same folder is refused.
        cli.start(QStringLiteral(FM_CLI_PATH),
                  {QStringLiteral("evaluate"), QStringLiteral("--project"), m_project,
                   QStringLiteral("--run"), m_run, QStringLiteral("--out"),
                   out.filePath(QStringLiteral("same"))});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1);
    }
    // Exclude a validation clip of a positive pair (a reviewer's decision in the project).
    const QString excluded = before.front().a;
    Review r;
    r.clipId = excluded.toLongLong();
    r.status = ReviewStatus::Excluded;
    r.reason = ExclusionReason::TongueMovement;
    QVERIFY(m_store->writeReview(r).ok());

    QSignalSpy finished(&page, &ResultsPage::reevaluationFinished);
    QTest::mouseClick(page.reevaluateButton(), Qt::LeftButton);
    QVERIFY(page.isReevaluating());
    QVERIFY(page.progressBar()->isVisible());
    QVERIFY(finished.wait(180000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(page.messageLabel()->text()));
    const QString outDir = finished.first().at(1).toString();
    QVERIFY(outDir.startsWith(m_run + QStringLiteral("/reeval-")));
    QVERIFY(opened.wait(30000));
    QCOMPARE(page.run()->dir, outDir);
    const std::vector<PlainPair> after = plainPairs(outDir);
    QVERIFY(!after.empty());
    QVERIFY(after.size() < before.size());
    for (const PlainPair &p : after)
        QVERIFY(p.a != excluded && p.b != excluded);
    const QJsonObject m = test::readJsonFile(QDir(outDir).filePath(QStringLiteral("metrics.json")));
    const QJsonArray dropped = m.value(QStringLiteral("reevaluation"))
                                   .toObject()
                                   .value(QStringLiteral("dropped_clips"))
                                   .toArray();
    QCOMPARE(int(dropped.size()), 1);
    QCOMPARE(dropped.first().toString(), excluded);
    // The counts shown now are those of the new pairs.csv.
    checkCountsAgainstPairs(page);
    // The same model on the remaining clips: every remaining pair keeps its score.
    QHash<QString, double> old;
    for (const PlainPair &p : before)
        old.insert(p.a + QLatin1Char('/') + p.b, p.score);
    for (const PlainPair &p : after)
        QVERIFY(std::abs(p.score - old.value(p.a + QLatin1Char('/') + p.b, -9)) < 1e-5);

    // Cancel: SIGTERM to the CLI writes nothing.
    const int runsBefore = int(RunResults::findRuns(m_store->runsDir()).size());
    QSignalSpy cancelled(&page, &ResultsPage::reevaluationFinished);
    page.reevaluate();
    page.cancelReevaluation();
    QVERIFY(cancelled.wait(60000));
    QVERIFY(!cancelled.first().at(0).toBool());
    QCOMPARE(int(RunResults::findRuns(m_store->runsDir()).size()), runsBefore);
    // Restore the clip for later tests.
    r.status = ReviewStatus::Pending;
    r.reason = ExclusionReason::None;
    QVERIFY(m_store->writeReview(r).ok());
}

void TestResults::browserComparesRuns()
{
    ResultsPage &page = *m_page;
    RunBrowser *browser = page.browser();
    browser->refresh();
    QCOMPARE(browser->runTable()->rowCount(), 2); // r1 and r1/reeval-*
    QStringList dirs;
    for (const RunSummary &r : browser->runs())
        dirs.append(r.dir);
    browser->selectRuns(dirs);
    QCOMPARE(browser->compareTable()->rowCount(), 2);
    QCOMPARE(browser->compareTable()->horizontalHeaderItem(1)->text(), QStringLiteral("AP"));
    QCOMPARE(int(browser->compareChart()->chart()->series().size()), 2);
    const QList<QStringList> rows = browser->compareCsvRows();
    QCOMPARE(int(rows.size()), 3);
    // Single selection shows the details: config and data.
    browser->selectRuns({dirs.first()});
    QVERIFY(browser->details()->toPlainText().contains(QStringLiteral("validation_fraction")));
}

void TestResults::corruptRunGivesClearMessage()
{
    ResultsPage &page = *m_page;
    const QString broken = QDir(m_store->runsDir()).filePath(QStringLiteral("broken"));
    QDir().mkpath(broken);
    for (const QString &name : {QStringLiteral("config.json"), QStringLiteral("metrics.json"),
                                QStringLiteral("roc.csv"), QStringLiteral("pairs.csv")})
        QVERIFY(QFile::copy(QDir(m_run).filePath(name), QDir(broken).filePath(name)));
    QFile pr(QDir(broken).filePath(QStringLiteral("pr.csv")));
    QVERIFY(pr.open(QIODevice::WriteOnly));
    pr.write("threshold,precision,recall,f1,tp,fp\n0.9,abc,0.1,0.2,1,0\n");
    pr.close();
    const QString shownBefore = page.run()->dir;
    QSignalSpy failed(&page, &ResultsPage::runFailed);
    page.openRun(broken);
    QVERIFY(failed.wait(30000));
    QVERIFY(page.messageLabel()->isVisible());
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("pr.csv")),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.run()->dir, shownBefore); // the open run stays
    QDir(broken).removeRecursively();
}

void TestResults::mainWindowHasResultsTab()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    bool found = false;
    for (int i = 0; i < tabs->count(); ++i)
        found = found || qobject_cast<ResultsPage *>(tabs->widget(i)) != nullptr;
    QVERIFY(found);
    window.closeProject();
}

void TestResults::screenshotsOfDemoProject()
{
    // Screenshots for the notes, on a COPY of the demo project (it excludes a clip and
    // re-evaluates): FM_RESULTS_SHOTS=<out dir> FM_RESULTS_DEMO=<project copy>.
    const QString shots = qEnvironmentVariable("FM_RESULTS_SHOTS");
    const QString demo = qEnvironmentVariable("FM_RESULTS_DEMO");
    if (shots.isEmpty() || demo.isEmpty())
        QSKIP("set FM_RESULTS_SHOTS and FM_RESULTS_DEMO to take screenshots");
    auto project = Project::open(demo);
    QVERIFY(project);
    ResultsPage page(project.value().get());
    page.setCliPath(QStringLiteral(FM_CLI_PATH));
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QDir().mkpath(shots);
    QStringList runs = RunResults::findRuns(project.value()->runsDir());
    QVERIFY(!runs.isEmpty());
    QSignalSpy opened(&page, &ResultsPage::runOpened);
    QElapsedTimer timer;
    timer.start();
    page.openRun(runs.first());
    QVERIFY(opened.wait(60000));
    qInfo("opened %s (pairs.csv of %d rows) in %lld ms", qPrintable(runs.first()),
          int(page.run()->partitions.front().positivePairs().size()
              + page.run()->partitions.front().negativePairs().size()),
          timer.elapsed());
    if (runs.size() == 1) {
        // A reviewer excludes the clip of the worst false positive, then re-evaluates.
        const PartitionResults &p = page.run()->partitions.front();
        const qint64 clip = p.falsePositive(0).clipA.toLongLong();
        Review r;
        r.clipId = clip;
        r.status = ReviewStatus::Excluded;
        r.reason = ExclusionReason::Other;
        QVERIFY(project.value()->writeReview(r).ok());
        QSignalSpy finished(&page, &ResultsPage::reevaluationFinished);
        timer.restart();
        page.reevaluate();
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(page.messageLabel()->text()));
        qInfo("re-evaluation (fmstudio-cli evaluate, clip %lld excluded) took %lld ms", clip,
              timer.elapsed());
        QVERIFY(opened.wait(60000));
        page.browser()->refresh();
        runs = RunResults::findRuns(project.value()->runsDir());
    }
    page.browser()->selectRuns(runs);
    page.tabs()->setCurrentWidget(page.browser());
    QTest::qWait(300);
    page.grab().save(QDir(shots).filePath(QStringLiteral("results-runs.png")));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(300);
    page.grab().save(QDir(shots).filePath(QStringLiteral("results-curves.png")));
    page.tabs()->setCurrentWidget(page.gallery());
    QTRY_VERIFY_WITH_TIMEOUT(page.gallery()->thumbnails()->decodedCount() >= 8, 60000);
    QTest::qWait(500);
    page.grab().save(QDir(shots).filePath(QStringLiteral("results-gallery.png")));
    QListView *view = page.gallery()->view(FailedPairModel::FalsePositives);
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QVERIFY(page.pairPlayer());
    QTRY_VERIFY_WITH_TIMEOUT(page.pairPlayer()->isReady(), 120000);
    page.pairPlayer()->setTime(2);
    QTest::qWait(300);
    page.pairPlayer()->grab().save(QDir(shots).filePath(QStringLiteral("results-pairplayer.png")));
    page.pairPlayer()->close();
    // A cross-validation run, when the demo copy has one: per-fold curves and the mean.
    for (const QString &dir : runs) {
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("fold-01/metrics.json"))))
            continue;
        page.openRun(dir);
        QVERIFY(opened.wait(60000));
        QVERIFY(page.run()->crossValidation);
        page.tabs()->setCurrentIndex(1);
        page.curves()->setPartition(1);
        QTest::qWait(300);
        page.grab().save(QDir(shots).filePath(QStringLiteral("results-curves-cv.png")));
        break;
    }
}

QTEST_MAIN(TestResults)
#include "tst_results.moc"
