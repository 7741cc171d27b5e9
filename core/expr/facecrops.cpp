#include "facecrops.h"

#include "face/dlibfacefinder.h"
#include "nets/faceapifacefinder.h"
#include "nets/facerecognizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace fm {

Result<std::shared_ptr<ExprFaceFinder>> ExprFaceFinder::create(Backend backend)
{
    std::shared_ptr<ExprFaceFinder> finder(new ExprFaceFinder);
    finder->m_backend = backend;
    if (backend == Backend::Dlib) {
        auto dlib = DlibFaceFinder::create();
        if (!dlib)
            return dlib.error();
        finder->m_dlib = dlib.value();
    } else {
        auto faceApi = FaceApiFaceFinder::create();
        if (!faceApi)
            return faceApi.error();
        finder->m_faceApi = faceApi.value();
    }
    return finder;
}

ExprFaceFinder::~ExprFaceFinder() = default;

std::vector<FaceShape> ExprFaceFinder::findFaces(const cv::Mat &bgr) const
{
    if (bgr.empty())
        return {};
    std::vector<FaceShape> faces = m_dlib ? m_dlib->findFaces(bgr) : m_faceApi->findFaces(bgr);
    std::stable_sort(faces.begin(), faces.end(), [](const FaceShape &a, const FaceShape &b) {
        return a.box.area() > b.box.area();
    });
    return faces;
}

Result<FaceShape> ExprFaceFinder::largestFace(const cv::Mat &bgr) const
{
    if (bgr.empty())
        return Error{QCoreApplication::translate("fm::ExprFaceFinder", "The image is empty.")};
    const std::vector<FaceShape> faces = findFaces(bgr);
    if (faces.empty())
        return Error{
            QCoreApplication::translate("fm::ExprFaceFinder", "No face was found in the image.")};
    return faces.front();
}

cv::Mat ExprFaceFinder::crop(const cv::Mat &bgr, const Landmarks68 &points)
{
    return FaceRecognizer::alignedCrop(bgr, points).clone();
}

} // namespace fm
