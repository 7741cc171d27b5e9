#include "overlayrenderer.h"

#include "face/facealigner.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::OverlayRenderer", text);
}

void chain(cv::Mat &image, const Landmarks68 &p, int first, int last, bool closed,
           const cv::Scalar &colour, int thickness)
{
    for (int k = first; k < last; ++k)
        cv::line(image, p[size_t(k)], p[size_t(k + 1)], colour, thickness, cv::LINE_AA);
    if (closed)
        cv::line(image, p[size_t(last)], p[size_t(first)], colour, thickness, cv::LINE_AA);
}

void text(cv::Mat &image, const std::string &s, cv::Point at, double scale, const cv::Scalar &c)
{
    const int thickness = std::max(1, int(scale * 2));
    cv::putText(image, s, at, cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(0, 0, 0), thickness + 2,
                cv::LINE_AA);
    cv::putText(image, s, at, cv::FONT_HERSHEY_SIMPLEX, scale, c, thickness, cv::LINE_AA);
}

} // namespace

QString OverlayRenderer::stateOf(int index) const
{
    const MotionSpot &m = m_analysis.motion;
    if (index >= 0 && index < int(m_analysis.frames.size())
        && !m_analysis.frames[size_t(index)].face)
        return QStringLiteral("no face");
    if (!m.found() || index < m.onset || index > m.offset)
        return QStringLiteral("rest");
    if (index == m.apex)
        return QStringLiteral("apex");
    return index < m.apex ? QStringLiteral("onset") : QStringLiteral("offset");
}

