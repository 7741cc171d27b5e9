#pragma once

#include "face/facetypes.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

namespace fm {

/** Where the eyes go in an aligned crop, as fractions of the crop side. */
struct AlignmentTemplate
{
    int cropSize = 112;        ///< the feature extractors' input side
    double eyeY = 0.40;        ///< eye line height
    double interOcular = 0.30; ///< distance between the two eye centres
};

/**
 * Aligned square face crops: eyes level, a fixed inter-ocular distance, the eye midpoint at a
 * fixed place. The transform is a similarity (rotation, scale, translation) from the image
 * to the crop, built from the two eye centres (mean of landmarks 36-41 and 42-47).
 */
class FaceAligner
{
public:
    explicit FaceAligner(AlignmentTemplate layout = {}) : m_layout(layout) {}

    const AlignmentTemplate &layout() const { return m_layout; }

    /** Image-left eye centre (landmarks 36-41) and image-right eye centre (42-47). */
    static cv::Point2f leftEyeCentre(const Landmarks68 &points);
    static cv::Point2f rightEyeCentre(const Landmarks68 &points);

    /** The 2x3 image-to-crop transform for the given eye centres. */
    cv::Matx23d transformFor(cv::Point2f leftEye, cv::Point2f rightEye) const;
    cv::Matx23d transformFor(const Landmarks68 &points) const;
    /** Warps `image` into a cropSize x cropSize crop (replicating border pixels). */
    cv::Mat crop(const cv::Mat &image, const cv::Matx23d &transform) const;

    /** Maps points through a 2x3 transform. */
    static cv::Point2f map(const cv::Matx23d &transform, cv::Point2f p);

private:
    AlignmentTemplate m_layout;
};

} // namespace fm
