#include "evaluatecommand.h"

#include "clicommand.h"
#include "interrupt.h"

#include "eval/runevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::evaluate", text);
}

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-evaluates a finished run's model on the project's current data (after "
           "annotation fixes or exclusions) and writes metrics.json, pr.csv, roc.csv, "
           "pairs.csv, failed.csv and embeddings.csv. Progress as JSON lines on stdout."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Project folder."),
                                           tr("DIR"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("Run folder; a plain name means PROJECT/runs/NAME."),
                                       tr("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Output folder (default: RUN/reeval-<timestamp>)."),
                                       tr("DIR"));
    parser.addOptions({projectOption, runOption, outOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli evaluate")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(projectOption) || !parser.isSet(runOption)
        || !parser.positionalArguments().isEmpty()) {
        err() << tr("Usage: fmstudio-cli evaluate --project P --run R [--out DIR]") << "\n";
        return 2;
    }
    ReevaluateOptions options;
    options.projectFolder = parser.value(projectOption);
    options.runDir = parser.value(runOption);
    if (!options.runDir.contains(QLatin1Char('/')))
        options.runDir = QDir(options.projectFolder)
                             .filePath(QStringLiteral("runs/") + options.runDir);
    options.outDir = parser.value(outOption);
    watchInterrupts();
    options.cancel = &interruptFlag();
    QString lastPhase;
    options.progress = [&](const QString &phase, double fraction) {
        emitJsonLine({{QStringLiteral("phase"), phase}, {QStringLiteral("fraction"), fraction}});
        if (phase != lastPhase) {
            err() << phase << "\n";
            err().flush();
            lastPhase = phase;
        }
        return true;
    };
    const Result<ReevaluateOutcome> outcome = reevaluateRun(options);
    if (!outcome)
        return failWithJson(outcome.error());
    const QJsonObject m = outcome->metrics;
    const QJsonObject summary = m.value(QStringLiteral("summary")).toObject();
    const double ap = summary.isEmpty() ? m.value(QStringLiteral("average_precision")).toDouble()
                                        : summary.value(QStringLiteral("average_precision"))
                                              .toObject()
                                              .value(QStringLiteral("mean"))
                                              .toDouble();
    emitJsonLine({{QStringLiteral("phase"), QStringLiteral("finished")},
                  {QStringLiteral("out"), outcome->outDir},
                  {QStringLiteral("ap"), ap},
                  {QStringLiteral("clips"), outcome->clips},
                  {QStringLiteral("dropped"), outcome->droppedClips.size()}});
    err() << tr("AP %1 on %2 clips (%3 of the run's clips no longer in the data); results in %4")
                 .arg(ap, 0, 'f', 4)
                 .arg(outcome->clips)
                 .arg(outcome->droppedClips.size())
                 .arg(outcome->outDir)
          << "\n";
    return 0;
}

} // namespace fm::cli
