#include "clipframes.h"

#include "video/clipreader.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fm {

namespace {

QImage toImage(const cv::Mat &bgr, int maxSide)
{
    if (bgr.empty())
        return {};
    cv::Mat shown = bgr;
    const int side = std::max(bgr.cols, bgr.rows);
    if (side > maxSide && maxSide > 0) {
        const double f = double(maxSide) / side;
        cv::resize(bgr, shown, cv::Size(), f, f, cv::INTER_AREA);
    }
    cv::Mat rgb;
    cv::cvtColor(shown, rgb, cv::COLOR_BGR2RGB);
    QImage image(rgb.cols, rgb.rows, QImage::Format_RGB888);
    for (int y = 0; y < rgb.rows; ++y)
        std::copy_n(rgb.ptr<uchar>(y), rgb.cols * 3, image.scanLine(y));
    return image;
}

} // namespace

QImage readClipFrame(const QString &path, int index, int maxSide)
{
    auto reader = ClipReader::open(path);
    if (!reader)
        return {};
    cv::Mat frame;
    const int last = std::max(0, reader.value()->info().frameCount - 1);
    if (!reader.value()->frameAt(std::clamp(index, 0, last), frame))
        return {};
    return toImage(frame, maxSide);
}

QVector<QImage> readClipFrames(const QString &path, int maxSide, int maxFrames, int step)
{
    QVector<QImage> frames;
    auto reader = ClipReader::open(path);
    if (!reader)
        return frames;
    cv::Mat frame;
    for (int i = 0; frames.size() < maxFrames && reader.value()->read(frame); ++i) {
        if (i % std::max(1, step) == 0)
            frames.append(toImage(frame, maxSide));
    }
    return frames;
}

} // namespace fm
