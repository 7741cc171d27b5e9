#pragma once

#include <QString>

#include <opencv2/core/types.hpp>

#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace fm {

/** One face box a detector found: pixels of the image it was given, and a detector score. */
struct DetectedFace
{
    cv::Rect2f box;
    double score = 0.0;
};

/**
 * A face detector the analysis pipeline can use (dlib HOG today; face-api's tiny detector
 * from core/nets can implement the same interface). The pipeline does all resizing: it hands
 * the detector an image scaled so the faces it wants are at least minFaceSide() pixels.
 * Instances are not thread-safe; clone() makes an independent one for another thread.
 */
class FaceDetector
{
public:
    virtual ~FaceDetector() = default;

    /** Short name for reports and JSON, e.g. "dlib-hog". */
    virtual QString name() const = 0;
    /** Smallest face side (pixels) found reliably at the image's own resolution. */
    virtual int minFaceSide() const = 0;
    /** Faces in an 8-bit grey or BGR image, boxes in that image's pixels, any order. */
    virtual std::vector<DetectedFace> detect(const cv::Mat &image) = 0;
    /** A new detector with the same settings, for use on another thread. */
    virtual std::unique_ptr<FaceDetector> clone() const = 0;
};

} // namespace fm
