#pragma once

#include "face/facetypes.h"
#include "synth/facialactions.h"
#include "synth/motionscript.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

/**
 * Makes a still face move: a piecewise-affine warp over a Delaunay mesh of the 68 landmarks,
 * a fixed ring of points around the face and the frame border. Only triangles whose corners
 * move are re-rendered. Paints the mouth's inside when it opens (and a tongue on request),
 * so an opening mouth shows no smeared lip texture. Immutable after construction: render()
 * may be called from several threads at once.
 */
class FaceWarper
{
public:
    FaceWarper(const cv::Mat &baseFrame, const Landmarks68 &neutral);

    const cv::Mat &baseFrame() const { return m_base; }
    const Landmarks68 &neutral() const { return m_neutral; }
    int triangleCount() const { return int(m_triangles.size()); }

    /** The base frame with the landmarks moved by `offsets`. */
    cv::Mat render(const LandmarkOffsets &offsets, bool tongue = false) const;

private:
    void paintMouth(cv::Mat &frame, const std::vector<cv::Point2f> &dst, bool tongue) const;

    cv::Mat m_base;
    Landmarks68 m_neutral;
    std::vector<cv::Point2f> m_points; ///< 68 landmarks, then fixed anchors
    std::vector<cv::Vec3i> m_triangles;
    float m_iod = 1.0f;
    double m_neutralGap = 0.0; ///< inner-lip gap of the neutral face, pixels
};

/**
 * What the camera makes of rendered frame `frame` of `frameCount` (parameters `p`): the slow
 * head drift around the face centre of `neutral`, lighting that changes a little over the
 * clip, and sensor noise drawn from `noise`. Every generated clip and the visibility check
 * film their frames with it, so the check measures what the analysis sees.
 */
cv::Mat filmFrame(const cv::Mat &rendered, const Landmarks68 &neutral, const RepetitionParams &p,
                  int frame, int frameCount, cv::RNG &noise);

} // namespace fm
