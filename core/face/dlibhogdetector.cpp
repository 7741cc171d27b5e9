#include "dlibhogdetector.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>

#include <opencv2/imgproc.hpp>

namespace fm {

struct DlibHogDetector::Private
{
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
};

DlibHogDetector::DlibHogDetector() : d(std::make_unique<Private>()) {}
DlibHogDetector::~DlibHogDetector() = default;

QString DlibHogDetector::name() const
{
    return QStringLiteral("dlib-hog");
}

std::vector<DetectedFace> DlibHogDetector::detect(const cv::Mat &image)
{
    std::vector<DetectedFace> faces;
    if (image.empty() || image.depth() != CV_8U)
        return faces;
    cv::Mat grey = image;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    if (!grey.isContinuous())
        grey = grey.clone();
    const dlib::cv_image<unsigned char> view(grey);
    std::vector<dlib::rect_detection> found;
    d->detector(view, found, m_adjustThreshold);
    for (const dlib::rect_detection &r : found) {
        faces.push_back(DetectedFace{cv::Rect2f(float(r.rect.left()), float(r.rect.top()),
                                                float(r.rect.width()), float(r.rect.height())),
                                     r.detection_confidence});
    }
    return faces;
}

std::unique_ptr<FaceDetector> DlibHogDetector::clone() const
{
    auto copy = std::make_unique<DlibHogDetector>();
    copy->m_adjustThreshold = m_adjustThreshold;
    return copy;
}

} // namespace fm
