#pragma once

#include "featureset.h"

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace fm {

/** Mixes values into one well-spread 64-bit seed (splitmix64 steps), for per-step RNGs. */
std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0,
                      std::uint64_t d = 0, std::uint64_t e = 0);

/** A uniform integer in [lo, hi] drawn with our own arithmetic, so it is the same on every
    standard library (std::uniform_int_distribution is not specified bit for bit). */
int uniformInt(std::mt19937_64 &rng, int lo, int hi);

/** A half-open frame range [begin, end). */
struct FrameRange
{
    int begin = 0, end = 0;
    int size() const { return end - begin; }
};

/**
 * Random trimming (seed 000 §2.5): keeps the active segment [onset, offset] and a random
 * number of the neutral frames before the onset and after the offset. Without markers the
 * whole clip is kept.
 */
FrameRange randomTrim(const ClipFeatures &clip, std::mt19937_64 &rng);

/** Contrastive subclips (seed 001 §3.3): A = a random half-length subclip, B = the two
    remaining pieces concatenated (frame indices in order). */
std::pair<std::vector<int>, std::vector<int>> contrastiveSubclips(int frames, std::mt19937_64 &rng);

/** Temporal padding of SS/SS+ views: repeats the first and the last frame a random number
    of times (up to a quarter of the length each). */
std::vector<int> temporalPadding(const std::vector<int> &frames, std::mt19937_64 &rng);

/** Gathers rows `frames` of a clip's features (view 0) or of its SS view `view` (1-based) into
    a new frames.size() x dim array. */
std::vector<float> gatherFrames(const ClipFeatures &clip, int dim, const std::vector<int> &frames,
                                int view = 0);
std::vector<int> rangeFrames(FrameRange range);

/**
 * Speed change (repetitions differ in pace, seed 000 §4.1): resamples a frame-index list at a
 * random rate from 1/(1+maxChange) to 1+maxChange by nearest frame, so a motion plays up to
 * that much faster or slower. At least two frames stay. maxChange 0 returns the list as is.
 */
std::vector<int> speedJitter(const std::vector<int> &frames, double maxChange, std::mt19937_64 &rng);

/** Feature gain: dim factors exp(N(0, sd²)), drawn with our own arithmetic (Box–Muller over
    uniformInt) so they are the same on every standard library. sd 0 gives ones. */
std::vector<float> featureGains(int dim, double sd, std::mt19937_64 &rng);

/**
 * Compound facial actions (seed 001 §3.1): for every subject with motions A_1..A_N, all N^2
 * ordered pairs (i, j), `copies` clips each: random neutral frames of an A_i clip before its
 * active segment, the active segment of an A_j clip, then random neutral frames after A_j's
 * offset or its apex frame held (the middle of the active segment stands in for the apex).
 * Clips without markers count as active from first to last frame. Motion names are
 * "A_i+A_j"; markers of the result span both active segments; SS views are assembled alike
 * when both source clips have them. Deterministic for a seed.
 */
std::vector<ClipFeatures> synthesiseCompounds(const std::vector<ClipFeatures> &clips, int dim,
                                              int copies, std::uint64_t seed);

} // namespace fm
