#include "prmetrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::PrMetrics", text);
}

} // namespace

ScoreSummary::ScoreSummary(std::vector<double> positiveScores)
{
    std::sort(positiveScores.begin(), positiveScores.end(), std::greater<double>());
    m_positives = std::int64_t(positiveScores.size());
    for (const double s : positiveScores) {
        if (m_pos.empty() || m_pos.back() != s) {
            m_pos.push_back(s);
            m_posCount.push_back(1);
        } else {
            ++m_posCount.back();
        }
    }
    const size_t m = m_pos.size();
    m_negTie.assign(m, 0);
    m_gapCount.assign(m + 1, 0);
    m_gapMin.assign(m + 1, std::numeric_limits<double>::infinity());
    m_gapMax.assign(m + 1, -std::numeric_limits<double>::infinity());
    if (m < 2)
        return;
    // Cells of equal width over [lowest, highest positive score]. cell() is monotone, so a
    // positive score in a higher cell is above every score of a lower cell: locate() starts
    // at the hint and walks only over the positive scores sharing the score's cell.
    const size_t cells = std::clamp<size_t>(4 * m, 1024, size_t(1) << 20);
    m_lo = m_pos.back();
    m_scale = double(cells) / (m_pos.front() - m_pos.back());
    m_hint.assign(cells, 0);
    std::vector<int> perCell(cells, 0);
    for (const double s : m_pos)
        ++perCell[std::min(cells - 1, size_t((s - m_lo) * m_scale))];
    int above = 0;
    for (size_t c = cells; c-- > 0;) {
        m_hint[c] = above;
        above += perCell[c];
    }
}

int ScoreSummary::locate(double score) const
{
    const int m = int(m_pos.size());
    if (m == 0 || score > m_pos.front())
        return 0;
    if (score < m_pos.back())
        return m;
    int k = 0;
    if (!m_hint.empty())
        k = m_hint[std::min(m_hint.size() - 1, size_t((score - m_lo) * m_scale))];
    while (k < m && m_pos[size_t(k)] > score)
        ++k;
    if (k < m && m_pos[size_t(k)] == score)
        return -k - 1;
    return k;
}

void ScoreSummary::addToGap(size_t k, double score)
{
    ++m_gapCount[k];
    m_gapMin[k] = std::min(m_gapMin[k], score);
    m_gapMax[k] = std::max(m_gapMax[k], score);
    ++m_negatives;
}

void ScoreSummary::merge(const ScoreSummary &other)
{
    for (size_t k = 0; k < m_negTie.size(); ++k)
        m_negTie[k] += other.m_negTie[k];
    for (size_t k = 0; k < m_gapCount.size(); ++k) {
        m_gapCount[k] += other.m_gapCount[k];
        m_gapMin[k] = std::min(m_gapMin[k], other.m_gapMin[k]);
        m_gapMax[k] = std::max(m_gapMax[k], other.m_gapMax[k]);
    }
    m_negatives += other.m_negatives;
}

std::vector<CurvePoint> ScoreSummary::corners() const
{
    std::vector<CurvePoint> points;
    points.reserve(2 * m_pos.size() + 1);
    CurvePoint cur;
    for (size_t k = 0; k <= m_pos.size(); ++k) {
        if (m_gapCount[k] > 0) {
            cur.fp += m_gapCount[k];
            cur.threshold = m_gapMin[k];
            points.push_back(cur);
        }
        if (k < m_pos.size()) {
            cur.tp += m_posCount[k];
            cur.fp += m_negTie[k];
            cur.threshold = m_pos[k];
            points.push_back(cur);
        }
    }
    return points;
}

std::optional<ConfusionCounts> ScoreSummary::confusionAt(double threshold) const
{
    const std::int64_t negatives = m_negatives;
    ConfusionCounts c;
    c.threshold = threshold;
    for (size_t k = 0; k <= m_pos.size(); ++k) {
        if (m_gapCount[k] > 0) {
            if (m_gapMin[k] >= threshold)
                c.fp += m_gapCount[k];
            else if (m_gapMax[k] >= threshold)
                return std::nullopt; // the threshold splits a run of negatives
        }
        if (k < m_pos.size() && m_pos[k] >= threshold) {
            c.tp += m_posCount[k];
            c.fp += m_negTie[k];
        }
    }
    c.fn = m_positives - c.tp;
    c.tn = negatives - c.fp;
    return c;
}

