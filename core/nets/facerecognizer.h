#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace fm {

/**
 * face-api's FaceRecognitionNet (port of dlib's ResNet-29 face descriptor) on the published
 * weights (spec/face-networks.md §6): 150x150 face crop -> 128-d descriptor, Euclidean
 * distance < 0.6 = same person. Used for identity checks and clustering.
 */
class FaceRecognizer
{
public:
    static constexpr int kInputSize = 150;
    static constexpr int kDescriptorSize = 128;
    static constexpr float kSamePersonDistance = 0.6f;

    static Result<std::shared_ptr<FaceRecognizer>> create(const QString &modelDir = {});
    ~FaceRecognizer();

    /** Descriptors of 8-bit BGR face crops (any size; centered pad + resize): N x 128 CV_32F. */
    Result<cv::Mat> descriptors(const std::vector<cv::Mat> &bgrCrops) const;
    /** Same on CV_32FC3 RGB crops with values in [0,255]. */
    Result<cv::Mat> descriptorsRgb(const std::vector<cv::Mat> &rgbCrops) const;

    /**
     * face-api's alignedRect: the bounding box of the 68 points grown by 20% of its width and
     * height (axis-aligned), as used to crop faces for the descriptor.
     */
    static cv::Rect2f alignedRect(const Landmarks68 &points);
    /** The crop of `alignedRect(points)` clipped to the image (floored like face-api). */
    static cv::Mat alignedCrop(const cv::Mat &image, const Landmarks68 &points);

    static float distance(const float *a, const float *b, int n = kDescriptorSize);

private:
    FaceRecognizer();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
