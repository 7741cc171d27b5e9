#include "projectcommand.h"

#include "clicommand.h"

#include "project/clipimport.h"
#include "project/completeness.h"
#include "project/datasetsplit.h"
#include "project/project.h"
#include "project/projectexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::project", text);
}

std::atomic<bool> g_interrupted{false};

extern "C" void onProjectInterrupt(int)
{
    g_interrupted = true;
}

int fail(const Error &error)
{
    err() << error.message << "\n";
    if (!error.detail.isEmpty())
        err() << "  (" << error.detail << ")\n";
    err().flush();
    return 1;
}

int usage(const QString &message)
{
    err() << message << "\n"
          << tr("Run \"fmstudio-cli project --help\" for the actions and options.") << "\n";
    err().flush();
    return 2;
}

QString actionsHelp()
{
    return tr("Usage: fmstudio-cli project ACTION PROJECT [OPTIONS] [ARGS]\n\n"
              "Actions:\n"
              "  create PROJECT               create an empty project folder\n"
              "  info PROJECT [--json]        format, counts, completeness, missing files\n"
              "  import PROJECT SOURCES...    import videos / image-sequence folders\n"
              "      --pattern P   naming pattern (default {subject}_{motion}_{rep}.*;\n"
              "                    e.g. {subject}/{motion}/{rep}.mp4)\n"
              "      --reference   keep files where they are (default: copy into media/)\n"
              "      --dry-run     show the mapping, write nothing\n"
              "      --kind K      facial-motion | lip-movement | compound (new motions)\n"
              "      --target N    target repetitions of new motions (default 10)\n"
              "  export PROJECT [--csv F] [--json F] [--manifest F [--split NAME]\n"
              "                 [--exclude-pending] [--include-excluded]]\n"
              "  split PROJECT [--folds 10] [--seed 1] [--validation 0.2] [--name default]\n"
              "                [--exclude-pending]\n"
              "  relink PROJECT FOLDER         find moved clips under FOLDER (by content)\n"
              "  clean PROJECT [--min-age 10]  delete media files no clip uses (minutes old)\n\n"
              "Exit codes: 0 ok, 1 failure, 2 usage error.\n");
}

struct Parsed
{
    QCommandLineParser parser;
    QStringList positional;
};

bool parse(QCommandLineParser &parser, const QString &action, const QStringList &args,
           int minPositional, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli project ") + action} + args)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << actionsHelp();
        out().flush();
        exitCode = 0;
        return false;
    }
    if (parser.positionalArguments().size() < minPositional) {
        exitCode = usage(
            tr("\"project %1\" needs a project folder%2.")
                .arg(action, minPositional > 1 ? tr(" and more arguments") : QString()));
        return false;
    }
    return true;
}

int create(const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parse(parser, QStringLiteral("create"), args, 1, code))
        return code;
    Result<std::unique_ptr<Project>> project = Project::create(parser.positionalArguments().at(0));
    if (!project)
        return fail(project.error());
    out() << tr("Created project %1 (format %2).")
                 .arg(project.value()->folder())
                 .arg(project.value()->schemaVersion())
          << "\n";
    out().flush();
    return 0;
}

Result<std::unique_ptr<Project>> openProject(const QString &folder)
{
    Result<std::unique_ptr<Project>> project = Project::open(folder);
    if (project && !project.value()->migrationBackup().isEmpty()) {
        out() << tr("The project was updated to format %1; a backup of the old database is at "
                    "%2.")
                     .arg(project.value()->schemaVersion())
                     .arg(project.value()->migrationBackup())
              << "\n";
    }
    return project;
}

