#pragma once

#include "prmetrics.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fm {

/** The headline figures of one cross-validation fold. */
struct FoldMetrics
{
    int fold = 0;
    std::int64_t positives = 0, negatives = 0;
    double averagePrecision = 0, peakF1 = 0, peakF1Threshold = 0, rocAuc = 0, eer = 0;
    double far = 0, frr = 0; ///< at the fold's operating threshold

    static FoldMetrics from(int fold, const VerificationMetrics &m, const ConfusionCounts &op);
    QJsonObject toJson() const;
};

/** Mean and standard deviation of one figure over folds. */
struct MeanStd
{
    double mean = 0;
    double std = 0; ///< sample standard deviation (n - 1 in the denominator); 0 for one fold
    int count = 0;

    static MeanStd of(const std::vector<double> &values);
    /** "0.9880 ± 0.0041" */
    QString text(int decimals = 4) const;
};

/** Mean ± std of every fold figure, as the papers report cross-validation (seed 000 §3). */
struct CrossValidationSummary
{
    std::vector<FoldMetrics> folds;
    MeanStd averagePrecision, peakF1, rocAuc, eer, far, frr;

    static CrossValidationSummary of(std::vector<FoldMetrics> folds);
    /** {"folds": [...], "summary": {"average_precision": {"mean", "std", "n"}, ...}} */
    QJsonObject toJson() const;
};

} // namespace fm
