// Expression-pipeline benchmark: writes a 1280x720 30-fps video of three demo-photo people
// (alternating, sometimes side by side, making expressions), then runs the seed-002 pipeline
// on it (detect -> FaceQA -> descriptors + FEENet -> DBSCAN -> tags -> Ward summaries) and
// prints frames/s, wall and CPU time, and peak RSS (VmHWM) before and after the analysis.
// Usage: bench_expressions [--seconds S (default 60)] [--keep DIR] [--step N]
#include "expr/demotriplets.h"
#include "expr/expressionanalyzer.h"
#include "expr/referencelibrary.h"
#include "face/dlibfacefinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace fm;

namespace {

double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double seconds = 60.0;
    int step = 1;
    QString keep;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--step"))
            step = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString video = QDir(dir).filePath(QStringLiteral("expressions-720p.mp4"));
    const QString refs = QDir(dir).filePath(QStringLiteral("refs"));

    auto dlib = DlibFaceFinder::create();
    if (!dlib) {
        std::printf("error: %s\n", qPrintable(dlib.error().message));
        return 1;
    }
    auto faces = loadDemoFaces(*dlib.value(), QSize(1280, 720), 3);
    if (!faces) {
        std::printf("error: %s\n", qPrintable(faces.error().message));
        return 1;
    }
    const std::vector<DemoVideoSegment> segments = demoVideoScript(int(faces.value().warpers.size()),
                                                                   int(seconds * 30.0));
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(video) || keep.isEmpty()) {
        auto truth = writeDemoExpressionVideo(video, faces.value(), segments, QSize(1280, 720),
                                              30.0);
        if (!truth) {
            std::printf("error: %s\n", qPrintable(truth.error().message));
            return 1;
        }
        std::printf("video: %d frames 1280x720 written in %.1f s (%.1f MiB)\n",
                    truth.value().frames, timer.elapsed() / 1000.0,
                    QFileInfo(video).size() / 1048576.0);
    }
    ExpressionOptions options;
    options.frameStep = step;
    auto analyzer = ExpressionAnalyzer::create(options);
    if (!analyzer) {
        std::printf("error: %s\n", qPrintable(analyzer.error().message));
        return 1;
    }
    auto finder = ExprFaceFinder::create();
    if (!QFile::exists(QDir(refs).filePath(QStringLiteral("smile.png"))))
        ReferenceLibrary::addReference(refs, QStringLiteral("smile"), {QStringLiteral("smile")},
                                       renderDemoExpression(*faces.value().warpers[0], 0, 1.f),
                                       *finder.value());
    auto library = ReferenceLibrary::load(refs, analyzer.value()->net(), analyzer.value()->finder());
    if (!library) {
        std::printf("error: %s\n", qPrintable(library.error().message));
        return 1;
    }
    const double rssBefore = statusMiB("VmHWM:");
    const double cpu0 = cpuSeconds();
    auto report = analyzer.value()->analyze(video, library.value().embeddings());
    const double cpu = cpuSeconds() - cpu0;
    if (!report) {
        std::printf("error: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const ExpressionReport &r = report.value();
    std::printf("analysis: %d frames (step %d), %d faces, %d accepted, %d blurry, %d sideways, "
                "%d noise, %d identities\n",
                r.framesRead, step, r.facesFound, int(r.faces.size()), r.rejectedBlurry,
                r.rejectedSideways, r.noiseFaces, int(r.identities.size()));
    for (const ExprIdentity &id : r.identities)
        std::printf("  identity %d: %d faces, smile rate %.3f, %d segments, %d summary faces\n",
                    id.id, int(id.faces.size()), id.rates.empty() ? 0.0 : id.rates[0].rate,
                    int(id.segments.size()), int(id.summary.size()));
    std::printf("wall %.1f s, CPU %.1f s, %.2f frames/s; 18,000 frames (10 min) at this rate: "
                "%.1f min\n",
                r.seconds, cpu, r.framesPerSecond,
                r.framesPerSecond > 0 ? 18000.0 / r.framesPerSecond / 60.0 : 0.0);
    std::printf("peak RSS (VmHWM): %.0f MiB after loading nets, %.0f MiB after the analysis\n",
                rssBefore, statusMiB("VmHWM:"));
    return 0;
}
