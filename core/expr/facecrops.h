#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace fm {

class DlibFaceFinder;
class FaceApiFaceFinder;

/**
 * Face finding for the expression pipeline: dlib's HOG detector + 68-point predictor (default,
 * the landmarks FaceQA is tuned on) or face-api's tiny detector + landmark net, and the one
 * crop both networks take (face-api's alignedRect: landmark box grown by 20%).
 * Not thread-safe: one instance per thread.
 */
class ExprFaceFinder
{
public:
    enum class Backend { Dlib, FaceApi };

    static Result<std::shared_ptr<ExprFaceFinder>> create(Backend backend = Backend::Dlib);
    ~ExprFaceFinder();

    Backend backend() const { return m_backend; }
    /** Faces with landmarks in an 8-bit BGR image, largest first. */
    std::vector<FaceShape> findFaces(const cv::Mat &bgr) const;
    /** The largest face of an image, or an error saying none was found. */
    Result<FaceShape> largestFace(const cv::Mat &bgr) const;
    /** The face crop for FEENet and the recognition net (a copy, safe to keep). */
    static cv::Mat crop(const cv::Mat &bgr, const Landmarks68 &points);

private:
    ExprFaceFinder() = default;
    Backend m_backend = Backend::Dlib;
    std::shared_ptr<DlibFaceFinder> m_dlib;
    std::shared_ptr<FaceApiFaceFinder> m_faceApi;
};

} // namespace fm
