#include "democommand.h"

#include "clicommand.h"
#include "interrupt.h"
#include "terminalprogress.h"

#include "common/modellocator.h"
#include "common/privatedir.h"
#include "face/dlibfacefinder.h"
#include "face/facetracker.h"
#include "synth/demogenerator.h"
#include "synth/demoproject.h"
#include "synth/facewarper.h"
#include "synth/sourcefaces.h"
#include "synth/visibilitycheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <csignal>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::demo", text);
}

int runVisibilityCheck(QStringList photos, int subjectCount, const QString &framesDir)
{
    if (photos.isEmpty()) {
        const Result<QString> dir = ModelLocator::demoPhotoDir();
        if (!dir) {
            err() << dir.error().message << "\n";
            return 1;
        }
        photos = photosInFolder(dir.value());
    }
    auto finder = DlibFaceFinder::create();
    if (!finder) {
        err() << finder.error().message << "\n";
        return 1;
    }
    const Result<SourceFaceReport> faces = findSourceFaces(photos, QSize(640, 480), *finder.value());
    if (!faces) {
        err() << faces.error().message << "\n";
        return 1;
    }
    auto tracker = FaceTracker::createDefault();
    if (!tracker) {
        err() << tracker.error().message << "\n";
        return 1;
    }
    const int n = std::min(subjectCount, int(faces->faces.size()));
    if (n == 0) {
        err() << tr("No usable face in the photos.") << "\n";
        return 1;
    }
    std::vector<std::vector<ActionVisibility>> table;
    for (int s = 0; s < n; ++s) {
        const SourceFace &face = faces->faces[size_t(s)];
        FaceWarper warper(face.frame, face.landmarks);
        QString subjectFrames;
        if (!framesDir.isEmpty()) {
            subjectFrames = QDir(framesDir).filePath(
                QStringLiteral("S%1").arg(s + 1, 2, 10, QLatin1Char('0')));
            const Result<QString> made = makePrivateDir(subjectFrames);
            if (!made) {
                err() << made.error().message << "\n";
                return 1;
            }
        }
        table.push_back(
            measureActionVisibility(warper, *tracker.value(), quint64(s) + 7, subjectFrames));
        err() << tr("subject %1 of %2 measured").arg(s + 1).arg(n) << "\n";
    }
    out() << tr("Correlation of intended and measured landmark displacement (dlib, %1 subjects)")
                 .arg(n)
          << "\n";
    out() << QStringLiteral("%1").arg(tr("action"), -22);
    for (int s = 0; s < n; ++s)
        out() << QStringLiteral("  S%1").arg(s + 1, 2, 10, QLatin1Char('0'));
    out() << QStringLiteral("   mean  peak px (intended/measured)\n");
    QStringList below; // the table rounds; name them with the unrounded mean
    for (size_t a = 0; a < table.front().size(); ++a) {
        double sum = 0, intended = 0, measured = 0;
        out() << QStringLiteral("%1").arg(facialActionId(table.front()[a].action), -22);
        for (int s = 0; s < n; ++s) {
            const ActionVisibility &v = table[size_t(s)][a];
            out() << QStringLiteral(" %1").arg(v.correlation, 4, 'f', 2);
            sum += v.correlation;
            intended += v.intendedPeak / n;
            measured += v.measuredPeak / n;
        }
        const double mean = sum / n;
        if (mean < 0.8) {
            below << QStringLiteral("%1 %2")
                         .arg(facialActionId(table.front()[a].action))
                         .arg(mean, 0, 'f', 3);
        }
        out() << QStringLiteral("   %1  %2/%3\n")
                     .arg(mean, 4, 'f', 2)
                     .arg(intended, 4, 'f', 1)
                     .arg(measured, 4, 'f', 1);
    }
    out() << tr("%1 of %2 actions have a mean correlation below 0.8.")
                 .arg(below.size())
                 .arg(table.front().size());
    if (!below.isEmpty())
        out() << QStringLiteral(" ") << tr("Below: %1.").arg(below.join(QStringLiteral(", ")));
    out() << "\n";
    out().flush();
    return 0;
}

} // namespace

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a demo project: real face photos animated into labelled facial-motion clips."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("Folder of the demo project (not with --check)."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("small (8 subjects x 5 motions x 10) or full (every usable "
                                     "face x 10 motions x 10)."),
                                  QStringLiteral("small|full"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption photos(QStringLiteral("photos"),
                                    tr("Folder of face photos (default: face-api's demo photos)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption subjects(QStringLiteral("subjects"), tr("At most this many subjects."),
                                      QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Rendering threads."),
                                     QStringLiteral("N"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Instead of generating: render every action on the first "
                                      "subjects and report how well dlib's landmarks see it "
                                      "(correlation of intended and measured displacement)."));
    const QCommandLineOption clipsOnly(QStringLiteral("clips-only"),
                                       tr("Only render the clips and their ground truth into "
                                          "PROJECT; no project database, no analysis."));
    const QCommandLineOption frames(QStringLiteral("frames"),
                                    tr("With --check: write each action's neutral and apex frame "
                                       "with the measured landmarks to DIR/<subject>/<action>.png "
                                       "to look at."),
                                    QStringLiteral("DIR"));
    parser.addOptions({size, seed, photos, subjects, threads, check, clipsOnly, frames});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli demo")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(check))
        return runVisibilityCheck(parser.isSet(photos) ? photosInFolder(parser.value(photos))
                                                       : QStringList(),
                                  parser.isSet(subjects) ? parser.value(subjects).toInt() : 3,
                                  parser.value(frames));
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give exactly one PROJECT folder.") << "\n" << parser.helpText();
        return 2;
    }
    DemoOptions options;
    const QString sizeText = parser.value(size);
    if (sizeText != QLatin1String("small") && sizeText != QLatin1String("full")) {
        err() << tr("--size must be small or full.") << "\n";
        return 2;
    }
    options.size = sizeText == QLatin1String("full") ? DemoOptions::Size::Full
                                                     : DemoOptions::Size::Small;
    bool ok = true;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << tr("--seed must be a whole number.") << "\n";
        return 2;
    }
    if (parser.isSet(photos)) {
        options.photos = photosInFolder(parser.value(photos));
        if (options.photos.isEmpty()) {
            err() << tr("No photos (jpg, png) in \"%1\".").arg(parser.value(photos)) << "\n";
            return 1;
        }
    }
    if (parser.isSet(subjects))
        options.maxSubjects = parser.value(subjects).toInt();
    if (parser.isSet(threads))
        options.threads = parser.value(threads).toInt();

    watchInterrupts();
    TerminalProgress bar;
    QElapsedTimer timer;
    timer.start();
    const QString folder = parser.positionalArguments().first();
    const auto progress = [&bar](const QString &phase, int done, int total) {
        bar.update(phase, done, total);
    };
    if (parser.isSet(clipsOnly)) {
        const Result<DemoSummary> summary = DemoGenerator(options).generate(folder, progress,
                                                                            &interruptFlag());
        bar.finish();
        if (!summary) {
            err() << summary.error().message << "\n";
            return 1;
        }
        for (const QString &note : summary->notes)
            out() << note << "\n";
        out() << tr("%1 subjects, %2 motions, %3 clips (%4 frames) in %5 s.")
                     .arg(summary->subjects)
                     .arg(summary->motions)
                     .arg(summary->clips)
                     .arg(summary->frames)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << "\n"
              << tr("Ground truth: %1").arg(summary->manifestPath) << "\n";
        out().flush();
        return 0;
    }
    const Result<DemoProjectSummary> summary = createDemoProject(folder, options, progress,
                                                                 &interruptFlag());
    bar.finish();
    if (!summary) {
        err() << summary.error().message << "\n";
        return 1;
    }
    const DemoSummary &g = summary->generated;
    for (const QString &note : g.notes)
        out() << note << "\n";
    const SpottingAccuracy &a = summary->accuracy;
    out() << tr("%1 subjects, %2 motions, %3 clips (%4 frames).")
                 .arg(g.subjects)
                 .arg(g.motions)
                 .arg(g.clips)
                 .arg(g.frames)
          << "\n"
          << tr("Generated in %1 s, imported in %2 s, analysed in %3 s (%4 clips, %5 failed); "
                "total %6 s.")
                 .arg(summary->generateSeconds, 0, 'f', 1)
                 .arg(summary->importSeconds, 0, 'f', 1)
                 .arg(summary->analyseSeconds, 0, 'f', 1)
                 .arg(summary->analysed)
                 .arg(summary->analysisFailures)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << "\n"
          << tr("Automatic onset/offset against the ground truth (%1 clips without hard cases; "
                "no motion found in %2 of them): onset error median %3, p90 %4 frames; offset "
                "error median %5, p90 %6 frames.")
                 .arg(a.clips + a.missed)
                 .arg(a.missed)
                 .arg(a.onsetMedian, 0, 'f', 1)
                 .arg(a.onsetP90, 0, 'f', 1)
                 .arg(a.offsetMedian, 0, 'f', 1)
                 .arg(a.offsetP90, 0, 'f', 1)
          << "\n"
          << tr("Demo project: %1").arg(QFileInfo(folder).absoluteFilePath()) << "\n"
          << tr("Ground truth: %1").arg(summary->truthManifest) << "\n";
    out().flush();
    return 0;
}

} // namespace fm::cli
