#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

class FaceRecognizer;

/** One clip's identity: the per-dimension median of its good frames' 128-d descriptors. */
struct ClipIdentity
{
    std::vector<float> descriptor;
    int framesUsed = 0;
};

/**
 * Identity descriptors for clips: crop every good frame by face-api's alignedRect rule,
 * describe it with the recognition net, take the median over frames. Used for identity
 * checks (distance < 0.6 = same person) and clustering.
 */
class IdentityDescriptor
{
public:
    /** Per-dimension median of the rows of `descriptors` whose `good` flag is set. */
    static Result<std::vector<float>> median(const cv::Mat &descriptors,
                                             const std::vector<bool> &good = {});
    /**
     * The clip identity from 8-bit BGR frames with their 68 landmarks; frames whose `good`
     * flag is false (FaceQA rejects, missing faces) are skipped. Errors when none is left.
     */
    static Result<ClipIdentity> forClip(const FaceRecognizer &recognizer,
                                        const std::vector<cv::Mat> &frames,
                                        const std::vector<Landmarks68> &landmarks,
                                        const std::vector<bool> &good = {});
    static float distance(const std::vector<float> &a, const std::vector<float> &b);
};

} // namespace fm
