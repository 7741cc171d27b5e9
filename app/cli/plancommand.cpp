#include "plancommand.h"

#include "clicommand.h"

#include "common/privatedir.h"
#include "train/experimentplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::plan", text);
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err() << tr("\"%1\" could not be written: %2").arg(path, file.errorString()) << "\n";
        return false;
    }
    return true;
}

} // namespace

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Expands an experiment plan (a preset of the papers' experiments or a plan JSON) "
           "into one training config per run: OUT/<run>.json, plus OUT/plan.json listing them. "
           "Train each with: fmstudio-cli train --project P --config OUT/<run>.json --run "
           "<run>."));
    parser.addHelpOption();
    const QCommandLineOption presetOption(QStringLiteral("preset"), tr("Preset name."), tr("NAME"));
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("Plan JSON file."), tr("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder for the configs."),
                                       tr("DIR"));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the presets."));
    parser.addOptions({presetOption, planOption, outOption, listOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli plan")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(listOption)) {
        for (const QString &name : planPresetNames()) {
            const Result<ExperimentPlan> p = planPreset(name);
            out() << name.leftJustified(24) << p->description << "  [" << p->source << "]\n";
        }
        out().flush();
        return 0;
    }
    if (parser.isSet(presetOption) == parser.isSet(planOption) || !parser.isSet(outOption)
        || !parser.positionalArguments().isEmpty()) {
        err() << tr("Usage: fmstudio-cli plan (--preset NAME | --plan FILE) --out DIR "
                    "(--list shows the presets)")
              << "\n";
        return 2;
    }
    const Result<ExperimentPlan> plan = parser.isSet(presetOption)
                                            ? planPreset(parser.value(presetOption))
                                            : ExperimentPlan::fromFile(parser.value(planOption));
    if (!plan) {
        err() << plan.error().message << "\n";
        if (!plan.error().detail.isEmpty())
            err() << "  " << plan.error().detail << "\n";
        return 1;
    }
    const Result<std::vector<PlannedRun>> runs = plan->expand();
    if (!runs) {
        err() << runs.error().message << "\n";
        return 1;
    }
    const QDir dir(parser.value(outOption));
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        err() << tr("The folder \"%1\" could not be created.").arg(dir.absolutePath()) << "\n";
        return 1;
    }
    QJsonArray list;
    for (const PlannedRun &run : runs.value()) {
        if (!writeJson(dir.filePath(run.name + QStringLiteral(".json")), run.config))
            return 1;
        list.append(QJsonObject{{QStringLiteral("name"), run.name},
                                {QStringLiteral("label"), run.label},
                                {QStringLiteral("config"), run.name + QStringLiteral(".json")}});
        out() << run.name << "\t" << run.label << "\n";
    }
    QJsonObject summary = plan->toJson();
    summary.insert(QStringLiteral("runs"), list);
    if (!writeJson(dir.filePath(QStringLiteral("plan.json")), summary))
        return 1;
    out() << tr("%1 run configs written to %2").arg(runs->size()).arg(dir.absolutePath()) << "\n";
    out().flush();
    return 0;
}

} // namespace fm::cli
