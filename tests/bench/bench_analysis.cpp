// Clip-analysis benchmark: renders a 640x480 30-fps clip of >= 1,000 frames from a real demo
// face (with mouth motions and head jitter), then times the whole pipeline per stage
// (decode, detect/confirm, landmarks, crop, QA) and the single-frame live preview.
// Usage: bench_analysis [--keep DIR] [--frames N]
#include "synthclip.h"

#include "motion/clipanalyzer.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/core.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

using namespace fm;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

void printStages(const char *label, const ClipAnalysis &a)
{
    const AnalysisTimings &t = a.timings;
    const double n = double(a.frames.size());
    const auto fps = [n](double ms) { return ms > 0 ? n * 1000.0 / ms : 0.0; };
    std::printf("%s: %d frames, total %.0f ms = %.1f frames/s (detections %d, confirmations %d)\n",
                label, int(n), t.totalMs, fps(t.totalMs), t.detections, t.verifications);
    std::printf("  decode+grey %7.2f ms/frame  (%7.1f frames/s)\n", t.decodeMs / n, fps(t.decodeMs));
    std::printf("  detect      %7.2f ms/frame  (%7.1f frames/s)\n", t.detectMs / n, fps(t.detectMs));
    std::printf("  landmarks   %7.2f ms/frame  (%7.1f frames/s)\n", t.landmarksMs / n,
                fps(t.landmarksMs));
    std::printf("  crop        %7.2f ms/frame  (%7.1f frames/s)\n", t.cropMs / n, fps(t.cropMs));
    std::printf("  QA          %7.2f ms/frame  (%7.1f frames/s)\n", t.qaMs / n, fps(t.qaMs));
    std::printf("  motion      %7.1f ms per clip\n", t.motionMs);
    std::printf("  faces found in %d of %d frames; motion %s onset %d apex %d offset %d\n",
                a.framesWithFace(), int(n), qPrintable(MotionSpotter::statusName(a.motion.status)),
                a.motion.onset, a.motion.apex, a.motion.offset);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int frames = 1020;
    QString keep;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        if (args[i] == QLatin1String("--frames"))
            frames = std::max(30, args[i + 1].toInt());
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    const QString clip = QDir(dir).filePath(QStringLiteral("bench_640x480.mp4"));

    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    auto face = testing::demoFace(cv::Size(640, 480));
    if (!face) {
        std::fprintf(stderr, "%s\n", qPrintable(face.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    {
        testing::SyntheticMotion motion; // mouth opens 30-60 of every 90 frames
        motion.frames = 90;
        testing::MotionRenderer renderer(face.value(), motion);
        auto writer = ClipWriter::create(clip, QSize(640, 480), 30.0);
        if (!writer) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.error().message));
            return 1;
        }
        for (int t = 0; t < frames; ++t)
            writer.value()->write(renderer.frame(t % 90));
        if (!writer.value()->finish())
            return 1;
    }
    std::printf("rendered %s (%d frames) in %.1f s\n", qPrintable(clip), frames,
                timer.elapsed() / 1000.0);

    AnalysisOptions options;
    options.keepCrops = true;
    auto analyzer = ClipAnalyzer::create(options);
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error().message));
        return 1;
    }
    std::printf("load average: %s\n", qPrintable(loadAverage()));
    const double cpuBefore = threadCpuMs();
    auto result = analyzer.value()->analyze(clip);
    const double cpuMs = threadCpuMs() - cpuBefore;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return 1;
    }
    printStages("pipeline (default: track + confirm every 3 frames, detect at 480 px)",
                result.value());
    std::printf("  CPU time of the analysing thread: %.0f ms = %.1f frames/s per core\n", cpuMs,
                result.value().frames.size() * 1000.0 / cpuMs);

    // Comparison: full detection on every frame (no tracking), first 300 frames.
    AnalysisOptions everyFrame = options;
    everyFrame.tracker.verifyEvery = 1;
    everyFrame.tracker.redetectEvery = 1;
    auto slow = ClipAnalyzer::create(everyFrame);
    const QString shortClip = QDir(dir).filePath(QStringLiteral("bench_short.mp4"));
    {
        auto reader = ClipReader::open(clip);
        auto writer = ClipWriter::create(shortClip, QSize(640, 480), 30.0);
        cv::Mat frame;
        for (int i = 0; i < 300 && reader.value()->read(frame); ++i)
            writer.value()->write(frame);
        writer.value()->finish();
    }
    auto slowResult = slow.value()->analyze(shortClip);
    if (slowResult)
        printStages("for comparison: full detection on every frame (300 frames)",
                    slowResult.value());

    // Live preview: one frame, searched afresh (worst case) and followed (camera stream).
    auto reader = ClipReader::open(clip);
    std::vector<double> cold, warm, coldCpu, warmCpu;
    cv::Mat frame, crop;
    for (int i = 0; i < 60 && reader.value()->read(frame); ++i) {
        auto start = std::chrono::steady_clock::now();
        double cpu = threadCpuMs();
        const FrameAnalysis f = analyzer.value()->preview(frame, false, &crop);
        coldCpu.push_back(threadCpuMs() - cpu);
        cold.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        start = std::chrono::steady_clock::now();
        cpu = threadCpuMs();
        analyzer.value()->preview(frame, true, &crop);
        warmCpu.push_back(threadCpuMs() - cpu);
        warm.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (!f.face)
            std::printf("  preview: no face in frame %d\n", i);
    }
    for (auto *v : {&cold, &warm, &coldCpu, &warmCpu})
        std::sort(v->begin(), v->end());
    std::printf("live preview, fresh search (detect+landmarks+QA+crop): median %.1f ms, max %.1f "
                "ms wall; median %.1f ms CPU\n",
                cold[cold.size() / 2], cold.back(), coldCpu[coldCpu.size() / 2]);
    std::printf("live preview, following the face:                     median %.1f ms, max %.1f "
                "ms wall; median %.1f ms CPU\n",
                warm[warm.size() / 2], warm.back(), warmCpu[warmCpu.size() / 2]);
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
