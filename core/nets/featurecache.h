#pragma once

#include "common/error.h"
#include "nets/spatialfeatureextractor.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <functional>

namespace fm {

/** What one cached feature matrix depends on; any change is a different cache entry. */
struct FeatureCacheKey
{
    QString clipHash;     ///< contentHash() of the clip (file or image folder)
    QString sfeId;        ///< SpatialFeatureExtractor::id() plus layer, e.g. "sfe-l/pooled"
    QString cropSettings; ///< how crops were made, e.g. "aligned112;pad0.2;v1"

    /** The key for a clip file/folder: hashes its content, takes the SFE's id and layer. */
    static Result<FeatureCacheKey> forClip(const QString &clipPath,
                                           const SpatialFeatureExtractor &sfe, FeatureLayer layer,
                                           const QString &cropSettings);

    bool isValid() const;
    /** The key as one text ("clipHash\nsfeId\ncropSettings"), stored in the file header. */
    QString text() const;
    /** File name: clip-hash prefix, sfe id and a hash of the whole key. */
    QString fileName() const;
};

/**
 * Per-clip, per-SFE feature matrix (N frames x D) stored on disk as float16, keyed by
 * FeatureCacheKey, shared by training, evaluation and the studio. Files carry the full key
 * and a SHA-256 checksum; writes are atomic (QSaveFile) into a private (0700) folder.
 */
class FeatureCache
{
public:
    FeatureCache(const QString &folder, FeatureCacheKey key);

    const FeatureCacheKey &key() const { return m_key; }
    QString filePath() const;
    bool exists() const;

    /** Reads the matrix (CV_32F). Errors: not cached, unreadable, corrupt, other key. */
    Result<cv::Mat> load() const;
    /** Writes an N x D CV_32F matrix (values are stored as float16). */
    Result<bool> store(const cv::Mat &features) const;
    bool remove() const;

    /**
     * load(), or on any miss/corruption compute() then store(). `fromCache` (optional) tells
     * which happened. A store failure is returned as an error even though the features exist.
     */
    Result<cv::Mat> loadOrCompute(const std::function<Result<cv::Mat>()> &compute,
                                  bool *fromCache = nullptr) const;

private:
    QString m_folder;
    FeatureCacheKey m_key;
};

} // namespace fm
