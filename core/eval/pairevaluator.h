#pragma once

#include "embeddingtable.h"
#include "prmetrics.h"

#include <functional>
#include <optional>
#include <vector>

namespace fm {

/** Which pairs count as negatives (positives are always same subject AND same motion). */
enum class NegativePairs {
    SameSubject,   ///< same subject, different motion: the papers' default (seed 000 §2.3)
    AllNonPositive ///< every pair that is not positive, other subjects included (seed 001)
};

/** Options of evaluatePairs(). */
struct PairEvalOptions
{
    NegativePairs negatives = NegativePairs::SameSubject;
    /** Operating threshold for FAR/FRR, confusion counts and failed pairs; by default the
        peak-F1 threshold. */
    std::optional<double> threshold;
    /** Failed pairs listed per kind (the worst ones); the totals are always exact. */
    int maxFailedPairs = 1000;
    /** Rows of the pair list: every positive is kept, negatives are sampled (seeded, by a
        hash of the pair) when the total would exceed this. */
    std::int64_t maxPairRows = 200000;
    std::uint64_t sampleSeed = 1;
    int threads = 0; ///< 0: QThread::idealThreadCount()
    /** Called on the calling thread with the fraction done; return false to cancel. */
    std::function<bool(double fraction)> progress;
};

/** One scored pair (clip rows a < b of the table). */
struct ScoredPair
{
    int a = 0, b = 0;
    float score = 0; ///< cosine similarity; distance = 1 - score
    bool positive = false;
    double margin = 0; ///< for failed pairs: how far past the threshold (>= 0)
};

/** Everything evaluatePairs() measured on one set of clips. */
struct PairEvaluation
{
    NegativePairs negatives = NegativePairs::SameSubject;
    VerificationMetrics metrics;
    ConfusionCounts operating; ///< at the given threshold, else at peak F1
    bool thresholdGiven = false;
    std::vector<ScoredPair> falsePositives; ///< negatives accepted, worst (largest margin) first
    std::vector<ScoredPair> falseNegatives; ///< positives rejected, worst first
    std::vector<ScoredPair> pairs;          ///< every positive + sampled negatives, by (a, b)
    double negativeSampleRate = 1.0;        ///< fraction of negatives in `pairs`
};

/**
 * Scores every positive and negative pair of the table and computes the verification
 * metrics, the failed pairs and a pair list. Streaming: negative scores are reduced into a
 * ScoreSummary as they are computed (two threads on two cores), never stored or sorted.
 * Errors when there is no positive or no negative pair, or when cancelled.
 */
Result<PairEvaluation> evaluatePairs(const EmbeddingTable &table, const PairEvalOptions &options);

/** Every scored pair (small tables: tests and cross-checks), in (a, b) order. */
std::vector<ScoredPair> allPairs(const EmbeddingTable &table, NegativePairs negatives);

/** Orders failed pairs worst first: larger margin, then lower (a, b). */
bool worseFailure(const ScoredPair &x, const ScoredPair &y);

} // namespace fm
