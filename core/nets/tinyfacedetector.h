#pragma once

#include "common/error.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace fm {

/** One detected face: box in image pixels and the detector's confidence in [0,1]. */
struct FaceDetection
{
    cv::Rect2f box;
    float score = 0.f;
};

/**
 * face-api's TinyFaceDetector (a Tiny-YOLOv2 with separable convs) on the published weights
 * (spec/face-networks.md §5): 13x13 grid at input 416, 5 anchors, box decoding and greedy
 * NMS at IoU 0.4. An alternative to dlib's HOG detector.
 */
class TinyFaceDetector
{
public:
    static Result<std::shared_ptr<TinyFaceDetector>> create(const QString &modelDir = {});
    ~TinyFaceDetector();

    /** Network input side: a multiple of 32 (224, 320, 416 default, 608). */
    void setInputSize(int size);
    int inputSize() const { return m_inputSize; }
    void setScoreThreshold(float threshold) { m_scoreThreshold = threshold; }
    float scoreThreshold() const { return m_scoreThreshold; }
    void setIouThreshold(float threshold) { m_iouThreshold = threshold; }

    /** Faces in an 8-bit BGR/BGRA/grey image, highest score first. Empty image: no faces. */
    std::vector<FaceDetection> detect(const cv::Mat &bgrImage) const;
    /** Same on a CV_32FC3 RGB image with values in [0,255]. */
    std::vector<FaceDetection> detectRgb(const cv::Mat &rgbImage) const;
    /**
     * The raw network output for a CV_32FC3 RGB image: a G*G x 25 CV_32F matrix in NHWC
     * order (row = grid cell row-major, column = anchor*5 + {tx,ty,tw,th,objectness}).
     */
    Result<cv::Mat> rawOutputRgb(const cv::Mat &rgbImage) const;

    /** Greedy non-maximum suppression: keeps the best box, drops others with IoU > iou. */
    static std::vector<FaceDetection> nonMaxSuppression(std::vector<FaceDetection> detections,
                                                        float iou);

private:
    TinyFaceDetector();
    struct Private;
    std::unique_ptr<Private> d;
    int m_inputSize = 416;
    float m_scoreThreshold = 0.5f;
    float m_iouThreshold = 0.4f;
};

} // namespace fm
