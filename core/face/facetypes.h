#pragma once

#include <opencv2/core/types.hpp>

#include <array>

namespace fm {

/** The 68 points of the iBUG 300-W layout (spec/face-networks.md §8), in image pixels. */
using Landmarks68 = std::array<cv::Point2f, 68>;

/** One face found in one image: detector box (pixels), detector score, landmarks. */
struct FaceShape
{
    cv::Rect2f box;
    double score = 0.0;
    Landmarks68 points{};
};

} // namespace fm
