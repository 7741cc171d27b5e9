#pragma once

#include "clipaugment.h"
#include "featureset.h"
#include "pairsampler.h"
#include "trainconfig.h"

#include <cstdint>
#include <random>
#include <vector>

namespace fm {

/** The clips of one training step, augmented and ready to pack (frames x dim floats each). */
struct AssembledBatch
{
    std::vector<std::vector<float>> sequences;
    /** Supervised: the rows of each pair's two clips, whether it is positive, and the
        training clip each row came from. */
    std::vector<int64_t> rowA, rowB, positive;
    std::vector<int> clipOfRow;
    /** Self-supervised: the InfoNCE label of each row (rows with one label are positives). */
    std::vector<int64_t> labels;
};

/**
 * Supervised step (seed 000 §2.3, seed 001 §3.2): each distinct clip of the pair batch once,
 * randomly trimmed (seed 000 §2.5) when the config says so, speed-jittered, and with one
 * feature gain per subject of the batch. Deterministic for the rng's state.
 */
AssembledBatch assembleSupervised(const std::vector<ClipFeatures> &clips, int dim,
                                  const TrainConfig &config, const PairBatch &batch,
                                  std::mt19937_64 &rng);

/**
 * Self-supervised step (seed 001 §3.3) over the training clips `batchClips`. SS: two twins of
 * each clip from two different image-transformed views (view 0 is the untransformed one),
 * temporally padded; N clips. SS+: per clip a half-length subclip A and the rest B are two
 * distinct clips; two versions of each (a random image view when the features have them,
 * temporal padding) are its positives; 2N clips.
 */
AssembledBatch assembleSelfSupervised(const std::vector<ClipFeatures> &clips, int dim,
                                      const TrainConfig &config, const std::vector<int> &batchClips,
                                      std::mt19937_64 &rng);

} // namespace fm
