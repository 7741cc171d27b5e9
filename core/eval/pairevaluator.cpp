#include "pairevaluator.h"

#include "parallelchunks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::PairEvaluator", text);
}

std::uint64_t mixHash(std::uint64_t x)
{
    // splitmix64 finaliser: a well-spread 64-bit hash of the pair and seed.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/** Clips reordered so that each subject's clips are contiguous, with the rows copied in
    that order (cache-friendly) and the pairs each row forms. */
struct PairLayout
{
    std::vector<int> order;      ///< position -> table row
    std::vector<int> classId;    ///< by position
    std::vector<int> rowEnd;     ///< by position: pairs are (p, q) for p < q < rowEnd[p]
    std::vector<float> values;   ///< by position, stride floats per row
    std::vector<int> chunkBegin; ///< positions starting each work chunk (+ end)
    std::int64_t pairs = 0;

    PairLayout(const EmbeddingTable &table, NegativePairs negatives, int chunksWanted)
    {
        const int n = table.size();
        order.resize(size_t(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return table.subjectId(a) < table.subjectId(b); });
        classId.resize(size_t(n));
        rowEnd.resize(size_t(n));
        values.resize(size_t(n) * size_t(table.stride()));
        for (int p = 0; p < n; ++p) {
            classId[size_t(p)] = table.classId(order[size_t(p)]);
            std::copy(table.row(order[size_t(p)]), table.row(order[size_t(p)]) + table.stride(),
                      values.begin() + ptrdiff_t(p) * table.stride());
        }
        for (int p = n - 1; p >= 0; --p) {
            if (negatives == NegativePairs::AllNonPositive || p == n - 1
                || table.subjectId(order[size_t(p)]) != table.subjectId(order[size_t(p + 1)]))
                rowEnd[size_t(p)] = negatives == NegativePairs::AllNonPositive ? n : p + 1;
            else
                rowEnd[size_t(p)] = rowEnd[size_t(p + 1)];
            pairs += rowEnd[size_t(p)] - p - 1;
        }
        // Chunks of about equal pair counts.
        const std::int64_t perChunk = std::max<std::int64_t>(1, pairs / chunksWanted);
        std::int64_t acc = 0;
        chunkBegin.push_back(0);
        for (int p = 0; p < n; ++p) {
            acc += rowEnd[size_t(p)] - p - 1;
            if (acc >= perChunk && p + 1 < n) {
                chunkBegin.push_back(p + 1);
                acc = 0;
            }
        }
        chunkBegin.push_back(n);
    }
    int chunks() const { return int(chunkBegin.size()) - 1; }
};

/** Keeps the `limit` worst failures seen (a heap with the least bad on top). */
struct WorstPairs
{
    size_t limit = 0;
    std::vector<ScoredPair> heap;
    void add(const ScoredPair &pair)
    {
        if (limit == 0)
            return;
        if (heap.size() < limit) {
            heap.push_back(pair);
            std::push_heap(heap.begin(), heap.end(), worseFailure);
        } else if (worseFailure(pair, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), worseFailure);
            heap.back() = pair;
            std::push_heap(heap.begin(), heap.end(), worseFailure);
        }
    }
};

ScoredPair makePair(const PairLayout &layout, int p, int q, float score, bool positive)
{
    const int a = layout.order[size_t(p)], b = layout.order[size_t(q)];
    return ScoredPair{std::min(a, b), std::max(a, b), score, positive, 0.0};
}

} // namespace

bool worseFailure(const ScoredPair &x, const ScoredPair &y)
{
    if (x.margin != y.margin)
        return x.margin > y.margin;
    if (x.a != y.a)
        return x.a < y.a;
    return x.b < y.b;
}

std::vector<ScoredPair> allPairs(const EmbeddingTable &table, NegativePairs negatives)
{
    std::vector<ScoredPair> pairs;
    for (int a = 0; a < table.size(); ++a) {
        for (int b = a + 1; b < table.size(); ++b) {
            const bool sameSubject = table.subjectId(a) == table.subjectId(b);
            if (negatives == NegativePairs::SameSubject && !sameSubject)
                continue;
            pairs.push_back(
                ScoredPair{a, b, table.score(a, b), table.classId(a) == table.classId(b), 0.0});
        }
    }
    return pairs;
}

