#pragma once

#include "common/error.h"
#include "expr/feenet.h"
#include "synth/facialactions.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>
#include <vector>

namespace fm {

class DlibFaceFinder;
class FaceWarper;

/** Real demo-photo faces made expressive by the demo generator's FaceWarper. */
struct DemoFaces
{
    std::vector<std::shared_ptr<FaceWarper>> warpers; ///< one per usable person
    QStringList photos;                               ///< the photo each person came from
};

/**
 * The usable faces of the demo photos (ModelLocator::demoPhotoDir() when `photos` is empty),
 * reframed into `frameSize` frames, at most `maxPersons` (0 = all).
 */
Result<DemoFaces> loadDemoFaces(DlibFaceFinder &finder, QSize frameSize, int maxPersons = 0,
                                const QStringList &photos = {});

/** One rendered expressive face: who, which action (-1 = neutral) and its FEENet crop. */
struct DemoExpressionSample
{
    int person = 0;
    int action = -1; ///< index into the action list, -1 = neutral face
    float intensity = 0.f;
    cv::Mat crop;
};

/** The actions the expression demos use: clearly different looks. */
std::vector<FacialAction> demoExpressionActions();

/** The frame of `person` doing `action` (-1: neutral) at `intensity`, with its landmarks. */
cv::Mat renderDemoExpression(const FaceWarper &warper, int action, float intensity,
                             Landmarks68 *points = nullptr);

/**
 * The face of `warper` turned about the vertical axis by `yawDegrees` (positive: towards
 * image-right), approximated by moving the landmarks with a generic per-point depth and
 * warping the texture with them; `points` receives the moved landmarks. Used to make faces
 * FaceQA must reject.
 */
cv::Mat renderTurnedFace(const FaceWarper &warper, double yawDegrees, Landmarks68 *points = nullptr);

/**
 * The face of `warper` tilted about the horizontal axis through the eyes by `pitchDegrees`
 * (positive: chin up, as FaceQA's HeadPose), with the same generic depths as renderTurnedFace.
 */
cv::Mat renderTiltedFace(const FaceWarper &warper, double pitchDegrees,
                         Landmarks68 *points = nullptr);

/**
 * Renders `perAction` samples (random intensity 0.6-1.0) of every demo action and a neutral
 * face for each person; crops follow ExprFaceFinder::crop on the moved landmarks with a
 * random scale (±8%), shift (±4%) and brightness (±20 grey levels).
 */
std::vector<DemoExpressionSample> renderDemoExpressions(const DemoFaces &faces, int perAction,
                                                        unsigned seed);

/**
 * Triplets (indices into samples): anchor and positive show the same action, the negative
 * another one; only samples whose person is in `persons` are used. `count` triplets. With
 * `identityHard`, every other triplet has a positive from another person and a negative from
 * the anchor's own person (teaches the embedding to ignore who it is).
 */
std::vector<std::array<int, 3>> makeDemoTriplets(const std::vector<DemoExpressionSample> &samples,
                                                 const std::vector<int> &persons, int count,
                                                 unsigned seed, bool identityHard = false);

/** How backbone features are made relative to their person before the head sees them. */
enum class IdentityNormalisation {
    None,
    SubtractNeutral,    ///< minus the mean feature of the person's neutral samples
    SubtractPersonMean, ///< minus the mean feature of all the person's samples
    /// each triplet row minus either its person's mean or its person's neutral face (even/odd
    /// rows): teaches a head both baselines (video faces get a mean, references a neutral face)
    SubtractMeanOrNeutral
};

/** Backbone features of every sample, one row each (batched backbone passes). */
Result<cv::Mat> demoBackboneFeatures(const FeeNet &net,
                                     const std::vector<DemoExpressionSample> &samples);

/** The triplets' rows of `features` (from demoBackboneFeatures), normalised per person. */
TripletFeatures demoTripletRows(const cv::Mat &features,
                                const std::vector<DemoExpressionSample> &samples,
                                const std::vector<std::array<int, 3>> &triplets,
                                IdentityNormalisation normalisation = IdentityNormalisation::None);

/** Backbone features of the triplets' faces (one backbone pass over all samples). */
Result<TripletFeatures> demoTripletFeatures(const FeeNet &net,
                                            const std::vector<DemoExpressionSample> &samples,
                                            const std::vector<std::array<int, 3>> &triplets);

/** One segment of a demo expression video: who is on screen and what they do. */
struct DemoVideoSegment
{
    std::vector<int> persons; ///< one person full frame, or two side by side
    int action = -1;          ///< -1 = neutral
    int frames = 45;
};

/**
 * The demo footage script of the CLI's demo-video and the benchmark: `people` people in turn
 * (every fifth segment two side by side), a random action (or neutral) per 45-frame segment,
 * `frames` frames in all.
 */
std::vector<DemoVideoSegment> demoVideoScript(int people, int frames, unsigned seed = 5);

/** What each frame of a demo video shows (ground truth for tests and benches). */
struct DemoVideoTruth
{
    std::vector<int> segmentOfFrame;
    std::vector<DemoVideoSegment> segments;
    int frames = 0;
};

/**
 * Writes a video of the segments (actions ramp in and out with a raised cosine inside each
 * segment), streamed frame by frame. `progress(done, total)` returning false cancels.
 */
Result<DemoVideoTruth> writeDemoExpressionVideo(const QString &path, const DemoFaces &faces,
                                                const std::vector<DemoVideoSegment> &segments,
                                                QSize frameSize, double fps,
                                                const std::function<bool(int, int)> &progress = {});

} // namespace fm