VerificationMetrics computeMetrics(const ScoreSummary &summary)
{
    VerificationMetrics r;
    const std::vector<CurvePoint> points = summary.corners();
    r.positives = summary.positives();
    r.negatives = points.empty() ? 0 : points.back().fp;
    const double P = double(r.positives);
    const double N = double(r.negatives);
    r.pr = points;

    // AP and peak F1: recall only changes where a positive group enters, and there the
    // precision is that point's precision; F1 = 2TP / (TP + FP + P) is highest at such points.
    std::int64_t prevTp = 0;
    for (const CurvePoint &p : points) {
        if (p.tp == prevTp)
            continue;
        const double precision = double(p.tp) / double(p.tp + p.fp);
        r.averagePrecision += (double(p.tp - prevTp) / P) * precision;
        const double f1 = 2.0 * double(p.tp) / (double(p.tp + p.fp) + P);
        if (f1 > r.peakF1) {
            r.peakF1 = f1;
            r.atPeakF1 = ConfusionCounts{p.threshold, p.tp, p.fp, r.negatives - p.fp,
                                         r.positives - p.tp};
        }
        prevTp = p.tp;
    }

    // ROC: start at (0,0) with threshold max + 1, as scikit-learn 1.2 does.
    const double top = points.empty() ? 1.0 : points.front().threshold;
    r.roc.reserve(points.size() + 1);
    r.roc.push_back(CurvePoint{top + 1.0, 0, 0});
    r.roc.insert(r.roc.end(), points.begin(), points.end());
    bool eerFound = false;
    for (size_t i = 1; i < r.roc.size(); ++i) {
        const double x0 = double(r.roc[i - 1].fp) / N, x1 = double(r.roc[i].fp) / N;
        const double y0 = double(r.roc[i - 1].tp) / P, y1 = double(r.roc[i].tp) / P;
        r.rocAuc += (x1 - x0) * (y0 + y1) / 2.0;
        // g = FPR - FNR rises from -1 to 1 along the curve: EER where it crosses zero.
        const double g0 = x0 + y0 - 1.0, g1 = x1 + y1 - 1.0;
        if (!eerFound && g1 >= 0.0) {
            eerFound = true;
            const double a = g1 > g0 ? -g0 / (g1 - g0) : 0.0;
            r.eer = x0 + a * (x1 - x0);
            r.eerThreshold = r.roc[i].threshold;
        }
    }
    return r;
}

Result<ScoreSummary> summariseScores(const std::vector<double> &scores,
                                     const std::vector<std::uint8_t> &labels)
{
    if (scores.size() != labels.size())
        return Error{tr("There are %1 scores but %2 labels.").arg(scores.size()).arg(labels.size())};
    std::vector<double> positives;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (std::isnan(scores[i]))
            return Error{tr("Score %1 is not a number (NaN).").arg(i + 1)};
        if (labels[i])
            positives.push_back(scores[i]);
    }
    if (positives.empty())
        return Error{tr("There are no positive pairs (same subject, same motion) to evaluate.")};
    if (positives.size() == scores.size())
        return Error{tr("There are no negative pairs to evaluate.")};
    ScoreSummary summary(std::move(positives));
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!labels[i])
            summary.addNegative(scores[i]);
    }
    return summary;
}

std::vector<CurvePoint> fullCurve(const std::vector<double> &scores,
                                  const std::vector<std::uint8_t> &labels)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    std::vector<CurvePoint> points;
    CurvePoint cur;
    for (size_t i = 0; i < order.size(); ++i) {
        if (labels[order[i]])
            ++cur.tp;
        else
            ++cur.fp;
        cur.threshold = scores[order[i]];
        if (i + 1 == order.size() || scores[order[i + 1]] != cur.threshold)
            points.push_back(cur);
    }
    return points;
}

} // namespace fm
