#include "faceapifacefinder.h"

namespace fm {

Result<std::shared_ptr<FaceApiFaceFinder>> FaceApiFaceFinder::create(bool tinyLandmarks,
                                                                     const QString &modelDir)
{
    auto detector = TinyFaceDetector::create(modelDir);
    if (!detector)
        return detector.error();
    auto landmarks = FaceFeatureNet::create(tinyLandmarks ? FaceFeatureNet::Kind::Landmark68Tiny
                                                          : FaceFeatureNet::Kind::Landmark68,
                                            modelDir);
    if (!landmarks)
        return landmarks.error();
    auto finder = std::make_shared<FaceApiFaceFinder>();
    finder->m_detector = detector.value();
    finder->m_landmarks = landmarks.value();
    return finder;
}

std::vector<FaceDetection> FaceApiFaceFinder::detect(const cv::Mat &image) const
{
    return m_detector->detect(image);
}

Landmarks68 FaceApiFaceFinder::landmarks(const cv::Mat &image, const cv::Rect2f &box) const
{
    const Result<Landmarks68> points = m_landmarks->landmarks(image, box);
    return points ? points.value() : Landmarks68{};
}

std::vector<FaceShape> FaceApiFaceFinder::findFaces(const cv::Mat &image) const
{
    std::vector<FaceShape> faces;
    for (const FaceDetection &detection : detect(image)) {
        const Result<Landmarks68> points = m_landmarks->landmarks(image, detection.box);
        if (points)
            faces.push_back(FaceShape{detection.box, detection.score, points.value()});
    }
    return faces;
}

} // namespace fm
