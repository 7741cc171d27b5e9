// t-SNE plot speed with 6,000 clips (issue 9: "pans at >= 30 frames/s"): 6,000 random points
// in 40 Gaussian clusters (40 subjects, FM and LM shapes) in a 1200x800 TsnePlot. Measures
// (1) full widget repaints (QWidget::repaint through the backing store) while panning with
// the mouse-drag code path (panBy), (2) the plot's own paint into an image at device pixel
// ratio 1 and 2, (3) hover hit tests (pointAt through the grid index) at random cursor
// positions, (4) rubber-band selection of a quarter of the view. Reports, never asserts.
// Usage: bench_tsneplot [--points N] [--frames N]   (QT_QPA_PLATFORM=offscreen or Xvfb)
#include "tsneplot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace fm;

namespace {

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(std::min(v.size() - 1.0, q * (v.size() - 1)))];
}

void report(const char *what, const std::vector<double> &ms)
{
    double sum = 0;
    for (double m : ms)
        sum += m;
    const double mean = sum / ms.size();
    std::printf("%-44s mean %6.2f ms  median %6.2f  p95 %6.2f  max %6.2f  -> %6.1f frames/s\n",
                what, mean, percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0),
                1000.0 / mean);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 6000, frames = 300;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--points"))); i > 0 && i + 1 < args.size())
        count = args.at(i + 1).toInt();
    if (const int i = int(args.indexOf(QStringLiteral("--frames"))); i > 0 && i + 1 < args.size())
        frames = args.at(i + 1).toInt();

    std::mt19937 rng(42);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_real_distribution<double> centre(-60, 60);
    std::vector<QPointF> centres;
    for (int c = 0; c < 40; ++c)
        centres.emplace_back(centre(rng), centre(rng));
    QVector<TsnePoint> points;
    for (int i = 0; i < count; ++i) {
        TsnePoint p;
        const int c = i % 40;
        p.clip = QString::number(i + 1);
        p.clipId = i + 1;
        p.subject = QStringLiteral("S%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        p.motion = QStringLiteral("motion_%1").arg(i % 7);
        p.repetition = i % 10 + 1;
        p.kind = i % 7 < 4 ? QStringLiteral("FM") : QStringLiteral("LM");
        p.pos = centres[size_t(c)] + QPointF(3 * normal(rng), 3 * normal(rng));
        points.append(p);
    }

    TsnePlot plot;
    plot.resize(1200, 800);
    plot.show();
    QElapsedTimer timer;
    timer.start();
    plot.setPoints(points);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    plot.fitView();
    QApplication::processEvents();
    std::printf("t-SNE plot: %d points, %dx%d widget, platform %s\n", count, plot.width(),
                plot.height(), qPrintable(QGuiApplication::platformName()));
    std::printf("setPoints (grid index, categories): %.2f ms\n", loadMs);

    // (1) Full repaints while panning: each frame moves the view as a mouse drag does.
    std::vector<double> repaintMs;
    for (int f = 0; f < frames; ++f) {
        const double dx = (f / 50) % 2 ? -4.0 : 4.0;
        timer.restart();
        plot.panBy(QPointF(dx, 1.5 * (f % 2 ? -1 : 1)));
        plot.repaint();
        repaintMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    plot.fitView();
    report("widget repaint while panning (all visible)", repaintMs);

    // Zoomed in 4x around the middle: fewer points visible (culling).
    plot.zoomAt(QPointF(600, 400), 4.0);
    std::vector<double> zoomedMs;
    for (int f = 0; f < frames; ++f) {
        timer.restart();
        plot.panBy(QPointF(f % 2 ? -3.0 : 3.0, 0));
        plot.repaint();
        zoomedMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    plot.fitView();
    report("widget repaint while panning (zoomed 4x)", zoomedMs);

    // (2) The plot's own paint into images (no backing store), 1x and 2x pixel ratio.
    for (const qreal dpr : {1.0, 2.0}) {
        QImage image(QSize(1200, 800) * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        std::vector<double> ms;
        for (int f = 0; f < frames; ++f) {
            timer.restart();
            plot.panBy(QPointF(f % 2 ? -2.0 : 2.0, 0));
            QPainter painter(&image);
            plot.paintPlot(painter, QRectF(0, 0, 1200, 800), false);
            painter.end();
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        report(dpr == 1.0 ? "paintPlot into image, ratio 1"
                          : "paintPlot into image, ratio 2 (sprites 2x)",
               ms);
    }
    plot.fitView();

    // (3) Hover hit tests at random cursor positions.
    std::uniform_real_distribution<double> x(0, 1200), y(0, 800);
    const int tests = 200000;
    int hits = 0;
    timer.restart();
    for (int i = 0; i < tests; ++i)
        hits += plot.pointAt(QPointF(x(rng), y(rng))) >= 0;
    const double hitUs = timer.nsecsElapsed() / 1e3 / tests;
    std::printf("hover hit test (pointAt, grid index): %.3f us per test (%d of %d on a point)\n",
                hitUs, hits, tests);
    // The whole hover path: a mouse-move event (hit test + card repaint).
    std::vector<double> hoverMs;
    for (int i = 0; i < 200; ++i) {
        const QPointF at = plot.toScreen(points[(i * 37) % count].pos);
        timer.restart();
        QMouseEvent move(QEvent::MouseMove, at, plot.mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&plot, &move);
        plot.repaint();
        hoverMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    report("hover move + repaint with card", hoverMs);

    // (4) Rubber-band selection of the view's top-left quarter.
    timer.restart();
    plot.setMode(TsnePlot::Mode::Rectangle);
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(0, 0), plot.mapToGlobal(QPointF(0, 0)),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&plot, &press);
    QMouseEvent move(QEvent::MouseMove, QPointF(600, 400), plot.mapToGlobal(QPointF(600, 400)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&plot, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(600, 400),
                        plot.mapToGlobal(QPointF(600, 400)), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(&plot, &release);
    std::printf("rubber-band selection of a quarter: %.2f ms, %lld points selected\n",
                timer.nsecsElapsed() / 1e6, qlonglong(plot.selectedClips().size()));
    return 0;
}
