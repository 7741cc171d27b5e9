#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fm {

// Conventions of every function here (as scikit-learn's): a pair is accepted (predicted
// positive) when score >= threshold; higher scores mean "more alike" (cosine similarity).

/** Confusion counts at one threshold, with the rates derived from them. */
struct ConfusionCounts
{
    double threshold = 0;
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;

    double precision() const { return tp + fp > 0 ? double(tp) / double(tp + fp) : 0.0; }
    double recall() const { return tp + fn > 0 ? double(tp) / double(tp + fn) : 0.0; }
    double f1() const { return tp > 0 ? 2.0 * double(tp) / double(2 * tp + fp + fn) : 0.0; }
    /** False acceptance rate = FPR = FP / negatives. */
    double far() const { return fp + tn > 0 ? double(fp) / double(fp + tn) : 0.0; }
    /** False rejection rate = FNR = FN / positives. */
    double frr() const { return tp + fn > 0 ? double(fn) / double(tp + fn) : 0.0; }
};

/** One point of a PR or ROC curve: a threshold and the pairs accepted at it. */
struct CurvePoint
{
    double threshold = 0;
    std::int64_t tp = 0; ///< positives with score >= threshold
    std::int64_t fp = 0; ///< negatives with score >= threshold
};

/**
 * Pair scores grouped around the distinct positive scores. This is all that AP, peak F1,
 * ROC AUC, EER and the corner points of both curves depend on, so 18 M negative scores
 * can be reduced to it in one streaming pass without sorting them.
 */
class ScoreSummary
{
public:
    /** Starts a summary from every positive pair's score (ties allowed, NaN not). */
    explicit ScoreSummary(std::vector<double> positiveScores);

    /** Adds one negative pair's score. */
    void addNegative(double score)
    {
        const int k = locate(score);
        if (k < 0) {
            ++m_negTie[size_t(-k - 1)];
            ++m_negatives;
        } else {
            addToGap(size_t(k), score);
        }
    }
    /** Adds the negatives another summary (same positives) collected. */
    void merge(const ScoreSummary &other);

    /** Distinct positive scores, decreasing. */
    const std::vector<double> &positiveScores() const { return m_pos; }
    std::int64_t positives() const { return m_positives; }
    std::int64_t negatives() const { return m_negatives; }
    /** Accepted positives and negatives at `threshold`, when the summary determines them
        exactly (always, unless the threshold falls strictly inside a run of negatives). */
    std::optional<ConfusionCounts> confusionAt(double threshold) const;

    /** Every curve corner, decreasing threshold: the points where a positive group enters
        and the last point of each run of negatives. Lossless for PR and ROC plots, AP, F1,
        AUC and EER (the dropped points lie on the segments between corners). */
    std::vector<CurvePoint> corners() const;

private:
    /** >= 0: gap index (negatives strictly between m_pos[k-1] and m_pos[k]); < 0: tie with
        m_pos[-k-1]. */
    int locate(double score) const;
    void addToGap(size_t k, double score);

    std::vector<double> m_pos;
    std::vector<std::int64_t> m_posCount, m_negTie, m_gapCount;
    std::vector<double> m_gapMin, m_gapMax;
    std::int64_t m_positives = 0;
    std::int64_t m_negatives = 0;
    // Lookup accelerating locate(): cell -> number of positive scores in higher cells.
    std::vector<int> m_hint;
    double m_lo = 0, m_scale = 0;
};

/** The verification metrics of seed 000 §3.1 plus ROC figures, from one summary. */
struct VerificationMetrics
{
    std::int64_t positives = 0, negatives = 0;
    double averagePrecision = 0; ///< sum over thresholds of (R_n - R_{n-1}) P_n (sklearn)
    double peakF1 = 0;
    ConfusionCounts atPeakF1;    ///< the highest threshold reaching peakF1
    double rocAuc = 0;           ///< trapezoidal area under the ROC curve
    double eer = 0;              ///< FAR = FRR, linear interpolation on the ROC curve
    double eerThreshold = 0;     ///< first threshold (decreasing) where FAR >= FRR
    std::vector<CurvePoint> pr;  ///< corner points, decreasing threshold
    std::vector<CurvePoint> roc; ///< (0,0) at threshold max+1 (as sklearn), then corners
};

/** Computes every metric from a summary with at least one positive and one negative. */
VerificationMetrics computeMetrics(const ScoreSummary &summary);

/** Summarises arbitrary scores and labels (1 = positive); errors on NaN, size mismatch, or
    a set without positives or negatives. */
Result<ScoreSummary> summariseScores(const std::vector<double> &scores,
                                     const std::vector<std::uint8_t> &labels);

/** Every distinct threshold, decreasing (what sklearn's precision_recall_curve and
    roc_curve(drop_intermediate=False) enumerate); for small sets and tests. */
std::vector<CurvePoint> fullCurve(const std::vector<double> &scores,
                                  const std::vector<std::uint8_t> &labels);

} // namespace fm
