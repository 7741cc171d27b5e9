#include "demotriplets.h"

#include "common/modellocator.h"
#include "expr/facecrops.h"
#include "face/dlibfacefinder.h"
#include "nets/facerecognizer.h"
#include "synth/facewarper.h"
#include "synth/sourcefaces.h"
#include "video/clipwriter.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <random>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::DemoTriplets", text);
}

constexpr double kPi = 3.14159265358979323846;

} // namespace

Result<DemoFaces> loadDemoFaces(DlibFaceFinder &finder, QSize frameSize, int maxPersons,
                                const QStringList &photos)
{
    QStringList list = photos;
    if (list.isEmpty()) {
        const auto dir = ModelLocator::demoPhotoDir();
        if (!dir)
            return dir.error();
        list = photosInFolder(dir.value());
    }
    auto found = findSourceFaces(list, frameSize, finder);
    if (!found)
        return found.error();
    DemoFaces faces;
    for (const SourceFace &face : found.value().faces) {
        if (maxPersons > 0 && int(faces.warpers.size()) >= maxPersons)
            break;
        faces.warpers.push_back(std::make_shared<FaceWarper>(face.frame, face.landmarks));
        faces.photos << face.photo;
    }
    if (faces.warpers.empty())
        return Error{tr("No usable face was found in the demo photos.")};
    return faces;
}

std::vector<FacialAction> demoExpressionActions()
{
    return {FacialAction::Smile,     FacialAction::BrowRaise, FacialAction::MouthOpen,
            FacialAction::Pucker,    FacialAction::BrowLower, FacialAction::LipCornerDepressor,
            FacialAction::EyeSqueeze};
}

cv::Mat renderDemoExpression(const FaceWarper &warper, int action, float intensity,
                             Landmarks68 *points)
{
    const std::vector<FacialAction> actions = demoExpressionActions();
    LandmarkOffsets offsets{};
    if (action >= 0 && action < int(actions.size()) && intensity > 0.f)
        addOffsets(offsets, facialActionOffsets(actions[size_t(action)], warper.neutral()),
                   intensity);
    if (points) {
        for (size_t i = 0; i < points->size(); ++i)
            (*points)[i] = warper.neutral()[i] + offsets[i];
    }
    return warper.render(offsets);
}

namespace {

/** Depth in front of the eye corners of each landmark, in eye-corner distances. */
std::array<double, 68> genericDepths()
{
    // After the generic 3D model of spec/face-networks.md §9: nose tip 0.3, mouth corners
    // 0.02, chin 0.16.
    std::array<double, 68> z{};
    for (int i = 0; i <= 16; ++i) // jaw: far back at the ears, forward at the chin
        z[size_t(i)] = -0.45 + 0.61 * std::sin(kPi * i / 16.0);
    for (int i = 17; i <= 26; ++i)
        z[size_t(i)] = 0.05;
    for (int i = 27; i <= 30; ++i)
        z[size_t(i)] = 0.08 + 0.22 * (i - 27) / 3.0;
    for (int i = 31; i <= 35; ++i)
        z[size_t(i)] = i == 33 ? 0.22 : 0.15;
    for (int i = 36; i <= 47; ++i)
        z[size_t(i)] = (i == 39 || i == 42) ? 0.05 : 0.0;
    for (int i = 48; i <= 67; ++i)
        z[size_t(i)] = (i == 51 || i == 57 || i == 62 || i == 66) ? 0.1 : 0.04;
    return z;
}

/** Rotates the neutral landmarks (yaw about the vertical, then pitch about the horizontal
 *  axis through the eye corners; orthographic) and warps the texture with them. */
cv::Mat renderRotatedFace(const FaceWarper &warper, double yawDegrees, double pitchDegrees,
                          Landmarks68 *points)
{
    const Landmarks68 &n = warper.neutral();
    const double d = cv::norm(n[45] - n[36]); // eye-corner distance
    const cv::Point2f centre = (n[36] + n[45]) * 0.5f;
    const std::array<double, 68> z = genericDepths();
    const double a = yawDegrees * kPi / 180.0;
    const double b = pitchDegrees * kPi / 180.0;
    LandmarkOffsets offsets{};
    Landmarks68 moved = n;
    for (size_t i = 0; i < 68; ++i) {
        const double x = n[i].x - centre.x;
        const double y = n[i].y - centre.y; // image y: down
        const double depth = z[i] * d;      // towards the camera
        const double x1 = x * std::cos(a) + depth * std::sin(a);
        const double z1 = -x * std::sin(a) + depth * std::cos(a);
        // Chin up: points in front of the eyes move up, points below them come closer.
        const double y1 = y * std::cos(b) - z1 * std::sin(b);
        moved[i].x = float(centre.x + x1);
        moved[i].y = float(centre.y + y1);
        offsets[i] = moved[i] - n[i];
    }
    if (points)
        *points = moved;
    return warper.render(offsets);
}

} // namespace

