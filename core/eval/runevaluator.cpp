#include "runevaluator.h"

#include "common/privatedir.h"
#include "crossvalidation.h"
#include "embeddingtable.h"
#include "evalwriters.h"
#include "pairevaluator.h"
#include "runresults.h"
#include "train/featureset.h"
#include "train/sequenceencoder.h"
#include "train/trainconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::RunEvaluator", text);
}

/** One partition's evaluation, kept in memory until every partition is done. */
struct PartitionOutput
{
    QString name;
    QString subdir; ///< "" for a split run, "fold-NN" for CV
    std::vector<std::pair<QString, QByteArray>> files;
    FoldMetrics fold;
    QJsonObject metrics;
};

} // namespace

Result<ReevaluateOutcome> reevaluateRun(const ReevaluateOptions &options)
{
    auto cancelled = [&]() { return options.cancel && options.cancel->load(); };
    auto report = [&](const QString &phase, double fraction) {
        if (cancelled())
            return false;
        return !options.progress || options.progress(phase, fraction);
    };
    const Error cancelError{tr("The re-evaluation was cancelled; nothing was written.")};

    const QString runDir = QDir(options.runDir).absolutePath();
    const QString configPath = QDir(runDir).filePath(QStringLiteral("config.json"));
    if (!QFileInfo::exists(configPath))
        return Error{tr("The run file \"%1\" is missing.").arg(configPath)};
    const Result<TrainConfig> config = TrainConfig::fromFile(configPath);
    if (!config)
        return Error{tr("The run file \"%1\" is not a valid config: %2")
                         .arg(configPath, config.error().message)};
    if (config->compound)
        return Error{tr("Runs on synthesised compound clips cannot be re-evaluated on project "
                        "data.")};
    // The run's manifest and partitions (without pair lists: not needed here).
    const Result<RunResults> run = RunResults::load(runDir, false);
    if (!run)
        return run.error();
    if (run->manifest.isEmpty())
        return Error{tr("The run file \"%1\" is missing.")
                         .arg(QDir(runDir).filePath(QStringLiteral("manifest.json")))};
    if (!report(QStringLiteral("load"), 0.0))
        return cancelError;

    ProjectFeatureOptions featureOptions;
    featureOptions.sfe = config->sfe;
    featureOptions.crop = config->crop;
    featureOptions.includePending = config->includePending;
    featureOptions.includeExcluded = false;
    const Result<FeatureSet> features = loadProjectFeatures(options.projectFolder, featureOptions);
    if (!features)
        return features.error();
    QHash<QString, int> byId;
    for (int i = 0; i < int(features->clips.size()); ++i)
        byId.insert(features->clips[size_t(i)].id, i);

    ReevaluateOutcome outcome;
    std::vector<PartitionOutput> outputs;
    const int parts = int(run->partitions.size());
    for (int k = 0; k < parts; ++k) {
        const PartitionResults &p = run->partitions[size_t(k)];
        const double base = 0.05 + 0.9 * double(k) / parts;
        const double span = 0.9 / parts;
        const QString modelPath = QDir(p.dir).filePath(QStringLiteral("model.pt"));
        if (!QFileInfo::exists(modelPath))
            return Error{tr("The run file \"%1\" is missing.").arg(modelPath)};
        Result<std::unique_ptr<SequenceEncoder>> encoder = SequenceEncoder::load(modelPath);
        if (!encoder)
            return Error{tr("The run file \"%1\" could not be loaded: %2")
                             .arg(modelPath, encoder.error().message),
                         encoder.error().detail};
        if (encoder.value()->config().inputDim != features->dim)
            return Error{tr("The model \"%1\" expects %2 feature values per frame; the project's "
                            "features have %3.")
                             .arg(modelPath)
                             .arg(encoder.value()->config().inputDim)
                             .arg(features->dim)};
        const QString partitionName = run->crossValidation ? p.name : QStringLiteral("validation");
        std::vector<const float *> data;
        std::vector<int> frames;
        QStringList ids, subjects, motions;
        for (const QString &id : run->validationClips(partitionName)) {
            const auto it = byId.constFind(id);
            if (it == byId.constEnd()) {
                outcome.droppedClips.append(id);
                continue;
            }
            const ClipFeatures &c = features->clips[size_t(it.value())];
            data.push_back(c.values.data());
            frames.push_back(c.frames);
            ids.append(c.id);
            subjects.append(c.subject);
            motions.append(c.motion);
        }
        if (ids.size() < 2)
            return Error{tr("%1: fewer than two of the run's validation clips are still in the "
                            "project.")
                             .arg(p.name)};
        if (!report(QStringLiteral("embed"), base))
            return cancelError;
        const Result<std::vector<float>> embedded = encoder.value()->embed(data, frames);
        if (!embedded)
            return embedded.error();
        Result<EmbeddingTable> table = EmbeddingTable::create(encoder.value()->config().outputDim(),
                                                              embedded.value(), ids, subjects,
                                                              motions);
        if (!table)
            return table.error();
        if (!report(QStringLiteral("score"), base + 0.4 * span))
            return cancelError;
        PairEvalOptions evalOptions;
        evalOptions.negatives = config->negativesAnySubject ? NegativePairs::AllNonPositive
                                                            : NegativePairs::SameSubject;
        evalOptions.threads = config->threads;
        evalOptions.maxFailedPairs = 1000;
        evalOptions.maxPairRows = config->maxPairRows;
        evalOptions.sampleSeed = config->seed;
        evalOptions.progress = [&](double f) {
            return report(QStringLiteral("score"), base + (0.4 + 0.5 * f) * span);
        };
        const Result<PairEvaluation> eval = evaluatePairs(table.value(), evalOptions);
        if (!eval)
            return cancelled() ? cancelError
                               : Error{tr("%1: %2").arg(p.name, eval.error().message)};
        PartitionOutput out;
        out.name = p.name;
        out.subdir = run->crossValidation ? p.name : QString();
        out.fold = FoldMetrics::from(run->crossValidation ? k + 1 : 1, eval->metrics,
                                     eval->operating);
        QJsonArray dropped;
        for (const QString &id : outcome.droppedClips)
            dropped.append(id);
        const QJsonObject extra{{QStringLiteral("partition"), p.name},
                                {QStringLiteral("validation_clips"), int(ids.size())},
                                {QStringLiteral("config"), config->toJson()},
                                {QStringLiteral("reevaluation"),
                                 QJsonObject{{QStringLiteral("run"), runDir},
                                             {QStringLiteral("project"),
                                              QDir(options.projectFolder).absolutePath()},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                             {QStringLiteral("dropped_clips"), dropped},
                                             {QStringLiteral("original_average_precision"),
                                              p.averagePrecision()}}}};
        const QByteArray metricsBytes = evalfiles::metricsJson(table.value(), *eval, extra);
        out.metrics = QJsonDocument::fromJson(metricsBytes).object();
        out.files.emplace_back(QStringLiteral("metrics.json"), metricsBytes);
        out.files.emplace_back(QStringLiteral("pr.csv"), evalfiles::prCsv(*eval));
        out.files.emplace_back(QStringLiteral("roc.csv"), evalfiles::rocCsv(*eval));
        out.files.emplace_back(QStringLiteral("pairs.csv"),
                               evalfiles::pairsCsv(table.value(), *eval));
        out.files.emplace_back(QStringLiteral("failed.csv"),
                               evalfiles::failedCsv(table.value(), *eval));
        out.files.emplace_back(QStringLiteral("embeddings.csv"),
                               evalfiles::embeddingsCsv(table.value()));
        outcome.clips += int(ids.size());
        outputs.push_back(std::move(out));
    }
    if (!report(QStringLiteral("write"), 0.95))
        return cancelError;

    QString outDir = options.outDir;
    if (outDir.isEmpty())
        outDir = QDir(runDir).filePath(
            QStringLiteral("reeval-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    outDir = QDir(outDir).absolutePath();
    if (QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("metrics.json"))))
        return Error{tr("The folder \"%1\" already holds evaluation results; choose another "
                        "output folder.")
                         .arg(outDir)};
    // The config (so the folder reads like a run) and, for CV, the summary go in last:
    // a folder with a root metrics.json is complete.
    QFile configFile(configPath);
    const QByteArray configBytes = configFile.open(QIODevice::ReadOnly) ? configFile.readAll()
                                                                        : QByteArray();
    std::vector<FoldMetrics> folds;
    for (PartitionOutput &out : outputs) {
        const QString dir = out.subdir.isEmpty() ? outDir : QDir(outDir).filePath(out.subdir);
        if (out.subdir.isEmpty())
            out.files.emplace_back(QStringLiteral("config.json"), configBytes);
        const Result<QStringList> written = writeFileSet(dir, out.files);
        if (!written)
            return written.error();
        folds.push_back(out.fold);
    }
    if (run->crossValidation) {
        QJsonObject summary = CrossValidationSummary::of(folds).toJson();
        summary.insert(QStringLiteral("config"), config->toJson());
        QJsonArray dropped;
        for (const QString &id : outcome.droppedClips)
            dropped.append(id);
        summary.insert(QStringLiteral("reevaluation"),
                       QJsonObject{{QStringLiteral("run"), runDir},
                                   {QStringLiteral("dropped_clips"), dropped}});
        outcome.metrics = summary;
        const Result<QStringList> written
            = writeFileSet(outDir, {{QStringLiteral("config.json"), configBytes},
                                    {QStringLiteral("metrics.json"),
                                     QJsonDocument(summary).toJson(QJsonDocument::Indented)}});
        if (!written)
            return written.error();
    } else {
        outcome.metrics = outputs.front().metrics;
    }
    report(QStringLiteral("done"), 1.0);
    outcome.outDir = outDir;
    return outcome;
}

} // namespace fm
