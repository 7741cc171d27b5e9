#include "pairsampler.h"

#include "clipaugment.h"

#include <QCoreApplication>

#include <map>
#include <random>

namespace fm {

PairSampler::PairSampler(const std::vector<ClipFeatures> &clips, bool negativesAnySubject)
{
    std::map<QString, int> subjects;
    std::map<std::pair<QString, QString>, int> classes;
    for (const ClipFeatures &c : clips) {
        subjects.emplace(c.subject, int(subjects.size()));
        classes.emplace(std::make_pair(c.subject, c.motion), int(classes.size()));
    }
    const size_t n = clips.size();
    m_class.resize(n);
    m_subject.resize(n);
    m_positives.resize(n);
    m_negatives.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_class[i] = classes[{clips[i].subject, clips[i].motion}];
        m_subject[i] = subjects[clips[i].subject];
        m_ids.push_back(clips[i].id);
    }
    // Quadratic in the number of clips: fine for the few thousand clips a training set has.
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            if (m_class[i] == m_class[j])
                m_positives[i].push_back(int(j));
            else if (negativesAnySubject || m_subject[i] == m_subject[j])
                m_negatives[i].push_back(int(j));
        }
    }
}

Result<bool> PairSampler::check() const
{
    if (m_class.empty())
        return Error{QCoreApplication::translate("fm::PairSampler", "The training set is empty.")};
    for (size_t i = 0; i < m_class.size(); ++i) {
        if (m_positives[i].empty() || m_negatives[i].empty())
            return Error{QCoreApplication::translate(
                             "fm::PairSampler",
                             "Clip \"%1\" has no %2 partner in the training set: every motion "
                             "needs two clips and every subject two motions.")
                             .arg(m_ids[i], m_positives[i].empty() ? QStringLiteral("positive")
                                                                   : QStringLiteral("negative"))};
    }
    return true;
}

int PairSampler::stepsPerEpoch(int batchPairs) const
{
    return int((m_class.size() + size_t(batchPairs) - 1) / size_t(batchPairs));
}

std::vector<PairBatch> PairSampler::epoch(std::uint64_t seed, int epoch, int batchPairs) const
{
    std::mt19937_64 rng(mixSeed(seed, 0x5A4D, std::uint64_t(epoch)));
    std::vector<int> order(m_class.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    for (int i = int(order.size()) - 1; i > 0; --i) // Fisher-Yates with our uniformInt
        std::swap(order[size_t(i)], order[size_t(uniformInt(rng, 0, i))]);
    std::vector<PairBatch> batches;
    for (size_t start = 0; start < order.size(); start += size_t(batchPairs)) {
        PairBatch batch;
        const size_t end = std::min(order.size(), start + size_t(batchPairs));
        std::vector<PairBatch::Pair> negatives;
        for (size_t k = start; k < end; ++k) {
            const int a = order[k];
            const auto &pos = m_positives[size_t(a)];
            const auto &neg = m_negatives[size_t(a)];
            batch.pairs.push_back({a, pos[size_t(uniformInt(rng, 0, int(pos.size()) - 1))], true});
            negatives.push_back({a, neg[size_t(uniformInt(rng, 0, int(neg.size()) - 1))], false});
        }
        batch.pairs.insert(batch.pairs.end(), negatives.begin(), negatives.end());
        batches.push_back(std::move(batch));
    }
    return batches;
}

} // namespace fm
