// Results page figures at the scale of the issue (6,000 clips in a run): an evaluation of
// 6,000 synthetic embeddings (200 subjects x 10 motions x 3 repetitions, every non-positive
// pair a negative: 18 M pairs) is written with the training writers (pairs.csv capped at
// 200,000 rows), then: reading the run folder, counts at a threshold, one threshold-slider
// step of the PR view (counts, marker, label, gallery rows), and scrolling the failed-pair
// gallery (thousands of rows; placeholders, no project, so this is the paint cost only).
// With a project (argument or FM_BENCH_PROJECT; give a COPY: opening it may write its
// database): the 6,000 clips of the run are mapped onto the project's real clips (each reused
// ~6,000/n times) and the gallery scrolls with real thumbnails decoded in the background:
// frame times while scrolling, time until the visible rows' thumbnails are filled after a jump
// (cold cache), and the number of decodes that ran on the GUI thread (must be 0).
// Linked with the studio by tests/studio.
// Usage: bench_results [PROJECT] (QT_QPA_PLATFORM=offscreen)
#include "failedpairgallery.h"
#include "prcurveview.h"

#include "eval/embeddingtable.h"
#include "eval/evalwriters.h"
#include "eval/pairevaluator.h"
#include "eval/runresults.h"
#include "project/project.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSlider>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace fm;

namespace {

/** Rewrites the clip names (1..n) of pairs.csv's first two columns as the project's clip ids,
    clip k -> ids[(k - 1) % ids.size()]. */
bool mapPairsOntoClips(const QString &runDir, const QVector<qint64> &ids)
{
    QFile in(QDir(runDir).filePath(QStringLiteral("pairs.csv")));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray out;
    bool header = false;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        if (line.startsWith('#') || !header) {
            header = header || !line.startsWith('#');
            out += line;
            continue;
        }
        QList<QByteArray> fields = line.split(',');
        for (int c = 0; c < 2 && c < fields.size(); ++c)
            fields[c] = QByteArray::number(ids[(fields[c].toLongLong() - 1) % ids.size()]);
        out += fields.join(',');
    }
    in.close();
    QFile write(in.fileName());
    return write.open(QIODevice::WriteOnly | QIODevice::Truncate) && write.write(out) == out.size();
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(v.size() - 1, q * (v.size() - 1) + 0.5))];
}