cv::Mat renderTurnedFace(const FaceWarper &warper, double yawDegrees, Landmarks68 *points)
{
    return renderRotatedFace(warper, yawDegrees, 0.0, points);
}

cv::Mat renderTiltedFace(const FaceWarper &warper, double pitchDegrees, Landmarks68 *points)
{
    return renderRotatedFace(warper, 0.0, pitchDegrees, points);
}

std::vector<DemoExpressionSample> renderDemoExpressions(const DemoFaces &faces, int perAction,
                                                        unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> intensity(0.6f, 1.0f);
    std::uniform_real_distribution<float> jitterScale(0.92f, 1.08f), jitterShift(-0.04f, 0.04f),
        jitterLight(-20.f, 20.f);
    const int actionCount = int(demoExpressionActions().size());
    std::vector<DemoExpressionSample> samples;
    for (size_t p = 0; p < faces.warpers.size(); ++p) {
        for (int action = -1; action < actionCount; ++action) {
            for (int k = 0; k < perAction; ++k) {
                DemoExpressionSample s;
                s.person = int(p);
                s.action = action;
                s.intensity = action < 0 ? 0.f : intensity(rng);
                Landmarks68 points;
                const cv::Mat frame = renderDemoExpression(*faces.warpers[p], action, s.intensity,
                                                           &points);
                // Vary framing and exposure like different recordings would.
                const cv::Rect2f box = FaceRecognizer::alignedRect(points);
                const float scale = jitterScale(rng), dx = jitterShift(rng) * box.width,
                            dy = jitterShift(rng) * box.height;
                const cv::Point2f c(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
                const cv::Rect r = cv::Rect(cv::Rect2f(c.x - box.width * scale / 2,
                                                       c.y - box.height * scale / 2,
                                                       box.width * scale, box.height * scale))
                                   & cv::Rect(0, 0, frame.cols, frame.rows);
                frame(r).convertTo(s.crop, -1, 1.0, double(jitterLight(rng)));
                samples.push_back(s);
                if (action < 0)
                    break; // one neutral face per person
            }
        }
    }
    return samples;
}

std::vector<std::array<int, 3>> makeDemoTriplets(const std::vector<DemoExpressionSample> &samples,
                                                 const std::vector<int> &persons, int count,
                                                 unsigned seed, bool identityHard)
{
    std::vector<int> usable;
    for (size_t i = 0; i < samples.size(); ++i)
        if (std::find(persons.begin(), persons.end(), samples[i].person) != persons.end())
            usable.push_back(int(i));
    std::vector<std::array<int, 3>> triplets;
    if (usable.size() < 3)
        return triplets;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, usable.size() - 1);
    for (int guard = 0; int(triplets.size()) < count && guard < count * 100; ++guard) {
        const int a = usable[pick(rng)], p = usable[pick(rng)], n = usable[pick(rng)];
        if (a == p || samples[size_t(a)].action != samples[size_t(p)].action
            || samples[size_t(n)].action == samples[size_t(a)].action)
            continue;
        // Every other triplet is identity-hard: the positive is someone else, the negative
        // the anchor's own face with another expression (the embedding must not encode who).
        if (identityHard && triplets.size() % 2 == 1
            && (samples[size_t(a)].person == samples[size_t(p)].person
                || samples[size_t(n)].person != samples[size_t(a)].person))
            continue;
        triplets.push_back({a, p, n});
    }
    return triplets;
}

