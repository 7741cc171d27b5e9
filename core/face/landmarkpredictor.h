#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>

#include <memory>

namespace cv {
class Mat;
}

namespace fm {

/**
 * dlib's 68-point shape predictor (iBUG 300-W layout). Loaded once (~100 MB) and shared:
 * predict() is const and safe to call from several threads at once.
 */
class LandmarkPredictor
{
public:
    /** Loads the model (ModelLocator::dlibShapePredictor() when path is empty). */
    static Result<std::shared_ptr<const LandmarkPredictor>> load(const QString &path = {});
    ~LandmarkPredictor();

    /** The 68 landmarks of the face in `box` of an 8-bit grey image. */
    Landmarks68 predict(const cv::Mat &grey, const cv::Rect2f &box) const;

private:
    LandmarkPredictor();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
