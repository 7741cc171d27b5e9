#include "motionspotter.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::MotionSpotter", text);
}

// Points that facial actions barely move: nose bridge and base, eye corners. (The jaw contour
// is dlib's least stable output and moves when the mouth opens.)
const int kStablePoints[] = {27, 28, 29, 30, 31, 33, 35, 36, 39, 42, 45};
// Motion energy and displacement use the inner face (brows, eyes, nose, mouth: 17-67).
const int kInnerFirst = 17;

struct Region
{
    const char *name;
    int first;
    int last;
};
// Machine names (JSON, code); regionLabel() translates them for people.
const Region kRegions[] = {{QT_TRANSLATE_NOOP("fm::MotionSpotter", "brows"), 17, 26},
                           {QT_TRANSLATE_NOOP("fm::MotionSpotter", "eyes"), 36, 47},
                           {QT_TRANSLATE_NOOP("fm::MotionSpotter", "nose"), 27, 35},
                           {QT_TRANSLATE_NOOP("fm::MotionSpotter", "mouth"), 48, 67},
                           {QT_TRANSLATE_NOOP("fm::MotionSpotter", "jaw"), 0, 16}};

/**
 * The parts each tested on their own against their own noise: a local action (a wink moves
 * the 4 lid points of one eye, a one-sided smile one mouth corner) stands out within its part
 * where it would drown in a whole region's average.
 */
struct Part
{
    const char *region; ///< the kRegions entry it belongs to
    std::vector<int> points;
    bool eye;
};
const std::vector<Part> &spottingParts()
{
    static const std::vector<Part> parts = {
        {"brows", {17, 18, 19, 20, 21}, false},                             // right brow
        {"brows", {22, 23, 24, 25, 26}, false},                             // left brow
        {"eyes", {36, 37, 38, 39, 40, 41}, true},                           // right eye
        {"eyes", {42, 43, 44, 45, 46, 47}, true},                           // left eye
        {"mouth", {48, 49, 50, 51, 57, 58, 59, 60, 61, 62, 66, 67}, false}, // right half
        {"mouth", {51, 52, 53, 54, 55, 56, 57, 62, 63, 64, 65, 66}, false}, // left half
    };
    return parts;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + long(mid), v.end());
    return v[mid];
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const size_t i = size_t(pos);
    const double f = pos - double(i);
    return i + 1 < v.size() ? v[i] * (1 - f) + v[i + 1] * f : v[i];
}

double mad(const std::vector<double> &v, double centre)
{
    std::vector<double> dev;
    dev.reserve(v.size());
    for (double x : v)
        dev.push_back(std::abs(x - centre));
    return 1.4826 * median(dev);
}

double interOcular(const Landmarks68 &p)
{
    cv::Point2f l(0, 0), r(0, 0);
    for (int i = 36; i < 42; ++i)
        l += p[size_t(i)];
    for (int i = 42; i < 48; ++i)
        r += p[size_t(i)];
    return cv::norm((r - l) * (1.f / 6.f));
}

/** Standard deviation of the points [first,last] over frames [a,b], averaged over points. */
double windowSd(const std::vector<Landmarks68> &s, int a, int b, int first, int last)
{
    const double n = b - a + 1;
    double total = 0.0;
    for (int k = first; k <= last; ++k) {
        double sx = 0, sy = 0, sxx = 0, syy = 0;
        for (int t = a; t <= b; ++t) {
            const cv::Point2f &p = s[size_t(t)][size_t(k)];
            sx += p.x;
            sy += p.y;
            sxx += double(p.x) * p.x;
            syy += double(p.y) * p.y;
        }
        const double var = std::max(0.0, (sxx - sx * sx / n) / n)
                           + std::max(0.0, (syy - sy * sy / n) / n);
        total += std::sqrt(var);
    }
    return total / (last - first + 1);
}

std::vector<double> energyCurve(const std::vector<Landmarks68> &s, const std::vector<int> &windows,
                                int first, int last)
{
    const int n = int(s.size());
    std::vector<double> energy(size_t(n), 0.0);
    for (int w : windows) {
        const int half = std::max(1, w / 2);
        for (int t = 0; t < n; ++t) {
            const int a = std::max(0, t - half), b = std::min(n - 1, t + half);
            energy[size_t(t)] += windowSd(s, a, b, first, last) / double(windows.size());
        }
    }
    return energy;
}

