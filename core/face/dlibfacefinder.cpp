#include "dlibfacefinder.h"

#include "common/modellocator.h"

#include <QCoreApplication>
#include <QFile>

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
    dlib::shape_predictor predictor;
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
    if (!QFile::exists(path)) {
        return Error{QCoreApplication::translate("fm::DlibFaceFinder",
                                                 "The landmark model \"%1\" does not exist.")
                         .arg(path)};
    }
    std::shared_ptr<DlibFaceFinder> finder(new DlibFaceFinder);
    try {
        dlib::deserialize(QFile::encodeName(path).toStdString()) >> finder->d->predictor;
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("fm::DlibFaceFinder",
                                                 "The landmark model \"%1\" could not be read.")
                         .arg(path),
                     QString::fromLocal8Bit(e.what())};
    }
    if (finder->d->predictor.num_parts() != 68) {
        return Error{QCoreApplication::translate("fm::DlibFaceFinder",
                                                 "The landmark model \"%1\" has %2 points, not 68.")
                         .arg(path)
                         .arg(finder->d->predictor.num_parts())};
    }
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
    const cv::Mat grey = toGrey(image);
    const dlib::cv_image<unsigned char> view(grey);
    const dlib::rectangle rect(long(std::lround(box.x)), long(std::lround(box.y)),
                               long(std::lround(box.x + box.width)),
                               long(std::lround(box.y + box.height)));
    const dlib::full_object_detection shape = d->predictor(view, rect);
    Landmarks68 points{};
    for (unsigned long i = 0; i < shape.num_parts() && i < points.size(); ++i)
        points[i] = cv::Point2f(float(shape.part(i).x()), float(shape.part(i).y()));
    return points;
}

std::vector<FaceShape> DlibFaceFinder::findFaces(const cv::Mat &image) const
{
    std::vector<FaceShape> faces;
    for (const auto &[box, score] : detectScored(image))
        faces.push_back(FaceShape{box, score, landmarks(image, box)});
    return faces;
}

} // namespace fm
