#include "visibilitycheck.h"

#include "face/dlibfacefinder.h"
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
                                                      DlibFaceFinder &finder, quint64 seed,
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

        std::mt19937_64 rng(seed + quint64(action));
        RepetitionParams params = sampleRepetition(rng, HardCase::None);
        params.blinkStart = -1;
        params.intensity = 1.0f;
        const MotionTimeline timeline = buildTimeline(singleActionMotion(action), params);

        ActionVisibility v{action};
        v.frames = timeline.frameCount();
        std::vector<double> intended, measured;
        Landmarks68 reference{};
        bool haveReference = false;
        const cv::Point2f centre = (neutral[27] + neutral[8]) * 0.5f;
        cv::Mat firstFrame, apexFrame;
        float apexActivation = -1;
        for (int f = 0; f < timeline.frameCount(); ++f) {
            LandmarkOffsets offsets{};
            addOffsets(offsets, unit, timeline.motion[f][int(action)]);
            const cv::Mat frame = warper.render(offsets);
            const double phase = params.driftPhase + 2 * M_PI * f / 75.0;
            cv::Mat m = cv::getRotationMatrix2D(centre, params.driftRotDeg * std::sin(phase),
                                                1.0 + params.driftScale * std::sin(phase * 0.7 + 1));
            m.at<double>(0, 2) += params.driftX * std::sin(phase * 0.9 + 2.0);
            m.at<double>(1, 2) += params.driftY * std::sin(phase * 1.1 + 0.5);
            cv::Mat moved;
            cv::warpAffine(frame, moved, m, frame.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);

            const std::vector<cv::Rect2f> boxes = finder.detect(moved);
            if (boxes.empty()) {
                ++v.framesWithoutFace;
                continue;
            }
            const Landmarks68 points = finder.landmarks(moved, boxes.front());
            if (!framesDir.isEmpty()
                && (firstFrame.empty() || timeline.motion[f][int(action)] > apexActivation)) {
                cv::Mat shown = moved.clone();
                for (const cv::Point2f &p : points)
                    cv::circle(shown, p, 1, cv::Scalar(0, 255, 0), cv::FILLED, cv::LINE_AA);
                const cv::Rect face = cv::Rect(boxes.front())
                                      & cv::Rect(0, 0, shown.cols, shown.rows);
                (firstFrame.empty() ? firstFrame : apexFrame) = shown(face).clone();
                if (!apexFrame.empty() || f > 0)
                    apexActivation = timeline.motion[f][int(action)];
            }
            if (!haveReference) {
                reference = points;
                haveReference = true;
            }
            // Remove head motion: similarity from this frame's still points to the reference's.
            std::vector<cv::Point2f> from, to;
            for (int i : still.size() >= 6 ? still : moving) {
                from.push_back(points[i]);
                to.push_back(reference[i]);
            }
            const cv::Mat align = cv::estimateAffinePartial2D(from, to);
            if (align.empty())
                continue;
            double intendedSum = 0, measuredSum = 0;
            for (int i : moving) {
                std::vector<cv::Point2f> p{points[i]}, q;
                cv::transform(p, q, align);
                const cv::Point2f d = q[0] - reference[i];
                measured.push_back(d.x);
                measured.push_back(d.y);
                intended.push_back(offsets[i].x);
                intended.push_back(offsets[i].y);
                intendedSum += cv::norm(offsets[i]);
                measuredSum += cv::norm(d);
            }
            if (!moving.empty()) {
                v.intendedPeak = std::max(v.intendedPeak, intendedSum / double(moving.size()));
                v.measuredPeak = std::max(v.measuredPeak, measuredSum / double(moving.size()));
            }
        }
        v.correlation = pearson(intended, measured);
        if (!framesDir.isEmpty() && !firstFrame.empty() && !apexFrame.empty()) {
            cv::Mat apex;
            cv::resize(apexFrame, apex, firstFrame.size());
            cv::Mat pair;
            cv::hconcat(firstFrame, apex, pair);
            cv::imwrite(QDir(framesDir)
                            .filePath(facialActionId(action) + QStringLiteral(".png"))
                            .toStdString(),
                        pair);
        }
        results.push_back(v);
    }
    return results;
}

} // namespace fm
