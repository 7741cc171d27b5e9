#pragma once

#include "featureset.h"

#include <cstdint>
#include <vector>

namespace fm {

/** One training step's pairs: clip indices into the sampler's clip list. */
struct PairBatch
{
    struct Pair
    {
        int a = 0, b = 0;
        bool positive = false;
    };
    std::vector<Pair> pairs; ///< N positives then N negatives; pairs[i] and pairs[N + i]
                             ///< share their anchor a (so they also form a triplet)
};

/**
 * Draws mini-batches of N positive pairs (same subject, same motion) and N negative pairs
 * (same subject, different motion; or any clip of another motion) from a list of clips.
 * An epoch visits every clip once as an anchor in a shuffled order; everything is a pure
 * function of (seed, epoch), so a resumed run draws exactly the batches an uninterrupted
 * one would, with no RNG state to save.
 */
class PairSampler
{
public:
    PairSampler(const std::vector<ClipFeatures> &clips, bool negativesAnySubject);

    /** Error when a clip has no positive or no negative partner. */
    Result<bool> check() const;
    int stepsPerEpoch(int batchPairs) const;
    std::vector<PairBatch> epoch(std::uint64_t seed, int epoch, int batchPairs) const;
    /** Class id (one per subject and motion) of each clip. */
    const std::vector<int> &classes() const { return m_class; }

private:
    std::vector<int> m_class, m_subject;
    std::vector<std::vector<int>> m_positives, m_negatives; ///< partner lists per clip
    std::vector<QString> m_ids;
};

} // namespace fm