/** Regions whose movement is a facial action; the jaw follows the mouth, the nose barely moves. */
bool isExpressive(const QString &region)
{
    return region != QLatin1String("jaw") && region != QLatin1String("nose");
}

double rmsDistance(const Landmarks68 &a, const Landmarks68 &b, int first, int last)
{
    double sum = 0.0;
    for (int k = first; k <= last; ++k) {
        const cv::Point2f d = a[size_t(k)] - b[size_t(k)];
        sum += double(d.x) * d.x + double(d.y) * d.y;
    }
    return std::sqrt(sum / (last - first + 1));
}

double rmsDistance(const Landmarks68 &a, const Landmarks68 &b, const std::vector<int> &points)
{
    double sum = 0.0;
    for (int k : points) {
        const cv::Point2f d = a[size_t(k)] - b[size_t(k)];
        sum += double(d.x) * d.x + double(d.y) * d.y;
    }
    return std::sqrt(sum / double(points.size()));
}

/** Lid opening of one eye (mean of the two upper-to-lower lid distances). */
double eyeOpening(const Landmarks68 &p, bool subjectLeft)
{
    const int a = subjectLeft ? 43 : 37, b = subjectLeft ? 44 : 38;
    const int c = subjectLeft ? 47 : 41, d = subjectLeft ? 46 : 40;
    return 0.5 * (cv::norm(p[size_t(a)] - p[size_t(c)]) + cv::norm(p[size_t(b)] - p[size_t(d)]));
}

} // namespace

QString MotionSpotter::statusName(MotionStatus status)
{
    switch (status) {
    case MotionStatus::Found:
        return QStringLiteral("found");
    case MotionStatus::NoMotion:
        return QStringLiteral("no-motion");
    case MotionStatus::TooShort:
        break;
    }
    return QStringLiteral("too-short");
}

Landmarks68 MotionSpotter::alignRigid(const Landmarks68 &shape, const Landmarks68 &reference)
{
    // Least-squares similarity in complex form: y = z*x + t with z = s*e^{i*theta}.
    cv::Point2d mx(0, 0), my(0, 0);
    const int n = int(std::size(kStablePoints));
    for (int k : kStablePoints) {
        mx += cv::Point2d(shape[size_t(k)]);
        my += cv::Point2d(reference[size_t(k)]);
    }
    mx *= 1.0 / n;
    my *= 1.0 / n;
    double re = 0, im = 0, norm = 0;
    for (int k : kStablePoints) {
        const cv::Point2d x = cv::Point2d(shape[size_t(k)]) - mx;
        const cv::Point2d y = cv::Point2d(reference[size_t(k)]) - my;
        re += x.x * y.x + x.y * y.y;
        im += x.x * y.y - x.y * y.x;
        norm += x.x * x.x + x.y * x.y;
    }
    Landmarks68 out{};
    if (norm <= 0)
        return shape;
    re /= norm;
    im /= norm;
    for (size_t k = 0; k < out.size(); ++k) {
        const cv::Point2d x = cv::Point2d(shape[k]) - mx;
        out[k] = cv::Point2f(float(re * x.x - im * x.y + my.x), float(im * x.x + re * x.y + my.y));
    }
    return out;
}

