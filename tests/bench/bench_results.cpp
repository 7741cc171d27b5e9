// Results page figures at the scale of the issue (6,000 clips in a run): an evaluation of
// 6,000 synthetic embeddings (200 subjects x 10 motions x 3 repetitions, every non-positive
// pair a negative: 18 M pairs) is written with the training writers (pairs.csv capped at
// 200,000 rows), then: reading the run folder, counts at a threshold, one threshold-slider
// step of the PR view (counts, marker, label, gallery rows), and scrolling the failed-pair
// gallery (thousands of rows; placeholders, no project, so this is the paint cost only).
// Linked with the studio by tests/studio. Usage: bench_results (QT_QPA_PLATFORM=offscreen)
#include "failedpairgallery.h"
#include "prcurveview.h"

#include "eval/embeddingtable.h"
#include "eval/evalwriters.h"
#include "eval/pairevaluator.h"
#include "eval/runresults.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSlider>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace fm;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    return 0;
}
