#include "clipanalyzer.h"

#include "face/dlibhogdetector.h"
#include "face/landmarkpredictor.h"
#include "video/clipreader.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cmath>
#include <deque>

namespace fm {

namespace {

using Clock = std::chrono::steady_clock;

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ClipAnalyzer", text);
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

ClipAnalyzer::ClipAnalyzer(AnalysisOptions options, std::unique_ptr<FaceDetector> detector,
                           std::shared_ptr<const LandmarkPredictor> predictor)
    : m_options(options), m_predictor(std::move(predictor)), m_aligner(options.crop),
      m_qa(options.qa)
{
    std::unique_ptr<FaceDetector> previewDetector = detector->clone();
    m_tracker = std::make_unique<FaceTracker>(std::move(detector), m_predictor, options.tracker);
    FaceTrackerOptions previewOptions = options.tracker;
    if (options.previewDetectLongSide > 0)
        previewOptions.detectLongSide = options.previewDetectLongSide;
    m_previewTracker = std::make_unique<FaceTracker>(std::move(previewDetector), m_predictor,
                                                     previewOptions);
}

ClipAnalyzer::~ClipAnalyzer() = default;

Result<std::unique_ptr<ClipAnalyzer>> ClipAnalyzer::create(AnalysisOptions options,
                                                           std::unique_ptr<FaceDetector> detector)
{
    const auto predictor = LandmarkPredictor::load();
    if (!predictor)
        return predictor.error();
    if (!detector)
        detector = std::make_unique<DlibHogDetector>();
    return std::unique_ptr<ClipAnalyzer>(
        new ClipAnalyzer(options, std::move(detector), predictor.value()));
}

Result<ClipAnalysis> ClipAnalyzer::analyze(const QString &path, const AnalysisProgress &progress,
                                           const std::atomic<bool> *cancel)
{
    const auto totalStart = Clock::now();
    auto opened = ClipReader::open(path, m_options.sequenceFps);
    if (!opened)
        return opened.error();
    ClipReader &reader = *opened.value();
    ClipAnalysis analysis;
    analysis.clip = reader.info();
    analysis.detector = m_tracker->detector().name();
    analysis.cropSize = m_options.crop.cropSize;
    const int expected = analysis.clip.frameCount;
    m_tracker->reset();
    const TrackerTimings before = m_tracker->timings();
    AnalysisTimings &timing = analysis.timings;

    // Crops are cut `radius` frames late so their alignment can average future frames too.
    const int radius = std::max(0, m_options.smoothRadius);
    std::deque<cv::Mat> pending;
    std::vector<cv::Point2f> leftEyes, rightEyes;
    const auto finalise = [&](int t) {
        const auto start = Clock::now();
        FrameAnalysis &frame = analysis.frames[size_t(t)];
        if (frame.face) {
            const double sigma = std::max(0.5, radius / 2.0);
            cv::Point2f l(0, 0), r(0, 0);
            double weights = 0.0;
            for (int j = std::max(0, t - radius);
                 j <= std::min(int(analysis.frames.size()) - 1, t + radius); ++j) {
                if (!analysis.frames[size_t(j)].face)
                    continue;
                const double w = std::exp(-0.5 * (j - t) * (j - t) / (sigma * sigma));
                l += leftEyes[size_t(j)] * float(w);
                r += rightEyes[size_t(j)] * float(w);
                weights += w;
            }
            frame.align = m_aligner.transformFor(l * float(1.0 / weights), r * float(1.0 / weights));
        }
        if (m_options.keepCrops) {
            analysis.crops.push_back(frame.face ? m_aligner.crop(pending.front(), frame.align)
                                                : cv::Mat());
        }
        if (!pending.empty())
            pending.pop_front();
        timing.cropMs += msSince(start);
    };

    cv::Mat frameImage, grey;
    int index = 0;
    while (true) {
        if (cancel && cancel->load())
            return Error{tr("The analysis of \"%1\" was cancelled.").arg(path)};
        auto start = Clock::now();
        const bool ok = reader.read(frameImage);
        timing.decodeMs += msSince(start);
        if (!ok) {
            if (!reader.lastError().isEmpty()) {
                return Error{tr("Frame %1 of \"%2\" could not be read.").arg(index).arg(path),
                             reader.lastError()};
            }
            break;
        }
        const TrackedFace tracked = m_tracker->track(frameImage, &grey);
        FrameAnalysis frame;
        frame.face = tracked.found;
        frame.detected = tracked.detected;
        if (tracked.found) {
            frame.box = tracked.shape.box;
            frame.points = tracked.shape.points;
            start = Clock::now();
            frame.quality = m_qa.assess(grey, frame.points);
            timing.qaMs += msSince(start);
        }
        for (int j = std::max(0, index - tracked.retract); j < index; ++j) {
            // Followed but never confirmed before the face was lost: flag them too.
            analysis.frames[size_t(j)] = FrameAnalysis();
            if (size_t(j) < analysis.crops.size())
                analysis.crops[size_t(j)] = cv::Mat();
        }
        analysis.frames.push_back(frame);
        leftEyes.push_back(FaceAligner::leftEyeCentre(frame.points));
        rightEyes.push_back(FaceAligner::rightEyeCentre(frame.points));
        if (m_options.keepCrops)
            pending.push_back(frameImage.clone());
        if (index - radius >= 0)
            finalise(index - radius);
        ++index;
        if (progress && (index % 5 == 0 || index == expected)
            && !progress(index, std::max(expected, index))) {
            return Error{tr("The analysis of \"%1\" was cancelled.").arg(path)};
        }
    }
    for (int t = std::max(0, index - radius); t < index; ++t)
        finalise(t);

    if (index == 0)
        return Error{tr("The clip \"%1\" has no decodable frames.").arg(path)};
    if (!analysis.clip.imageSequence && expected > index + 1) {
        analysis.warnings << tr("The video claims %1 frames but only %2 could be decoded: the "
                                "file may be truncated.")
                                 .arg(expected)
                                 .arg(index);
    }
    analysis.clip.frameCount = index;

    const TrackerTimings &after = m_tracker->timings();
    timing.detectMs = after.detectMs - before.detectMs;
    timing.landmarksMs = after.landmarksMs - before.landmarksMs;
    timing.decodeMs += after.greyMs - before.greyMs; // colour conversion counts as decoding
    timing.detections = after.detections - before.detections;
    timing.verifications = after.verifications - before.verifications;

    std::vector<FaceQuality> qualities;
    std::vector<Landmarks68> points;
    std::vector<bool> present;
    for (const FrameAnalysis &f : analysis.frames) {
        if (f.face)
            qualities.push_back(f.quality);
        points.push_back(f.points);
        present.push_back(f.face);
    }
    analysis.quality = FaceQa::summarise(qualities);

    const int withFace = analysis.framesWithFace();
    if (withFace == 0) {
        analysis.warnings << tr("No face was found in any frame.");
    } else {
        for (const auto &range : analysis.missingRanges()) {
            analysis.warnings << (range.first == range.second
                                      ? tr("No face in frame %1.").arg(range.first)
                                      : tr("No face in frames %1-%2.")
                                            .arg(range.first)
                                            .arg(range.second));
        }
        if (analysis.quality.accepted * 2 < analysis.quality.faces) {
            analysis.warnings << tr("Most faces fail FaceQA (%1 of %2 blurry, %3 turned away).")
                                     .arg(analysis.quality.blurry)
                                     .arg(analysis.quality.faces)
                                     .arg(analysis.quality.sideways);
        }
    }

    const auto motionStart = Clock::now();
    analysis.motion = MotionSpotter(m_options.motion).spot(points, present, analysis.clip.fps);
    timing.motionMs = msSince(motionStart);
    if (!analysis.motion.found())
        analysis.warnings << analysis.motion.message;
    timing.totalMs = msSince(totalStart);
    if (progress)
        progress(index, index);
    return analysis;
}

FrameAnalysis ClipAnalyzer::preview(const cv::Mat &frame, bool follow, cv::Mat *crop)
{
    if (!follow)
        m_previewTracker->reset();
    FrameAnalysis result;
    if (frame.empty())
        return result;
    cv::Mat grey;
    const TrackedFace tracked = m_previewTracker->track(frame, &grey);
    result.face = tracked.found;
    result.detected = tracked.detected;
    if (!tracked.found)
        return result;
    result.box = tracked.shape.box;
    result.points = tracked.shape.points;
    result.quality = m_qa.assess(grey, result.points);
    result.align = m_aligner.transformFor(result.points);
    if (crop)
        *crop = m_aligner.crop(frame, result.align);
    return result;
}

std::vector<FaceShape> ClipAnalyzer::findFaces(const cv::Mat &image, int minFaceSide)
{
    FaceTrackerOptions options = m_previewTracker->options();
    FaceTrackerOptions still = options;
    still.minFaceSide = minFaceSide;
    m_previewTracker->setOptions(still);
    std::vector<FaceShape> faces = m_previewTracker->findAll(image);
    m_previewTracker->setOptions(options);
    return faces;
}

} // namespace fm
