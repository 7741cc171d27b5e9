#pragma once

#include "face/facedetector.h"

namespace fm {

/** dlib's HOG + linear SVM frontal face detector (faces from about 80 pixels up). */
class DlibHogDetector : public FaceDetector
{
public:
    DlibHogDetector();
    ~DlibHogDetector() override;

    QString name() const override;
    int minFaceSide() const override { return 80; }
    std::vector<DetectedFace> detect(const cv::Mat &image) override;
    std::unique_ptr<FaceDetector> clone() const override;

    /** Added to the SVM threshold: negative finds more (and more false) faces. */
    void setAdjustThreshold(double value) { m_adjustThreshold = value; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    double m_adjustThreshold = 0.0;
};

} // namespace fm
