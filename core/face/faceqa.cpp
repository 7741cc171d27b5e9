#include "faceqa.h"

#include "face/facealigner.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fm {

const int FaceQa::kPoseLandmarks[6] = {30, 8, 36, 45, 48, 54};

std::vector<cv::Point3d> FaceQa::modelPoints()
{
    // The generic model of spec/face-networks.md §9 (nose tip, chin, eye corners, mouth corners)
    // keeps its depths (z) and eye-corner width (450), but its x/y are those of dlib's own mean
    // face shape (the shape predictor's initial shape, a frontal face: eye corners 0.2315,
    // mouth corners 0.2041 and chin 0.5227 eye-corner distances from the nose tip vertically,
    // mouth corners 0.3658 apart). With the spec's proportions (chin 330 below the nose
    // instead of 411) dlib's points on a frontal face read a pitch of about -22 degrees.
    return {{0.0, 0.0, 0.0},        {0.0, -411.0, -65.0},     {-225.0, 182.0, -135.0},
            {225.0, 182.0, -135.0}, {-143.8, -160.5, -125.0}, {143.8, -160.5, -125.0}};
}

double FaceQa::sharpness(const cv::Mat &grey, const Landmarks68 &points) const
{
    if (grey.empty() || grey.type() != CV_8UC1)
        return 0.0;
    const cv::Point2f left = FaceAligner::leftEyeCentre(points);
    const cv::Point2f right = FaceAligner::rightEyeCentre(points);
    const double distance = std::hypot(double(right.x - left.x), double(right.y - left.y));
    if (distance < 1.0)
        return 0.0;
    const int m = std::max(4, m_options.patchSize);
    const int margin = int(std::ceil(3.0 * m_options.blurSigma)) + 1;
    const int side = m + 2 * margin;
    const double scale = m_options.normInterOcular / distance;
    const double angle = std::atan2(double(right.y - left.y), double(right.x - left.x));
    const double c = std::cos(-angle) * scale;
    const double s = std::sin(-angle) * scale;
    double total = 0.0;
    for (const cv::Point2f &eye : {left, right}) {
        // Patch centred on the eye in the normalised (eyes level, fixed distance) face.
        const cv::Matx23d t(c, -s, side * 0.5 - (c * eye.x - s * eye.y), //
                            s, c, side * 0.5 - (s * eye.x + c * eye.y));
        cv::Mat patch;
        cv::warpAffine(grey, patch, cv::Mat(t), cv::Size(side, side), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        cv::Mat patchF, blurred;
        patch.convertTo(patchF, CV_32F);
        cv::GaussianBlur(patchF, blurred, cv::Size(0, 0), m_options.blurSigma);
        const cv::Rect inner(margin, margin, m, m);
        cv::Mat diff;
        cv::absdiff(patchF(inner), blurred(inner), diff);
        total += cv::mean(diff)[0];
    }
    return total / 2.0;
}

HeadPose FaceQa::headPose(const Landmarks68 &points, cv::Size imageSize)
{
    HeadPose pose;
    if (imageSize.width <= 0 || imageSize.height <= 0)
        return pose;
    // Camera-style model coordinates: x right, y down (model y is up), z away from the camera.
    std::vector<cv::Point3d> model;
    for (const cv::Point3d &p : modelPoints())
        model.emplace_back(p.x, -p.y, -p.z);
    std::vector<cv::Point2d> image;
    for (int index : kPoseLandmarks)
        image.emplace_back(points[size_t(index)].x, points[size_t(index)].y);
    // f = image width as in the spec, but the principal point on the nose tip: the pose is
    // then relative to the line of sight to the face. With the image centre (the spec's
    // choice) a face away from the centre is seen obliquely, and with a generic 3D model the
    // fit turns that into a large yaw: a symmetric frontal face near a photo's edge came out
    // at 33 degrees (0 when centred).
    const double f = imageSize.width;
    const cv::Matx33d camera(f, 0, image[0].x, 0, f, image[0].y, 0, 0, 1);
    cv::Mat rvec, tvec;
    // Start from a frontal face in front of the camera so the iteration does not flip.
    rvec = cv::Mat::zeros(3, 1, CV_64F);
    const double eyeDistance = std::max(1.0, cv::norm(image[3] - image[2]));
    tvec = (cv::Mat_<double>(3, 1) << 0.0, 0.0, f * 450.0 / eyeDistance);
    bool ok = false;
    try {
        ok = cv::solvePnP(model, image, camera, cv::noArray(), rvec, tvec, true,
                          cv::SOLVEPNP_ITERATIVE);
    } catch (const cv::Exception &) {
        ok = false;
    }
    if (!ok)
        return pose;
    cv::Mat rotation;
    cv::Rodrigues(rvec, rotation);
    cv::Mat mtxR, mtxQ;
    const cv::Vec3d euler = cv::RQDecomp3x3(rotation, mtxR, mtxQ);
    // euler: rotations about camera x (pitch, down positive), y (yaw), z (roll), degrees.
    pose.valid = std::isfinite(euler[0]) && std::isfinite(euler[1]) && std::isfinite(euler[2])
                 && tvec.at<double>(2) > 0;
    pose.pitch = -euler[0];
    pose.yaw = -euler[1];
    pose.roll = euler[2];
    return pose;
}

double FaceQa::eyeAspectRatio(const Landmarks68 &p)
{
    const auto ratio = [&p](int corner) {
        const double width = cv::norm(p[size_t(corner)] - p[size_t(corner + 3)]);
        const double height = cv::norm(p[size_t(corner + 1)] - p[size_t(corner + 5)])
                              + cv::norm(p[size_t(corner + 2)] - p[size_t(corner + 4)]);
        return width > 0 ? height / (2.0 * width) : 0.0;
    };
    return 0.5 * (ratio(36) + ratio(42));
}

FaceQuality FaceQa::assess(const cv::Mat &grey, const Landmarks68 &points) const
{
    FaceQuality q;
    q.sharpness = sharpness(grey, points);
    q.pose = headPose(points, grey.size());
    q.sharpEnough = q.sharpness >= m_options.minSharpness;
    q.frontalEnough = q.pose.valid && std::abs(q.pose.yaw) <= m_options.maxAbsYaw;
    return q;
}

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    return values[mid];
}

} // namespace

FaceQaSummary FaceQa::summarise(const std::vector<FaceQuality> &faces)
{
    FaceQaSummary summary;
    std::vector<double> sharpness, yaw;
    for (const FaceQuality &q : faces) {
        ++summary.faces;
        summary.accepted += q.accepted() ? 1 : 0;
        summary.blurry += q.sharpEnough ? 0 : 1;
        summary.sideways += q.frontalEnough ? 0 : 1;
        sharpness.push_back(q.sharpness);
        yaw.push_back(std::abs(q.pose.yaw));
        summary.maxAbsYaw = std::max(summary.maxAbsYaw, std::abs(q.pose.yaw));
    }
    summary.medianSharpness = median(sharpness);
    summary.medianAbsYaw = median(yaw);
    return summary;
}

} // namespace fm
