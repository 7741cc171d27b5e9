// Studio responsiveness: the longest GUI-thread stall while the annotator decodes and
// analyses a 640x480 30-fps clip on its worker thread (a 2 ms heartbeat timer measures the
// gaps), and the redraw rate while scrubbing the timeline with the mouse (each step repaints
// the frame view and timeline synchronously). Linked with the studio by tests/studio.
// Usage: bench_studio [--frames N]   (QT_QPA_PLATFORM=offscreen or under Xvfb)
#include "annotatorpage.h"
#include "frameview.h"
#include "mainwindow.h"
#include "studiofixture.h"
#include "timelinewidget.h"

#include "synthclip.h"

#include "project/clipimport.h"
#include "project/project.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fm;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int frames = 150;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--frames"))); i > 0 && i + 1 < args.size())
        frames = args.at(i + 1).toInt();

    QTemporaryDir dir;
    const QString sources = dir.filePath(QStringLiteral("in"));
    QDir().mkpath(sources);
    auto face = testing::demoFace(cv::Size(640, 480));
    if (!face) {
        std::fprintf(stderr, "%s\n", qPrintable(face.error().message));
        return 1;
    }
    testing::SyntheticMotion motion;
    motion.frames = frames;
    motion.onset = frames / 3;
    motion.apexStart = motion.onset + 8;
    motion.apexEnd = motion.onset + 14;
    motion.offset = motion.onset + 24;
    if (!testing::writeSyntheticClip(QDir(sources).filePath(QStringLiteral("S01_smile_1.mp4")),
                                     face.value(), motion, 30.0)) {
        std::fprintf(stderr, "could not write the clip\n");
        return 1;
    }
    const QString projectDir = dir.filePath(QStringLiteral("project"));
    auto made = testing::makeStudioProject(projectDir, sources);
    if (!made || made.value() != 1) {
        std::fprintf(stderr, "could not make the project\n");
        return 1;
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openProject(projectDir))
        return 1;
    AnnotatorPage *page = window.annotatorPage();

    // Heartbeat: a 2 ms timer; every gap beyond that is time the GUI thread was busy.
    std::vector<double> gaps;
    QElapsedTimer beat;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(2);
    QObject::connect(&heart, &QTimer::timeout, [&] {
        gaps.push_back(beat.nsecsElapsed() / 1e6);
        beat.restart();
    });
    QSignalSpy ready(page, &AnnotatorPage::clipReady);
    QElapsedTimer total;
    total.start();
    beat.start();
    heart.start();
    page->openClip(Project::open(projectDir).value()->clips().first().id);
    ready.wait(600000);
    heart.stop();
    const double loadMs = total.elapsed();
    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.empty() ? 0 : gaps.back();
    const double p99 = gaps.empty() ? 0 : gaps[size_t(gaps.size() * 0.99)];
    const long over50 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; });
    const long over16 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.7; });
    std::printf("clip: %d frames 640x480 30 fps; decode + analysis took %.0f ms (analysed: %s)\n",
                frames, loadMs, page->hasAnalysis() ? "yes" : "no");
    std::printf("GUI-thread heartbeat while loading: %zu beats, longest gap %.1f ms, p99 %.1f ms, "
                "%ld gaps > 16.7 ms, %ld gaps > 50 ms\n",
                gaps.size(), worst, p99, over16, over50);

    // Scrubbing: drag the play head across the timeline; each step repaints synchronously.
    TimelineWidget *timeline = page->timeline();
    const int steps = 600;
    QElapsedTimer scrub;
    scrub.start();
    const QPoint start(timeline->xForFrame(0), timeline->height() / 2);
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(start),
                      timeline->mapToGlobal(QPointF(start)), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(timeline, &press);
    for (int i = 0; i < steps; ++i) {
        const int f = (i * 7) % frames;
        const QPoint p(timeline->xForFrame(f), timeline->height() / 2);
        QMouseEvent move(QEvent::MouseMove, QPointF(p), timeline->mapToGlobal(QPointF(p)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
        page->repaint(); // frame view, timeline and labels, drawn now
    }
    const double scrubMs = scrub.nsecsElapsed() / 1e6;
    std::printf("scrubbing: %d timeline drags with full repaint in %.0f ms = %.1f redraws/s "
                "(%.2f ms each), window %dx%d, platform %s\n",
                steps, scrubMs, steps * 1000.0 / scrubMs, scrubMs / steps, window.width(),
                window.height(), qPrintable(QGuiApplication::platformName()));
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("load average: %s", load.readAll().constData());
    return 0;
}