MotionSpot MotionSpotter::spot(const std::vector<Landmarks68> &points,
                               const std::vector<bool> &present, double fps) const
{
    MotionSpot result;
    const int n = int(std::min(points.size(), present.size()));
    std::vector<int> valid;
    for (int i = 0; i < n; ++i) {
        if (present[size_t(i)])
            valid.push_back(i);
    }
    const double scale = fps > 0 ? fps / 30.0 : 1.0;
    std::vector<int> windows;
    for (int w : m_options.windowSizes)
        windows.push_back(std::max(3, int(std::lround(w * scale)) | 1));
    const int minFrames = 5;
    if (int(valid.size()) < minFrames) {
        result.status = MotionStatus::TooShort;
        result.message = valid.empty() ? tr("No frame has a face: motion cannot be spotted.")
                                       : tr("Only %1 frame(s) have a face: too few to spot motion.")
                                             .arg(valid.size());
        return result;
    }

    // 1. Fill gaps by linear interpolation so every frame has a shape.
    std::vector<Landmarks68> shapes(static_cast<size_t>(n), Landmarks68{});
    for (int i = 0; i < n; ++i) {
        const auto next = std::lower_bound(valid.begin(), valid.end(), i);
        if (next != valid.end() && *next == i) {
            shapes[size_t(i)] = points[size_t(i)];
        } else if (next == valid.begin()) {
            shapes[size_t(i)] = points[size_t(*next)];
        } else if (next == valid.end()) {
            shapes[size_t(i)] = points[size_t(valid.back())];
        } else {
            const int a = *(next - 1), b = *next;
            const float f = float(i - a) / float(b - a);
            for (size_t k = 0; k < 68; ++k)
                shapes[size_t(i)][k] = points[size_t(a)][k] * (1 - f) + points[size_t(b)][k] * f;
        }
    }

    // 2. Remove rigid head motion: align to a reference, refine the reference once, and
    //    express coordinates in inter-ocular distances.
    Landmarks68 reference = shapes[size_t(valid.front())];
    for (int pass = 0; pass < 2; ++pass) {
        std::array<cv::Point2d, 68> mean{};
        for (Landmarks68 &s : shapes) {
            s = alignRigid(s, reference);
            for (size_t k = 0; k < 68; ++k)
                mean[k] += cv::Point2d(s[k]);
        }
        for (size_t k = 0; k < 68; ++k)
            reference[k] = cv::Point2f(mean[k] * (1.0 / n));
    }
    const double iod = std::max(1e-6, interOcular(reference));
    for (Landmarks68 &s : shapes) {
        for (cv::Point2f &p : s)
            p *= float(1.0 / iod);
    }

    // 3. Motion energy: coordinate SD over sliding windows of several sizes.
    result.energy = energyCurve(shapes, windows, kInnerFirst, 67);
    for (const Region &r : kRegions)
        result.regions.push_back(RegionEnergy{QString::fromLatin1(r.name),
                                              energyCurve(shapes, windows, r.first, r.last), 0.0});

    // 4. Rest versus motion from the energy of the smallest window (the larger ones spread a
    //    motion over half their length): noise from the quietest frames. A local action (a
    //    wink moves 4 of 51 points) barely lifts the whole-face energy, so each expressive
    //    region is tested on its own too and the activity spans all regions that moved.
    struct Run
    {
        int first, last;
        double peak; ///< largest energy above the baseline
    };
    const auto activeRuns = [](const std::vector<double> &energy) {
        std::vector<double> low;
        const double p40 = percentile(energy, 0.4);
        for (double e : energy) {
            if (e <= p40)
                low.push_back(e);
        }
        const double base = median(low);
        const double sigma = std::max({mad(low, base), 0.15 * base, 1e-4});
        std::vector<Run> runs;
        for (int i = 0; i < int(energy.size()); ++i) {
            const double e = energy[size_t(i)] - base;
            if (e <= 4.0 * sigma)
                continue;
            if (!runs.empty() && runs.back().last == i - 1) {
                runs.back().last = i;
                runs.back().peak = std::max(runs.back().peak, e);
            } else {
                runs.push_back(Run{i, i, e});
            }
        }
        return runs;
    };
    const int smallWindow = *std::min_element(windows.begin(), windows.end());
    const int smallHalf = smallWindow / 2;
    std::vector<Run> otherRuns, eyeRuns[2];
    double strongest = 0.0;
    for (const Region &r : kRegions) {
        const QString name = QString::fromLatin1(r.name);
        if (!isExpressive(name))
            continue;
        if (name == QLatin1String("eyes")) {
            for (int e = 0; e < 2; ++e) {
                eyeRuns[e] = activeRuns(
                    energyCurve(shapes, {smallWindow}, r.first + 6 * e, r.first + 6 * e + 5));
                for (const Run &run : eyeRuns[e])
                    strongest = std::max(strongest, run.peak);
            }
            continue;
        }
        const auto runs = activeRuns(energyCurve(shapes, {smallWindow}, r.first, r.last));
        otherRuns.insert(otherRuns.end(), runs.begin(), runs.end());
        for (const Run &run : runs)
            strongest = std::max(strongest, run.peak);
    }
    // Noise flickers: runs of a frame or two, or far weaker than the motion itself.
    const auto weak = [&](const Run &run) {
        return run.last - run.first < 2 || run.peak < 0.2 * strongest;
    };
    otherRuns.erase(std::remove_if(otherRuns.begin(), otherRuns.end(), weak), otherRuns.end());
    for (auto &runs : eyeRuns)
        runs.erase(std::remove_if(runs.begin(), runs.end(), weak), runs.end());
    // Both eyes moving together briefly while nothing else moves is probably an incidental
    // blink: it marks neither the motion's extent nor rest (unless nothing else moves).
    const int blinkSpan = int(std::lround(m_options.maxBlinkFrames * scale)) + 2 * smallHalf + 2;
    const auto overlap = [](const Run &a, const Run &b, int margin) {
        return a.first <= b.last + margin && b.first <= a.last + margin;
    };
    std::vector<bool> blinkRun(static_cast<size_t>(n), false);
    int firstActive = -1, lastActive = -1;
    const auto include = [&](const Run &run) {
        firstActive = firstActive < 0 ? run.first : std::min(firstActive, run.first);
        lastActive = std::max(lastActive, run.last);
    };
    for (const Run &run : otherRuns)
        include(run);
    // A blink comes back: the eye's shape after the run is the shape before it (a wink's rise
    // or release ends elsewhere). dlib often follows only one of the two closing eyes.
    const auto returns = [&](const Run &run, int eye) {
        std::vector<int> points;
        for (int k = 36 + 6 * eye; k < 42 + 6 * eye; ++k)
            points.push_back(k);
        const Landmarks68 &before = shapes[size_t(std::max(0, run.first - 2))];
        const Landmarks68 &after = shapes[size_t(std::min(n - 1, run.last + 2))];
        double largest = 0.0;
        for (int i = run.first; i <= run.last; ++i)
            largest = std::max(largest, rmsDistance(shapes[size_t(i)], before, points));
        return rmsDistance(after, before, points) < 0.4 * largest;
    };
    for (int e = 0; e < 2; ++e) {
        for (const Run &run : eyeRuns[e]) {
            bool other = false;
            for (const Run &o : otherRuns)
                other = other || (overlap(run, o, 2) && o.peak >= run.peak);
            if (run.last - run.first < blinkSpan && !other && !otherRuns.empty()
                && returns(run, e)) {
                for (int i = std::max(0, run.first - 1); i <= std::min(n - 1, run.last + 1); ++i)
                    blinkRun[size_t(i)] = true;
            } else {
                include(run);
            }
        }
    }
    // Other runs inside a blink (the brows and cheeks twitch with it) are not the motion.
    if (firstActive >= 0) {
        firstActive = -1;
        lastActive = -1;
        for (const Run &run : otherRuns) {
            bool inBlink = true;
            for (int i = run.first; i <= run.last && inBlink; ++i)
                inBlink = blinkRun[size_t(i)];
            if (!inBlink)
                include(run);
        }
        for (int e = 0; e < 2; ++e) {
            for (const Run &run : eyeRuns[e]) {
                if (!blinkRun[size_t(run.first)] || !blinkRun[size_t(run.last)])
                    include(run);
            }
        }
    }
    const std::vector<bool> &notRest = blinkRun;
    if (firstActive < 0) {
        int f = -1, l = -1;
        for (const auto &run : activeRuns(energyCurve(shapes, {smallWindow}, kInnerFirst, 67))) {
            f = f < 0 ? run.first : f;
            l = run.last;
        }
        firstActive = f;
        lastActive = l;
    }
    // Rest: the neutral lead-in; the tail too when it is back at the same shape (a motion
    // held to the end of the clip leaves the tail at its apex).
    std::vector<int> rest, lead, tail;
    if (firstActive >= 0) {
        for (int i = 0; i < n; ++i) {
            if (notRest[size_t(i)])
                continue;
            if (i < firstActive - 1)
                lead.push_back(i);
            else if (i > lastActive + 1)
                tail.push_back(i);
        }
    }
    const auto medianShape = [&shapes](const std::vector<int> &frames) {
        Landmarks68 m{};
        for (size_t k = 0; k < 68; ++k) {
            std::vector<double> xs, ys;
            for (int i : frames) {
                xs.push_back(shapes[size_t(i)][k].x);
                ys.push_back(shapes[size_t(i)][k].y);
            }
            m[k] = cv::Point2f(float(median(xs)), float(median(ys)));
        }
        return m;
    };
    if (int(lead.size()) >= 3 && int(tail.size()) >= 3) {
        const Landmarks68 a = medianShape(lead), b = medianShape(tail);
        double worst = 0.0;
        for (const Part &part : spottingParts())
            worst = std::max(worst, rmsDistance(a, b, part.points));
        rest = lead;
        if (worst < 0.5 * m_options.minAmplitude)
            rest.insert(rest.end(), tail.begin(), tail.end());
    } else {
        rest = int(lead.size()) >= 3 ? lead : tail;
    }
    if (int(rest.size()) < 3) {
        // No quiet stretch at either end: take the quietest frames as the rest shape.
        std::vector<std::pair<double, int>> order;
        for (int i = 0; i < n; ++i)
            order.emplace_back(result.energy[size_t(i)], i);
        std::sort(order.begin(), order.end());
        rest.clear();
        for (int i = 0; i < std::max(3, n / 5) && i < n; ++i)
            rest.push_back(order[size_t(i)].second);
        std::sort(rest.begin(), rest.end());
    }

    // 5. Neutral shape and displacement from it, for the whole face and per region; each
    //    region's displacement in units of its own noise (a z-score).
    Landmarks68 neutral{};
    for (size_t k = 0; k < 68; ++k) {
        std::vector<double> xs, ys;
        for (int i : rest) {
            xs.push_back(shapes[size_t(i)][k].x);
            ys.push_back(shapes[size_t(i)][k].y);
        }
        neutral[k] = cv::Point2f(float(median(xs)), float(median(ys)));
    }
    const auto restStats = [&rest](const std::vector<double> &curve, double &base, double &sigma) {
        std::vector<double> r;
        for (int i : rest)
            r.push_back(curve[size_t(i)]);
        base = median(r);
        sigma = std::max(mad(r, base), 0.002);
    };
    result.displacement.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        result.displacement[size_t(i)] = rmsDistance(shapes[size_t(i)], neutral, kInnerFirst, 67);
    double dBase = 0, dSigma = 0;
    restStats(result.displacement, dBase, dSigma);
    result.noiseLevel = dSigma;
    result.peakDisplacement = *std::max_element(result.displacement.begin(),
                                                result.displacement.end())
                              - dBase;

    // Per region: its displacement from the neutral shape (shown to reviewers); the dominant
    // region is the expressive one that moved most.
    double bestRegion = -1.0;
    for (size_t r = 0; r < std::size(kRegions); ++r) {
        std::vector<double> d(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            d[size_t(i)] = rmsDistance(shapes[size_t(i)], neutral, kRegions[r].first,
                                       kRegions[r].last);
        double base = 0, sigma = 0;
        restStats(d, base, sigma);
        const double amplitude = *std::max_element(d.begin(), d.end()) - base;
        result.regions[r].peakDisplacement = amplitude + base;
        const QString name = QString::fromLatin1(kRegions[r].name);
        if (isExpressive(name) && amplitude > bestRegion) {
            bestRegion = amplitude;
            result.dominantRegion = name;
        }
    }

    // Per part (each brow, each eye, each half of the mouth): displacement in units of its
    // own noise (a z-score); a part that stays within its noise does not count.
    const std::vector<Part> &parts = spottingParts();
    std::vector<std::vector<double>> partZ;
    std::vector<bool> partEye;
    for (const Part &part : parts) {
        std::vector<double> d(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            d[size_t(i)] = rmsDistance(shapes[size_t(i)], neutral, part.points);
        double base = 0, sigma = 0;
        restStats(d, base, sigma);
        const double amplitude = *std::max_element(d.begin(), d.end()) - base;
        if (amplitude < m_options.minAmplitude || amplitude / sigma < m_options.minSignalToNoise)
            continue;
        for (double &v : d)
            v = (v - base) / sigma;
        partZ.push_back(std::move(d));
        partEye.push_back(part.eye);
    }
    if (firstActive < 0 || partZ.empty()) {
        result.status = MotionStatus::NoMotion;
        result.message = tr("No facial motion: the landmarks stay within their noise "
                            "(peak %1, noise %2 inter-ocular distances).")
                             .arg(result.peakDisplacement, 0, 'f', 3)
                             .arg(dSigma, 0, 'f', 3);
        result.confidence = std::clamp(1.0
                                           - result.peakDisplacement
                                                 / std::max(m_options.minAmplitude, 1e-6),
                                       0.0, 1.0);
        return result;
    }

    // Incidental blinks: both lids close and reopen within a few frames while nothing else
    // moves. They are part of every recording, not of the motion: their frames are not used
    // for onset and offset unless a blink is all that happens.
    const auto blinkFrames = [&]() {
        std::vector<bool> blink(static_cast<size_t>(n), false);
        std::vector<double> closure[2];
        double threshold[2] = {0, 0}, restOpening[2] = {0, 0};
        for (int e = 0; e < 2; ++e) {
            std::vector<double> opening(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                opening[size_t(i)] = eyeOpening(shapes[size_t(i)], e == 1);
            double base = 0, sigma = 0;
            restStats(opening, base, sigma);
            restOpening[e] = base;
            closure[e].resize(size_t(n));
            for (int i = 0; i < n; ++i)
                closure[e][size_t(i)] = base - opening[size_t(i)];
            threshold[e] = std::max(4.0 * sigma, 0.15 * base);
        }
        const int maxLength = std::max(3, int(std::lround(m_options.maxBlinkFrames * scale)));
        for (int i = 0; i < n;) {
            if (closure[0][size_t(i)] <= threshold[0] && closure[1][size_t(i)] <= threshold[1]) {
                ++i;
                continue;
            }
            int j = i;
            double peak[2] = {0, 0};
            while (
                j < n
                && (closure[0][size_t(j)] > threshold[0] || closure[1][size_t(j)] > threshold[1])) {
                peak[0] = std::max(peak[0], closure[0][size_t(j)] / restOpening[0]);
                peak[1] = std::max(peak[1], closure[1][size_t(j)] / restOpening[1]);
                ++j;
            }
            // [i, j): a closure run. A blink: short, both eyes alike, clearly closing.
            const bool bothEyes = std::min(peak[0], peak[1]) >= 0.5 * std::max(peak[0], peak[1]);
            bool othersStill = true;
            for (size_t p = 0; p < partZ.size() && othersStill; ++p) {
                if (partEye[p])
                    continue;
                for (int k = std::max(0, i - 2); k < std::min(n, j + 2); ++k)
                    othersStill = othersStill && partZ[p][size_t(k)] <= 4.0;
            }
            if (j - i <= maxLength && bothEyes && std::min(peak[0], peak[1]) >= 0.3 && othersStill) {
                for (int k = std::max(0, i - 2); k < std::min(n, j + 2); ++k)
                    blink[size_t(k)] = true;
            }
            i = j;
        }
        return blink;
    };
    std::vector<bool> blink = blinkFrames();
    for (int i = 0; i < n; ++i)
        blink[size_t(i)] = blink[size_t(i)] || blinkRun[size_t(i)];
    std::vector<double> z(static_cast<size_t>(n), 0.0); // strongest part per frame, noise units
    for (int pass = 0; pass < 2; ++pass) {
        const bool skipBlinks = pass == 0;
        std::fill(z.begin(), z.end(), 0.0);
        for (size_t p = 0; p < partZ.size(); ++p) {
            for (int i = 0; i < n; ++i) {
                if (skipBlinks && partEye[p] && blink[size_t(i)])
                    continue;
                z[size_t(i)] = std::max(z[size_t(i)], partZ[p][size_t(i)]);
            }
        }
        if (*std::max_element(z.begin(), z.end()) >= m_options.minSignalToNoise)
            break; // else a blink is all that moved: it is the motion
    }
    int blinkCount = 0;
    for (int i = 0; i < n; ++i)
        blinkCount += blink[size_t(i)] && (i == 0 || !blink[size_t(i - 1)]) ? 1 : 0;
    const double peakZ = *std::max_element(z.begin(), z.end());

    // 6. Onset: first sustained departure from rest, walked back to the foot of the rise;
    //    offset: the last sustained departure, walked forward to where it settles.
    const double threshold = std::max(4.0, 0.1 * peakZ);
    // A face that settles a little away from its lead-in shape (lighting drift moves dlib's
    // points) ends on a low plateau: after the apex, displacement is measured from it.
    const int apexFrame = int(std::max_element(z.begin(), z.end()) - z.begin());
    if (n - apexFrame > 8) {
        const double tailLevel = median({z[size_t(n - 3)], z[size_t(n - 2)], z[size_t(n - 1)]});
        if (tailLevel > 0 && tailLevel < m_options.settleFraction * peakZ) {
            for (int i = apexFrame + 1; i < n; ++i)
                z[size_t(i)] = std::max(0.0, z[size_t(i)] - tailLevel);
        }
    }
    const auto above = [&](int i) { return z[size_t(i)] > threshold; };
    const int run = std::min(3, n);
    int start = -1, end = -1;
    for (int i = 0; i + run <= n && start < 0; ++i) {
        bool all = true;
        for (int j = i; j < i + run; ++j)
            all = all && above(j);
        if (all)
            start = i;
    }
    for (int i = n - 1; i - run + 1 >= 0 && end < 0; --i) {
        bool all = true;
        for (int j = i - run + 1; j <= i; ++j)
            all = all && above(j);
        if (all)
            end = i;
    }
    const auto peakIt = std::max_element(z.begin(), z.end());
    if (start < 0 || end < start) {
        start = int(peakIt - z.begin());
        end = start;
    }
    // Hysteresis: from the sustained crossing, walk outwards while the displacement stays
    // above a low threshold (2.5 noise SDs over rest), i.e. to the last frame at rest.
    const double lowThreshold = std::max(2.5, m_options.lowFraction * peakZ);
    int first = start;
    while (first > 0 && z[size_t(first - 1)] > lowThreshold)
        --first;
    int last = end;
    while (last < n - 1 && z[size_t(last + 1)] > lowThreshold)
        ++last;
    // Then on down the slope while it keeps falling clearly (a smooth start stays under the
    // noise for a frame or two).
    const double step = std::max(0.5, m_options.slopeFraction * peakZ);
    while (first > 0 && z[size_t(first - 1)] < z[size_t(first)] - step)
        --first;
    while (last < n - 1 && z[size_t(last + 1)] < z[size_t(last)] - step)
        ++last;
    result.onset = first;
    result.offset = last;
    double best = -1.0;
    for (int i = result.onset; i <= result.offset; ++i) {
        double sum = 0.0;
        int count = 0;
        for (int j = std::max(0, i - 1); j <= std::min(n - 1, i + 1); ++j, ++count)
            sum += result.displacement[size_t(j)];
        if (sum / count > best) {
            best = sum / count;
            result.apex = i;
        }
    }

    // 7. Confidence: signal over noise, lowered when the motion touches a clip end or when
    //    many frames lacked a face.
    const double snr = peakZ;
    double confidence = std::clamp((snr - m_options.minSignalToNoise)
                                       / (4.0 * m_options.minSignalToNoise),
                                   0.0, 1.0);
    confidence = 0.5 + 0.5 * confidence;
    if (result.onset <= 0 || result.offset >= n - 1)
        confidence *= 0.5;
    confidence *= double(valid.size()) / n;
    result.confidence = confidence;
    result.status = MotionStatus::Found;
    result.message = tr("Motion from frame %1 to %2 (apex %3), mostly %4.")
                         .arg(result.onset)
                         .arg(result.offset)
                         .arg(result.apex)
                         .arg(regionLabel(result.dominantRegion));
    if (blinkCount > 0 && peakZ >= m_options.minSignalToNoise)
        result.message += QLatin1Char(' ')
                          + QCoreApplication::translate("fm::MotionSpotter",
                                                        "%n blink(s) outside it were left out.",
                                                        nullptr, blinkCount);
    if (result.onset <= 0)
        result.message += QLatin1Char(' ') + tr("It starts with the clip: no rest before it.");
    if (result.offset >= n - 1)
        result.message += QLatin1Char(' ') + tr("It lasts to the end: no rest after it.");
    return result;
}

QString regionLabel(const QString &name)
{
    for (const Region &r : kRegions)
        if (name == QLatin1String(r.name))
            return QCoreApplication::translate("fm::MotionSpotter", r.name);
    return name;
}

} // namespace fm
