#include "demoproject.h"

#include "common/contenthash.h"
#include "common/privatedir.h"
#include "motion/clipanalyzer.h"
#include "project/clipimport.h"
#include "project/project.h"
#include "spottingcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::DemoProject", text);
}

MotionKind projectKind(SynthMotionKind kind)
{
    switch (kind) {
    case SynthMotionKind::LipMovement:
        return MotionKind::LipMovement;
    case SynthMotionKind::Compound:
        return MotionKind::Compound;
    case SynthMotionKind::FacialMotion:
        break;
    }
    return MotionKind::FacialMotion;
}

/** Creates the subjects and motions the generator planned, with their kinds and words. */
Result<bool> createSubjectsAndMotions(Project &project, const DemoSummary &generated)
{
    QHash<QString, qint64> subjectIds;
    QSet<QString> motionKeys;
    for (const DemoClipTruth &truth : generated.truths) {
        if (!subjectIds.contains(truth.subject)) {
            Subject subject;
            subject.code = truth.subject;
            subject.notes = tr("Demo subject animated from %1 (face-api demo photos).")
                                .arg(QFileInfo(truth.sourcePhoto).fileName());
            const Result<qint64> id = project.addSubject(subject);
            if (!id)
                return id.error();
            subjectIds.insert(truth.subject, id.value());
        }
        const QString key = truth.subject + QLatin1Char('/') + truth.motion.id;
        if (motionKeys.contains(key))
            continue;
        motionKeys.insert(key);
        Motion motion;
        motion.subjectId = subjectIds.value(truth.subject);
        motion.name = truth.motion.id;
        motion.description = truth.motion.name;
        motion.kind = projectKind(truth.motion.kind);
        motion.word = truth.motion.word;
        if (truth.motion.kind == SynthMotionKind::Compound) {
            const QStringList parts = truth.motion.id.split(QLatin1Char('+'));
            motion.partA = parts.value(0);
            motion.partB = parts.value(1);
        }
        motion.targetRepetitions = 10;
        const Result<qint64> id = project.addMotion(motion);
        if (!id)
            return id.error();
    }
    return true;
}

struct AnalysisJob
{
    qint64 clipId = 0;
    QString path;
    QString hash;
    const DemoClipTruth *truth = nullptr;
    std::optional<ClipAnalysis> result;
    QString error;
};

} // namespace

QString defaultDemoProjectDir()
{
    return QDir::homePath() + QStringLiteral("/FaceMotion/demo-project");
}