void OverlayRenderer::draw(cv::Mat &image, int index) const
{
    if (image.empty() || index < 0 || index >= int(m_analysis.frames.size()))
        return;
    const FrameAnalysis &f = m_analysis.frames[size_t(index)];
    const double unit = std::max(1.0, image.rows / 480.0);
    const int thin = std::max(1, int(unit));
    const double fontScale = 0.5 * unit;
    const int line = int(22 * unit);

    // Aligned crop thumbnail (top right) before anything is drawn on the frame.
    if (f.face) {
        const int side = m_analysis.cropSize;
        cv::Mat crop;
        cv::warpAffine(image, crop, cv::Mat(f.align), cv::Size(side, side), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        const int shown = int(side * unit);
        cv::resize(crop, crop, cv::Size(shown, shown));
        const cv::Rect at(image.cols - shown - 4, 4, shown, shown);
        if ((at & cv::Rect(0, 0, image.cols, image.rows)) == at) {
            crop.copyTo(image(at));
            cv::rectangle(image, at, cv::Scalar(255, 255, 255), 1);
        }
    }

    const QString state = stateOf(index);
    cv::Scalar stateColour(200, 200, 200);
    if (state == QLatin1String("onset"))
        stateColour = cv::Scalar(80, 220, 80);
    else if (state == QLatin1String("apex"))
        stateColour = cv::Scalar(0, 230, 255);
    else if (state == QLatin1String("offset"))
        stateColour = cv::Scalar(60, 120, 255);
    else if (state == QLatin1String("no face"))
        stateColour = cv::Scalar(40, 40, 255);

    if (f.face) {
        const cv::Scalar boxColour = f.quality.accepted() ? cv::Scalar(80, 220, 80)
                                                          : cv::Scalar(0, 150, 255);
        cv::rectangle(image, f.box, boxColour, 2 * thin);
        const cv::Scalar lineColour(255, 220, 120);
        const Landmarks68 &p = f.points;
        chain(image, p, 0, 16, false, lineColour, thin);
        chain(image, p, 17, 21, false, lineColour, thin);
        chain(image, p, 22, 26, false, lineColour, thin);
        chain(image, p, 27, 30, false, lineColour, thin);
        chain(image, p, 30, 35, true, lineColour, thin);
        chain(image, p, 36, 41, true, lineColour, thin);
        chain(image, p, 42, 47, true, lineColour, thin);
        chain(image, p, 48, 59, true, lineColour, thin);
        chain(image, p, 60, 67, true, lineColour, thin);
        for (const cv::Point2f &q : p)
            cv::circle(image, q, thin + 1, cv::Scalar(0, 255, 255), cv::FILLED, cv::LINE_AA);
        QString qa = QStringLiteral("sharp %1  yaw %2  pitch %3  roll %4")
                         .arg(f.quality.sharpness, 0, 'f', 1)
                         .arg(f.quality.pose.yaw, 0, 'f', 0)
                         .arg(f.quality.pose.pitch, 0, 'f', 0)
                         .arg(f.quality.pose.roll, 0, 'f', 0);
        if (!f.quality.sharpEnough)
            qa += QStringLiteral("  BLURRY");
        if (!f.quality.frontalEnough)
            qa += QStringLiteral("  TURNED");
        text(image, qa.toStdString(), cv::Point(8, 2 * line), fontScale, boxColour);
    }
    const double fps = m_analysis.clip.fps > 0 ? m_analysis.clip.fps : 30.0;
    text(image,
         QStringLiteral("frame %1/%2  %3 s  [%4]%5")
             .arg(index)
             .arg(m_analysis.frames.size())
             .arg(index / fps, 0, 'f', 2)
             .arg(state.toUpper())
             .arg(f.face ? (f.detected ? QStringLiteral(" det") : QStringLiteral(" trk"))
                         : QString())
             .toStdString(),
         cv::Point(8, line), fontScale, stateColour);

    // Energy strip: displacement from the neutral face over the whole clip.
    const std::vector<double> &curve = m_analysis.motion.displacement.empty()
                                           ? m_analysis.motion.energy
                                           : m_analysis.motion.displacement;
    const int n = int(m_analysis.frames.size());
    if (curve.size() == size_t(n) && n > 1) {
        const int h = int(60 * unit), top = image.rows - h - 4;
        cv::Mat strip = image(cv::Rect(0, top, image.cols, h));
        strip *= 0.4;
        const double peak = std::max(1e-6, *std::max_element(curve.begin(), curve.end()));
        const auto xOf = [&](int i) { return int(double(i) * (image.cols - 1) / (n - 1)); };
        const auto yOf = [&](double v) { return top + h - 2 - int(v / peak * (h - 6)); };
        const MotionSpot &m = m_analysis.motion;
        if (m.found()) {
            cv::rectangle(image, cv::Point(xOf(m.onset), top), cv::Point(xOf(m.offset), top + h),
                          cv::Scalar(60, 90, 60), cv::FILLED);
            cv::line(image, cv::Point(xOf(m.onset), top), cv::Point(xOf(m.onset), top + h),
                     cv::Scalar(80, 220, 80), thin);
            cv::line(image, cv::Point(xOf(m.apex), top), cv::Point(xOf(m.apex), top + h),
                     cv::Scalar(0, 230, 255), thin);
            cv::line(image, cv::Point(xOf(m.offset), top), cv::Point(xOf(m.offset), top + h),
                     cv::Scalar(60, 120, 255), thin);
        }
        for (int i = 1; i < n; ++i) {
            cv::line(image, cv::Point(xOf(i - 1), yOf(curve[size_t(i - 1)])),
                     cv::Point(xOf(i), yOf(curve[size_t(i)])), cv::Scalar(255, 255, 255), thin,
                     cv::LINE_AA);
        }
        for (int i = 0; i < n; ++i) {
            if (!m_analysis.frames[size_t(i)].face)
                cv::line(image, cv::Point(xOf(i), top + h - 4), cv::Point(xOf(i), top + h),
                         cv::Scalar(40, 40, 255), thin);
        }
        cv::line(image, cv::Point(xOf(index), top), cv::Point(xOf(index), top + h),
                 cv::Scalar(255, 0, 255), thin);
    }
}

Result<QString> OverlayRenderer::render(const QString &path,
                                        const std::function<bool(int, int)> &progress,
                                        const std::atomic<bool> *cancel) const
{
    auto reader = ClipReader::open(m_analysis.clip.path);
    if (!reader)
        return reader.error();
    const ClipInfo &info = reader.value()->info();
    auto writer = ClipWriter::create(path, info.size, info.fps);
    if (!writer)
        return writer.error();
    cv::Mat frame;
    const int total = int(m_analysis.frames.size());
    for (int i = 0; i < total; ++i) {
        if ((cancel && cancel->load()) || (progress && !progress(i, total))) {
            writer.value()->discard();
            return Error{tr("Rendering the overlay \"%1\" was cancelled.").arg(path)};
        }
        if (!reader.value()->read(frame)) {
            writer.value()->discard();
            return Error{tr("Frame %1 of \"%2\" could not be read again for the overlay.")
                             .arg(i)
                             .arg(m_analysis.clip.path)};
        }
        draw(frame, i);
        if (!writer.value()->write(frame)) {
            const QString why = writer.value()->lastError();
            writer.value()->discard();
            return Error{tr("The overlay \"%1\" could not be written.").arg(path), why};
        }
    }
    return writer.value()->finish();
}

} // namespace fm
