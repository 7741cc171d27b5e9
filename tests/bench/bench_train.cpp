// Training speed on this machine with features in memory: embedding one 60-frame clip
// (latency, eval mode) and training throughput (clips per second through forward + backward)
// for several encoder sizes. Prints figures and the load average; asserts nothing.
#include "train/featureset.h"
#include "train/sequenceencoder.h"
#include "train/trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace fm;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() * 1e-6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/** 10 subjects x 5 motions x 10 repetitions of 60 frames of `dim` random features. */
FeatureSet randomSet(int dim, int subjects = 10)
{
    std::mt19937 rng(1);
    std::normal_distribution<float> normal;
    FeatureSet set;
    set.dim = dim;
    set.source.kind = QStringLiteral("bench");
    for (int s = 0; s < subjects; ++s)
        for (int m = 0; m < 5; ++m)
            for (int r = 0; r < 10; ++r) {
                ClipFeatures c;
                c.subject = QStringLiteral("S%1").arg(s);
                c.motion = QStringLiteral("M%1").arg(m);
                c.id = QStringLiteral("%1-%2-%3").arg(c.subject, c.motion).arg(r);
                c.frames = 60;
                c.onset = 10;
                c.offset = 45;
                c.values.resize(size_t(60 * dim));
                for (float &v : c.values)
                    v = normal(rng);
                set.clips.push_back(std::move(c));
            }
    return set;
}

struct Size
{
    int dModel, heads, ff, batchPairs;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines appear as they are measured
    // FM_BENCH_THREADS: torch threads (default 1); "quick" as first argument: first size only.
    const int threads = qEnvironmentVariableIsSet("FM_BENCH_THREADS")
                            ? qEnvironmentVariableIntValue("FM_BENCH_THREADS")
                            : 1;
    const bool quick = argc > 1 && QByteArray(argv[1]) == "quick";
    const int dim = 256; // face-api SFE pooled features
    const FeatureSet set = randomSet(dim);
    std::printf("bench_train: %d clips of 60 frames x %d features, %d torch threads; load "
                "average %s\n",
                int(set.clips.size()), dim, threads, qPrintable(loadAverage()));
    for (const Size &size : {Size{64, 4, 128, 16}, Size{128, 4, 256, 16}, Size{256, 8, 512, 16},
                             Size{64, 4, 128, 64}}) {
        QJsonObject model{{QStringLiteral("d_model"), size.dModel},
                          {QStringLiteral("heads"), size.heads},
                          {QStringLiteral("ff"), size.ff},
                          {QStringLiteral("dim"), 16}};
        const Result<TrainConfig> config = TrainConfig::fromJson(
            {{QStringLiteral("epochs"), 2},
             {QStringLiteral("batch_pairs"), size.batchPairs},
             {QStringLiteral("threads"), threads},
             {QStringLiteral("model"), model}});
        EncoderConfig ec = config->encoder;
        ec.inputDim = dim;
        auto encoder = SequenceEncoder::create(ec, 1);
        const ClipFeatures &clip = set.clips.front();
        const double oneClip = medianMs(50, [&] {
            (void) encoder.value()->embed({clip.values.data()}, {clip.frames});
        });
        std::vector<const float *> data;
        std::vector<int> frames;
        for (const ClipFeatures &c : set.clips) {
            data.push_back(c.values.data());
            frames.push_back(c.frames);
        }
        const double all = medianMs(3, [&] { (void) encoder.value()->embed(data, frames); });

        // Training: time the steps of epoch 2 (epoch 1 warms up), from the progress lines.
        QTemporaryDir tmp;
        QElapsedTimer clock;
        clock.start();
        double epochStart = 0, epochEnd = 0;
        int steps = 0, trainClips = 0;
        TrainRunOptions options;
        options.reporter = [&](const QJsonObject &line, const QString &) {
            const QString phase = line[QStringLiteral("phase")].toString();
            if (phase == QLatin1String("start"))
                trainClips = line[QStringLiteral("train_clips")].toInt();
            if (phase == QLatin1String("validate") && line[QStringLiteral("epoch")].toInt() == 1)
                epochStart = clock.nsecsElapsed() * 1e-9;
            if (phase == QLatin1String("train") && line[QStringLiteral("epoch")].toInt() == 2
                && line[QStringLiteral("step")] == line[QStringLiteral("steps")]) {
                epochEnd = clock.nsecsElapsed() * 1e-9;
                steps = line[QStringLiteral("steps")].toInt();
            }
        };
        const Result<TrainOutcome> outcome = Trainer::run(config.value(), set,
                                                          tmp.filePath(QStringLiteral("run")),
                                                          options);
        if (!outcome) {
            std::printf("training failed: %s\n", qPrintable(outcome.error().message));
            return 1;
        }
        const double seconds = epochEnd - epochStart;
        // Each step embeds its N anchors, N positives and N negatives (up to 3N distinct clips;
        // trimmed, forward + backward).
        const double passes = double(steps) * 3 * size.batchPairs;
        std::printf("d_model %3d heads %d ff %3d (%lld parameters), batch %2d+%2d pairs: embed "
                    "1 clip %.2f ms; embed %d clips %.0f clips/s; training %.0f clips/s "
                    "(%d anchor clips in %.2f s = %.0f anchors/s)\n",
                    size.dModel, size.heads, size.ff, (long long) encoder.value()->parameterCount(),
                    size.batchPairs, size.batchPairs, oneClip, int(set.clips.size()),
                    set.clips.size() / (all * 1e-3), passes / seconds, trainClips, seconds,
                    trainClips / seconds);
        if (quick)
            break;
    }
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
