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

class SpatialFeatureExtractor;

/** What computeProjectFeatures() did. */
struct ProjectFeaturesReport
{
    int clips = 0;    ///< clips in the project
    int computed = 0; ///< feature matrices computed now
    int cached = 0;   ///< already in the cache
    int failed = 0;   ///< clips that could not be analysed (listed in errors)
    QStringList errors;
};

/** Which features computeProjectFeatures() computes. */
struct ProjectFeaturesRequest
{
    /** "sfe-l" (face-api landmark net), "sfe-e" (expression net) or "sfe-m" (our MobileFaceNet,
        with `sfeCheckpoint`); a "/pooled" suffix is allowed. */
    QString sfe = QStringLiteral("sfe-l");
    QString sfeCheckpoint; ///< SFE-M only: a `fmstudio-cli pretrain-sfe` checkpoint
    int views = 0;         ///< SS twin views 1..views (seed 001 §3.3), 0 to 16
};

/**
 * Fills the project's feature cache (cache/features) for every clip: the analysis pipeline's
 * aligned 112x112 crops (frames without a face repeat the nearest crop), the SFE's pooled
 * feature in batches, stored under the key training reads (clip hash, "<sfe id>/pooled",
 * "aligned112;pad0.2;v1"; SFE-M's id names its checkpoint, resolveSfeId()).
 * With `views` > 0, also the SS twin views 1..views of each clip (seed 001 §3.3): the same crops
 * through ViewTransform::forClip(hash, view), stored under viewCropSettings(crops, view).
 * progress(done, total) returning false cancels; finished clips stay cached.
 */
Result<ProjectFeaturesReport> computeProjectFeatures(
    const QString &projectFolder, const ProjectFeaturesRequest &request = {},
    const std::function<bool(int, int)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

/** Crop settings of the analysis pipeline's aligned crops, as stored in feature cache keys. */
QString projectCropSettings();

/**
 * The feature cache id of an SFE as a training config names it: "sfe-l/pooled" and
 * "sfe-e/pooled" as they are; "sfe-m/pooled" becomes "sfe-m@<12 hex digits of the checkpoint's
 * SHA-256>/pooled", so features of different SFE-M checkpoints never mix. An id that already
 * names a checkpoint is checked against `checkpoint` when one is given. Errors: an unknown SFE,
 * SFE-M without a checkpoint, an unreadable or different checkpoint.
 */
Result<QString> resolveSfeId(const QString &sfe, const QString &checkpoint = {});

/**
 * The SFE named by `sfe` (with or without the "/pooled" suffix): face-api's "sfe-l" / "sfe-e",
 * or "sfe-m" (also "sfe-m@<hash>") loaded from `checkpoint`. Other names are an error.
 */
Result<std::shared_ptr<SpatialFeatureExtractor>> createProjectSfe(const QString &sfe,
                                                                  const QString &checkpoint = {});

/**
 * Per-frame pooled SFE features of a clip from the analysis pipeline's aligned crops
 * (ClipAnalysis::crops with AnalysisOptions::keepCrops): frames without a face repeat the
 * nearest crop. `clipName` names the clip in the error when no frame has a face.
 */
Result<cv::Mat> featuresFromCrops(std::vector<cv::Mat> crops, const SpatialFeatureExtractor &net,
                                  const QString &clipName);

} // namespace fm
