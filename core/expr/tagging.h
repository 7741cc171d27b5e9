#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

/** What was subtracted from a reference's backbone feature before the FEENet head. */
enum class ReferenceBaseline {
    None,          ///< raw feature (head trained on raw features, or no feature known)
    VideoIdentity, ///< the reference's person is an identity of the video: its mean feature
    NeutralFace,   ///< a neutral face of the same person stored with the reference
    LibraryMean,   ///< the mean feature of the library's reference faces (3 or more)
    PeopleMean     ///< the mean of the video identities' mean features (a generic face)
};

/** A reference embedding of the custom expression library with its tags. */
struct ReferenceEmbedding
{
    QString name;                  ///< the reference's name (its image file's base name)
    QStringList tags;              ///< one or more tags describing the expression
    std::vector<float> embedding;  ///< what tagging compares with (16-d, unit length)
    std::vector<float> feature;    ///< backbone feature (256-d); empty = use `embedding` as is
    std::vector<float> neutral;    ///< backbone feature of the person's neutral face, optional
    std::vector<float> descriptor; ///< 128-d face descriptor, optional (finds the person)
    ReferenceBaseline baseline = ReferenceBaseline::None;
    int identity = -1; ///< the video identity whose mean was subtracted (VideoIdentity)
};

/** One tagged time span of one identity: frames [startFrame, endFrame] inclusive. */
struct TagSegment
{
    QString tag;
    int startFrame = 0;
    int endFrame = 0;
    int faces = 0;            ///< tagged faces inside the segment
    double minDistance = 0.0; ///< closest pooled embedding to the reference in the segment
};

/** How often an identity shows a tag: tagged faces / all of its faces (seed 002). */
struct TagRate
{
    QString tag;
    int faces = 0;
    double rate = 0.0;
};

/** Tagging settings: the paper's pooling extent (3) and distance threshold (0.5). */
struct TaggingOptions
{
    int poolExtent = 3;     ///< median filter extent over consecutive faces (odd)
    double threshold = 0.5; ///< Euclidean distance between unit embeddings
    int maxFrameGap = 2;    ///< tagged faces at most this many frames apart join one segment
};

/**
 * Median pooling over time: row i of the result is the per-dimension median of rows
 * i-k..i+k (clipped at the ends, k = extent/2) of an N x D CV_32F matrix, re-normalised to
 * unit length so distances stay comparable with the references.
 */
cv::Mat medianPool(const cv::Mat &embeddings, int extent = 3);

/** Tag matrix: entry (i, r) is true when pooled row i lies within `threshold` of reference r. */
std::vector<std::vector<bool>> matchReferences(const cv::Mat &pooled,
                                               const std::vector<ReferenceEmbedding> &refs,
                                               double threshold, cv::Mat *distances = nullptr);

/**
 * Segments and appearance rates of one identity: `frames` gives each row's frame index in
 * time order. A face counts once per tag even when several references share the tag.
 */
void tagIdentity(const cv::Mat &pooled, const std::vector<int> &frames,
                 const std::vector<ReferenceEmbedding> &refs, const TaggingOptions &options,
                 std::vector<TagSegment> &segments, std::vector<TagRate> &rates);

} // namespace fm
