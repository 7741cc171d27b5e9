#include "facetracker.h"

#include "face/dlibhogdetector.h"
#include "face/landmarkpredictor.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace fm {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

cv::Rect2f boundsOf(const Landmarks68 &points)
{
    float x0 = points[0].x, y0 = points[0].y, x1 = x0, y1 = y0;
    for (const cv::Point2f &p : points) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    return cv::Rect2f(x0, y0, std::max(1.f, x1 - x0), std::max(1.f, y1 - y0));
}

cv::Point2f centreOf(const cv::Rect2f &r)
{
    return cv::Point2f(r.x + r.width * 0.5f, r.y + r.height * 0.5f);
}

double iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float inter = (a & b).area();
    const float uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

/** How far a box's centre is from the frame's, in half-diagonals (0 centre, 1 corner). */
double offCentre(const cv::Rect2f &box, const cv::Mat &frame)
{
    const cv::Point2f c = centreOf(box);
    return std::hypot(double(c.x) - 0.5 * frame.cols, double(c.y) - 0.5 * frame.rows)
           / (0.5 * std::hypot(double(frame.cols), double(frame.rows)));
}

/** How likely a face is the clip's subject: large and, above all, central (a bystander at the
 *  frame's edge, half-way to a corner, needs four times the area). */
double subjectScore(const cv::Rect2f &box, const cv::Mat &frame)
{
    const double centred = std::max(0.0, 1.0 - offCentre(box, frame));
    return box.area() * centred * centred;
}

/** Off-centre faces are reconsidered while settling; centred ones are taken as they are. */
constexpr double kSettledOffCentre = 0.25;
/** A rival must be this much likelier to be the subject to take over. */
constexpr double kSwitchMargin = 1.25;
/** While settling, full detections every this many frames. */
constexpr int kSettleEvery = 3;

} // namespace

FaceTracker::FaceTracker(std::unique_ptr<FaceDetector> detector,
                         std::shared_ptr<const LandmarkPredictor> predictor,
                         FaceTrackerOptions options)
    : m_detector(std::move(detector)), m_predictor(std::move(predictor)), m_options(options)
{}

FaceTracker::~FaceTracker() = default;

Result<std::unique_ptr<FaceTracker>> FaceTracker::createDefault(FaceTrackerOptions options)
{
    const auto predictor = LandmarkPredictor::load();
    if (!predictor)
        return predictor.error();
    return std::make_unique<FaceTracker>(std::make_unique<DlibHogDetector>(), predictor.value(),
                                         options);
}

void FaceTracker::reset()
{
    m_unconfirmed = 0;
    m_tracking = false;
    m_everFound = false;
    m_lostFrames = 0;
    m_sinceVerify = 0;
    m_sinceDetect = 0;
    m_sinceFirstFound = 0;
}

