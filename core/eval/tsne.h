#pragma once

#include "common/error.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace fm {

/** Options of runTsne(); the defaults are scikit-learn 1.2's TSNE defaults. */
struct TsneOptions
{
    double perplexity = 30;
    int iterations = 1000;
    double earlyExaggeration = 12;
    int exaggerationIterations = 250; ///< with momentum 0.5; then momentum 0.8
    double learningRate = 0;          ///< 0: "auto" = max(N / exaggeration / 4, 50)
    double theta = 0.5;               ///< Barnes-Hut opening angle
    bool pcaInit = true;              ///< else a seeded Gaussian (std 1e-4) start
    std::uint64_t seed = 0;
    int threads = 0; ///< 0: one per core; the result does not depend on it
    /** Called on the calling thread with (iteration, iterations); false cancels. */
    std::function<bool(int, int)> progress;
};

/** A 2-d map of the input points. */
struct TsneResult
{
    std::vector<float> xy;   ///< N rows of (x, y)
    double klDivergence = 0; ///< KL(P || Q) at the end (Barnes-Hut estimate of Q's sum)
    int iterations = 0;
};

/**
 * Barnes-Hut t-SNE (van der Maaten 2014) into 2-d: perplexity-calibrated affinities on the
 * 3*perplexity+1 nearest neighbours (nanoflann k-d tree), a quadtree for the repulsive
 * forces, gradient descent with gains and momentum as scikit-learn does. Deterministic:
 * every point's force is computed independently and sums run in a fixed order, so the map
 * depends only on the data and options (seed), not on the thread count.
 * We wrote our own because no Debian C++ package provides t-SNE.
 */
Result<TsneResult> runTsne(const std::vector<float> &data, int n, int dim,
                           const TsneOptions &options = {});

/**
 * How well a map keeps each point's k nearest neighbours, exactly as
 * sklearn.manifold.trustworthiness defines it (euclidean, 1 = perfect):
 * T = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in kNN_Y(i)} max(0, r_X(i, j) - k).
 * Requires k < n / 2.
 */
double trustworthiness(const std::vector<float> &x, int dimX, const std::vector<float> &y, int dimY,
                       int k = 10, int threads = 0);

} // namespace fm
