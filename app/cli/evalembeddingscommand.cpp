#include "evalembeddingscommand.h"

#include "clicommand.h"

#include "eval/embeddingtable.h"
#include "eval/evalwriters.h"
#include "eval/pairevaluator.h"
#include "eval/tsne.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::evalEmbeddings", text);
}

} // namespace

int runEvalEmbeddings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates clip embeddings: all positive/negative pairs, AP, peak F1, ROC/EER, failed "
           "pairs, t-SNE. Writes metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv, "
           "embeddings.csv and tsne.csv."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("EMBEDDINGS.csv"),
                                 tr("CSV with columns clip,subject,motion,e0,...,e{n-1}."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder for the result files."),
                                       tr("DIR"));
    const QCommandLineOption negOption(
        QStringLiteral("negatives"),
        tr("Negative pairs: \"same-subject\" (same subject, different motion; the papers' "
           "default) or \"all\" (every pair that is not positive)."),
        tr("MODE"), QStringLiteral("same-subject"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        tr("Operating threshold on the cosine score for FAR/FRR and failed pairs (default: the "
           "peak-F1 threshold)."),
        tr("T"));
    const QCommandLineOption
        maxPairsOption(QStringLiteral("max-pairs"),
                       tr("Rows of pairs.csv: all positives, negatives sampled beyond this."),
                       tr("N"), QStringLiteral("200000"));
    const QCommandLineOption maxFailedOption(QStringLiteral("max-failed"),
                                             tr("Failed pairs listed per kind."), tr("N"),
                                             QStringLiteral("1000"));
    const QCommandLineOption noTsneOption(QStringLiteral("no-tsne"), tr("Skip the t-SNE map."));
    const QCommandLineOption perplexityOption(QStringLiteral("perplexity"), tr("t-SNE perplexity."),
                                              tr("P"), QStringLiteral("30"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed (pair sampling; t-SNE random start)."), tr("S"),
                                        QStringLiteral("1"));
    parser.addOptions({outOption, negOption, thresholdOption, maxPairsOption, maxFailedOption,
                       noTsneOption, perplexityOption, seedOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli eval-embeddings")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outOption)) {
        err() << tr("Usage: fmstudio-cli eval-embeddings EMBEDDINGS.csv --out DIR [options]")
              << "\n";
        return 2;
    }
    PairEvalOptions options;
    const QString mode = parser.value(negOption);
    if (mode == QLatin1String("same-subject")) {
        options.negatives = NegativePairs::SameSubject;
    } else if (mode == QLatin1String("all")) {
        options.negatives = NegativePairs::AllNonPositive;
    } else {
        err() << tr("--negatives must be \"same-subject\" or \"all\".") << "\n";
        return 2;
    }
    bool ok = true;
    if (parser.isSet(thresholdOption)) {
        options.threshold = parser.value(thresholdOption).toDouble(&ok);
        if (!ok || !std::isfinite(*options.threshold)) {
            err() << tr("--threshold must be a number.") << "\n";
            return 2;
        }
    }
    options.maxPairRows = parser.value(maxPairsOption).toLongLong(&ok);
    bool ok2 = true, ok3 = true, ok4 = true;
    options.maxFailedPairs = parser.value(maxFailedOption).toInt(&ok2);
    const double perplexity = parser.value(perplexityOption).toDouble(&ok3);
    options.sampleSeed = parser.value(seedOption).toULongLong(&ok4);
    if (!ok || !ok2 || !ok3 || !ok4 || options.maxPairRows < 0 || options.maxFailedPairs < 0
        || !(perplexity > 0)) {
        err() << tr("--max-pairs, --max-failed, --perplexity and --seed need non-negative "
                    "numbers (perplexity > 0).")
              << "\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<EmbeddingTable> table = EmbeddingTable::readCsv(positional.first());
    if (!table) {
        err() << table.error().message << "\n";
        return 1;
    }
    if (table->subjectCount() < 2) {
        err() << tr("All clips belong to one subject; the evaluation needs held-out clips of at "
                    "least two subjects.")
              << "\n";
        return 1;
    }
    const qint64 readMs = timer.restart();
    int lastTenth = -1;
    options.progress = [&](double fraction) {
        const int tenth = int(fraction * 10);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err() << tr("pairs: %1%").arg(tenth * 10) << "\n";
            err().flush();
        }
        return true;
    };
    const Result<PairEvaluation> eval = evaluatePairs(table.value(), options);
    if (!eval) {
        err() << eval.error().message << "\n";
        return 1;
    }
    const qint64 pairsMs = timer.restart();

    QJsonObject extra{{QStringLiteral("source"), positional.first()}};
    std::vector<std::pair<QString, QByteArray>> files;
    if (!parser.isSet(noTsneOption)) {
        TsneOptions tsneOptions;
        tsneOptions.perplexity = perplexity;
        tsneOptions.seed = options.sampleSeed;
        tsneOptions.progress = [](int iteration, int iterations) {
            if (iteration % 100 == 0 || iteration == iterations) {
                err() << tr("t-SNE: iteration %1 of %2").arg(iteration).arg(iterations) << "\n";
                err().flush();
            }
            return true;
        };
        const std::vector<float> dense = table->denseValues();
        if (perplexity >= table->size()) {
            err() << tr("t-SNE skipped: the perplexity (%1) must be below the number of clips "
                        "(%2).")
                         .arg(perplexity)
                         .arg(table->size())
                  << "\n";
            extra.insert(QStringLiteral("tsne"),
                         QJsonObject{{QStringLiteral("skipped"),
                                      QStringLiteral("perplexity not below the clip count")}});
        } else {
            const Result<TsneResult> tsne = runTsne(dense, table->size(), table->dim(), tsneOptions);
            if (!tsne) {
                err() << tsne.error().message << "\n";
                return 1;
            }
            const int k = 10;
            QJsonObject t{{QStringLiteral("method"), QStringLiteral("barnes-hut")},
                          {QStringLiteral("perplexity"), perplexity},
                          {QStringLiteral("iterations"), tsne->iterations},
                          {QStringLiteral("theta"), tsneOptions.theta},
                          {QStringLiteral("init"), QStringLiteral("pca")},
                          {QStringLiteral("seed"), double(tsneOptions.seed)},
                          {QStringLiteral("kl_divergence"), tsne->klDivergence}};
            if (2 * k < table->size())
                t.insert(QStringLiteral("trustworthiness_k10"),
                         trustworthiness(dense, table->dim(), tsne->xy, 2, k));
            extra.insert(QStringLiteral("tsne"), t);
            files.emplace_back(QStringLiteral("tsne.csv"),
                               evalfiles::tsneCsv(table.value(), tsne.value()));
        }
    }
    const qint64 tsneMs = timer.restart();
    extra.insert(QStringLiteral("seconds"),
                 QJsonObject{{QStringLiteral("read"), readMs / 1000.0},
                             {QStringLiteral("pairs_and_metrics"), pairsMs / 1000.0},
                             {QStringLiteral("tsne"), tsneMs / 1000.0}});
    files.emplace_back(QStringLiteral("metrics.json"),
                       evalfiles::metricsJson(table.value(), eval.value(), extra));
    files.emplace_back(QStringLiteral("pr.csv"), evalfiles::prCsv(eval.value()));
    files.emplace_back(QStringLiteral("roc.csv"), evalfiles::rocCsv(eval.value()));
    files.emplace_back(QStringLiteral("pairs.csv"),
                       evalfiles::pairsCsv(table.value(), eval.value()));
    files.emplace_back(QStringLiteral("failed.csv"),
                       evalfiles::failedCsv(table.value(), eval.value()));
    files.emplace_back(QStringLiteral("embeddings.csv"), evalfiles::embeddingsCsv(table.value()));
    const Result<QStringList> written = writeFileSet(parser.value(outOption), files);
    if (!written) {
        err() << written.error().message << "\n";
        return 1;
    }
    const VerificationMetrics &m = eval->metrics;
    out() << tr("%1 clips, %2 subjects: %3 positive and %4 negative pairs")
                 .arg(table->size())
                 .arg(table->subjectCount())
                 .arg(m.positives)
                 .arg(m.negatives)
          << "\n"
          << tr("AP %1  peak F1 %2 at %3  ROC AUC %4  EER %5")
                 .arg(m.averagePrecision, 0, 'f', 4)
                 .arg(m.peakF1, 0, 'f', 4)
                 .arg(m.atPeakF1.threshold, 0, 'f', 4)
                 .arg(m.rocAuc, 0, 'f', 4)
                 .arg(m.eer, 0, 'f', 4)
          << "\n"
          << tr("FAR %1  FRR %2 at threshold %3")
                 .arg(eval->operating.far(), 0, 'f', 4)
                 .arg(eval->operating.frr(), 0, 'f', 4)
                 .arg(eval->operating.threshold, 0, 'f', 4)
          << "\n"
          << tr("Results written to %1").arg(parser.value(outOption)) << "\n";
    out().flush();
    return 0;
}

} // namespace fm::cli
