#pragma once

#include "common/error.h"
#include "prmetrics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fm {

/** One row of pr.csv or roc.csv: a corner point of the curve. */
struct RunCurvePoint
{
    double threshold = 0;
    double x = 0; ///< recall (PR) or false positive rate (ROC)
    double y = 0; ///< precision (PR) or true positive rate (ROC)
};

/** One row of pairs.csv or failed.csv. */
struct RunPair
{
    QString clipA, clipB, subjectA, subjectB, motionA, motionB;
    bool positive = false;
    float score = 0;   ///< cosine similarity; distance = 1 - score
    double weight = 1; ///< pairs of the full set this row stands for (1 / sample rate)
};

/** Confusion counts at one threshold recomputed from pairs.csv. */
struct ThresholdCounts
{
    ConfusionCounts counts; ///< negatives scaled by their weight when pairs.csv is sampled
    bool exact = true;      ///< false: FP/TN are estimates from sampled negatives
};

/**
 * The evaluation files of one partition (a split run's folder or one fold-NN/ folder):
 * metrics, curves and scored pairs. Counts at any threshold come from the scored pairs,
 * sorted once (binary search per query).
 */
class PartitionResults
{
public:
    QString name; ///< "split", "fold-01", ... or the folder name
    QString dir;
    QJsonObject metrics;
    std::vector<RunCurvePoint> pr, roc;
    std::int64_t positives = 0, negatives = 0; ///< of the full evaluation (metrics.json)
    double negativeSampleRate = 1.0;           ///< of pairs.csv (1: every pair listed)
    bool pairsLoaded = false;

    double averagePrecision() const;
    double peakF1() const;
    double peakF1Threshold() const;
    double eer() const;
    double eerThreshold() const;

    /** Reads pairs.csv (done by RunResults::load unless asked not to). */
    Result<bool> loadPairs();
    /** Every listed pair; positives and negatives each sorted by score, decreasing. */
    const std::vector<RunPair> &positivePairs() const { return m_pos; }
    const std::vector<RunPair> &negativePairs() const { return m_neg; }
    bool pairsComplete() const { return negativeSampleRate >= 1.0; }

    /** TP, FP, TN, FN at `threshold` (accept when score >= threshold), from pairs.csv. */
    ThresholdCounts countsAt(double threshold) const;
    /** Listed false positives at `threshold`: m_neg[0..n) (worst first). */
    int falsePositiveRows(double threshold) const;
    /** Listed false negatives at `threshold`: positives from the lowest score up. */
    int falseNegativeRows(double threshold) const;
    /** The i-th worst false negative at the current threshold (i < falseNegativeRows()). */
    const RunPair &falseNegative(int i) const { return m_pos[m_pos.size() - 1 - size_t(i)]; }
    const RunPair &falsePositive(int i) const { return m_neg[size_t(i)]; }
    /** Score range of the listed pairs (for a threshold slider). */
    double minScore() const;
    double maxScore() const;

private:
    std::vector<RunPair> m_pos, m_neg;
    std::vector<float> m_posAsc, m_negAsc; ///< scores ascending, for binary search
};

/** The headline of one run (for the run browser), read without its pair lists. */
struct RunSummary
{
    QString dir;
    QString name;
    QDateTime date;
    QString sfe, loss, protocol;
    QString state; ///< "done", "stopped", "running or failed", "no results"
    bool hasResults = false;
    double ap = -1, peakF1 = -1, eer = -1; ///< -1: unknown (mean over folds for CV)
    double apStd = -1;                     ///< CV: std of AP over folds
    int clips = -1;                        ///< clips evaluated (CV: -1)
    double positives = -1, negatives = -1; ///< pairs evaluated (CV: -1)
    int droppedClips = -1;                 ///< re-evaluations: clips no longer in the data
    QJsonObject config;
};

/**
 * A training (or re-evaluation) run folder: config.json, manifest.json, metrics.json and
 * the evaluation files, either in the folder (fixed split) or in fold-NN/ sub-folders (CV).
 * Every missing or unreadable file is an Error naming the file.
 */
class RunResults
{
public:
    QString dir, name;
    QJsonObject config, manifest, metrics;
    bool crossValidation = false;
    std::vector<PartitionResults> partitions;

    static Result<RunResults> load(const QString &dir, bool withPairs = true);
    /** Config, metrics and state only; tolerant: an unfinished run gives state without AP. */
    static RunSummary summary(const QString &dir);
    /** Every run folder (holding config.json or metrics.json) under `runsDir`, including
        reeval-* folders inside runs, sorted by name. */
    static QStringList findRuns(const QString &runsDir);
    /** The manifest's clips of a partition ("validation" / "fold-03"): clip ids. */
    QStringList validationClips(const QString &partition) const;
    /** Mean PR curve over partitions: precision interpolated (max to the right) on a
        recall grid of `points` steps. */
    std::vector<RunCurvePoint> meanPrCurve(int points = 101) const;
    std::vector<RunCurvePoint> meanRocCurve(int points = 101) const;
};

/** Reads a curve CSV (pr.csv: recall, precision; roc.csv: fpr, tpr). */
Result<std::vector<RunCurvePoint>> readCurveCsv(const QString &path, bool roc);
/** Reads pairs.csv: rows plus the negative sample rate from the weights. */
Result<std::vector<RunPair>> readPairsCsv(const QString &path);

} // namespace fm