Result<PairEvaluation> evaluatePairs(const EmbeddingTable &table, const PairEvalOptions &options)
{
    const int threads = workerCount(options.threads);
    const PairLayout layout(table, options.negatives, 64 * threads);
    const int stride = table.stride();
    auto rowAt = [&](int p) { return layout.values.data() + size_t(p) * size_t(stride); };

    // Pass 1: the positives (same class), which define the summary's groups.
    PairEvaluation result;
    result.negatives = options.negatives;
    std::vector<ScoredPair> positives;
    for (int p = 0; p < table.size(); ++p) {
        for (int q = p + 1; q < layout.rowEnd[size_t(p)]; ++q) {
            if (layout.classId[size_t(p)] == layout.classId[size_t(q)])
                positives.push_back(
                    makePair(layout, p, q, dotPadded(rowAt(p), rowAt(q), stride), true));
        }
    }
    const std::int64_t negativeTotal = layout.pairs - std::int64_t(positives.size());
    if (positives.empty())
        return Error{tr("There are no positive pairs: no subject has two clips of the same "
                        "motion.")};
    if (negativeTotal <= 0)
        return Error{options.negatives == NegativePairs::SameSubject
                         ? tr("There are no negative pairs: no subject has clips of two "
                              "different motions.")
                         : tr("There are no negative pairs to evaluate.")};
    std::vector<double> positiveScores;
    positiveScores.reserve(positives.size());
    for (const ScoredPair &pair : positives)
        positiveScores.push_back(pair.score);

    const std::int64_t negativeRows = std::max<std::int64_t>(0,
                                                             options.maxPairRows
                                                                 - std::int64_t(positives.size()));
    result.negativeSampleRate = std::min(1.0, double(negativeRows) / double(negativeTotal));
    const bool sampleAll = negativeRows >= negativeTotal;
    // A pair is listed when its hash falls below this fraction of the 64-bit range.
    const std::uint64_t cutoff = std::uint64_t(std::ldexp(result.negativeSampleRate, 64) * 0.999999);
    const bool thresholdGiven = options.threshold.has_value();
    const double tau = options.threshold.value_or(0.0);
    // Without a given threshold, the peak-F1 one is known only after pass 2: pass 3 lists the
    // false positives at it.
    const bool needPassThree = !thresholdGiven;

    // Pass 2: every negative into per-worker summaries (merging counts, minima and maxima
    // is order-independent, so the result does not depend on the thread schedule).
    std::vector<ScoreSummary> summaries(static_cast<size_t>(threads), ScoreSummary(positiveScores));
    std::vector<std::int64_t> acceptedAtTau(static_cast<size_t>(threads), 0);
    std::vector<WorstPairs> worst(static_cast<size_t>(threads));
    for (WorstPairs &w : worst)
        w.limit = size_t(std::max(0, options.maxFailedPairs));
    std::vector<std::vector<ScoredPair>> sampled(static_cast<size_t>(threads));
    const double passWeight = needPassThree ? 0.5 : 1.0;
    auto progress2 = [&](double f) { return !options.progress || options.progress(f * passWeight); };
    const bool finished = runChunks(
        layout.chunks(), threads,
        [&](int chunk, int worker) {
            ScoreSummary &summary = summaries[size_t(worker)];
            std::int64_t accepted = 0;
            for (int p = layout.chunkBegin[size_t(chunk)]; p < layout.chunkBegin[size_t(chunk + 1)];
                 ++p) {
                const float *rp = rowAt(p);
                const int cls = layout.classId[size_t(p)];
                const int end = layout.rowEnd[size_t(p)];
                for (int q = p + 1; q < end; ++q) {
                    if (layout.classId[size_t(q)] == cls)
                        continue;
                    const float s = dotPadded(rp, rowAt(q), stride);
                    summary.addNegative(s);
                    if (thresholdGiven && s >= tau) {
                        ++accepted;
                        ScoredPair pair = makePair(layout, p, q, s, false);
                        pair.margin = double(s) - tau;
                        worst[size_t(worker)].add(pair);
                    }
                    if (!sampleAll) {
                        const ScoredPair pair = makePair(layout, p, q, s, false);
                        const std::uint64_t key = (std::uint64_t(pair.a) << 32)
                                                  | std::uint64_t(pair.b);
                        if (mixHash(key ^ options.sampleSeed) >= cutoff)
                            continue;
                    }
                    sampled[size_t(worker)].push_back(makePair(layout, p, q, s, false));
                }
            }
            acceptedAtTau[size_t(worker)] += accepted;
        },
        progress2);
    if (!finished)
        return Error{tr("The evaluation was cancelled.")};
    for (int w = 1; w < threads; ++w)
        summaries[0].merge(summaries[size_t(w)]);
    result.metrics = computeMetrics(summaries[0]);

    result.thresholdGiven = thresholdGiven;
    const double opTau = thresholdGiven ? tau : result.metrics.atPeakF1.threshold;
    if (thresholdGiven) {
        std::int64_t accepted = std::accumulate(acceptedAtTau.begin(), acceptedAtTau.end(),
                                                std::int64_t(0));
        ConfusionCounts c;
        c.threshold = tau;
        for (const ScoredPair &pair : positives)
            c.tp += double(pair.score) >= tau ? 1 : 0;
        c.fn = std::int64_t(positives.size()) - c.tp;
        c.fp = accepted;
        c.tn = negativeTotal - accepted;
        result.operating = c;
    } else {
        result.operating = result.metrics.atPeakF1;
        // Pass 3: the negatives accepted at the peak-F1 threshold, worst first.
        if (result.operating.fp > 0 && options.maxFailedPairs > 0) {
            const bool ok = runChunks(
                layout.chunks(), threads,
                [&](int chunk, int worker) {
                    for (int p = layout.chunkBegin[size_t(chunk)];
                         p < layout.chunkBegin[size_t(chunk + 1)]; ++p) {
                        const float *rp = rowAt(p);
                        const int cls = layout.classId[size_t(p)];
                        const int end = layout.rowEnd[size_t(p)];
                        for (int q = p + 1; q < end; ++q) {
                            if (layout.classId[size_t(q)] == cls)
                                continue;
                            const float s = dotPadded(rp, rowAt(q), stride);
                            if (double(s) >= opTau) {
                                ScoredPair pair = makePair(layout, p, q, s, false);
                                pair.margin = double(s) - opTau;
                                worst[size_t(worker)].add(pair);
                            }
                        }
                    }
                },
                [&](double f) { return !options.progress || options.progress(0.5 + 0.5 * f); });
            if (!ok)
                return Error{tr("The evaluation was cancelled.")};
        }
    }
    for (const WorstPairs &w : worst)
        result.falsePositives.insert(result.falsePositives.end(), w.heap.begin(), w.heap.end());
    std::sort(result.falsePositives.begin(), result.falsePositives.end(), worseFailure);
    if (result.falsePositives.size() > size_t(std::max(0, options.maxFailedPairs)))
        result.falsePositives.resize(size_t(std::max(0, options.maxFailedPairs)));

    for (const ScoredPair &pair : positives) {
        if (double(pair.score) < opTau) {
            ScoredPair failed = pair;
            failed.margin = opTau - double(pair.score);
            result.falseNegatives.push_back(failed);
        }
    }
    std::sort(result.falseNegatives.begin(), result.falseNegatives.end(), worseFailure);
    if (result.falseNegatives.size() > size_t(std::max(0, options.maxFailedPairs)))
        result.falseNegatives.resize(size_t(std::max(0, options.maxFailedPairs)));

    result.pairs = std::move(positives);
    for (const std::vector<ScoredPair> &part : sampled)
        result.pairs.insert(result.pairs.end(), part.begin(), part.end());
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const ScoredPair &x, const ScoredPair &y) {
                  return x.a != y.a ? x.a < y.a : x.b < y.b;
              });
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace fm