std::vector<DetectedFace> FaceTracker::detectScaled(const cv::Mat &grey, int longSide,
                                                    int minFaceSide)
{
    const auto start = Clock::now();
    double scale = 1.0;
    const int longest = std::max(grey.cols, grey.rows);
    if (minFaceSide > 0)
        scale = double(m_detector->minFaceSide()) / minFaceSide;
    else if (longSide > 0 && longest > longSide)
        scale = double(longSide) / longest;
    cv::Mat input = grey;
    if (std::abs(scale - 1.0) > 1e-3) {
        cv::resize(grey, input, cv::Size(), scale, scale,
                   scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    std::vector<DetectedFace> faces = m_detector->detect(input);
    for (DetectedFace &f : faces) {
        f.box = cv::Rect2f(float(f.box.x / scale), float(f.box.y / scale),
                           float(f.box.width / scale), float(f.box.height / scale));
    }
    m_timings.detectMs += msSince(start);
    ++m_timings.detections;
    return faces;
}

bool FaceTracker::verify(const cv::Mat &grey, const cv::Rect2f &box, cv::Rect2f *detected)
{
    const auto start = Clock::now();
    ++m_timings.verifications;
    const float margin = 0.5f * std::max(box.width, box.height);
    const cv::Rect2f wanted(box.x - margin, box.y - margin, box.width + 2 * margin,
                            box.height + 2 * margin);
    const cv::Rect roi = cv::Rect(wanted) & cv::Rect(0, 0, grey.cols, grey.rows);
    if (roi.width < 8 || roi.height < 8) {
        m_timings.detectMs += msSince(start);
        return false;
    }
    // Bring the face to ~1.25x the detector's minimum size: a small, fast search.
    const double scale = 1.25 * m_detector->minFaceSide() / std::max(1.f, box.width);
    cv::Mat input;
    cv::resize(grey(roi), input, cv::Size(), scale, scale,
               scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const std::vector<DetectedFace> faces = m_detector->detect(input);
    bool ok = false;
    double best = 0.3;
    for (const DetectedFace &f : faces) {
        const cv::Rect2f mapped(float(f.box.x / scale + roi.x), float(f.box.y / scale + roi.y),
                                float(f.box.width / scale), float(f.box.height / scale));
        const double overlap = iou(mapped, box);
        if (overlap > best) {
            best = overlap;
            ok = true;
            if (detected)
                *detected = mapped;
        }
    }
    m_timings.detectMs += msSince(start);
    return ok;
}

namespace {

/** A face frame expressions hardly change: origin at the eye midpoint, unit = geometric
 *  mean of the eye distance and the eye-to-nose-tip distance. (A box from all landmark bounds
 *  feeds back: raised brows -> taller box -> brows placed higher, frame after frame.) */
struct StableFrame
{
    cv::Point2f origin;
    float unit = 1.f;
};

StableFrame stableFrame(const Landmarks68 &p)
{
    cv::Point2f l(0, 0), r(0, 0);
    for (int i = 0; i < 6; ++i) {
        l += p[size_t(36 + i)];
        r += p[size_t(42 + i)];
    }
    l *= 1.f / 6.f;
    r *= 1.f / 6.f;
    const cv::Point2f mid = (l + r) * 0.5f;
    const double eyes = cv::norm(r - l);
    const double nose = cv::norm(p[30] - mid);
    return StableFrame{mid, float(std::max(1.0, std::sqrt(eyes * nose)))};
}

} // namespace

cv::Rect2f FaceTracker::boxFromLandmarks(const Landmarks68 &points) const
{
    const StableFrame f = stableFrame(points);
    const float w = m_boxModel[2] * f.unit, h = m_boxModel[3] * f.unit;
    const cv::Point2f centre = f.origin + cv::Point2f(m_boxModel[0], m_boxModel[1]) * f.unit;
    return cv::Rect2f(centre.x - w / 2, centre.y - h / 2, w, h);
}

void FaceTracker::learnBoxModel(const cv::Rect2f &box, const Landmarks68 &points)
{
    const StableFrame f = stableFrame(points);
    const cv::Point2f centre = centreOf(box);
    const cv::Vec4f model((centre.x - f.origin.x) / f.unit, (centre.y - f.origin.y) / f.unit,
                          box.width / f.unit, box.height / f.unit);
    m_boxModel = m_everFound ? 0.5f * (m_boxModel + model) : model;
}

TrackedFace FaceTracker::detectAndChoose(const cv::Mat &grey)
{
    TrackedFace result;
    const std::vector<DetectedFace> faces = detectScaled(grey, m_options.detectLongSide,
                                                         m_options.minFaceSide);
    m_sinceDetect = 0;
    if (faces.empty())
        return result;
    int chosen = -1;
    if (m_everFound) {
        // Follow the same person: the face nearest the last known box, within a gate that
        // widens the longer the face has been lost.
        const cv::Point2f last = centreOf(m_lastBox);
        const double size = std::max(m_lastBox.width, m_lastBox.height);
        double bestDistance = size * (1.0 + 0.1 * m_lostFrames);
        for (size_t i = 0; i < faces.size(); ++i) {
            const cv::Point2f c = centreOf(faces[i].box);
            const double distance = std::hypot(double(c.x - last.x), double(c.y - last.y));
            if (distance < bestDistance) {
                bestDistance = distance;
                chosen = int(i);
            }
        }
    } else {
        // Start with the likeliest subject: large and central.
        double bestScore = -1.0;
        for (size_t i = 0; i < faces.size(); ++i) {
            const double score = subjectScore(faces[i].box, grey);
            if (score > bestScore) {
                bestScore = score;
                chosen = int(i);
            }
        }
    }
    return chosen < 0 ? result : take(grey, faces[size_t(chosen)]);
}

TrackedFace FaceTracker::take(const cv::Mat &grey, const DetectedFace &face)
{
    TrackedFace result;
    const auto start = Clock::now();
    result.shape.box = face.box;
    result.shape.score = face.score;
    result.shape.points = m_predictor->predict(grey, result.shape.box);
    m_timings.landmarksMs += msSince(start);
    result.found = true;
    result.detected = true;
    learnBoxModel(result.shape.box, result.shape.points);
    return result;
}

TrackedFace FaceTracker::track(const cv::Mat &frame, cv::Mat *greyOut)
{
    const auto greyStart = Clock::now();
    cv::Mat grey;
    if (frame.channels() == 3)
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = frame;
    m_timings.greyMs += msSince(greyStart);
    if (greyOut)
        *greyOut = grey;

    TrackedFace result;
    ++m_sinceDetect;
    const bool periodic = m_options.redetectEvery > 0 && m_sinceDetect >= m_options.redetectEvery;
    if (m_tracking && !periodic && !grey.empty()) {
        const cv::Rect2f box = boxFromLandmarks(m_last);
        const auto start = Clock::now();
        const Landmarks68 points = m_predictor->predict(grey, box);
        m_timings.landmarksMs += msSince(start);
        // Plausibility: the face may move and grow a little between frames, not jump.
        const cv::Rect2f before = boundsOf(m_last), now = boundsOf(points);
        const double ratio = double(now.width) / before.width;
        const cv::Point2f shift = centreOf(now) - centreOf(before);
        bool ok = ratio > 0.75 && ratio < 1.33
                  && std::hypot(double(shift.x), double(shift.y)) < 0.35 * before.width;
        bool confirmed = false;
        Landmarks68 anchored = points;
        if (ok && ++m_sinceVerify >= std::max(1, m_options.verifyEvery)) {
            m_sinceVerify = 0;
            cv::Rect2f found;
            const cv::Rect2f tracked = boxFromLandmarks(points);
            ok = confirmed = verify(grey, tracked, &found);
            if (confirmed && iou(found, tracked) < 0.7) {
                // The followed shape has drifted from the face the detector sees: re-anchor.
                const auto start = Clock::now();
                anchored = m_predictor->predict(grey, found);
                m_timings.landmarksMs += msSince(start);
                learnBoxModel(found, anchored);
            }
        }
        m_unconfirmed = confirmed ? 0 : m_unconfirmed + 1;
        if (ok) {
            result.found = true;
            result.shape.box = boxFromLandmarks(anchored);
            result.shape.score = 0.0;
            result.shape.points = anchored;
        }
    }
    const bool wasTracking = m_tracking;
    if (!result.found && !grey.empty())
        result = detectAndChoose(grey);
    if (!result.found && wasTracking) {
        // The frames followed since the last confirmation were probably not a face either.
        result.retract = std::max(0, m_unconfirmed - 1);
    }
    if (!result.found || result.detected)
        m_unconfirmed = 0;
    if (result.found && m_everFound && m_sinceFirstFound < m_options.settleFrames)
        settle(grey, result);

    if (m_everFound || result.found)
        ++m_sinceFirstFound;
    if (result.found) {
        m_tracking = true;
        m_everFound = true;
        m_lostFrames = 0;
        m_last = result.shape.points;
        m_lastBox = result.shape.box;
        if (result.detected)
            m_sinceVerify = 0;
    } else {
        m_tracking = false;
        ++m_lostFrames;
    }
    return result;
}

void FaceTracker::settle(const cv::Mat &grey, TrackedFace &result)
{
    if (m_sinceFirstFound % kSettleEvery != 0
        || offCentre(result.shape.box, grey) <= kSettledOffCentre)
        return;
    const std::vector<DetectedFace> faces = detectScaled(grey, m_options.detectLongSide,
                                                         m_options.minFaceSide);
    const double followed = subjectScore(result.shape.box, grey);
    int rival = -1;
    double bestScore = kSwitchMargin * followed;
    for (size_t i = 0; i < faces.size(); ++i) {
        const double score = subjectScore(faces[i].box, grey);
        if (iou(faces[i].box, result.shape.box) < 0.3 && score > bestScore) {
            bestScore = score;
            rival = int(i);
        }
    }
    if (rival < 0)
        return;
    // The detector missed the subject when tracking began: follow them from here on and
    // withdraw the frames that followed someone else.
    m_everFound = false; // the box model learnt on the other face does not carry over
    result = take(grey, faces[size_t(rival)]);
    result.retract = m_sinceFirstFound;
    m_unconfirmed = 0;
}

std::vector<FaceShape> FaceTracker::findAll(const cv::Mat &image)
{
    std::vector<FaceShape> shapes;
    if (image.empty())
        return shapes;
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = image;
    const std::vector<DetectedFace> faces = detectScaled(grey, m_options.detectLongSide,
                                                         m_options.minFaceSide);
    for (const DetectedFace &f : faces)
        shapes.push_back(FaceShape{f.box, f.score, m_predictor->predict(grey, f.box)});
    std::sort(shapes.begin(), shapes.end(),
              [](const FaceShape &a, const FaceShape &b) { return a.box.area() > b.box.area(); });
    return shapes;
}

} // namespace fm
