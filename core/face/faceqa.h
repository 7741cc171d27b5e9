#pragma once

#include "face/facetypes.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace cv {
class Mat;
}

namespace fm {

/** FaceQA thresholds and patch settings (seed 002, "Automatic Face Quality Assessment"). */
struct FaceQaOptions
{
    double minSharpness = 3.0;     ///< reject below (mean |P - P*G| in grey levels)
    double maxAbsYaw = 50.0;       ///< reject beyond (degrees)
    int patchSize = 24;            ///< M: eye patch side in the normalised face
    double normInterOcular = 70.0; ///< faces are normalised to this eye distance first
    double blurSigma = 1.5;        ///< Gaussian f
};

/**
 * Head pose in degrees: yaw > 0 turns the face towards image-right, pitch > 0 tilts it up,
 * roll > 0 turns it clockwise in the image. Rotation = Rz(roll) * Ry(yaw) * Rx(pitch).
 */
struct HeadPose
{
    bool valid = false;
    double yaw = 0.0;
    double pitch = 0.0;
    double roll = 0.0;
};

/** One face's quality: eye-patch sharpness, head pose and the accept/reject decision. */
struct FaceQuality
{
    double sharpness = 0.0;
    HeadPose pose;
    bool sharpEnough = false;
    bool frontalEnough = false;
    bool accepted() const { return sharpEnough && frontalEnough; }
};

/** Per-clip FaceQA summary over the frames with a face. */
struct FaceQaSummary
{
    int faces = 0;
    int accepted = 0;
    int blurry = 0;
    int sideways = 0;
    double medianSharpness = 0.0;
    double medianAbsYaw = 0.0;
    double maxAbsYaw = 0.0;
};

/**
 * FaceQA of seed 002: sharpness = mean absolute difference between the M x M patches around
 * the two eyes (after normalising the face to a fixed eye distance) and their Gaussian-blurred
 * copies; yaw, pitch and roll from cv::solvePnP on landmarks 30, 8, 36, 45, 48, 54 with the
 * generic 3D model of spec/face-networks.md §9, its x/y calibrated to dlib's mean frontal
 * face shape so a frontal face reads 0/0/0 (f = image width, principal point on the nose tip).
 */
class FaceQa
{
public:
    explicit FaceQa(FaceQaOptions options = {}) : m_options(options) {}
    const FaceQaOptions &options() const { return m_options; }

    /** Eye-patch sharpness of a face in an 8-bit grey image. */
    double sharpness(const cv::Mat &grey, const Landmarks68 &points) const;
    /** Head pose of a face in an image of `imageSize`. */
    static HeadPose headPose(const Landmarks68 &points, cv::Size imageSize);
    /**
     * Eye aspect ratio (Soukupová & Čech 2016), both eyes averaged: lid-to-lid height over
     * corner-to-corner width. Open eyes read about 0.25–0.40; below ~0.2 they are closed or
     * nearly so.
     */
    static double eyeAspectRatio(const Landmarks68 &points);
    /** Both measures and the decision. */
    FaceQuality assess(const cv::Mat &grey, const Landmarks68 &points) const;
    /** Summary over several faces. */
    static FaceQaSummary summarise(const std::vector<FaceQuality> &faces);

    /**
     * The six 3D model points (model y up) in the order 30, 8, 36, 45, 48, 54: the spec's
     * depths with dlib's mean-shape x/y (see faceqa.cpp).
     */
    static std::vector<cv::Point3d> modelPoints();
    static const int kPoseLandmarks[6];

private:
    FaceQaOptions m_options;
};

} // namespace fm
