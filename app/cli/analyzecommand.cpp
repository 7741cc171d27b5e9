#include "analyzecommand.h"

#include "clicommand.h"
#include "truthcheck.h"

#include "common/privatedir.h"
#include "motion/clipanalyzer.h"
#include "motion/overlayrenderer.h"
#include "video/clipreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <unistd.h>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::analyze", text);
}

/** One clip's job: its progress (written by a worker) and its outcome. */
struct ClipJob
{
    QString path;
    std::atomic<int> done{0};
    std::atomic<int> total{1};
    std::atomic<bool> finished{false};
    std::unique_ptr<ClipAnalysis> analysis;
    QString error;
    QString overlayPath;
    QString overlayError;
};

QString overlayPathFor(const QString &out, const QString &clip, bool several)
{
    if (!several)
        return out;
    return QDir(out).filePath(QFileInfo(clip).completeBaseName() + QStringLiteral("_overlay.mp4"));
}

void drawProgress(const std::vector<std::unique_ptr<ClipJob>> &jobs, qint64 elapsedMs, bool final)
{
    long done = 0, total = 0;
    int finished = 0;
    for (const auto &job : jobs) {
        done += job->done.load();
        total += std::max(job->done.load(), job->total.load());
        finished += job->finished.load() ? 1 : 0;
    }
    const double fraction = total > 0 ? double(done) / total : 0.0;
    const int width = 30;
    const int filled = int(fraction * width + 0.5);
    const double fps = elapsedMs > 0 ? done * 1000.0 / elapsedMs : 0.0;
    err() << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.'))
          << "] " << QString::number(int(fraction * 100)).rightJustified(3) << "%  "
          << tr("%1/%2 clips, %3 frames/s").arg(finished).arg(jobs.size()).arg(fps, 0, 'f', 0)
          << (final ? "\n" : "");
    err().flush();
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0
        || !file.commit()) {
        *error = tr("The results could not be written to \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void printSummary(const ClipJob &job)
{
    if (!job.analysis) {
        out() << job.path << "\n  " << tr("FAILED:") << " " << job.error << "\n";
        return;
    }
    const ClipAnalysis &a = *job.analysis;
    const MotionSpot &m = a.motion;
    out() << a.clip.path << "\n";
    out() << "  "
          << tr("%1 frames, %2x%3, %4 fps, %5 s")
                 .arg(a.clip.frameCount)
                 .arg(a.clip.size.width())
                 .arg(a.clip.size.height())
                 .arg(a.clip.fps, 0, 'f', 2)
                 .arg(a.clip.durationSeconds(), 0, 'f', 2)
          << "\n";
    out() << "  "
          << tr("face in %1 of %2 frames; FaceQA accepted %3 (median sharpness %4, median |yaw| "
                "%5 deg)")
                 .arg(a.framesWithFace())
                 .arg(a.frames.size())
                 .arg(a.quality.accepted)
                 .arg(a.quality.medianSharpness, 0, 'f', 1)
                 .arg(a.quality.medianAbsYaw, 0, 'f', 1)
          << "\n";
    if (m.found()) {
        out() << "  "
              << tr("motion: onset %1, apex %2, offset %3 (confidence %4, %5)")
                     .arg(m.onset)
                     .arg(m.apex)
                     .arg(m.offset)
                     .arg(m.confidence, 0, 'f', 2)
                     .arg(m.dominantRegion)
              << "\n";
    } else {
        out() << "  " << tr("motion: none") << "\n";
    }
    for (const QString &warning : a.warnings)
        out() << "  " << tr("warning:") << " " << warning << "\n";
    if (!job.overlayPath.isEmpty())
        out() << "  " << tr("overlay:") << " " << job.overlayPath << "\n";
    if (!job.overlayError.isEmpty())
        out() << "  " << tr("overlay FAILED:") << " " << job.overlayError << "\n";
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the face in every frame, its 68 landmarks, aligned crops, FaceQA (sharpness, "
           "head pose) and the motion's onset, apex and offset. CLIP is a video file or a "
           "folder of numbered images."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CLIP"), tr("Video files or image folders."),
                                 QStringLiteral("CLIP..."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Write the results as JSON: one clip -> OUT; several -> one document with all "
           "clips, or one OUT/<name>.analysis.json each when OUT is a folder."),
        tr("OUT"));
    const QCommandLineOption overlayOption(
        QStringLiteral("overlay"),
        tr("Write an annotated video (landmarks, box, QA, onset/offset): one clip -> OUT; "
           "several -> OUT is a folder receiving <name>_overlay.mp4."),
        tr("OUT"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        tr("Clips analysed in parallel (default: CPU cores)."),
                                        tr("N"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"),
                                       tr("Frame rate of image-sequence folders (default 30)."),
                                       tr("FPS"), QStringLiteral("30"));
    const QCommandLineOption sharpOption(QStringLiteral("min-sharpness"),
                                         tr("FaceQA sharpness threshold (default 3.0)."), tr("S"),
                                         QStringLiteral("3.0"));
    const QCommandLineOption truthOption(
        QStringLiteral("against-truth"),
        tr("Instead of analysing: CLIP is a demo project; compare its automatic onsets/offsets "
           "with the demo generator's ground truth (per action: miss rate, median, 90th "
           "percentile and largest error in frames)."));
    const QCommandLineOption respotOption(
        QStringLiteral("respot"),
        tr("With --against-truth: spot the motion again from the cached landmarks with the "
           "current spotter instead of using the stored result."));
    const QCommandLineOption worstOption(QStringLiteral("list-errors"),
                                         tr("With --against-truth: list the N worst clean clips."),
                                         tr("N"), QStringLiteral("0"));
    const QCommandLineOption lowOption(QStringLiteral("low-fraction"),
                                       tr("Spotter: a motion lasts while above this fraction of "
                                          "its peak (default 0.1)."),
                                       tr("F"));
    const QCommandLineOption slopeOption(QStringLiteral("slope-fraction"),
                                         tr("Spotter: onset/offset follow the slope while it "
                                            "falls by more than this fraction of the peak per "
                                            "frame (default 0.02)."),
                                         tr("F"));
    const QCommandLineOption settleOption(QStringLiteral("settle-fraction"),
                                          tr("Spotter: a clip ending on a plateau below this "
                                             "fraction of the peak has settled there (default "
                                             "0.3; 0 turns it off)."),
                                          tr("F"));
    parser.addOptions({jsonOption, overlayOption, jobsOption, fpsOption, sharpOption, truthOption,
                       respotOption, worstOption, lowOption, slopeOption, settleOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli analyze")} + args)) {
        err() << parser.errorText() << "\n";
        err().flush();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    const QStringList clips = parser.positionalArguments();
    if (parser.isSet(truthOption)) {
        if (clips.size() != 1) {
            err() << tr("--against-truth needs exactly one demo project folder.") << "\n";
            err().flush();
            return 2;
        }
        MotionOptions motion;
        bool valid = true;
        if (parser.isSet(lowOption))
            motion.lowFraction = parser.value(lowOption).toDouble(&valid);
        if (valid && parser.isSet(slopeOption))
            motion.slopeFraction = parser.value(slopeOption).toDouble(&valid);
        if (valid && parser.isSet(settleOption))
            motion.settleFraction = parser.value(settleOption).toDouble(&valid);
        if (!valid) {
            err() << tr("--low-fraction, --slope-fraction and --settle-fraction need numbers.")
                  << "\n";
            err().flush();
            return 2;
        }
        return runSpottingCheck(clips.first(), parser.isSet(respotOption),
                                parser.value(worstOption).toInt(), motion);
    }
    if (clips.isEmpty()) {
        err() << tr("No clip given.") << "\n\n" << parser.helpText();
        err().flush();
        return 2;
    }
    bool ok = true;
    AnalysisOptions options;
    options.sequenceFps = parser.value(fpsOption).toDouble(&ok);
    if (!ok || options.sequenceFps <= 0) {
        err() << tr("--fps needs a positive number.") << "\n";
        err().flush();
        return 2;
    }
    options.qa.minSharpness = parser.value(sharpOption).toDouble(&ok);
    if (!ok) {
        err() << tr("--min-sharpness needs a number.") << "\n";
        err().flush();
        return 2;
    }
    int jobsCount = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        jobsCount = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobsCount < 1) {
            err() << tr("--jobs needs a positive whole number.") << "\n";
            err().flush();
            return 2;
        }
    }
    const bool several = clips.size() > 1;
    const QString overlayOut = parser.value(overlayOption);
    if (several && !overlayOut.isEmpty()) {
        const auto dir = makePrivateDir(overlayOut);
        if (!dir) {
            err() << dir.error().message << "\n";
            err().flush();
            return 1;
        }
    }

    // Unreadable clips fail at once, before the 100 MB landmark model is loaded.
    std::vector<std::unique_ptr<ClipJob>> jobs;
    int readable = 0;
    for (const QString &clip : clips) {
        jobs.push_back(std::make_unique<ClipJob>());
        jobs.back()->path = clip;
        const auto opened = ClipReader::open(clip, options.sequenceFps);
        if (!opened) {
            jobs.back()->error = opened.error().message;
            jobs.back()->finished = true;
        } else {
            ++readable;
        }
    }

    // Load the landmark model once up front (the workers share it while `probe` lives): a
    // missing model is one clear message.
    auto probe = readable > 0 ? ClipAnalyzer::create(options)
                              : Result<std::unique_ptr<ClipAnalyzer>>(nullptr);
    if (!probe) {
        err() << probe.error().message << "\n";
        if (!probe.error().detail.isEmpty())
            err() << probe.error().detail << "\n";
        err().flush();
        return 1;
    }

    std::atomic<int> next{0};
    const auto worker = [&]() {
        if (readable == 0)
            return;
        auto analyzer = ClipAnalyzer::create(options);
        while (true) {
            const int index = next.fetch_add(1);
            if (index >= int(jobs.size()))
                return;
            ClipJob &job = *jobs[size_t(index)];
            if (job.finished)
                continue;
            if (!analyzer) {
                job.error = analyzer.error().message;
                job.finished = true;
                continue;
            }
            auto result = analyzer.value()->analyze(job.path, [&job](int done, int total) {
                job.done = done;
                job.total = total;
                return true;
            });
            if (!result) {
                job.error = result.error().message;
                if (!result.error().detail.isEmpty())
                    job.error += QStringLiteral(" (") + result.error().detail + QLatin1Char(')');
            } else {
                job.analysis = std::make_unique<ClipAnalysis>(std::move(result.value()));
                if (!overlayOut.isEmpty()) {
                    const QString target = overlayPathFor(overlayOut, job.path, several);
                    const auto rendered = OverlayRenderer(*job.analysis).render(target);
                    if (rendered)
                        job.overlayPath = rendered.value();
                    else
                        job.overlayError = rendered.error().message;
                }
            }
            job.finished = true;
        }
    };
    QElapsedTimer timer;
    timer.start();
    const int threadCount = std::min(jobsCount, int(jobs.size()));
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i)
        threads.emplace_back(worker);
    const bool tty = isatty(STDERR_FILENO);
    std::vector<bool> reported(jobs.size(), false);
    while (true) {
        bool all = true;
        for (size_t i = 0; i < jobs.size(); ++i) {
            const bool finished = jobs[i]->finished.load();
            all = all && finished;
            if (!tty && finished && !reported[i]) {
                reported[i] = true;
                err() << tr("analysed %1").arg(jobs[i]->path) << "\n";
                err().flush();
            }
        }
        if (tty)
            drawProgress(jobs, timer.elapsed(), all);
        if (all)
            break;
        QThread::msleep(200);
    }
    for (std::thread &t : threads)
        t.join();

    int exitCode = 0;
    for (const auto &job : jobs) {
        printSummary(*job);
        if (!job->analysis || job->analysis->framesWithFace() == 0 || !job->overlayError.isEmpty())
            exitCode = 1;
    }
    out().flush();

    const QString jsonOut = parser.value(jsonOption);
    if (!jsonOut.isEmpty()) {
        QString error;
        const QFileInfo target(jsonOut);
        const bool folder = several && (target.isDir() || jsonOut.endsWith(QLatin1Char('/')));
        if (folder) {
            const auto dir = makePrivateDir(jsonOut);
            if (!dir) {
                error = dir.error().message;
            } else {
                for (const auto &job : jobs) {
                    if (!job->analysis)
                        continue;
                    const QString file = QDir(dir.value())
                                             .filePath(QFileInfo(job->path).completeBaseName()
                                                       + QStringLiteral(".analysis.json"));
                    const auto saved = job->analysis->save(file);
                    if (!saved)
                        error = saved.error().message;
                }
            }
        } else if (!several) {
            const ClipJob &job = *jobs.front();
            if (job.analysis) {
                writeJson(jsonOut, job.analysis->toJson(), &error);
            } else {
                writeJson(jsonOut,
                          QJsonObject{{QStringLiteral("path"), job.path},
                                      {QStringLiteral("error"), job.error}},
                          &error);
            }
        } else {
            QJsonArray array;
            for (const auto &job : jobs) {
                array.append(job->analysis ? job->analysis->toJson()
                                           : QJsonObject{{QStringLiteral("path"), job->path},
                                                         {QStringLiteral("error"), job->error}});
            }
            writeJson(jsonOut,
                      QJsonObject{{QStringLiteral("format"),
                                   QStringLiteral("facemotion-clip-analysis-batch")},
                                  {QStringLiteral("clips"), array}},
                      &error);
        }
        if (!error.isEmpty()) {
            err() << error << "\n";
            exitCode = 1;
        } else {
            out() << tr("Results written to %1").arg(jsonOut) << "\n";
        }
    }
    out().flush();
    err().flush();
    return exitCode;
}

} // namespace fm::cli