/** True when every row visible in `list` has both strips decoded. */
bool visibleFilled(QListView *list, ThumbnailCache *cache, const PartitionResults &p, int *rows)
{
    const auto *model = static_cast<const FailedPairModel *>(list->model());
    const QModelIndex top = list->indexAt(QPoint(5, 5));
    *rows = 0;
    bool all = true;
    for (int r = top.isValid() ? top.row() : 0; r < model->rowCount(); ++r) {
        const QRect rect = list->visualRect(model->index(r, 0));
        if (rect.top() >= list->viewport()->height())
            break;
        ++*rows;
        const RunPair *pair = model->pairAt(r);
        for (const QString &clip : {pair->clipA, pair->clipB}) {
            if (!cache->strip(clip.toLongLong()))
                all = false;
        }
    }
    Q_UNUSED(p)
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString projectPath = app.arguments().size() > 1
                                    ? app.arguments().at(1)
                                    : qEnvironmentVariable("FM_BENCH_PROJECT");
    std::unique_ptr<Project> project;
    QVector<qint64> projectClips;
    if (!projectPath.isEmpty()) {
        auto opened = Project::open(projectPath);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        project = std::move(opened.value());
        for (const Clip &c : project->clips())
            projectClips.append(c.id);
        if (projectClips.isEmpty()) {
            std::fprintf(stderr, "The project has no clips.\n");
            return 1;
        }
    }
    const int subjects = 200, motions = 10, reps = 3, dim = 16;
    std::mt19937 rng(5);
    std::normal_distribution<float> normal(0.f, 1.f);
    std::vector<float> values;
    QStringList clips, subjectNames, motionNames;
    for (int s = 0; s < subjects; ++s) {
        for (int m = 0; m < motions; ++m) {
            std::vector<float> centre(dim);
            for (float &x : centre)
                x = normal(rng);
            for (int r = 0; r < reps; ++r) {
                for (int k = 0; k < dim; ++k)
                    values.push_back(centre[size_t(k)] + 0.7f * normal(rng));
                clips.append(QString::number(clips.size() + 1));
                subjectNames.append(QStringLiteral("S%1").arg(s));
                motionNames.append(QStringLiteral("M%1").arg(m));
            }
        }
    }
    const Result<EmbeddingTable> table = EmbeddingTable::create(dim, values, clips, subjectNames,
                                                                motionNames);
    if (!table) {
        std::fprintf(stderr, "%s\n", qPrintable(table.error().message));
        return 1;
    }
    PairEvalOptions options;
    options.negatives = NegativePairs::AllNonPositive;
    options.maxPairRows = 200000;
    QElapsedTimer timer;
    timer.start();
    const Result<PairEvaluation> eval = evaluatePairs(table.value(), options);
    if (!eval)
        return 1;
    const double evalMs = double(timer.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    timer.restart();
    const Result<QStringList> written
        = writeFileSet(dir.path(),
                       {{QStringLiteral("metrics.json"), evalfiles::metricsJson(*table, *eval)},
                        {QStringLiteral("pr.csv"), evalfiles::prCsv(*eval)},
                        {QStringLiteral("roc.csv"), evalfiles::rocCsv(*eval)},
                        {QStringLiteral("pairs.csv"), evalfiles::pairsCsv(*table, *eval)},
                        {QStringLiteral("failed.csv"), evalfiles::failedCsv(*table, *eval)}});
    if (!written)
        return 1;
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    if (project && !mapPairsOntoClips(dir.path(), projectClips))
        return 1;
    std::printf("evaluation of %d clips: %lld positive + %lld negative pairs, %.0f ms; "
                "files written in %.0f ms (pairs.csv %d rows, negative sample rate %.5f, "
                "pr.csv %d points)\n",
                table->size(), qlonglong(eval->metrics.positives),
                qlonglong(eval->metrics.negatives), evalMs, writeMs, int(eval->pairs.size()),
                eval->negativeSampleRate, int(eval->metrics.pr.size()));

    timer.restart();
    const Result<RunResults> run = RunResults::load(dir.path());
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error().message));
        return 1;
    }
    std::printf("RunResults::load (metrics, pr, roc, pairs.csv parsed and sorted): %.0f ms\n",
                double(timer.nsecsElapsed()) / 1e6);
    const PartitionResults &p = run->partitions.front();
    std::uniform_real_distribution<double> threshold(p.minScore(), p.maxScore());
    const int queries = 100000;
    std::int64_t sink = 0;
    timer.restart();
    for (int i = 0; i < queries; ++i)
        sink += p.countsAt(threshold(rng)).counts.fp;
    std::printf("countsAt: %.2f us per threshold (%d queries; checksum %lld)\n",
                double(timer.nsecsElapsed()) / 1e3 / queries, queries, qlonglong(sink % 1000));

    PrCurveView view;
    view.resize(1200, 700);
    FailedPairGallery gallery;
    gallery.resize(1200, 800);
    QObject::connect(&view, &PrCurveView::thresholdChanged, &gallery,
                     &FailedPairGallery::setThreshold);
    timer.restart();
    view.setRun(&run.value());
    gallery.setSource(&p, view.threshold());
    view.show();
    gallery.show();
    app.processEvents();
    std::printf("PR view + gallery set up and first shown: %.0f ms\n",
                double(timer.nsecsElapsed()) / 1e6);
    // Slider steps: counts, marker, label and the gallery's row count, then one repaint.
    const int steps = 200;
    view.slider()->setValue(PrCurveView::kSliderSteps / 2);
    timer.restart();
    for (int i = 0; i < steps; ++i) {
        view.slider()->setValue(view.slider()->value() - 3);
        view.repaint();
    }
    std::printf("threshold slider: %.2f ms per step including a repaint of both charts "
                "(%d steps; now %d false positives listed, %d false negatives)\n",
                double(timer.nsecsElapsed()) / 1e6 / steps, steps,
                gallery.model(FailedPairModel::FalsePositives)->rowCount(),
                gallery.model(FailedPairModel::FalseNegatives)->rowCount());
    QListView *list = gallery.view(FailedPairModel::FalsePositives);
    QScrollBar *bar = list->verticalScrollBar();
    const int frames = 300;
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        bar->setValue(bar->value() + 37);
        list->viewport()->repaint();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6 / frames;
    std::printf("gallery scrolling: %.2f ms per scrolled frame (%.0f frames/s) over %d rows "
                "(placeholders: paint cost only)\n",
                ms, 1000.0 / ms, list->model()->rowCount());
    if (!project) {
        std::printf("(no project given: real-thumbnail figures skipped; bench_results PROJECT)\n");
        return 0;
    }
    gallery.hide();
    view.hide();

    // What a first request of a strip costs the GUI thread (the clip's file, frame count and
    // annotation looked up in the project database; the decode is queued).
    {
        ThumbnailCache probe;
        probe.setProject(project.get());
        const int n = std::min<int>(200, int(projectClips.size()));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            probe.strip(projectClips[i]);
        std::printf("first strip() request on the GUI thread: %.3f ms each (%d clips)\n",
                    double(t.nsecsElapsed()) / 1e6 / n, n);
    }
    // Real thumbnails: a gallery on the project, cold cache, decoding on the cache's pool.
    FailedPairGallery real;
    real.resize(1200, 800);
    real.setProject(project.get());
    real.setSource(&p, view.threshold());
    real.show();
    app.processEvents();
    ThumbnailCache *cache = real.thumbnails();
    QListView *realList = real.view(FailedPairModel::FalsePositives);
    QScrollBar *realBar = realList->verticalScrollBar();
    const int guiDecodesBefore = ThumbnailCache::guiThreadDecodes();
    // 1. Continuous scrolling at 60 Hz for 10 s: each frame scrolls, processes the events that
    // arrived (decoded strips) and repaints. Frame time = the GUI thread's work per frame.
    std::vector<double> frameMs;
    QElapsedTimer wall;
    wall.start();
    const int scrollFrames = 600;
    for (int i = 0; i < scrollFrames; ++i) {
        QElapsedTimer f;
        f.start();
        realBar->setValue(realBar->value() + 12); // ~720 px/s: a steady wheel scroll
        app.processEvents();
        realList->viewport()->repaint();
        frameMs.push_back(double(f.nsecsElapsed()) / 1e6);
        // Idle until the next frame without touching events: every bit of GUI-thread work
        // (decoded strips arriving, repaints) falls into the measured frames.
        const qint64 next = qint64(i + 1) * 1000 / 60;
        if (wall.elapsed() < next)
            QThread::msleep(ulong(next - wall.elapsed()));
    }
    int rows = 0;
    const bool filledAtEnd = visibleFilled(realList, cache, p, &rows);
    std::printf("real thumbnails, scrolling at 60 Hz for %.1f s (%d frames, %d px/frame): "
                "GUI frame time median %.2f ms, p95 %.2f ms, max %.2f ms; %d strips decoded in "
                "the background meanwhile; visible rows filled at the end: %s\n",
                wall.elapsed() / 1000.0, scrollFrames, 12, percentile(frameMs, 0.5),
                percentile(frameMs, 0.95), percentile(frameMs, 1.0), cache->decodedCount(),
                filledAtEnd ? "yes" : "no");
    // 2. Jumps to random positions with a cold cache: time until every visible row's two
    // strips are decoded, the GUI thread idling in the event loop meanwhile.
    std::vector<double> fillMs, jumpFrameMs;
    std::uniform_int_distribution<int> position(0, realBar->maximum());
    int visibleRows = 0;
    for (int j = 0; j < 15; ++j) {
        cache->setProject(project.get()); // clears the cache: every strip decodes again
        QElapsedTimer t;
        t.start();
        realBar->setValue(position(rng));
        realList->viewport()->repaint(); // paints placeholders, queues the visible strips
        jumpFrameMs.push_back(double(t.nsecsElapsed()) / 1e6);
        while (!visibleFilled(realList, cache, p, &visibleRows) && t.elapsed() < 30000)
            app.processEvents(QEventLoop::AllEvents, 5);
        fillMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("real thumbnails, 15 jumps with a cold cache (%d visible rows = %d strips of %d "
                "frames): first paint %.1f ms median (placeholders); all visible thumbnails "
                "filled after median %.0f ms, p90 %.0f ms, max %.0f ms\n",
                visibleRows, 2 * visibleRows, ThumbnailCache::kFrames, percentile(jumpFrameMs, 0.5),
                percentile(fillMs, 0.5), percentile(fillMs, 0.9), percentile(fillMs, 1.0));
    std::printf("decodes on the GUI thread: %d (of %d strips decoded in all)\n",
                ThumbnailCache::guiThreadDecodes() - guiDecodesBefore, cache->decodedCount());
    return 0;
}