Result<cv::Mat> demoBackboneFeatures(const FeeNet &net,
                                     const std::vector<DemoExpressionSample> &samples)
{
    std::vector<cv::Mat> crops;
    for (const DemoExpressionSample &s : samples)
        crops.push_back(s.crop);
    cv::Mat all(0, FeeNet::kBackboneDim, CV_32F);
    for (size_t start = 0; start < crops.size(); start += 32) {
        const std::vector<cv::Mat> batch(crops.begin() + long(start),
                                         crops.begin() + long(std::min(crops.size(), start + 32)));
        auto features = net.backboneFeatures(batch);
        if (!features)
            return features.error();
        all.push_back(features.value());
    }
    return all;
}

namespace {

/** Rows of `features` minus the mean of each person's samples (`neutralOnly`: neutral ones). */
cv::Mat relativeRows(const cv::Mat &features, const std::vector<DemoExpressionSample> &samples,
                     bool neutralOnly)
{
    cv::Mat rows = features.clone();
    std::map<int, std::pair<cv::Mat, int>> sums; // person -> (sum, count)
    for (size_t i = 0; i < samples.size(); ++i) {
        if (neutralOnly && samples[i].action != -1)
            continue;
        auto &[sum, count] = sums[samples[i].person];
        if (sum.empty())
            sum = cv::Mat::zeros(1, features.cols, CV_32F);
        sum += features.row(int(i));
        ++count;
    }
    for (size_t i = 0; i < samples.size(); ++i) {
        const auto it = sums.find(samples[i].person);
        if (it != sums.end() && it->second.second > 0)
            rows.row(int(i)) -= it->second.first / double(it->second.second);
    }
    return rows;
}

} // namespace

TripletFeatures demoTripletRows(const cv::Mat &features,
                                const std::vector<DemoExpressionSample> &samples,
                                const std::vector<std::array<int, 3>> &triplets,
                                IdentityNormalisation normalisation)
{
    const cv::Mat byMean = normalisation == IdentityNormalisation::SubtractPersonMean
                                   || normalisation == IdentityNormalisation::SubtractMeanOrNeutral
                               ? relativeRows(features, samples, false)
                               : features;
    const cv::Mat byNeutral = normalisation == IdentityNormalisation::SubtractNeutral
                                      || normalisation
                                             == IdentityNormalisation::SubtractMeanOrNeutral
                                  ? relativeRows(features, samples, true)
                                  : features;
    const bool mixed = normalisation == IdentityNormalisation::SubtractMeanOrNeutral;
    const cv::Mat &single = normalisation == IdentityNormalisation::SubtractNeutral ? byNeutral
                                                                                    : byMean;
    TripletFeatures t;
    int row = 0;
    for (const auto &[a, p, n] : triplets) {
        // Mixed: the anchor takes one baseline, positive and negative the other, alternating.
        const bool flip = mixed && (row++ % 2 == 1);
        const cv::Mat &first = mixed ? (flip ? byNeutral : byMean) : single;
        const cv::Mat &second = mixed ? (flip ? byMean : byNeutral) : single;
        t.anchor.push_back(first.row(a));
        t.positive.push_back(second.row(p));
        t.negative.push_back(second.row(n));
    }
    return t;
}

