#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace fm {

class DlibFaceFinder;

/** One face to learn from: the whole image (shared, not copied) and dlib's 68 points. */
struct LandmarkSample
{
    cv::Mat image;
    Landmarks68 points{};
    QString group; ///< identity/source group: photo path + face index, or video path
};

struct SfeTrainingOptions
{
    QString checkpointPath; ///< where model + optimizer are saved (required)
    bool resume = false;    ///< continue from checkpointPath if it exists
    int epochs = 20;
    int batchSize = 8;
    int samplesPerFace = 4;     ///< augmented crops per training face per epoch
    double learningRate = 2e-3; ///< Adam, cosine-annealed to 1% over the epochs
    uint64_t seed = 7;
};

/** What one epoch did; the progress callback gets one per epoch. */
struct SfeEpochReport
{
    int epoch = 0; ///< 1-based
    int epochs = 0;
    double trainLoss = 0.0;  ///< mean L1 on normalised coordinates
    double heldOutNme = 0.0; ///< mean landmark error / inter-ocular distance vs dlib
    double seconds = 0.0;
};

struct SfeTrainingResult
{
    bool cancelled = false;
    int epochsDone = 0;
    double heldOutNme = 0.0;
    double meanShapeNme = 0.0; ///< baseline: always predicting the mean training shape
    int trainFaces = 0;
    int heldOutFaces = 0;
};

/**
 * Distils MobileFaceNet ("SFE-M") on face crops against dlib's 68 landmarks: crop + augment
 * (flip with index remap, rotation, scale, shift, colour jitter), L1 loss, Adam, per-epoch
 * held-out error, checkpoint (model + optimizer) after every epoch and on cancel.
 */
class SfeDistiller
{
public:
    /**
     * Faces with dlib landmarks from images, image folders and videos (every `videoStep`-th
     * frame). Unreadable inputs are errors; inputs without faces are skipped.
     */
    static Result<std::vector<LandmarkSample>> collectFaces(
        const QStringList &inputs, DlibFaceFinder &finder, int videoStep = 10,
        const std::atomic<bool> *cancel = nullptr);
    /** Splits by group: every 5th group (sorted) is held out; at least one of each. */
    static void splitHeldOut(const std::vector<LandmarkSample> &all,
                             std::vector<LandmarkSample> &train,
                             std::vector<LandmarkSample> &heldOut);

    static Result<SfeTrainingResult> train(
        const std::vector<LandmarkSample> &trainFaces,
        const std::vector<LandmarkSample> &heldOutFaces, const SfeTrainingOptions &options,
        const std::function<void(const SfeEpochReport &)> &progress,
        const std::atomic<bool> *cancel = nullptr);

    /**
     * The 112x112 crop of a face: square of 1.25 x the landmarks' larger extent around their
     * centre; `rng` (optional) adds rotation/scale/shift/flip/colour jitter. `cropPoints`
     * receives the landmarks in crop pixels (mirrored and re-indexed when flipped).
     */
    static cv::Mat makeCrop(const LandmarkSample &face, cv::RNG *rng, Landmarks68 *cropPoints);
    /** Mean point distance divided by the outer-eye-corner distance (points 36, 45). */
    static double normalisedError(const Landmarks68 &predicted, const Landmarks68 &reference);
    /** Index of each point's mirror image under a horizontal flip (iBUG 68 layout). */
    static const std::array<int, 68> &mirrorIndex();
};

} // namespace fm
