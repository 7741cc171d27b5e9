#pragma once

#include "common/error.h"

#include <QString>

#include <vector>

namespace cv {
class Mat;
}

namespace fm {

/**
 * Which activation of a spatial feature extractor a caller wants per face crop. The default
 * is Pooled: on the demo faces with small crop jitter it is 2-4x more stable relative to the
 * difference between faces than the spatial map (bench_featurelayer: jitter ratio 0.07 vs
 * 0.15 for SFE-L) and 49x smaller to cache (512 B vs 25 KB per frame as float16).
 */
enum class FeatureLayer {
    Pooled, ///< global-average-pooled vector (face-api 256-d) / GDConv output (MobileFaceNet 512-d)
    Spatial ///< the map before pooling, flattened C x H x W (256x7x7 / 512x7x7)
};

/**
 * A CNN that turns aligned face crops into per-frame feature vectors (the papers' "SFE"):
 * SFE-L (face-api landmark net), SFE-E (face-api expression net), SFE-M (our MobileFaceNet).
 * Implementations are safe to call from one thread at a time per instance.
 */
class SpatialFeatureExtractor
{
public:
    virtual ~SpatialFeatureExtractor() = default;

    /** Stable id used in cache keys and run configs ("sfe-l", "sfe-e", "sfe-m", ...). */
    virtual QString id() const = 0;
    /** Length of one feature row for `layer`. */
    virtual int featureDim(FeatureLayer layer) const = 0;
    /**
     * Features of 8-bit BGR face crops (112x112 aligned crops expected; other sizes are padded
     * and resized as the network's own pipeline does): an N x featureDim CV_32F matrix.
     */
    virtual Result<cv::Mat> extract(const std::vector<cv::Mat> &bgrCrops,
                                    FeatureLayer layer = FeatureLayer::Pooled) const = 0;
};

} // namespace fm
