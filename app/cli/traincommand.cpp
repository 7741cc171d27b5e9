#include "traincommand.h"

#include "clicommand.h"
#include "interrupt.h"
#include "verifycommand.h"

#include "train/featureset.h"
#include "train/projectfeatures.h"
#include "train/sequenceencoder.h"
#include "train/trainconfig.h"
#include "train/trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <atomic>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::train", text);
}

} // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Trains the facial-motion sequence encoder. Progress as JSON lines on stdout "
           "(phase, epoch, step, loss, ap, eta_s); SIGTERM stops after a checkpoint; running the "
           "same command again resumes."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           tr("Project folder (clips, annotations, feature "
                                              "cache)."),
                                           tr("DIR"));
    const QCommandLineOption featuresOption(QStringLiteral("features"),
                                            tr("Features bundle file instead of a project."),
                                            tr("FILE"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Training config (JSON)."),
                                          tr("FILE"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("Run folder; a plain name with --project means "
                                          "PROJECT/runs/NAME."),
                                       tr("DIR"));
    parser.addOptions({projectOption, featuresOption, configOption, runOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli train")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(projectOption) == parser.isSet(featuresOption) || !parser.isSet(configOption)
        || !parser.isSet(runOption) || !parser.positionalArguments().isEmpty()) {
        err() << tr("Usage: fmstudio-cli train (--project P | --features FILE) --config C.json "
                    "--run R")
              << "\n";
        return 2;
    }
    Result<TrainConfig> config = TrainConfig::fromFile(parser.value(configOption));
    if (!config)
        return failWithJson(config.error());
    if (parser.isSet(projectOption)) {
        // "sfe-m/pooled" + its checkpoint -> the cache id naming that checkpoint, which the
        // run's config.json then records.
        const Result<QString> sfe = resolveSfeId(config->sfe, config->sfeCheckpoint);
        if (!sfe)
            return failWithJson(sfe.error());
        config.value().sfe = sfe.value();
    }

    QString runDir = parser.value(runOption);
    Result<FeatureSet> features = Error{};
    if (parser.isSet(projectOption)) {
        const QString project = parser.value(projectOption);
        if (!runDir.contains(QLatin1Char('/')))
            runDir = QDir(project).filePath(QStringLiteral("runs/") + runDir);
        ProjectFeatureOptions options;
        options.sfe = config->sfe;
        options.crop = config->crop;
        options.includePending = config->includePending;
        options.includeExcluded = config->includeExcluded;
        options.kinds = config->kinds;
        options.views = config->pretrain != PretrainMode::None ? config->pretrainViews : 0;
        features = loadProjectFeatures(project, options);
    } else {
        features = featurebundle::read(parser.value(featuresOption));
        if (features) {
            if (const Result<bool> kept = features.value().keepKinds(config->kinds); !kept)
                return failWithJson(kept.error());
        }
    }
    if (!features)
        return failWithJson(features.error());

    watchInterrupts(); // SIGTERM/SIGINT: finish the step, checkpoint, exit 0

    TrainRunOptions options;
    options.stop = &interruptFlag();
    options.reporter = [](const QJsonObject &line, const QString &text) {
        emitJsonLine(line);
        err() << text << "\n";
        err().flush();
    };
    const Result<TrainOutcome> outcome = Trainer::run(config.value(), features.value(), runDir,
                                                      options);
    if (!outcome)
        return failWithJson(outcome.error());
    return 0;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verifies a probe clip against an enrolment clip with a trained run. With two video "
           "files (or image-sequence folders): analyses both, embeds their motion with the run's "
           "SFE and model.pt and compares their faces with the 128-d face descriptor; the "
           "decision needs both factors (motion distance within the run's peak-F1 threshold, "
           "face distance below 0.6). With --features: two clip ids of a features bundle, motion "
           "score only. Prints one JSON line on stdout and text on stderr; exit code 0 when the "
           "verification ran (whatever the decision), 1 on an error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ENROL"),
                                 tr("Enrolment video (or clip id with --features)."));
    parser.addPositionalArgument(QStringLiteral("PROBE"),
                                 tr("Probe video (or clip id with --features)."));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("Run folder (model.pt, config.json, "
                                          "metrics.json)."),
                                       tr("DIR"));
    const QCommandLineOption featuresOption(QStringLiteral("features"),
                                            tr("Features bundle holding both clips."), tr("FILE"));
    const QCommandLineOption identityOption(QStringLiteral("identity-threshold"),
                                            tr("Face-descriptor distance threshold (default "
                                               "0.6)."),
                                            tr("D"), QStringLiteral("0.6"));
    parser.addOptions({runOption, featuresOption, identityOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli verify")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2 || !parser.isSet(runOption)) {
        err() << tr("Usage: fmstudio-cli verify ENROL.mp4 PROBE.mp4 --run R\n"
                    "       fmstudio-cli verify ENROL PROBE --run R --features FILE")
              << "\n";
        return 2;
    }
    if (!parser.isSet(featuresOption)) {
        bool ok = false;
        const double identity = parser.value(identityOption).toDouble(&ok);
        if (!ok || !(identity > 0)) {
            err() << tr("--identity-threshold takes a positive number.") << "\n";
            return 2;
        }
        return verifyVideos(ids[0], ids[1], parser.value(runOption), identity);
    }
    const QDir run(parser.value(runOption));
    const Result<std::unique_ptr<SequenceEncoder>> encoder = SequenceEncoder::load(
        run.filePath(QStringLiteral("model.pt")));
    if (!encoder)
        return failWithJson(encoder.error());
    const Result<FeatureSet> features = featurebundle::read(parser.value(featuresOption));
    if (!features)
        return failWithJson(features.error());
    if (features->dim != encoder.value()->config().inputDim)
        return failWithJson({tr("The bundle's features have %1 dimensions; the model takes %2.")
                                 .arg(features->dim)
                                 .arg(encoder.value()->config().inputDim)});
    std::vector<const float *> data;
    std::vector<int> frames;
    for (const QString &id : ids) {
        const auto it = std::find_if(features->clips.begin(), features->clips.end(),
                                     [&](const ClipFeatures &c) { return c.id == id; });
        if (it == features->clips.end())
            return failWithJson({tr("The bundle has no clip \"%1\".").arg(id)});
        data.push_back(it->values.data());
        frames.push_back(it->frames);
    }
    const Result<std::vector<float>> e = encoder.value()->embed(data, frames);
    if (!e)
        return failWithJson(e.error());
    const int n = encoder.value()->config().outputDim();
    double score = 0;
    for (int i = 0; i < n; ++i)
        score += double(e.value()[size_t(i)]) * double(e.value()[size_t(n + i)]);
    QFile metricsFile(run.filePath(QStringLiteral("metrics.json")));
    double threshold = 0.5;
    bool fromRun = false;
    if (metricsFile.open(QIODevice::ReadOnly)) {
        const QJsonObject m = QJsonDocument::fromJson(metricsFile.readAll()).object();
        const QJsonValue t = m.value(QStringLiteral("peak_f1_threshold"));
        if (t.isDouble()) {
            threshold = t.toDouble();
            fromRun = true;
        }
    }
    emitJsonLine({{QStringLiteral("enrol"), ids[0]},
                  {QStringLiteral("probe"), ids[1]},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("distance"), 1.0 - score},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("threshold_from_run"), fromRun},
                  {QStringLiteral("accepted"), score >= threshold}});
    err() << (score >= threshold ? tr("Accepted") : tr("Rejected"))
          << tr(": score %1, threshold %2").arg(score, 0, 'f', 4).arg(threshold, 0, 'f', 4) << "\n";
    return 0;
}

} // namespace fm::cli
