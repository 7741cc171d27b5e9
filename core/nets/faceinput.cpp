#include "faceinput.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fm::faceinput {

cv::Mat toRgbFloat(const cv::Mat &image)
{
    if (image.empty())
        return {};
    if (image.type() == CV_32FC3)
        return image.clone();
    cv::Mat rgb;
    switch (image.channels()) {
    case 1:
        cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB);
        break;
    case 4:
        cv::cvtColor(image, rgb, cv::COLOR_BGRA2RGB);
        break;
    default:
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
        break;
    }
    cv::Mat out;
    rgb.convertTo(out, CV_32FC3);
    return out;
}

namespace {

/** JavaScript Math.round for non-negative values: halves round up. */
int jsRound(double v)
{
    return int(std::floor(v + 0.5));
}

} // namespace

cv::Mat padToSquare(const cv::Mat &rgb, bool centered)
{
    const int w = rgb.cols;
    const int h = rgb.rows;
    if (w == h)
        return rgb;
    const int diff = std::abs(h - w);
    const int after = centered ? jsRound(diff * 0.5) : diff;
    const int before = diff - after;
    cv::Mat out;
    if (h > w)
        cv::copyMakeBorder(rgb, out, 0, 0, before, after, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    else
        cv::copyMakeBorder(rgb, out, before, after, 0, 0, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return out;
}

cv::Mat resizeBilinearLegacy(const cv::Mat &rgb, int width, int height)
{
    CV_Assert(rgb.type() == CV_32FC3 && width > 0 && height > 0);
    const int inH = rgb.rows;
    const int inW = rgb.cols;
    // tfjs cpu backend (resizeBilinear, alignCorners=false, halfPixelCenters=false), in double.
    const double rowRatio = double(inH) / height;
    const double colRatio = double(inW) / width;
    std::vector<int> col0(static_cast<size_t>(width)), col1(static_cast<size_t>(width));
    std::vector<double> colFrac(static_cast<size_t>(width));
    for (int c = 0; c < width; ++c) {
        const double src = colRatio * c;
        col0[size_t(c)] = std::max(0, int(std::floor(src)));
        col1[size_t(c)] = std::min(inW - 1, int(std::ceil(src)));
        colFrac[size_t(c)] = src - col0[size_t(c)];
    }
    cv::Mat out(height, width, CV_32FC3);
    for (int r = 0; r < height; ++r) {
        const double src = rowRatio * r;
        const int r0 = std::max(0, int(std::floor(src)));
        const int r1 = std::min(inH - 1, int(std::ceil(src)));
        const double rowFrac = src - r0;
        const cv::Vec3f *top = rgb.ptr<cv::Vec3f>(r0);
        const cv::Vec3f *bottom = rgb.ptr<cv::Vec3f>(r1);
        cv::Vec3f *dst = out.ptr<cv::Vec3f>(r);
        for (int c = 0; c < width; ++c) {
            const size_t i = size_t(c);
            for (int ch = 0; ch < 3; ++ch) {
                const double tl = top[col0[i]][ch];
                const double tr = top[col1[i]][ch];
                const double bl = bottom[col0[i]][ch];
                const double br = bottom[col1[i]][ch];
                const double t = tl + (tr - tl) * colFrac[i];
                const double b = bl + (br - bl) * colFrac[i];
                dst[c][ch] = float(t + (b - t) * rowFrac);
            }
        }
    }
    return out;
}

cv::Mat assemble(const cv::Mat &rgb, int size, bool centered)
{
    const cv::Mat square = padToSquare(rgb, centered);
    if (square.rows == size && square.cols == size)
        return square;
    return resizeBilinearLegacy(square, size, size);
}

} // namespace fm::faceinput
