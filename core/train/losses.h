#pragma once

#include "common/error.h"
#include "trainconfig.h"

#include <array>
#include <vector>

namespace fm {

/** A small batch of embeddings with the pairs/labels/triplets a loss needs (loss checks). */
struct LossInput
{
    int dim = 0;
    std::vector<float> embeddings; ///< rows of `dim` floats, L2-normalised by the caller
    struct Pair
    {
        int a = 0, b = 0;
        bool positive = false;
    };
    std::vector<Pair> pairs;                  ///< contrastive losses
    std::vector<long> labels;                 ///< N-pair / InfoNCE: one label per row
    std::vector<std::array<int, 3>> triplets; ///< triplet loss: anchor, positive, negative
};

/** A loss value and its gradient with respect to every embedding value. */
struct LossValue
{
    double value = 0;
    std::vector<float> gradient;
};

/** Which loss evaluateLoss() computes; InfoNce uses the N-pair form with view labels. */
enum class LossFunction { ContrastiveSimilarity, ContrastiveDistance, NPair, InfoNce, Triplet };

/**
 * Computes one of the training losses (the same code the trainer runs) and its gradient by
 * autograd, with the margins and temperature of `config`. For tests and for checking a
 * config's margins on hand-made embeddings.
 */
Result<LossValue> evaluateLoss(LossFunction function, const LossInput &input,
                               const TrainConfig &config);

} // namespace fm
