#pragma once

#include "common/error.h"
#include "face/facedetector.h"
#include "face/facetypes.h"

#include <opencv2/core/mat.hpp>

#include <memory>

namespace fm {

class LandmarkPredictor;

/** How the tracker finds and follows a face. */
struct FaceTrackerOptions
{
    /** Frames are downscaled so their longer side is at most this for full detection (0: no). */
    int detectLongSide = 480;
    /** Still images: upscale so faces of this side reach the detector's minimum (0: off). */
    int minFaceSide = 0;
    /** Confirm the tracked face with a detector run on a small region every N frames. */
    int verifyEvery = 3;
    /** Full detection at least every N frames while tracking (0: only on failure). */
    int redetectEvery = 0;
    /** For this many frames after the first face is found, an off-centre face is checked
     *  against a full detection every few frames: when the detector missed the subject in the
     *  first frame and the tracker took someone at the edge, it switches to the larger, more
     *  central face (0: never). */
    int settleFrames = 30;
};

/** What the tracker found in one frame. */
struct TrackedFace
{
    bool found = false;
    bool detected = false; ///< true: a full-frame detection; false: followed from the last frame
    /** How many directly preceding frames should be flagged as without a face after all:
     *  when the face is lost, those followed but never confirmed by the detector; when the
     *  tracker switched to the clip's subject while settling, those that followed someone
     *  else. */
    int retract = 0;
    FaceShape shape;
};

/** Accumulated time per stage (milliseconds) for benchmarks. */
struct TrackerTimings
{
    double greyMs = 0.0;
    double detectMs = 0.0;
    double landmarksMs = 0.0;
    int detections = 0;
    int verifications = 0;
};

/**
 * Follows one person's face through a sequence of frames: detects (on a downscaled frame),
 * picks the likeliest subject, area × (1 − distance from the centre in half-diagonals)²
 * (reconsidered during the first `settleFrames` if it is off-centre), then predicts each
 * frame's 68 landmarks from a box derived from the previous landmarks and confirms it with a
 * small-region detection every few frames; a failed confirmation falls back to full
 * detection, choosing the face nearest the last position. Not thread-safe; one tracker per
 * clip.
 */
class FaceTracker
{
public:
    FaceTracker(std::unique_ptr<FaceDetector> detector,
                std::shared_ptr<const LandmarkPredictor> predictor,
                FaceTrackerOptions options = {});
    ~FaceTracker();

    /** Creates a tracker with dlib's HOG detector and the default landmark model. */
    static Result<std::unique_ptr<FaceTracker>> createDefault(FaceTrackerOptions options = {});

    const FaceTrackerOptions &options() const { return m_options; }
    void setOptions(const FaceTrackerOptions &options) { m_options = options; }
    const FaceDetector &detector() const { return *m_detector; }

    /** The next frame of a sequence (8-bit BGR or grey); `grey` receives its grey copy. */
    TrackedFace track(const cv::Mat &frame, cv::Mat *grey = nullptr);
    /** Forgets the followed face (next call detects afresh). */
    void reset();

    /** Every face in one image, largest first, each with landmarks (no tracking). */
    std::vector<FaceShape> findAll(const cv::Mat &image);

    const TrackerTimings &timings() const { return m_timings; }

private:
    std::vector<DetectedFace> detectScaled(const cv::Mat &grey, int longSide, int minFaceSide);
    bool verify(const cv::Mat &grey, const cv::Rect2f &box, cv::Rect2f *detected);
    cv::Rect2f boxFromLandmarks(const Landmarks68 &points) const;
    void learnBoxModel(const cv::Rect2f &box, const Landmarks68 &points);
    TrackedFace detectAndChoose(const cv::Mat &grey);
    /** Starts following `face`: its landmarks, the box model learnt from them. */
    TrackedFace take(const cv::Mat &grey, const DetectedFace &face);
    void settle(const cv::Mat &grey, TrackedFace &result);

    std::unique_ptr<FaceDetector> m_detector;
    std::shared_ptr<const LandmarkPredictor> m_predictor;
    FaceTrackerOptions m_options;
    TrackerTimings m_timings;

    bool m_tracking = false;
    bool m_everFound = false;
    int m_sinceVerify = 0;
    int m_unconfirmed = 0;
    int m_sinceDetect = 0;
    int m_lostFrames = 0;
    int m_sinceFirstFound = 0; ///< frames since the first face was found (settling)
    cv::Rect2f m_lastBox;
    Landmarks68 m_last{};
    cv::Vec4f m_boxModel{0.f, 0.f, 1.f, 1.f}; ///< detector box in the stable face frame
};

} // namespace fm