Result<TripletFeatures> demoTripletFeatures(const FeeNet &net,
                                            const std::vector<DemoExpressionSample> &samples,
                                            const std::vector<std::array<int, 3>> &triplets)
{
    auto all = demoBackboneFeatures(net, samples);
    if (!all)
        return all.error();
    return demoTripletRows(all.value(), samples, triplets);
}

std::vector<DemoVideoSegment> demoVideoScript(int people, int frames, unsigned seed)
{
    const int actions = int(demoExpressionActions().size());
    std::vector<DemoVideoSegment> segments;
    std::mt19937 rng(seed);
    for (int done = 0, k = 0; done < frames && people > 0; ++k) {
        DemoVideoSegment s;
        s.persons = {k % people};
        if (people > 1 && k % 5 == 4)
            s.persons.push_back((k + 1) % people);
        s.action = int(rng() % unsigned(actions + 1)) - 1;
        s.frames = std::min(45, frames - done);
        done += s.frames;
        segments.push_back(s);
    }
    return segments;
}

Result<DemoVideoTruth> writeDemoExpressionVideo(const QString &path, const DemoFaces &faces,
                                                const std::vector<DemoVideoSegment> &segments,
                                                QSize frameSize, double fps,
                                                const std::function<bool(int, int)> &progress)
{
    if (segments.empty() || frameSize.isEmpty() || fps <= 0)
        return Error{tr("A demo video needs segments, a frame size and a frame rate.")};
    for (const DemoVideoSegment &s : segments) {
        if (s.persons.empty() || s.persons.size() > 2 || s.frames <= 0)
            return Error{tr("Each demo video segment shows one or two persons.")};
        for (int p : s.persons)
            if (p < 0 || p >= int(faces.warpers.size()))
                return Error{tr("A demo video segment names an unknown person.")};
    }
    auto writer = ClipWriter::create(path, frameSize, fps);
    if (!writer)
        return writer.error();
    DemoVideoTruth truth;
    truth.segments = segments;
    int total = 0;
    for (const DemoVideoSegment &s : segments)
        total += s.frames;
    const cv::Size size(frameSize.width(), frameSize.height());
    for (size_t si = 0; si < segments.size(); ++si) {
        const DemoVideoSegment &s = segments[si];
        for (int t = 0; t < s.frames; ++t) {
            if (progress && !progress(truth.frames, total)) {
                writer.value()->discard();
                return Error{tr("Cancelled.")};
            }
            // Raised-cosine ramp in, hold, ramp out over the segment.
            const double x = double(t) / std::max(1, s.frames - 1);
            const double ramp = x < 0.25   ? 0.5 - 0.5 * std::cos(kPi * x / 0.25)
                                : x > 0.75 ? 0.5 - 0.5 * std::cos(kPi * (1.0 - x) / 0.25)
                                           : 1.0;
            cv::Mat frame;
            if (s.persons.size() == 1) {
                cv::resize(renderDemoExpression(*faces.warpers[size_t(s.persons[0])], s.action,
                                                float(ramp)),
                           frame, size);
            } else {
                frame = cv::Mat(size, CV_8UC3);
                for (int half = 0; half < 2; ++half) {
                    cv::Mat full;
                    cv::resize(renderDemoExpression(*faces.warpers[size_t(s.persons[size_t(half)])],
                                                    s.action, float(ramp)),
                               full, size);
                    const int w = size.width / 2;
                    full(cv::Rect((size.width - w) / 2, 0, w, size.height))
                        .copyTo(frame(cv::Rect(half * w, 0, w, size.height)));
                }
            }
            if (!writer.value()->write(frame)) {
                const QString why = writer.value()->lastError();
                writer.value()->discard();
                return Error{tr("The demo video could not be written."), why};
            }
            truth.segmentOfFrame.push_back(int(si));
            ++truth.frames;
        }
    }
    auto finished = writer.value()->finish();
    if (!finished)
        return finished.error();
    return truth;
}

} // namespace fm
