#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace fm {

class FaceFeatureNet;

/** What computeProjectFeatures() did. */
struct ProjectFeaturesReport
{
    int clips = 0;    ///< clips in the project
    int computed = 0; ///< feature matrices computed now
    int cached = 0;   ///< already in the cache
    int failed = 0;   ///< clips that could not be analysed (listed in errors)
    QStringList errors;
};

/**
 * Fills the project's feature cache (cache/features) for every clip: the analysis pipeline's
 * aligned 112x112 crops (frames without a face repeat the nearest crop), the face-api SFE
 * ("sfe-l" landmark net or "sfe-e" expression net, pooled 256-d layer) in batches, stored
 * under the key training reads (clip hash, "<sfe>/pooled", "aligned112;pad0.2;v1").
 * With `views` > 0, also the SS twin views 1..views of each clip (seed 001 §3.3): the same crops
 * through ViewTransform::forClip(hash, view), stored under viewCropSettings(crops, view).
 * progress(done, total) returning false cancels; finished clips stay cached.
 */
Result<ProjectFeaturesReport> computeProjectFeatures(
    const QString &projectFolder, const QString &sfe = QStringLiteral("sfe-l"), int views = 0,
    const std::function<bool(int, int)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

/** Crop settings of the analysis pipeline's aligned crops, as stored in feature cache keys. */
QString projectCropSettings();

/**
 * The face-api SFE named by `sfe`: "sfe-l" / "sfe-e", with or without the "/pooled" layer
 * suffix training configs use. Other names (sfe-m, spatial layers) are an error.
 */
Result<std::shared_ptr<FaceFeatureNet>> createProjectSfe(const QString &sfe);

/**
 * Per-frame pooled SFE features of a clip from the analysis pipeline's aligned crops
 * (ClipAnalysis::crops with AnalysisOptions::keepCrops): frames without a face repeat the
 * nearest crop. `clipName` names the clip in the error when no frame has a face.
 */
Result<cv::Mat> featuresFromCrops(std::vector<cv::Mat> crops, const FaceFeatureNet &net,
                                  const QString &clipName);

} // namespace fm