Result<DemoProjectSummary> createDemoProject(const QString &projectDir, const DemoOptions &options,
                                             const DemoGenerator::Progress &progress,
                                             const std::atomic<bool> *cancel)
{
    if (Project::isProject(projectDir))
        return Error{
            tr("\"%1\" already holds a project; choose a new folder for the demo.").arg(projectDir)};
    DemoProjectSummary summary;
    QElapsedTimer timer;
    timer.start();

    auto project = Project::create(projectDir);
    if (!project)
        return project.error();
    const QString staging = QDir(project.value()->cacheDir()).filePath(QStringLiteral("demo"));

    // 1. Clips and ground truth, rendered into cache/demo (kept: the truth lives there).
    const Result<DemoSummary> generated = DemoGenerator(options).generate(staging, progress, cancel);
    if (!generated)
        return generated.error();
    summary.generated = generated.value();
    summary.truthManifest = generated->manifestPath;
    summary.generateSeconds = timer.restart() / 1000.0;

    // 2. Subjects and motions as planned, then the clips copied into media/.
    const Result<bool> created = createSubjectsAndMotions(*project.value(), generated.value());
    if (!created)
        return created.error();
    ImportOptions importOptions;
    importOptions.pattern = QStringLiteral("{subject}/{motion}/rep{rep}.mp4");
    importOptions.copy = true;
    QStringList sources;
    for (const DemoClipTruth &truth : generated->truths)
        sources << QDir(staging).filePath(truth.file);
    const Result<ImportPlan> plan = ClipImporter::plan(sources, importOptions);
    if (!plan)
        return plan.error();
    const Result<ImportReport> imported = ClipImporter::run(
        project.value()->folder(), plan.value(), importOptions,
        [&](int done, int total, const QString &) {
            if (progress)
                progress(tr("Importing clips"), done, total);
            return !(cancel && cancel->load());
        },
        cancel);
    if (!imported)
        return imported.error();
    if (imported->cancelled)
        return Error{tr("Cancelled while importing.")};
    if (!imported->failures.isEmpty())
        return Error{tr("%1 generated clips could not be imported: %2")
                         .arg(imported->failures.size())
                         .arg(imported->failures.first().message)};
    summary.imported = imported->imported;
    summary.importSeconds = timer.restart() / 1000.0;
    // The copies in media/ are what the project uses; the staged videos are not needed.
    for (const DemoClipTruth &truth : generated->truths)
        QFile::remove(QDir(staging).filePath(truth.file));

    // 3. Analysis of every clip, two analysers in parallel; results written on this thread.
    project.value()->close();
    auto reopened = Project::open(projectDir);
    if (!reopened)
        return reopened.error();
    Project &p = *reopened.value();
    QHash<QString, const DemoClipTruth *> truthByKey;
    for (const DemoClipTruth &truth : summary.generated.truths)
        truthByKey.insert(truth.subject + QLatin1Char('/') + truth.motion.id + QLatin1Char('/')
                              + QString::number(truth.repetition),
                          &truth);
    std::vector<AnalysisJob> jobs;
    for (const Subject &subject : p.subjects()) {
        for (const Motion &motion : p.motions(subject.id)) {
            for (const Clip &clip : p.clips(motion.id)) {
                AnalysisJob job;
                job.clipId = clip.id;
                job.path = p.clipPath(clip);
                job.hash = clip.contentHash;
                job.truth = truthByKey.value(subject.code + QLatin1Char('/') + motion.name
                                             + QLatin1Char('/') + QString::number(clip.repetition));
                jobs.push_back(job);
            }
        }
    }
    const int threads = options.threads > 0 ? options.threads
                                            : std::max(1, QThread::idealThreadCount());
    std::atomic<int> next{0}, done{0};
    QString setupError;
    std::mutex errorMutex;
    auto worker = [&] {
        auto analyzer = ClipAnalyzer::create();
        if (!analyzer) {
            std::lock_guard<std::mutex> lock(errorMutex);
            setupError = analyzer.error().message;
            return;
        }
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= int(jobs.size()) || (cancel && cancel->load()))
                return;
            AnalysisJob &job = jobs[size_t(i)];
            Result<ClipAnalysis> result = analyzer.value()->analyze(job.path, {}, cancel);
            if (result)
                job.result = std::move(result.value());
            else
                job.error = result.error().message;
            ++done;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    while (done.load() < int(jobs.size()) && !(cancel && cancel->load()) && setupError.isEmpty()) {
        if (progress)
            progress(tr("Analysing clips"), done.load(), int(jobs.size()));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread &t : pool)
        t.join();
    if (!setupError.isEmpty())
        return Error{setupError};
    if (cancel && cancel->load())
        return Error{tr("Cancelled while analysing: the project is usable, %1 of %2 clips have "
                        "automatic onsets.")
                         .arg(done.load())
                         .arg(jobs.size())};
    if (progress)
        progress(tr("Analysing clips"), int(jobs.size()), int(jobs.size()));

    const Result<QString> analysisDir = makePrivateDir(
        QDir(p.cacheDir()).filePath(QStringLiteral("analysis")));
    if (!analysisDir)
        return analysisDir.error();
    std::vector<SpottingCase> cleanCases; // clips without hard cases, against their truth
    for (AnalysisJob &job : jobs) {
        if (!job.result) {
            ++summary.analysisFailures;
            continue;
        }
        const QString cacheFile = QDir(analysisDir.value())
                                      .filePath(job.hash + QStringLiteral(".json"));
        const Result<QString> saved = job.result->save(cacheFile);
        if (!saved)
            return saved.error();
        AutoAnnotation automatic;
        const MotionSpot &spot = job.result->motion;
        if (spot.found()) {
            automatic.onset = spot.onset;
            automatic.apex = spot.apex;
            automatic.offset = spot.offset;
        }
        automatic.confidence = spot.confidence;
        automatic.method = QStringLiteral("energy-multiscale/1");
        automatic.cacheFile = QDir(p.folder()).relativeFilePath(cacheFile);
        const Result<QString> hash = contentHash(cacheFile);
        automatic.cacheHash = hash ? hash.value() : QString();
        automatic.analysedAt = QDateTime::currentDateTimeUtc();
        const Result<bool> written = p.setAutoAnnotation(job.clipId, automatic);
        if (!written)
            return written.error();
        ++summary.analysed;
        if (job.truth && job.truth->params.hardCase == HardCase::None) {
            SpottingCase c;
            c.found = spot.found();
            c.onset = spot.onset;
            c.offset = spot.offset;
            c.truthOnset = job.truth->onset;
            c.truthOffset = job.truth->offset;
            cleanCases.push_back(c);
        }
    }
    const SpottingStats clean = spottingStats(QString(), cleanCases);
    summary.accuracy.clips = clean.clips - clean.missed;
    summary.accuracy.missed = clean.missed;
    summary.accuracy.onsetMedian = clean.onsetMedian;
    summary.accuracy.onsetP90 = clean.onsetP90;
    summary.accuracy.offsetMedian = clean.offsetMedian;
    summary.accuracy.offsetP90 = clean.offsetP90;
    summary.analyseSeconds = timer.elapsed() / 1000.0;

    // The marker that says the demo project is complete (./fm run regenerates one without it).
    const QJsonObject
        report{{QStringLiteral("subjects"), summary.generated.subjects},
               {QStringLiteral("motions"), summary.generated.motions},
               {QStringLiteral("clips"), summary.generated.clips},
               {QStringLiteral("frames"), summary.generated.frames},
               {QStringLiteral("analysed"), summary.analysed},
               {QStringLiteral("analysis_failures"), summary.analysisFailures},
               {QStringLiteral("generate_seconds"), summary.generateSeconds},
               {QStringLiteral("import_seconds"), summary.importSeconds},
               {QStringLiteral("analyse_seconds"), summary.analyseSeconds},
               {QStringLiteral("spotting"),
                QJsonObject{{QStringLiteral("clips"), summary.accuracy.clips},
                            {QStringLiteral("missed"), summary.accuracy.missed},
                            {QStringLiteral("onset_median"), summary.accuracy.onsetMedian},
                            {QStringLiteral("onset_p90"), summary.accuracy.onsetP90},
                            {QStringLiteral("offset_median"), summary.accuracy.offsetMedian},
                            {QStringLiteral("offset_p90"), summary.accuracy.offsetP90}}}};
    QSaveFile marker(QDir(staging).filePath(QStringLiteral("demo-complete.json")));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QJsonDocument(report).toJson()) < 0
        || !marker.commit())
        return Error{tr("The demo project's completion report could not be written.")};
    return summary;
}

} // namespace fm
