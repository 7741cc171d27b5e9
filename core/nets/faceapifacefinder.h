#pragma once

#include "common/error.h"
#include "face/facetypes.h"
#include "nets/facefeaturenet.h"
#include "nets/tinyfacedetector.h"

#include <QString>

#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace fm {

/**
 * face-api's detector + landmark net with the same calls as DlibFaceFinder (detect, landmarks,
 * findFaces), so the analysis pipeline can switch between dlib and face-api per setting.
 * Uses the full landmark-68 net or the tiny one. Not thread-safe: one instance per thread.
 */
class FaceApiFaceFinder
{
public:
    static Result<std::shared_ptr<FaceApiFaceFinder>> create(bool tinyLandmarks = false,
                                                             const QString &modelDir = {});

    /** Detector input side (multiple of 32; 416 default, 608 for small faces). */
    void setInputSize(int size) { m_detector->setInputSize(size); }
    void setScoreThreshold(float threshold) { m_detector->setScoreThreshold(threshold); }

    /** Face boxes with scores in an 8-bit BGR image, highest score first. */
    std::vector<FaceDetection> detect(const cv::Mat &image) const;
    /** The 68 landmarks inside `box`; all zero if the box lies outside the image. */
    Landmarks68 landmarks(const cv::Mat &image, const cv::Rect2f &box) const;
    /** detect() then landmarks() for every face, highest score first. */
    std::vector<FaceShape> findFaces(const cv::Mat &image) const;

    const TinyFaceDetector &detector() const { return *m_detector; }
    const FaceFeatureNet &landmarkNet() const { return *m_landmarks; }

private:
    std::shared_ptr<TinyFaceDetector> m_detector;
    std::shared_ptr<FaceFeatureNet> m_landmarks;
};

} // namespace fm
