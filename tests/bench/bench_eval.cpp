// Evaluation benchmark: all-pairs scoring + PR curve + AP for 6,000 clips (18 M pairs) and
// t-SNE of 6,000 16-d embeddings, ours and scikit-learn's (/usr/bin/python3) side by side.
//   bench_eval [clips-per-motion=10] [--no-sklearn]
#include "../eval/evaltestdata.h"

#include "eval/pairevaluator.h"
#include "eval/tsne.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace fm;

namespace {

const QString kScript = QStringLiteral(FM_SOURCE_DIR "/tests/eval/sklearn_reference.py");

QString uptime()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

QJsonObject runPython(const QStringList &args)
{
    QProcess p;
    // sklearn's OpenMP threads busy-wait by default; on a shared, loaded machine that makes
    // its t-SNE up to 10x slower. Passive waiting is its fair (best) case here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_WAIT_POLICY"), QStringLiteral("passive"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{kScript} + args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        std::printf("  sklearn run failed: %s\n", p.readAllStandardError().constData());
        return {};
    }
    QFile f(args.last());
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool sklearn = !app.arguments().contains(QStringLiteral("--no-sklearn"));
    const evaltest::SyntheticSet set = evaltest::makeSynthetic(60, 10, 10, 16, 0.9, 7);
    const EmbeddingTable table = evaltest::tableOf(set);
    QTemporaryDir tmp;
    std::printf("bench_eval: %d clips x %d dims, %d subjects; load avg before: %s\n", table.size(),
                table.dim(), table.subjectCount(), qPrintable(uptime()));

    for (const NegativePairs mode : {NegativePairs::AllNonPositive, NegativePairs::SameSubject}) {
        PairEvalOptions options;
        options.negatives = mode;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock();
        const Result<PairEvaluation> eval = evaluatePairs(table, options);
        const double secs = t.nsecsElapsed() / 1e9;
        const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        const VerificationMetrics &m = eval->metrics;
        std::printf("ours  %-16s pairs %lld (+%lld pos): score+summary+AP+PR+ROC+failed %.3f s"
                    " (CPU %.3f s)  AP %.6f  peakF1 %.4f  AUC %.6f  EER %.4f  PR corners %zu\n",
                    mode == NegativePairs::SameSubject ? "same-subject" : "all-non-positive",
                    (long long) m.negatives, (long long) m.positives, secs, cpu, m.averagePrecision,
                    m.peakF1, m.rocAuc, m.eer, m.pr.size());
        if (!sklearn || mode != NegativePairs::AllNonPositive)
            continue;
        // The same 18 M scores, from the same scoring function, for scikit-learn.
        std::vector<double> scores;
        std::vector<char> labels;
        scores.reserve(size_t(m.positives + m.negatives));
        for (int a = 0; a < table.size(); ++a) {
            for (int b = a + 1; b < table.size(); ++b) {
                scores.push_back(table.score(a, b));
                labels.push_back(table.classId(a) == table.classId(b) ? 1 : 0);
            }
        }
        QFile fs(tmp.filePath(QStringLiteral("scores.f64"))),
            fl(tmp.filePath(QStringLiteral("labels.u8")));
        fs.open(QIODevice::WriteOnly);
        fs.write(reinterpret_cast<const char *>(scores.data()), qint64(scores.size() * 8));
        fs.close();
        fl.open(QIODevice::WriteOnly);
        fl.write(labels.data(), qint64(labels.size()));
        fl.close();
        std::vector<double>().swap(scores);
        const QJsonObject ref = runPython({QStringLiteral("prbin"), fs.fileName(), fl.fileName(),
                                           tmp.filePath(QStringLiteral("pr.json"))});
        std::printf(
            "sklearn %s: average_precision_score %.3f s + precision_recall_curve %.3f s"
            " = %.3f s (CPU %.3f s; roc_curve+auc %.3f s)  AP %.6f (|diff| %.2e)  AUC %.6f (|diff| "
            "%.2e)  EER |diff| %.2e\n",
            qPrintable(ref.value(QStringLiteral("sklearn")).toString()),
            ref.value(QStringLiteral("seconds_ap")).toDouble(),
            ref.value(QStringLiteral("seconds_pr_curve")).toDouble(),
            ref.value(QStringLiteral("seconds_ap")).toDouble()
                + ref.value(QStringLiteral("seconds_pr_curve")).toDouble(),
            ref.value(QStringLiteral("cpu_seconds_ap_and_pr_curve")).toDouble(),
            ref.value(QStringLiteral("seconds_roc")).toDouble(),
            ref.value(QStringLiteral("average_precision")).toDouble(),
            std::abs(ref.value(QStringLiteral("average_precision")).toDouble() - m.averagePrecision),
            ref.value(QStringLiteral("roc_auc")).toDouble(),
            std::abs(ref.value(QStringLiteral("roc_auc")).toDouble() - m.rocAuc),
            std::abs(ref.value(QStringLiteral("eer")).toDouble() - m.eer));
    }

    {
        // Wider embeddings (128-d): the pair pass only.
        const EmbeddingTable wide = evaltest::tableOf(
            evaltest::makeSynthetic(60, 10, 10, 128, 0.9, 8));
        PairEvalOptions options;
        options.negatives = NegativePairs::AllNonPositive;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock();
        const Result<PairEvaluation> eval = evaluatePairs(wide, options);
        std::printf("ours  all-non-positive 128-d: %lld pairs in %.3f s (CPU %.3f s)  AP %.6f\n",
                    (long long) (eval->metrics.positives + eval->metrics.negatives),
                    t.nsecsElapsed() / 1e9, double(std::clock() - cpu0) / CLOCKS_PER_SEC,
                    eval->metrics.averagePrecision);
    }

    const std::vector<float> dense = table.denseValues();
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    const Result<TsneResult> tsne = runTsne(dense, table.size(), table.dim());
    const double tsneSecs = t.nsecsElapsed() / 1e9;
    const double tsneCpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    t.restart();
    const double trust = trustworthiness(dense, table.dim(), tsne->xy, 2, 10);
    std::printf(
        "ours  t-SNE %d x %d: %.3f s (CPU %.3f s, %d iterations, KL %.4f)  trustworthiness(k=10) "
        "%.5f (computed in %.3f s)\n",
        table.size(), table.dim(), tsneSecs, tsneCpu, tsne->iterations, tsne->klDivergence, trust,
        t.nsecsElapsed() / 1e9);
    if (sklearn) {
        const QString data = tmp.filePath(QStringLiteral("x.csv"));
        evaltest::writeMatrixCsv(data, dense, table.dim());
        const QJsonObject ref = runPython(
            {QStringLiteral("tsne"), data, tmp.filePath(QStringLiteral("tsne.json"))});
        std::printf("sklearn TSNE: %.3f s (CPU %.3f s)  trustworthiness(k=10) %.5f  (ours - "
                    "sklearn: %+.5f)\n",
                    ref.value(QStringLiteral("seconds")).toDouble(),
                    ref.value(QStringLiteral("cpu_seconds")).toDouble(),
                    ref.value(QStringLiteral("trustworthiness")).toDouble(),
                    trust - ref.value(QStringLiteral("trustworthiness")).toDouble());
    }
    std::printf("load avg after: %s\n", qPrintable(uptime()));
    return 0;
}
