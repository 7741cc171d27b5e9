#include "clicommand.h"

#include "analyzecommand.h"
#include "democommand.h"
#include "doctorcommand.h"
#include "evalembeddingscommand.h"
#include "evaluatecommand.h"
#include "expressionscommand.h"
#include "featurescommand.h"
#include "plancommand.h"
#include "pretrainsfecommand.h"
#include "projectcommand.h"
#include "traincommand.h"

#include "common/buildinfo.h"
#include "common/libraryversions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace fm::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> list = {
        {QStringLiteral("doctor"),
         QCoreApplication::translate("fm::cli", "Check libraries, models and face finding; "
                                                "write a report (--out DIR)"),
         runDoctor},
        {QStringLiteral("demo"),
         QCoreApplication::translate("fm::cli", "Make a demo project from real face photos "
                                                "animated into labelled motion clips"),
         runDemo},
        {QStringLiteral("project"),
         QCoreApplication::translate("fm::cli", "Create, inspect, import into, export and split "
                                                "a project (project --help)"),
         runProject},
        {QStringLiteral("analyze"),
         QCoreApplication::translate("fm::cli", "Faces, landmarks, FaceQA and motion onset/offset "
                                                "of clips (--json OUT, --overlay OUT.mp4)"),
         runAnalyze},
        {QStringLiteral("pretrain-sfe"),
         QCoreApplication::translate("fm::cli", "Train SFE-M (MobileFaceNet) on dlib's landmarks "
                                                "(--out CHECKPOINT)"),
         runPretrainSfe},
        {QStringLiteral("features"),
         QCoreApplication::translate("fm::cli", "Per-frame SFE features of every clip of a "
                                                "project, cached for training"),
         runFeatures},
        {QStringLiteral("train"),
         QCoreApplication::translate("fm::cli", "Train the motion encoder on a project or a "
                                                "features bundle (train --help)"),
         runTrain},
        {QStringLiteral("plan"),
         QCoreApplication::translate("fm::cli", "Expand an experiment plan or preset into one "
                                                "training config per run (--out DIR)"),
         runPlan},
        {QStringLiteral("verify"),
         QCoreApplication::translate("fm::cli", "Two-factor check of a probe video against an "
                                                "enrolment video (motion + face) with a run"),
         runVerify},
        {QStringLiteral("evaluate"),
         QCoreApplication::translate("fm::cli", "Re-evaluate a run's model on the project's "
                                                "current data (--project P --run R [--out DIR])"),
         runEvaluate},
        {QStringLiteral("eval-embeddings"),
         QCoreApplication::translate("fm::cli", "Evaluate an embeddings CSV: AP, peak F1, "
                                                "ROC/EER, failed pairs, t-SNE (--out DIR)"),
         runEvalEmbeddings},
        {QStringLiteral("expressions"),
         QCoreApplication::translate("fm::cli", "Identities, custom expression tags, appearance "
                                                "rates and summaries of a video (--refs DIR)"),
         runExpressions},
    };
    return list;
}

QString usageText()
{
    QString text = QCoreApplication::translate(
        "fm::cli", "Usage: fmstudio-cli [--help | --version] COMMAND [ARGS...]\n\n"
                   "FaceMotion Studio without a display: analysis, training and evaluation "
                   "jobs.\n\nCommands:\n");
    for (const CliCommand &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(12), command.summary);
    text += QCoreApplication::translate("fm::cli",
                                        "\nRun \"fmstudio-cli COMMAND --help\" for a command's "
                                        "options.\n");
    return text;
}

QString versionText()
{
    return QStringLiteral("fmstudio-cli %1\n%2\n")
        .arg(QStringLiteral(FM_VERSION_STRING), LibraryVersions::current().toText());
}

int runCli(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        (arguments.isEmpty() ? err() : out()) << usageText();
        (arguments.isEmpty() ? err() : out()).flush();
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--version")
        || arguments.first() == QLatin1String("-v")) {
        out() << versionText();
        out().flush();
        return 0;
    }
    for (const CliCommand &command : commands()) {
        if (command.name == arguments.first())
            return command.run(arguments.mid(1));
    }
    err() << QCoreApplication::translate("fm::cli", "Unknown command \"%1\".\n\n")
                 .arg(arguments.first())
          << usageText();
    err().flush();
    return 2;
}

void emitJsonLine(const QJsonObject &line)
{
    out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << "\n";
    out().flush();
}

int failWithJson(const Error &error)
{
    emitJsonLine({{QStringLiteral("phase"), QStringLiteral("error")},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("detail"), error.detail}});
    err() << error.message << "\n";
    if (!error.detail.isEmpty())
        err() << "  " << error.detail << "\n";
    err().flush();
    return 1;
}

} // namespace fm::cli
