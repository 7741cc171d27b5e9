#include "dlibfacefinder.h"

#include "common/modellocator.h"
#include "face/landmarkpredictor.h"

#include <QCoreApplication>

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fm {

struct DlibFaceFinder::Private
{
    // frontal_face_detector::operator() is not const-callable; the finder is one-per-thread.
    mutable dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    std::shared_ptr<const LandmarkPredictor> predictor; // shared by every finder and analyzer
};

DlibFaceFinder::DlibFaceFinder() : d(std::make_unique<Private>()) {}
DlibFaceFinder::~DlibFaceFinder() = default;

Result<std::shared_ptr<DlibFaceFinder>> DlibFaceFinder::create(const QString &predictorPath)
{
    QString path = predictorPath;
    if (path.isEmpty()) {
        const Result<QString> found = ModelLocator::dlibShapePredictor();
        if (!found)
            return found.error();
        path = found.value();
    }
    // One loaded model (~100 MB) for the whole process: LandmarkPredictor caches it per file.
    const Result<std::shared_ptr<const LandmarkPredictor>> predictor = LandmarkPredictor::load(path);
    if (!predictor)
        return predictor.error();
    std::shared_ptr<DlibFaceFinder> finder(new DlibFaceFinder);
    finder->d->predictor = predictor.value();
    return finder;
}

namespace {

cv::Mat toGrey(const cv::Mat &image)
{
    if (image.channels() == 1)
        return image;
    cv::Mat grey;
    cv::cvtColor(image, grey, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return grey;
}

} // namespace

std::vector<cv::Rect2f> DlibFaceFinder::detect(const cv::Mat &image) const
{
    std::vector<cv::Rect2f> boxes;
    for (const auto &[box, score] : detectScored(image))
        boxes.push_back(box);
    return boxes;
}

std::vector<std::pair<cv::Rect2f, double>> DlibFaceFinder::detectScored(const cv::Mat &image) const
{
    std::vector<std::pair<cv::Rect2f, double>> boxes;
    if (image.empty())
        return boxes;
    cv::Mat grey = toGrey(image);
    const int longSide = std::max(grey.cols, grey.rows);
    double scale = 1.0;
    if (m_detectSide > 0 && longSide > m_detectSide) {
        scale = double(m_detectSide) / longSide;
        cv::resize(grey, grey, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    const dlib::cv_image<unsigned char> view(grey);
    std::vector<dlib::rect_detection> found;
    d->detector(view, found);
    for (const dlib::rect_detection &det : found) {
        const dlib::rectangle &r = det.rect;
        boxes.emplace_back(cv::Rect2f(float(r.left() / scale), float(r.top() / scale),
                                      float(r.width() / scale), float(r.height() / scale)),
                           det.detection_confidence);
    }
    std::sort(boxes.begin(), boxes.end(),
              [](const auto &a, const auto &b) { return a.first.area() > b.first.area(); });
    return boxes;
}

Landmarks68 DlibFaceFinder::landmarks(const cv::Mat &image, const cv::Rect2f &box) const
{
    return d->predictor->predict(toGrey(image), box);
}

std::vector<FaceShape> DlibFaceFinder::findFaces(const cv::Mat &image) const
{
    std::vector<FaceShape> faces;
    for (const auto &[box, score] : detectScored(image))
        faces.push_back(FaceShape{box, score, landmarks(image, box)});
    return faces;
}

} // namespace fm
