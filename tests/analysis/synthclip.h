#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace fm::testing {

/** A real face cut from a demo photo, framed for a video, with its landmarks. */
struct FaceFrame
{
    cv::Mat image; ///< BGR, the clip's frame size
    Landmarks68 points{};
    QString source;
};

/** Which facial region moves in a synthetic clip, and when (frame indices). */
struct SyntheticMotion
{
    enum Region { Mouth, Brows, None };
    Region region = Mouth;
    int frames = 90;
    int onset = 30;          ///< first frame that differs from the rest face
    int apexStart = 40;      ///< fully displaced from here ...
    int apexEnd = 50;        ///< ... to here
    int offset = 60;         ///< last frame that differs from the rest face
    double amplitude = 0.35; ///< largest displacement in inter-ocular distances
    double jitterPx = 1.0;   ///< global head jitter (pixels, SD)
    double noise = 2.0;      ///< sensor noise (grey levels, SD)
    unsigned seed = 1;
};

/**
 * The `rank`-th most frontal large face of the face-api demo photos, cropped and scaled so it
 * fills `size` like a webcam recording (face about 0.4 of the frame height).
 */
Result<FaceFrame> demoFace(cv::Size size, int rank = 0);

/**
 * Renders frame `t` of a synthetic clip: the face with a region smoothly displaced (Gaussian
 * radial-basis interpolation of landmark displacements, raised-cosine timing) and jittered.
 */
class MotionRenderer
{
public:
    MotionRenderer(const FaceFrame &face, const SyntheticMotion &motion);
    cv::Mat frame(int t);
    /** Displacement strength 0..1 at frame t. */
    double strength(int t) const;

private:
    FaceFrame m_face;
    SyntheticMotion m_motion;
    cv::Mat m_dx, m_dy; ///< displacement field at full strength (pixels)
    cv::RNG m_rng;
};

/** Writes a whole synthetic clip with ClipWriter; returns the path or the error. */
Result<QString> writeSyntheticClip(const QString &path, const FaceFrame &face,
                                   const SyntheticMotion &motion, double fps = 30.0);

} // namespace fm::testing