int info(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int code = 0;
    if (!parse(parser, QStringLiteral("info"), args, 1, code))
        return code;
    Result<std::unique_ptr<Project>> opened = openProject(parser.positionalArguments().at(0));
    if (!opened)
        return fail(opened.error());
    Project &project = *opened.value();
    const QVector<CompletenessRow> rows = completeness(project.database());
    const CompletenessSummary s = summarize(rows);
    const QVector<Clip> missing = project.missingClips();
    if (parser.isSet(json)) {
        QJsonArray checklist;
        for (const CompletenessRow &r : rows)
            checklist.append(QJsonObject{{QStringLiteral("subject"), r.subjectCode},
                                         {QStringLiteral("motion"), r.motionName},
                                         {QStringLiteral("target"), r.target},
                                         {QStringLiteral("included"), r.included},
                                         {QStringLiteral("pending"), r.pending},
                                         {QStringLiteral("excluded"), r.excluded}});
        QJsonArray missingList;
        for (const Clip &c : missing)
            missingList.append(QJsonObject{{QStringLiteral("clip_id"), c.id},
                                           {QStringLiteral("file"), project.clipPath(c)}});
        const QJsonObject root{{QStringLiteral("folder"), project.folder()},
                               {QStringLiteral("schema_version"), project.schemaVersion()},
                               {QStringLiteral("subjects"), s.subjects},
                               {QStringLiteral("motions"), s.motions},
                               {QStringLiteral("clips"), s.clips},
                               {QStringLiteral("included"), s.included},
                               {QStringLiteral("pending"), s.pending},
                               {QStringLiteral("excluded"), s.excluded},
                               {QStringLiteral("complete_motions"), s.completeMotions},
                               {QStringLiteral("completeness"), checklist},
                               {QStringLiteral("missing_files"), missingList},
                               {QStringLiteral("orphan_media"), int(project.orphanMedia().size())}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    out() << tr("Project %1 (format %2)").arg(project.folder()).arg(project.schemaVersion()) << "\n"
          << tr("%1 subjects, %2 motions (%3 complete), %4 clips: %5 included, %6 pending, %7 "
                "excluded")
                 .arg(s.subjects)
                 .arg(s.motions)
                 .arg(s.completeMotions)
                 .arg(s.clips)
                 .arg(s.included)
                 .arg(s.pending)
                 .arg(s.excluded)
          << "\n";
    for (const CompletenessRow &r : rows) {
        if (r.motionId == 0) {
            out() << "  " << r.subjectCode << "  " << tr("(no motions)") << "\n";
            continue;
        }
        out() << "  " << r.subjectCode << " / " << r.motionName << "  "
              << tr("%1 of %2 included, %3 pending, %4 excluded")
                     .arg(r.included)
                     .arg(r.target)
                     .arg(r.pending)
                     .arg(r.excluded)
              << (r.complete() ? QString()
                               : QStringLiteral("  ") + tr("[%1 missing]").arg(r.missing()))
              << "\n";
    }
    for (const Clip &c : missing)
        out() << tr("MISSING clip %1: %2").arg(c.id).arg(project.clipPath(c)) << "\n";
    const QStringList orphans = project.orphanMedia();
    if (!orphans.isEmpty())
        out() << tr("%1 files in media/ belong to no clip (\"fmstudio-cli project clean\" removes "
                    "them).")
                     .arg(orphans.size())
              << "\n";
    out().flush();
    return 0;
}

int clean(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption age(QStringLiteral("min-age"),
                                 tr("Only files older than this many minutes."), tr("MINUTES"),
                                 QStringLiteral("10"));
    parser.addOption(age);
    int code = 0;
    if (!parse(parser, QStringLiteral("clean"), args, 1, code))
        return code;
    bool ok = false;
    const int minutes = parser.value(age).toInt(&ok);
    if (!ok || minutes < 0)
        return usage(tr("--min-age needs a whole number of minutes."));
    Result<std::unique_ptr<Project>> opened = openProject(parser.positionalArguments().at(0));
    if (!opened)
        return fail(opened.error());
    const Result<int> removed = opened.value()->removeOrphanMedia(minutes * 60);
    if (!removed)
        return fail(removed.error());
    out() << tr("Removed %1 files that belonged to no clip.").arg(removed.value()) << "\n";
    out().flush();
    return 0;
}

int import(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pattern(QStringLiteral("pattern"), tr("Naming pattern."), tr("P"),
                                     ImportOptions().pattern);
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Reference files instead of copying."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show the mapping only."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Kind of new motions."), tr("K"),
                                  QStringLiteral("facial-motion"));
    const QCommandLineOption target(QStringLiteral("target"), tr("Target repetitions."), tr("N"),
                                    QStringLiteral("10"));
    const QCommandLineOption fps(QStringLiteral("fps"), tr("Image-sequence frame rate."), tr("F"),
                                 QStringLiteral("30"));
    parser.addOptions({pattern, reference, dryRun, kind, target, fps});
    int code = 0;
    if (!parse(parser, QStringLiteral("import"), args, 2, code))
        return code;
    ImportOptions options;
    options.pattern = parser.value(pattern);
    options.copy = !parser.isSet(reference);
    const std::optional<MotionKind> k = motionKindFromName(parser.value(kind));
    if (!k)
        return usage(tr("Unknown motion kind \"%1\".").arg(parser.value(kind)));
    options.kind = *k;
    bool ok = false;
    options.targetRepetitions = parser.value(target).toInt(&ok);
    if (!ok || options.targetRepetitions < 0)
        return usage(tr("--target needs a whole number of 0 or more."));
    options.sequenceFps = parser.value(fps).toDouble(&ok);
    if (!ok || options.sequenceFps <= 0)
        return usage(tr("--fps needs a positive number."));

    const QString folder = parser.positionalArguments().at(0);
    if (!Project::isProject(folder))
        return fail(Error{tr("\"%1\" is not a FaceMotion project.").arg(folder)});
    const Result<ImportPlan> plan = ClipImporter::plan(parser.positionalArguments().mid(1), options);
    if (!plan)
        return fail(plan.error());
    out() << tr("%1 clips match the pattern %2; %3 do not; %4 other files ignored.")
                 .arg(plan->items.size())
                 .arg(options.pattern)
                 .arg(plan->unmatched.size())
                 .arg(plan->ignored.size())
          << "\n";
    for (const QString &path : plan->unmatched)
        out() << "  " << tr("no match:") << " " << path << "\n";
    if (parser.isSet(dryRun)) {
        for (const ImportItem &item : plan->items)
            out() << "  " << item.path << " -> " << item.subject << " / " << item.motion << " / "
                  << (item.repetition > 0 ? QString::number(item.repetition) : tr("next")) << "\n";
        out().flush();
        return 0;
    }
    out().flush();
    std::signal(SIGINT, onProjectInterrupt);
    std::signal(SIGTERM, onProjectInterrupt);
    const Result<ImportReport> report = ClipImporter::run(
        folder, plan.value(), options,
        [](int done, int total, const QString &path) {
            if (!path.isEmpty())
                out() << QStringLiteral("[%1/%2] ").arg(done).arg(total) << path << "\n";
            out().flush();
            return true;
        },
        &g_interrupted);
    if (!report)
        return fail(report.error());
    out() << tr("Imported %1 clips; %2 duplicates skipped; %3 failed.")
                 .arg(report->imported)
                 .arg(report->duplicates.size())
                 .arg(report->failures.size())
          << "\n";
    for (const ImportProblem &p : report->duplicates)
        out() << "  " << tr("duplicate:") << " " << p.path << ": " << p.message << "\n";
    for (const ImportProblem &p : report->renumbered)
        out() << "  " << tr("renumbered:") << " " << p.path << ": " << p.message << "\n";
    for (const ImportProblem &p : report->failures)
        out() << "  " << tr("FAILED:") << " " << p.path << ": " << p.message << "\n";
    if (report->cancelled)
        out() << tr("Import interrupted; every clip imported so far is stored.") << "\n";
    out().flush();
    return report->failures.isEmpty() && !report->cancelled ? 0 : 1;
}

ClipSelection selectionFrom(const QCommandLineParser &parser)
{
    ClipSelection selection;
    selection.includePending = !parser.isSet(QStringLiteral("exclude-pending"));
    selection.includeExcluded = parser.isSet(QStringLiteral("include-excluded"));
    return selection;
}

int exportAction(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV file."), tr("F"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON file."), tr("F"));
    const QCommandLineOption manifest(QStringLiteral("manifest"), tr("Manifest file."), tr("F"));
    const QCommandLineOption split(QStringLiteral("split"), tr("Stored split."), tr("NAME"));
    parser.addOptions(
        {csv, json, manifest, split,
         QCommandLineOption(QStringLiteral("exclude-pending"), tr("Only included.")),
         QCommandLineOption(QStringLiteral("include-excluded"), tr("Also excluded clips."))});
    int code = 0;
    if (!parse(parser, QStringLiteral("export"), args, 1, code))
        return code;
    if (!parser.isSet(csv) && !parser.isSet(json) && !parser.isSet(manifest))
        return usage(tr("Give at least one of --csv, --json, --manifest."));
    Result<std::unique_ptr<Project>> opened = openProject(parser.positionalArguments().at(0));
    if (!opened)
        return fail(opened.error());
    Project &project = *opened.value();
    if (parser.isSet(csv)) {
        if (Result<bool> r = ProjectExport::writeCsv(project, parser.value(csv)); !r)
            return fail(r.error());
        out() << tr("Wrote %1").arg(parser.value(csv)) << "\n";
    }
    if (parser.isSet(json)) {
        if (Result<bool> r = ProjectExport::writeJson(project, parser.value(json)); !r)
            return fail(r.error());
        out() << tr("Wrote %1").arg(parser.value(json)) << "\n";
    }
    if (parser.isSet(manifest)) {
        std::optional<DatasetSplit> stored;
        if (parser.isSet(split)) {
            Result<DatasetSplit> loaded = loadSplit(project.database(), parser.value(split));
            if (!loaded)
                return fail(loaded.error());
            stored = loaded.value();
        }
        if (Result<bool> r = ProjectExport::writeManifest(project, parser.value(manifest),
                                                          selectionFrom(parser),
                                                          stored ? &*stored : nullptr);
            !r)
            return fail(r.error());
        out() << tr("Wrote %1").arg(parser.value(manifest)) << "\n";
    }
    out().flush();
    return 0;
}

