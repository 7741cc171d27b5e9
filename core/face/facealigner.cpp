#include "facealigner.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fm {

namespace {

cv::Point2f meanOf(const Landmarks68 &points, int first, int last)
{
    cv::Point2f sum(0.f, 0.f);
    for (int i = first; i <= last; ++i)
        sum += points[size_t(i)];
    return sum * (1.f / float(last - first + 1));
}

} // namespace

cv::Point2f FaceAligner::leftEyeCentre(const Landmarks68 &points)
{
    return meanOf(points, 36, 41);
}

cv::Point2f FaceAligner::rightEyeCentre(const Landmarks68 &points)
{
    return meanOf(points, 42, 47);
}

cv::Matx23d FaceAligner::transformFor(cv::Point2f leftEye, cv::Point2f rightEye) const
{
    const double dx = double(rightEye.x) - leftEye.x;
    const double dy = double(rightEye.y) - leftEye.y;
    const double distance = std::max(1e-6, std::hypot(dx, dy));
    const double side = m_layout.cropSize;
    const double scale = m_layout.interOcular * side / distance;
    const double angle = std::atan2(dy, dx); // rotate by -angle to level the eyes
    const double c = std::cos(-angle) * scale;
    const double s = std::sin(-angle) * scale;
    const cv::Point2d mid((leftEye.x + rightEye.x) * 0.5, (leftEye.y + rightEye.y) * 0.5);
    const cv::Point2d target(side * 0.5, m_layout.eyeY * side);
    // crop = R*s * (p - mid) + target
    return cv::Matx23d(c, -s, target.x - (c * mid.x - s * mid.y), //
                       s, c, target.y - (s * mid.x + c * mid.y));
}

cv::Matx23d FaceAligner::transformFor(const Landmarks68 &points) const
{
    return transformFor(leftEyeCentre(points), rightEyeCentre(points));
}

cv::Mat FaceAligner::crop(const cv::Mat &image, const cv::Matx23d &transform) const
{
    cv::Mat out;
    if (image.empty())
        return out;
    cv::warpAffine(image, out, cv::Mat(transform), cv::Size(m_layout.cropSize, m_layout.cropSize),
                   cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

cv::Point2f FaceAligner::map(const cv::Matx23d &t, cv::Point2f p)
{
    return cv::Point2f(float(t(0, 0) * p.x + t(0, 1) * p.y + t(0, 2)),
                       float(t(1, 0) * p.x + t(1, 1) * p.y + t(1, 2)));
}

} // namespace fm
