#pragma once

#include "common/error.h"
#include "expr/clustering.h"
#include "expr/facecrops.h"
#include "expr/tagging.h"
#include "face/faceqa.h"
#include "video/clipinfo.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fm {

class FaceRecognizer;
class FeeNet;

/** Settings of the video pipeline (seed 002, Fig. 3); defaults follow the paper. */
struct ExpressionOptions
{
    ExprFaceFinder::Backend backend = ExprFaceFinder::Backend::Dlib;
    FaceQaOptions qa;           ///< sharpness >= 3.0, |yaw| <= 50 degrees
    DbscanOptions identities;   ///< on 128-d descriptors
    TaggingOptions tagging;     ///< median pooling over 3, threshold 0.5
    int summaryClusters = 10;   ///< Ward clusters per identity
    int maxSummaryFaces = 2000; ///< longer identities are subsampled evenly for Ward
    int frameStep = 1;          ///< analyse every n-th frame (1 = every frame)
    int batchSize = 16;         ///< faces per network batch
    QString headPath;           ///< trained FEENet head; empty = untrained head
};

/** One accepted face (FaceQA passed): where and when, and its quality figures. */
struct ExprFace
{
    int frame = 0;
    cv::Rect2f crop; ///< the crop both nets saw (alignedRect), image pixels
    float sharpness = 0.f;
    float yaw = 0.f;
    int identity = -1; ///< DBSCAN cluster, -1 = noise
};

/** A summary face: the representative of one Ward cluster. */
struct SummaryFace
{
    int face = -1; ///< index into ExpressionReport::faces
    int frame = 0;
    int clusterSize = 0;
    cv::Mat image; ///< face crop (BGR), filled from the video after analysis
};

/** One person found in the video, with tags and summary. */
struct ExprIdentity
{
    int id = 0;
    std::vector<int> faces;  ///< indices into ExpressionReport::faces, time order
    int representative = -1; ///< face closest to the mean descriptor
    cv::Mat image;           ///< its crop (BGR)
    cv::Mat baseline;        ///< 1 x 256 mean backbone feature (subtracted when relative)
    cv::Mat descriptor;      ///< 1 x 128 mean face descriptor
    cv::Mat pooled;          ///< median-pooled embeddings, one row per face
    std::vector<TagSegment> segments;
    std::vector<TagRate> rates;
    std::vector<SummaryFace> summary;
};

/** Everything the pipeline found in one video. */
struct ExpressionReport
{
    QString video;
    ClipInfo clip;
    QString model; ///< FEENet description (backbone, head state)
    int framesRead = 0;
    int framesAnalysed = 0;
    int facesFound = 0;
    int rejectedBlurry = 0;        ///< failed the sharpness test
    int rejectedSideways = 0;      ///< sharp enough but |yaw| too large
    int noiseFaces = 0;            ///< accepted faces DBSCAN put in no identity
    std::vector<ExprFace> faces;   ///< accepted faces in time order
    cv::Mat features;              ///< faces x 256 FEENet backbone features
    cv::Mat embeddings;            ///< faces x 16 FEENet embeddings
    bool identityRelative = false; ///< embeddings of features minus their identity's baseline
    cv::Mat descriptors;           ///< faces x 128 identity descriptors
    std::vector<ReferenceEmbedding> references;
    std::vector<ExprIdentity> identities;
    double seconds = 0.0;
    double framesPerSecond = 0.0;

    double timeOf(int frame) const { return clip.fps > 0 ? frame / clip.fps : 0.0; }
};

/**
 * The expression pipeline of seed 002 on a video, streamed frame by frame (never more than
 * one frame and one batch of crops in memory): face detection and landmarks -> FaceQA ->
 * 128-d descriptors and FEENet embeddings of accepted faces -> DBSCAN identities -> per
 * identity median pooling, custom tagging, Ward summaries. Not thread-safe: one per thread.
 */
class ExpressionAnalyzer
{
public:
    /** progress(phase, done, total) returning false cancels. */
    using Progress = std::function<bool(const QString &phase, qint64 done, qint64 total)>;

    static Result<std::unique_ptr<ExpressionAnalyzer>> create(const ExpressionOptions &options);
    ~ExpressionAnalyzer();

    const ExpressionOptions &options() const { return m_options; }
    const FeeNet &net() const { return *m_net; }
    const ExprFaceFinder &finder() const { return *m_finder; }
    const FaceRecognizer &recognizer() const { return *m_recognizer; }

    Result<ExpressionReport> analyze(const QString &video,
                                     const std::vector<ReferenceEmbedding> &references,
                                     const Progress &progress = {},
                                     const std::atomic<bool> *cancel = nullptr) const;

    /**
     * The faces' embeddings from their backbone features: with an identity-relative head each
     * identity's faces minus the identity's baseline (its mean feature), faces of no identity
     * minus the mean of all accepted faces; raw features otherwise. Also fills each identity's
     * baseline and mean descriptor. Re-run it to swap heads without a video pass.
     */
    static void embedFaces(ExpressionReport &report, const FeeNet &net);

    /**
     * Re-tags a finished report with other references (no video pass, no retraining). With
     * `net`, references carrying a backbone feature are embedded against the report's
     * identities first (see identityrelative::embedReferences); without it their embeddings are
     * used as they are.
     */
    static void retag(ExpressionReport &report, const std::vector<ReferenceEmbedding> &refs,
                      const TaggingOptions &options, const FeeNet *net = nullptr,
                      double identityRadius = 0.45);
    /** Ward summaries of every identity from the current embeddings (faces, no images). */
    static void summarise(ExpressionReport &report, int clusters, int maxFaces);

private:
    ExpressionAnalyzer() = default;
    Result<bool> fillImages(ExpressionReport &report, const Progress &progress,
                            const std::atomic<bool> *cancel) const;

    ExpressionOptions m_options;
    std::shared_ptr<FeeNet> m_net;
    std::shared_ptr<FaceRecognizer> m_recognizer;
    std::shared_ptr<ExprFaceFinder> m_finder;
};

} // namespace fm
