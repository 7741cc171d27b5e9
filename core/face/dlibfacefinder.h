#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>

#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace fm {

/**
 * dlib's HOG frontal face detector plus its 68-point shape predictor.
 * Detection runs on a copy downscaled so its longer side is at most `detectSide` pixels;
 * boxes come back in full-resolution pixels. Not thread-safe: use one instance per thread.
 */
class DlibFaceFinder
{
public:
    /** Loads the shape predictor (ModelLocator::dlibShapePredictor() when path is empty). */
    static Result<std::shared_ptr<DlibFaceFinder>> create(const QString &predictorPath = {});
    ~DlibFaceFinder();

    DlibFaceFinder(const DlibFaceFinder &) = delete;
    DlibFaceFinder &operator=(const DlibFaceFinder &) = delete;

    void setDetectSide(int pixels) { m_detectSide = pixels; }
    int detectSide() const { return m_detectSide; }

    /** Face boxes in an 8-bit BGR or grey image, largest first. */
    std::vector<cv::Rect2f> detect(const cv::Mat &image) const;
    /** Like detect(), with the HOG detector's confidence (> 0; higher is more face-like). */
    std::vector<std::pair<cv::Rect2f, double>> detectScored(const cv::Mat &image) const;
    /** The 68 landmarks inside `box` of an 8-bit BGR or grey image. */
    Landmarks68 landmarks(const cv::Mat &image, const cv::Rect2f &box) const;
    /** detect() then landmarks() for every face, largest first. */
    std::vector<FaceShape> findFaces(const cv::Mat &image) const;

private:
    DlibFaceFinder();
    struct Private;
    std::unique_ptr<Private> d;
    int m_detectSide = 480;
};

} // namespace fm
