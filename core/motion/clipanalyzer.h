#pragma once

#include "common/error.h"
#include "face/facealigner.h"
#include "face/facedetector.h"
#include "face/faceqa.h"
#include "face/facetracker.h"
#include "motion/clipanalysis.h"
#include "motion/motionspotter.h"

#include <atomic>
#include <functional>
#include <memory>

namespace fm {

class LandmarkPredictor;

/** Settings of the whole per-clip analysis. */
struct AnalysisOptions
{
    FaceTrackerOptions tracker;
    AlignmentTemplate crop;
    FaceQaOptions qa;
    MotionOptions motion;
    int smoothRadius = 3;      ///< crop alignment is averaged over +-N frames (no jitter)
    bool keepCrops = false;    ///< keep the aligned crops in ClipAnalysis::crops
    double sequenceFps = 30.0; ///< frame rate of image-sequence folders
    /** Live preview detects on a smaller copy (longer side, pixels) to stay within a frame
     *  time at 30 fps; faces need to be >= ~80/400 of the frame's longer side. */
    int previewDetectLongSide = 400;
};

/** Called with (frames done, frames expected); return false to cancel. */
using AnalysisProgress = std::function<bool(int done, int total)>;

/**
 * The per-clip pipeline: decode, find and follow the face, 68 landmarks, time-smoothed aligned
 * 112x112 crops, FaceQA, then motion spotting. Also a fast single-frame live preview.
 * One analyzer per thread (the landmark model itself is loaded once and shared).
 */
class ClipAnalyzer
{
public:
    /** With `detector` empty, dlib's HOG detector is used. */
    static Result<std::unique_ptr<ClipAnalyzer>> create(AnalysisOptions options = {},
                                                        std::unique_ptr<FaceDetector> detector = {});
    ~ClipAnalyzer();

    const AnalysisOptions &options() const { return m_options; }

    /**
     * Analyses a video file or image-sequence folder. Unreadable input is an Error; frames
     * without a face are flagged in the result and listed in its warnings.
     */
    Result<ClipAnalysis> analyze(const QString &path, const AnalysisProgress &progress = {},
                                 const std::atomic<bool> *cancel = nullptr);

    /**
     * Live preview of one frame (camera or scrubbing): detect, 68 landmarks, crop transform
     * and FaceQA. With `follow`, the face of the previous call is tracked (faster for a
     * camera stream); otherwise the frame is searched afresh.
     */
    FrameAnalysis preview(const cv::Mat &frame, bool follow = true, cv::Mat *crop = nullptr);

    /** Every face of a still image (group photos): boxes and landmarks, largest first. */
    std::vector<FaceShape> findFaces(const cv::Mat &image, int minFaceSide = 60);

private:
    ClipAnalyzer(AnalysisOptions options, std::unique_ptr<FaceDetector> detector,
                 std::shared_ptr<const LandmarkPredictor> predictor);

    AnalysisOptions m_options;
    std::shared_ptr<const LandmarkPredictor> m_predictor;
    std::unique_ptr<FaceTracker> m_tracker;
    std::unique_ptr<FaceTracker> m_previewTracker;
    FaceAligner m_aligner;
    FaceQa m_qa;
};

} // namespace fm
