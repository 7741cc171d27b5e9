#include "landmarkpredictor.h"

#include "common/modellocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <opencv2/core.hpp>

#include <cmath>
#include <map>

namespace fm {

struct LandmarkPredictor::Private
{
    dlib::shape_predictor predictor;
};

LandmarkPredictor::LandmarkPredictor() : d(std::make_unique<Private>()) {}
LandmarkPredictor::~LandmarkPredictor() = default;

Result<std::shared_ptr<const LandmarkPredictor>> LandmarkPredictor::load(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        const Result<QString> found = ModelLocator::dlibShapePredictor();
        if (!found)
            return found.error();
        file = found.value();
    }
    // Several analyses usually start at once: share one loaded model per file.
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<const LandmarkPredictor>> cache;
    const QMutexLocker lock(&mutex);
    if (auto cached = cache[file].lock())
        return cached;
    if (!QFile::exists(file)) {
        return Error{QCoreApplication::translate("fm::LandmarkPredictor",
                                                 "The landmark model \"%1\" does not exist.")
                         .arg(file),
                     ModelLocator::installHint()};
    }
    std::shared_ptr<LandmarkPredictor> predictor(new LandmarkPredictor);
    try {
        dlib::deserialize(QFile::encodeName(file).toStdString()) >> predictor->d->predictor;
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("fm::LandmarkPredictor",
                                                 "The landmark model \"%1\" could not be read.")
                         .arg(file),
                     QString::fromLocal8Bit(e.what())};
    }
    if (predictor->d->predictor.num_parts() != 68) {
        return Error{QCoreApplication::translate("fm::LandmarkPredictor",
                                                 "The landmark model \"%1\" has %2 points, not 68.")
                         .arg(file)
                         .arg(predictor->d->predictor.num_parts())};
    }
    cache[file] = predictor;
    return std::shared_ptr<const LandmarkPredictor>(predictor);
}

Landmarks68 LandmarkPredictor::predict(const cv::Mat &grey, const cv::Rect2f &box) const
{
    Landmarks68 points{};
    if (grey.empty() || grey.type() != CV_8UC1)
        return points;
    const dlib::cv_image<unsigned char> view(grey);
    const dlib::rectangle rect(long(std::lround(box.x)), long(std::lround(box.y)),
                               long(std::lround(box.x + box.width)),
                               long(std::lround(box.y + box.height)));
    const dlib::full_object_detection shape = d->predictor(view, rect);
    for (unsigned long i = 0; i < shape.num_parts() && i < points.size(); ++i)
        points[i] = cv::Point2f(float(shape.part(i).x()), float(shape.part(i).y()));
    return points;
}

} // namespace fm
