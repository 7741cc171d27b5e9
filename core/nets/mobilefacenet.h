#pragma once

#include "face/facetypes.h"
#include "spatialfeatureextractor.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>

namespace fm {

namespace nets {
struct MobileFaceNetAccess;
}

/**
 * MobileFaceNet with a 68-landmark head, the papers' own SFE architecture
 * (spec/face-networks.md §7, cunjian/pytorch_face_landmark layout, ~1.0 M parameters):
 * trained by `fmstudio-cli pretrain-sfe` (distilled from dlib's landmarks) it is "SFE-M".
 * Input: 112x112 BGR crop / 255, no mean. Output: 68 (x,y) normalised to the crop.
 */
class MobileFaceNet : public SpatialFeatureExtractor
{
public:
    static constexpr int kInputSize = 112;

    /** A freshly initialised network (random weights, eval mode). */
    MobileFaceNet();
    ~MobileFaceNet() override;
    MobileFaceNet(const MobileFaceNet &) = delete;
    MobileFaceNet &operator=(const MobileFaceNet &) = delete;

    /** Loads the model part of a pretrain-sfe checkpoint. */
    static Result<std::shared_ptr<MobileFaceNet>> load(const QString &checkpointPath);

    /** Learnable parameters (weights, BN affine, PReLU slopes): 1,007,248. */
    int64_t parameterCount() const;

    /** "sfe-m@<12 hex digits of the checkpoint's SHA-256>", or "sfe-m@random" before loading. */
    QString id() const override { return m_id; }
    int featureDim(FeatureLayer layer) const override;
    Result<cv::Mat> extract(const std::vector<cv::Mat> &bgrCrops,
                            FeatureLayer layer = FeatureLayer::Pooled) const override;

    /** Landmarks of square 8-bit BGR crops, normalised to [0,1] of the crop: N x 136. */
    Result<cv::Mat> predict(const std::vector<cv::Mat> &bgrCrops) const;
    /** 68 points (crop pixels) from one row of predict() for a crop of side `cropSide`. */
    static Landmarks68 toPoints(const float *normalised, float cropSide, cv::Point2f offset);

private:
    friend struct nets::MobileFaceNetAccess;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_id = QStringLiteral("sfe-m@random");
};

} // namespace fm
