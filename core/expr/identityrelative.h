#pragma once

#include "expr/tagging.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

class FeeNet;

/** One video identity as reference matching sees it: its baseline feature and descriptor. */
struct IdentityBaselineInfo
{
    int id = 0;
    cv::Mat baseline;   ///< 1 x 256 mean backbone feature of the identity's faces
    cv::Mat descriptor; ///< 1 x 128 mean face descriptor
};

/**
 * Identity-relative expression features (cross-person tagging): the backbone feature of a face
 * says who it is as much as what it shows, so before the FEENet head each video face has its
 * identity's mean feature subtracted (the person's "average look"), and each reference face
 * the best available estimate of its own person's baseline, in this order: the video identity
 * it belongs to (descriptor within `identityRadius`), a neutral face of the same person stored
 * with the reference, the mean feature of the library's references (only with 3 or more: the
 * mean of one or two faces is mostly those faces themselves), the mean of the video
 * identities' baselines (a generic face). Heads trained on raw features
 * (FeeNet::identityRelative() false) get raw features everywhere.
 */
namespace identityrelative {

/** Per-dimension mean of the given rows of `features` (1 x cols CV_32F; empty for no rows). */
cv::Mat meanRow(const cv::Mat &features, const std::vector<int> &rows);

/** Embeds references from their features; references without a feature keep their embedding. */
void embedReferences(std::vector<ReferenceEmbedding> &refs, const FeeNet &net,
                     const std::vector<IdentityBaselineInfo> &identities = {},
                     double identityRadius = 0.45);

/** Translated short name of a reference baseline for reports and the UI. */
QString baselineName(ReferenceBaseline baseline);
/** Stable id of a reference baseline for JSON ("video-identity", "neutral-face", ...). */
QString baselineId(ReferenceBaseline baseline);

} // namespace identityrelative

} // namespace fm
