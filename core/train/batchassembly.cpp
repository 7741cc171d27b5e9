#include "batchassembly.h"

#include <map>

namespace fm {

AssembledBatch assembleSupervised(const std::vector<ClipFeatures> &clips, int dim,
                                  const TrainConfig &config, const PairBatch &batch,
                                  std::mt19937_64 &rng)
{
    AssembledBatch out;
    std::map<int, int> row;
    std::map<QString, std::vector<float>> gains; // per subject, this batch
    auto rowOf = [&](int clip) {
        auto [it, inserted] = row.emplace(clip, int(out.sequences.size()));
        if (inserted) {
            const ClipFeatures &c = clips[size_t(clip)];
            const FrameRange range = config.trimming ? randomTrim(c, rng) : FrameRange{0, c.frames};
            out.sequences.push_back(
                gatherFrames(c, dim, speedJitter(rangeFrames(range), config.speedJitter, rng)));
            out.clipOfRow.push_back(clip);
            if (config.featureGain > 0) {
                auto [g, fresh] = gains.emplace(c.subject, std::vector<float>());
                if (fresh)
                    g->second = featureGains(dim, config.featureGain, rng);
                std::vector<float> &s = out.sequences.back();
                for (size_t k = 0; k < s.size(); ++k)
                    s[k] *= g->second[k % size_t(dim)];
            }
        }
        return it->second;
    };
    for (const PairBatch::Pair &pair : batch.pairs) {
        out.rowA.push_back(rowOf(pair.a));
        out.rowB.push_back(rowOf(pair.b));
        out.positive.push_back(pair.positive ? 1 : 0);
    }
    return out;
}

AssembledBatch assembleSelfSupervised(const std::vector<ClipFeatures> &clips, int dim,
                                      const TrainConfig &config, const std::vector<int> &batchClips,
                                      std::mt19937_64 &rng)
{
    AssembledBatch out;
    const int views = config.pretrainViews;
    for (size_t k = 0; k < batchClips.size(); ++k) {
        const ClipFeatures &c = clips[size_t(batchClips[k])];
        if (config.pretrain == PretrainMode::Twins) {
            const int first = uniformInt(rng, 0, views);
            int second = uniformInt(rng, 0, views - 1);
            second += second >= first ? 1 : 0;
            for (int view : {first, second}) {
                out.sequences.push_back(
                    gatherFrames(c, dim, temporalPadding(rangeFrames({0, c.frames}), rng), view));
                out.labels.push_back(int64_t(k));
            }
            continue;
        }
        const auto [a, b] = contrastiveSubclips(c.frames, rng);
        for (int twin = 0; twin < 2; ++twin) {
            out.sequences.push_back(
                gatherFrames(c, dim, temporalPadding(a, rng), uniformInt(rng, 0, views)));
            out.labels.push_back(int64_t(2 * k));
            out.sequences.push_back(
                gatherFrames(c, dim, temporalPadding(b, rng), uniformInt(rng, 0, views)));
            out.labels.push_back(int64_t(2 * k + 1));
        }
    }
    return out;
}

} // namespace fm