int splitAction(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption folds(QStringLiteral("folds"), tr("Folds."), tr("K"),
                                   QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed."), tr("S"), QStringLiteral("1"));
    const QCommandLineOption validation(QStringLiteral("validation"), tr("Validation share."),
                                        tr("F"), QStringLiteral("0.2"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Split name."), tr("NAME"),
                                  QStringLiteral("default"));
    parser.addOptions(
        {folds, seed, validation, name,
         QCommandLineOption(QStringLiteral("exclude-pending"), tr("Only included."))});
    int code = 0;
    if (!parse(parser, QStringLiteral("split"), args, 1, code))
        return code;
    SplitOptions options;
    bool ok1 = false, ok2 = false, ok3 = false;
    options.folds = parser.value(folds).toInt(&ok1);
    options.seed = parser.value(seed).toUInt(&ok2);
    options.validationFraction = parser.value(validation).toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return usage(tr("--folds, --seed and --validation need numbers."));
    options.selection = selectionFrom(parser);
    Result<std::unique_ptr<Project>> opened = openProject(parser.positionalArguments().at(0));
    if (!opened)
        return fail(opened.error());
    Project &project = *opened.value();
    Result<DatasetSplit> split = computeSplit(project.database(), options);
    if (!split)
        return fail(split.error());
    if (Result<qint64> r = saveSplit(project.database(), parser.value(name), split.value()); !r)
        return fail(r.error());
    out() << tr("Split \"%1\": %2 folds (seed %3), clips per fold:")
                 .arg(parser.value(name))
                 .arg(options.folds)
                 .arg(options.seed);
    for (int n : split->clipsPerFold)
        out() << " " << n;
    out() << "\n"
          << tr("Fixed split: %1 training clips, %2 validation clips (%3 subjects).")
                 .arg(split->trainClips)
                 .arg(split->validationClips)
                 .arg(split->validationSubjects.size())
          << "\n";
    for (const UnusableMotion &u : split->unusable)
        out() << "  " << tr("unusable for positive pairs:") << " " << u.subjectCode << " / "
              << u.motionName << " " << tr("(%1 usable clips)").arg(u.usableClips) << "\n";
    out().flush();
    return 0;
}

int relink(const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parse(parser, QStringLiteral("relink"), args, 2, code))
        return code;
    Result<std::unique_ptr<Project>> opened = openProject(parser.positionalArguments().at(0));
    if (!opened)
        return fail(opened.error());
    const Result<int> relinked = opened.value()->relinkMissingUnder(
        parser.positionalArguments().at(1));
    if (!relinked)
        return fail(relinked.error());
    const int stillMissing = int(opened.value()->missingClips().size());
    out() << tr("Relinked %1 clips; %2 still missing.").arg(relinked.value()).arg(stillMissing)
          << "\n";
    out().flush();
    return stillMissing == 0 ? 0 : 1;
}

} // namespace

int runProject(const QStringList &args)
{
    if (args.isEmpty())
        return usage(actionsHelp());
    const QString action = args.first();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")
        || action == QLatin1String("help")) {
        out() << actionsHelp();
        out().flush();
        return 0;
    }
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("create"))
        return create(rest);
    if (action == QLatin1String("info"))
        return info(rest);
    if (action == QLatin1String("import"))
        return import(rest);
    if (action == QLatin1String("export"))
        return exportAction(rest);
    if (action == QLatin1String("split"))
        return splitAction(rest);
    if (action == QLatin1String("relink"))
        return relink(rest);
    if (action == QLatin1String("clean"))
        return clean(rest);
    return usage(tr("Unknown project action \"%1\".").arg(action));
}

} // namespace fm::cli
