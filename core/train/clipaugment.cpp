#include "clipaugment.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fm {

std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d,
                      std::uint64_t e)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (std::uint64_t v : {a, b, c, d, e}) {
        h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        h += 0x9E3779B97F4A7C15ULL;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
        h ^= h >> 31;
    }
    return h;
}

int uniformInt(std::mt19937_64 &rng, int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const std::uint64_t span = std::uint64_t(hi - lo) + 1;
    // Rejection sampling: unbiased and fully specified by the mt19937_64 sequence.
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % span);
    std::uint64_t x;
    do {
        x = rng();
    } while (x >= limit);
    return lo + int(x % span);
}

FrameRange randomTrim(const ClipFeatures &clip, std::mt19937_64 &rng)
{
    const int onset = clip.onset.value_or(0);
    const int offset = clip.offset.value_or(clip.frames - 1);
    const int begin = uniformInt(rng, 0, onset);
    const int end = uniformInt(rng, offset + 1, clip.frames);
    return {begin, end};
}

std::pair<std::vector<int>, std::vector<int>> contrastiveSubclips(int frames, std::mt19937_64 &rng)
{
    const int half = std::max(1, frames / 2);
    const int start = uniformInt(rng, 0, frames - half);
    std::vector<int> a, b;
    for (int i = 0; i < frames; ++i)
        (i >= start && i < start + half ? a : b).push_back(i);
    if (b.empty()) // a one-frame clip: B repeats it rather than being empty
        b = a;
    return {a, b};
}

std::vector<int> temporalPadding(const std::vector<int> &frames, std::mt19937_64 &rng)
{
    const int quarter = int(frames.size()) / 4;
    const int before = uniformInt(rng, 0, quarter);
    const int after = uniformInt(rng, 0, quarter);
    std::vector<int> out(size_t(before), frames.front());
    out.insert(out.end(), frames.begin(), frames.end());
    out.insert(out.end(), size_t(after), frames.back());
    return out;
}

std::vector<float> gatherFrames(const ClipFeatures &clip, int dim, const std::vector<int> &frames,
                                int view)
{
    const std::vector<float> &source = view == 0 ? clip.values : clip.views.at(size_t(view - 1));
    std::vector<float> out(frames.size() * size_t(dim));
    for (size_t i = 0; i < frames.size(); ++i)
        std::copy_n(source.data() + size_t(frames[i]) * size_t(dim), dim,
                    out.begin() + std::ptrdiff_t(i * dim));
    return out;
}

std::vector<int> rangeFrames(FrameRange range)
{
    std::vector<int> out;
    for (int i = range.begin; i < range.end; ++i)
        out.push_back(i);
    return out;
}

std::vector<int> speedJitter(const std::vector<int> &frames, double maxChange, std::mt19937_64 &rng)
{
    if (maxChange <= 0 || frames.size() < 2)
        return frames;
    // A rate drawn uniformly in log space: as likely faster as slower.
    const double u = double(uniformInt(rng, 0, 1 << 20)) / double(1 << 20);
    const double rate = std::exp((2.0 * u - 1.0) * std::log1p(maxChange));
    const int n = std::max(2, int(std::lround(double(frames.size()) / rate)));
    std::vector<int> out(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double source = double(i) * double(frames.size() - 1) / double(n - 1);
        out[size_t(i)] = frames[size_t(std::lround(source))];
    }
    return out;
}

std::vector<float> featureGains(int dim, double sd, std::mt19937_64 &rng)
{
    std::vector<float> gains(size_t(std::max(dim, 0)), 1.0f);
    if (sd <= 0)
        return gains;
    constexpr int kSteps = 1 << 20;
    for (float &g : gains) {
        const double u1 = (double(uniformInt(rng, 0, kSteps - 1)) + 0.5) / double(kSteps);
        const double u2 = double(uniformInt(rng, 0, kSteps - 1)) / double(kSteps);
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        g = float(std::exp(sd * normal));
    }
    return gains;
}

std::vector<ClipFeatures> synthesiseCompounds(const std::vector<ClipFeatures> &clips, int dim,
                                              int copies, std::uint64_t seed)
{
    // subject -> motion -> clips (std::map: a fixed order whatever the input order of names).
    std::map<QString, std::map<QString, std::vector<const ClipFeatures *>>> bySubject;
    for (const ClipFeatures &c : clips)
        bySubject[c.subject][c.motion].push_back(&c);
    std::vector<ClipFeatures> out;
    std::mt19937_64 rng(seed);
    for (const auto &[subject, motions] : bySubject) {
        for (const auto &[first, firstClips] : motions) {
            for (const auto &[second, secondClips] : motions) {
                for (int k = 0; k < copies; ++k) {
                    const ClipFeatures &a
                        = *firstClips[size_t(uniformInt(rng, 0, int(firstClips.size()) - 1))];
                    const ClipFeatures &b
                        = *secondClips[size_t(uniformInt(rng, 0, int(secondClips.size()) - 1))];
                    const int aOn = a.onset.value_or(0), aOff = a.offset.value_or(a.frames - 1);
                    const int bOn = b.onset.value_or(0), bOff = b.offset.value_or(b.frames - 1);
                    const int lead = uniformInt(rng, 0, aOn);
                    std::vector<int> fromA, fromB;
                    for (int i = aOn - lead; i <= aOff; ++i)
                        fromA.push_back(i);
                    for (int i = bOn; i <= bOff; ++i)
                        fromB.push_back(i);
                    const bool holdApex = uniformInt(rng, 0, 1) == 1;
                    const int neutralAfter = b.frames - 1 - bOff;
                    const int tail = uniformInt(rng, 0,
                                                holdApex ? std::max(neutralAfter, 4) : neutralAfter);
                    for (int t = 0; t < tail; ++t)
                        fromB.push_back(holdApex ? (bOn + bOff) / 2 : bOff + 1 + t);
                    ClipFeatures c;
                    c.subject = subject;
                    c.motion = first + QLatin1Char('+') + second;
                    c.id = subject + QLatin1Char('/') + c.motion + QLatin1Char('/')
                           + QString::number(k + 1);
                    // SS views carry over where both source clips have them.
                    const size_t views = std::min(a.views.size(), b.views.size());
                    for (size_t v = 0; v <= views; ++v) {
                        std::vector<float> values = gatherFrames(a, dim, fromA, int(v));
                        const std::vector<float> tail = gatherFrames(b, dim, fromB, int(v));
                        values.insert(values.end(), tail.begin(), tail.end());
                        if (v == 0)
                            c.values = std::move(values);
                        else
                            c.views.push_back(std::move(values));
                    }
                    c.frames = int(fromA.size() + fromB.size());
                    c.onset = lead;
                    c.offset = int(fromA.size()) + (bOff - bOn);
                    out.push_back(std::move(c));
                }
            }
        }
    }
    return out;
}

} // namespace fm
