#pragma once

#include "face/facetypes.h"
#include "spatialfeatureextractor.h"

#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <array>
#include <memory>

namespace fm {

/**
 * face-api's FaceFeatureExtractor with one of its heads, on the published weights
 * (spec/face-networks.md §4): Landmark68 (SFE-L, 256-d features, 68 points), Expression
 * (SFE-E, same layout, 7 classes) and Landmark68Tiny (128-d features, 68 points).
 */
class FaceFeatureNet : public SpatialFeatureExtractor
{
public:
    enum class Kind { Landmark68, Expression, Landmark68Tiny };

    /** Output of one batch: every matrix has one row per input image. */
    struct Output
    {
        cv::Mat pooled;  ///< N x 256 (128 for the tiny net), CV_32F
        cv::Mat spatial; ///< N x C*H*W before pooling (only when asked for)
        cv::Mat head;    ///< N x 136 raw landmark outputs, or N x 7 softmax probabilities
    };

    static constexpr int kInputSize = 112;

    /** Loads the weights ("face_landmark_68_model" etc.) from `modelDir` or ModelLocator. */
    static Result<std::shared_ptr<FaceFeatureNet>> create(Kind kind, const QString &modelDir = {});
    ~FaceFeatureNet() override;

    Kind kind() const;
    static QString modelName(Kind kind);
    /** Expression class names in output order: neutral, happy, sad, angry, fearful, ... */
    static QStringList expressionLabels();

    QString id() const override;
    int featureDim(FeatureLayer layer) const override;
    Result<cv::Mat> extract(const std::vector<cv::Mat> &bgrCrops,
                            FeatureLayer layer = FeatureLayer::Pooled) const override;

    /** Runs on 8-bit BGR/BGRA/grey crops of any size (centered pad + legacy resize to 112). */
    Result<Output> run(const std::vector<cv::Mat> &bgrCrops, bool withSpatial = false) const;
    /** Runs on CV_32FC3 RGB crops with values in [0,255] (the reference-test path). */
    Result<Output> runRgb(const std::vector<cv::Mat> &rgbCrops, bool withSpatial = false) const;

    /**
     * 68 landmarks (image pixels) of the face in `box` of an 8-bit BGR image, following
     * face-api: box clipped to the image, floored, cropped, decoded, shifted back.
     * Landmark kinds only.
     */
    Result<Landmarks68> landmarks(const cv::Mat &bgrImage, const cv::Rect2f &box) const;
    /** Decodes 136 raw outputs for a crop of `cropSize` placed at `offset` (spec §4). */
    static Landmarks68 decodeLandmarks(const float *raw, cv::Size cropSize, cv::Point2f offset);

private:
    FaceFeatureNet();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
