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
#include <fstream>
#include <map>

namespace fm {

/**
 * The cascade of dlib::shape_predictor, read from the same file with dlib's own deserialisers
 * and run with dlib's own feature and tree functions, except that the result stays in floating
 * point: dlib's operator() rounds every landmark to whole pixels, which at a typical webcam
 * face (inter-ocular distance ~80 px) is 1/80 of the face and hides subtle motion.
 */
struct LandmarkPredictor::Private
{
    dlib::matrix<float, 0, 1> initialShape;
    std::vector<std::vector<dlib::impl::regression_tree>> forests;
    std::vector<std::vector<unsigned long>> anchorIdx;
    std::vector<std::vector<dlib::vector<float, 2>>> deltas;

    unsigned long parts() const { return initialShape.size() / 2; }

    void read(std::istream &in)
    {
        int version = 0;
        dlib::deserialize(version, in);
        if (version != 1)
            throw dlib::serialization_error("unexpected shape_predictor version "
                                            + std::to_string(version));
        dlib::deserialize(initialShape, in);
        dlib::deserialize(forests, in);
        dlib::deserialize(anchorIdx, in);
        dlib::deserialize(deltas, in);
        if (anchorIdx.size() != forests.size() || deltas.size() != forests.size())
            throw dlib::serialization_error("inconsistent shape_predictor cascade");
    }
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
        std::ifstream in(QFile::encodeName(file).toStdString(), std::ios::binary);
        if (!in)
            throw dlib::serialization_error("cannot open the file");
        predictor->d->read(in);
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("fm::LandmarkPredictor",
                                                 "The landmark model \"%1\" could not be read.")
                         .arg(file),
                     QString::fromLocal8Bit(e.what())};
    }
    if (predictor->d->parts() != 68) {
        return Error{QCoreApplication::translate("fm::LandmarkPredictor",
                                                 "The landmark model \"%1\" has %2 points, not 68.")
                         .arg(file)
                         .arg(predictor->d->parts())};
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
    dlib::matrix<float, 0, 1> shape = d->initialShape;
    std::vector<float> pixels;
    for (size_t level = 0; level < d->forests.size(); ++level) {
        dlib::impl::extract_feature_pixel_values(view, rect, shape, d->initialShape,
                                                 d->anchorIdx[level], d->deltas[level], pixels);
        unsigned long leaf = 0;
        for (const dlib::impl::regression_tree &tree : d->forests[level])
            shape += tree(pixels, leaf);
    }
    // dlib's rectangle spans [left, right] inclusive; its unnormalising transform maps the
    // unit square onto it. Kept in floating point (dlib's own output is rounded here).
    const dlib::point_transform_affine toImage = dlib::impl::unnormalizing_tform(rect);
    for (unsigned long i = 0; i < d->parts() && i < points.size(); ++i) {
        const dlib::vector<double, 2> p = toImage(dlib::impl::location(shape, i));
        points[i] = cv::Point2f(float(p.x()), float(p.y()));
    }
    return points;
}

} // namespace fm
