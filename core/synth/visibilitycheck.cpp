#include "visibilitycheck.h"

#include "face/facetracker.h"
#include "synth/facewarper.h"
#include "synth/motionscript.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>

#include <cmath>
#include <random>

namespace fm {

namespace {

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const size_t n = a.size();
    if (n < 3)
        return 0;
    double ma = 0, mb = 0;
    for (size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(n);
    mb /= double(n);
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

} // namespace

std::vector<ActionVisibility> measureActionVisibility(const FaceWarper &warper,
                                                      FaceTracker &tracker, quint64 seed,
                                                      const QString &framesDir)
{
    std::vector<ActionVisibility> results;
    const Landmarks68 &neutral = warper.neutral();
    const float iod = float(
        cv::norm((neutral[36] + neutral[39]) * 0.5f - (neutral[42] + neutral[45]) * 0.5f));
    for (FacialAction action : allFacialActions()) {
        const LandmarkOffsets unit = facialActionOffsets(action, neutral);
        std::vector<int> moving, still;
        for (int i = 0; i < 68; ++i)
            (cv::norm(unit[i]) > 0.02 * iod ? moving : still).push_back(i);
        const std::vector<int> &fitOn = still.size() >= 6 ? still : moving;

        std::mt19937_64 rng(seed + quint64(action));
        RepetitionParams params = sampleRepetition(rng, HardCase::None);
        params.blinkStart = -1;
        params.intensity = 1.0f;
        const MotionTimeline timeline = buildTimeline(singleActionMotion(action), params);
        const int frameCount = timeline.frameCount();

        ActionVisibility v{action};
        v.frames = frameCount;
        cv::RNG noise(seed * 7919 + quint64(action));
        tracker.reset();
        // Landmarks per frame, head motion removed against the first frame with a face.
        std::vector<Landmarks68> aligned(static_cast<size_t>(frameCount));
        std::vector<bool> seen(size_t(frameCount), false);
        std::vector<LandmarkOffsets> intendedOffsets(static_cast<size_t>(frameCount));
        Landmarks68 anchor{};
        bool haveAnchor = false;
        int apex = 0;
        cv::Mat neutralShown, apexShown, apexPlain;
        for (int f = 0; f < frameCount; ++f) {
            const float activation = timeline.motion[size_t(f)][int(action)];
            if (activation > timeline.motion[size_t(apex)][int(action)])
                apex = f;
            LandmarkOffsets &offsets = intendedOffsets[size_t(f)];
            offsets = LandmarkOffsets{};
            addOffsets(offsets, unit, activation);
            const cv::Mat frame = filmFrame(warper.render(offsets), neutral, params, f, frameCount,
                                            noise);
            const TrackedFace face = tracker.track(frame);
            for (int j = std::max(0, f - face.retract); j < f; ++j)
                seen[size_t(j)] = false;
            if (face.retract > 0) {
                haveAnchor = false; // those frames were not the subject's face after all
                v.framesWithoutFace += std::min(face.retract, f);
            }
            if (!face.found) {
                ++v.framesWithoutFace;
                continue;
            }
            const Landmarks68 &points = face.shape.points;
            if (!framesDir.isEmpty() && (neutralShown.empty() || f == apex)) {
                cv::Mat shown = frame.clone();
                for (const cv::Point2f &p : points)
                    cv::circle(shown, p, 1, cv::Scalar(0, 255, 0), cv::FILLED, cv::LINE_AA);
                const cv::Rect box = cv::Rect(face.shape.box)
                                     & cv::Rect(0, 0, frame.cols, frame.rows);
                (neutralShown.empty() ? neutralShown : apexShown) = shown(box).clone();
                if (f == apex && !apexShown.empty())
                    apexPlain = frame(box).clone();
            }
            if (!haveAnchor) {
                anchor = points;
                haveAnchor = true;
            }
            std::vector<cv::Point2f> from, to;
            for (int i : fitOn) {
                from.push_back(points[size_t(i)]);
                to.push_back(anchor[size_t(i)]);
            }
            const cv::Mat align = cv::estimateAffinePartial2D(from, to);
            if (align.empty())
                continue;
            std::vector<cv::Point2f> all(points.begin(), points.end()), mapped;
            cv::transform(all, mapped, align);
            std::copy(mapped.begin(), mapped.end(), aligned[size_t(f)].begin());
            seen[size_t(f)] = true;
        }

        // The neutral reference: the mean of the lead-in frames before the action starts
        // (one frame's landmarks carry the detector's frame-to-frame jitter).
        Landmarks68 reference{};
        int referenceFrames = 0;
        for (int f = 0; f < frameCount && timeline.motion[size_t(f)][int(action)] <= 0; ++f) {
            if (!seen[size_t(f)])
                continue;
            for (int i = 0; i < 68; ++i)
                reference[size_t(i)] += aligned[size_t(f)][size_t(i)];
            ++referenceFrames;
        }
        if (referenceFrames == 0) {
            reference = anchor;
        } else {
            for (cv::Point2f &p : reference)
                p *= 1.0f / float(referenceFrames);
        }

        std::vector<double> intended, measured;
        for (int f = 0; f < frameCount; ++f) {
            if (!seen[size_t(f)] || moving.empty())
                continue;
            double intendedSum = 0, measuredSum = 0;
            for (int i : moving) {
                const cv::Point2f d = aligned[size_t(f)][size_t(i)] - reference[size_t(i)];
                const cv::Point2f o = intendedOffsets[size_t(f)][size_t(i)];
                measured.push_back(d.x);
                measured.push_back(d.y);
                intended.push_back(o.x);
                intended.push_back(o.y);
                intendedSum += cv::norm(o);
                measuredSum += cv::norm(d);
            }
            v.intendedPeak = std::max(v.intendedPeak, intendedSum / double(moving.size()));
            v.measuredPeak = std::max(v.measuredPeak, measuredSum / double(moving.size()));
        }
        v.correlation = pearson(intended, measured);
        if (!framesDir.isEmpty() && !neutralShown.empty() && !apexShown.empty()) {
            cv::Mat apexSized, plainSized, row;
            cv::resize(apexShown, apexSized, neutralShown.size());
            cv::resize(apexPlain, plainSized, neutralShown.size());
            cv::hconcat(std::vector<cv::Mat>{neutralShown, apexSized, plainSized}, row);
            cv::resize(row, row, cv::Size(), 2.0, 2.0, cv::INTER_CUBIC);
            cv::imwrite(QDir(framesDir)
                            .filePath(facialActionId(action) + QStringLiteral(".png"))
                            .toStdString(),
                        row);
        }
        results.push_back(v);
    }
    return results;
}

} // namespace fm
