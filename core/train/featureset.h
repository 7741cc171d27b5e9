#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fm {

/** One clip's per-frame SFE features (frames x dim, row-major) with its labels and markers. */
struct ClipFeatures
{
    QString id;      ///< unique clip name (project clip id or bundle name)
    QString subject; ///< subject code
    QString motion;  ///< motion name (unique within the subject)
    QString kind;    ///< motion kind ("facial-motion", ...); empty in bundles from before kinds
    int frames = 0;
    std::optional<int> onset, offset; ///< active segment (reviewed, else automatic), inclusive
    std::vector<float> values;        ///< frames * dim floats
    /** SS twin views (seed 001 §3.3): the same frames through image transforms 1..K, each
        frames * dim floats like `values` (empty unless the features were computed with views). */
    std::vector<std::vector<float>> views;

    const float *frame(int i, int dim) const { return values.data() + size_t(i) * size_t(dim); }
};

/** Where the clips of a FeatureSet came from (written to the run's manifest). */
struct FeatureSource
{
    QString kind; ///< "bundle" or "project"
    QString path; ///< the bundle file or project folder
    QString sfe;  ///< SFE id of the features (e.g. "sfe-l/pooled"), when known
};

/** The clips a training run uses, all with the same feature dimension. */
struct FeatureSet
{
    int dim = 0;
    std::vector<ClipFeatures> clips;
    FeatureSource source;

    QStringList subjects() const; ///< sorted, unique
    /**
     * Checks what training needs: dim > 0, each clip with frames*dim finite values (views
     * too), unique
     * ids, markers inside the clip (onset <= offset), every subject with >= 2 motions
     * and every motion with >= 2 clips. The error names the first offending clip/subject.
     */
    Result<bool> validate() const;
    /**
     * Keeps only the clips of motions of `kinds` (motionKindName() names; empty keeps all).
     * An error, and nothing removed, when a clip does not record its kind (a bundle written
     * before bundles carried kinds): the filter cannot be applied and must not be ignored.
     */
    Result<bool> keepKinds(const QStringList &kinds);
};

/**
 * Features bundle: a single file holding a FeatureSet so training runs without a project
 * ("FMFEATS1", u32 header length, UTF-8 JSON header {dim, sfe, clips:[{id, subject, motion,
 * kind?, frames, onset?, offset?, views?}]}, then every clip's frames*dim float32 little-endian values
 * in header order, each followed by its `views` SS views of the same size, then a SHA-256 of
 * everything before it).
 */
namespace featurebundle {

Result<bool> write(const QString &path, const FeatureSet &set);
Result<FeatureSet> read(const QString &path);

} // namespace featurebundle

/** How to gather a FeatureSet from a project store and its feature cache. */
struct ProjectFeatureOptions
{
    QString sfe = QStringLiteral("sfe-l/pooled");          ///< FeatureCacheKey::sfeId
    QString crop = QStringLiteral("aligned112;pad0.2;v1"); ///< FeatureCacheKey::cropSettings
    QString cacheDir;                                      ///< default: <project>/cache/features
    bool includePending = true;
    bool includeExcluded = false;
    QStringList kinds; ///< motion kinds to use ("fm", "lm", "compound" names); empty = all
    int views = 0;     ///< SS twin views to load per clip (viewCropSettings(crop, 1..views))
};

/**
 * Reads the project's subjects, motions, clips (by review status), annotations (reviewed
 * else automatic onset/offset) and each clip's cached features. A clip without cached
 * features (or without one of its `views`) is an error naming how many are missing (nothing is
 * computed here).
 */
Result<FeatureSet> loadProjectFeatures(const QString &projectFolder,
                                       const ProjectFeatureOptions &options);

} // namespace fm
