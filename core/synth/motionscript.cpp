#include "motionscript.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

float smoothstep(float x)
{
    x = std::clamp(x, 0.0f, 1.0f);
    return x * x * (3 - 2 * x);
}

/** A viseme: a named mouth shape as a mix of actions. */
struct Viseme
{
    const char *name;
    ActionMix mix;
};

const Viseme &visemeFor(QChar letter)
{
    static const Viseme mbp{"MBP", {{FacialAction::LipPress, 1.0f}}};
    static const Viseme aa{"AA",
                           {{FacialAction::MouthOpen, 0.85f}, {FacialAction::LipStretch, 0.2f}}};
    static const Viseme ee{"EE",
                           {{FacialAction::LipStretch, 0.85f}, {FacialAction::MouthOpen, 0.25f}}};
    static const Viseme oh{"OH", {{FacialAction::Pucker, 0.55f}, {FacialAction::MouthOpen, 0.6f}}};
    static const Viseme oo{"OO", {{FacialAction::Pucker, 1.0f}, {FacialAction::MouthOpen, 0.2f}}};
    static const Viseme fv{"FV",
                           {{FacialAction::LipPress, 0.45f},
                            {FacialAction::LipCornerDepressor, 0.3f}}};
    static const Viseme cons{"CONS",
                             {{FacialAction::MouthOpen, 0.3f}, {FacialAction::LipStretch, 0.3f}}};
    switch (letter.toLower().unicode()) {
    case 'a':
        return aa;
    case 'e':
    case 'i':
    case 'y':
        return ee;
    case 'o':
        return oh;
    case 'u':
    case 'w':
    case 'q':
        return oo;
    case 'm':
    case 'b':
    case 'p':
        return mbp;
    case 'f':
    case 'v':
        return fv;
    default:
        return cons;
    }
}

std::vector<const Viseme *> visemeSequence(const QString &word)
{
    std::vector<const Viseme *> sequence;
    for (const QChar c : word) {
        if (!c.isLetter() || c.toLower() == QLatin1Char('h'))
            continue; // 'h' barely moves the lips
        const Viseme *v = &visemeFor(c);
        if (sequence.empty() || sequence.back() != v)
            sequence.push_back(v);
    }
    return sequence;
}

} // namespace

MotionSpec singleActionMotion(FacialAction action)
{
    MotionSpec spec;
    spec.id = facialActionId(action);
    spec.name = facialActionName(action);
    spec.kind = SynthMotionKind::FacialMotion;
    spec.segments.push_back(MotionSegment{{{action, 1.0f}}, 5, 6, 5, 0});
    return spec;
}

MotionSpec compoundMotion(FacialAction first, FacialAction second)
{
    MotionSpec spec;
    spec.id = facialActionId(first) + QLatin1Char('+') + facialActionId(second);
    spec.name = QCoreApplication::translate("fm::MotionSpec", "%1, then %2")
                    .arg(facialActionName(first), facialActionName(second).toLower());
    spec.kind = SynthMotionKind::Compound;
    spec.segments.push_back(MotionSegment{{{first, 1.0f}}, 5, 5, 5, 0});
    spec.segments.push_back(MotionSegment{{{second, 1.0f}}, 5, 6, 5, 2});
    return spec;
}

QStringList visemesOf(const QString &word)
{
    QStringList names;
    for (const Viseme *v : visemeSequence(word))
        names << QString::fromLatin1(v->name);
    return names;
}

MotionSpec lipMovement(const QString &word)
{
    MotionSpec spec;
    spec.id = QStringLiteral("word_") + word.toLower();
    spec.name = QCoreApplication::translate("fm::MotionSpec", "Mouthing \"%1\"").arg(word);
    spec.kind = SynthMotionKind::LipMovement;
    spec.word = word;
    bool first = true;
    for (const Viseme *v : visemeSequence(word)) {
        // Visemes overlap: each starts while the previous one is still releasing.
        spec.segments.push_back(MotionSegment{v->mix, 3, 2, 3, first ? 0.0f : -1.0f});
        first = false;
    }
    return spec;
}

QString hardCaseId(HardCase hardCase)
{
    switch (hardCase) {
    case HardCase::Flash:
        return QStringLiteral("flash");
    case HardCase::MicroExpression:
        return QStringLiteral("micro_expression");
    case HardCase::Tongue:
        return QStringLiteral("tongue");
    case HardCase::None:
        break;
    }
    return QString();
}

RepetitionParams sampleRepetition(std::mt19937_64 &rng, HardCase hardCase)
{
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    auto range = [&](float lo, float hi) { return lo + (hi - lo) * unit(rng); };
    RepetitionParams p;
    p.leadIn = int(range(6, 18));
    p.speed = range(0.75f, 1.25f);
    p.intensity = range(0.8f, 1.2f);
    p.holdToEnd = unit(rng) < 0.25f;
    p.trailing = int(range(4, 14));
    p.driftX = range(0, 6);
    p.driftY = range(0, 4);
    p.driftRotDeg = range(0, 2.0f);
    p.driftScale = range(0, 0.025f);
    p.driftPhase = range(0, 6.2832f);
    p.gain = range(0.85f, 1.15f);
    p.bias = range(-12, 12);
    p.noiseSigma = range(1.0f, 3.5f);
    p.hardCase = hardCase;
    if (unit(rng) < 0.12f)
        p.blinkStart = -2; // placed by buildTimeline in the neutral lead-in or tail
    if (hardCase == HardCase::MicroExpression)
        p.intensity *= 0.18f;
    return p;
}

MotionTimeline buildTimeline(const MotionSpec &spec, const RepetitionParams &params)
{
    struct Placed
    {
        const MotionSegment *segment;
        float start, rise, hold, fall;
    };
    const bool flash = params.hardCase == HardCase::Flash;
    std::vector<Placed> placed;
    float cursor = float(params.leadIn);
    for (size_t i = 0; i < spec.segments.size(); ++i) {
        const MotionSegment &s = spec.segments[i];
        Placed p{&s, 0, s.rise / params.speed, s.hold / params.speed, s.fall / params.speed};
        if (flash) {
            p.rise = 1.0f; // 2-3 visibly active frames in all
            p.hold = 1.0f;
            p.fall = 1.0f;
        }
        if (i > 0) {
            const Placed &prev = placed.back();
            cursor = prev.start + prev.rise + prev.hold + s.gapBefore / params.speed;
            if (s.gapBefore >= 0)
                cursor += prev.fall;
        }
        p.start = cursor;
        placed.push_back(p);
    }
    const Placed &last = placed.back();
    const float end = last.start + last.rise + last.hold + (params.holdToEnd ? 0 : last.fall);
    const int frames = int(std::ceil(end)) + params.trailing;

    MotionTimeline timeline;
    timeline.motion.assign(frames, {});
    timeline.incidental.assign(frames, {});
    timeline.tongue.assign(frames, false);
    for (size_t i = 0; i < placed.size(); ++i) {
        const Placed &p = placed[i];
        const bool isLast = i + 1 == placed.size();
        for (int f = 0; f < frames; ++f) {
            const float t = float(f) - p.start;
            float env = 0;
            if (t <= 0)
                env = 0;
            else if (t < p.rise)
                env = smoothstep(t / p.rise);
            else if (t < p.rise + p.hold || (isLast && params.holdToEnd))
                env = 1;
            else
                env = 1 - smoothstep((t - p.rise - p.hold) / std::max(0.5f, p.fall));
            if (env <= 0)
                continue;
            for (const auto &[action, weight] : p.segment->mix)
                timeline.motion[f][int(action)] += env * weight * params.intensity;
        }
    }
    if (params.hardCase == HardCase::Tongue) {
        for (int f = 0; f < frames; ++f)
            timeline.tongue[f] = timeline.motion[f][int(FacialAction::MouthOpen)] > 0.45f;
    }
    if (params.blinkStart != -1) {
        // An incidental blink of 5 frames in the lead-in if it is long enough, else in the tail.
        int start = params.blinkStart;
        if (start < 0)
            start = params.leadIn >= 9
                        ? 1
                        : (params.trailing >= 8 && !params.holdToEnd ? frames - 6 : -1);
        for (int k = 0; start >= 0 && k < 5 && start + k < frames; ++k) {
            const float env = std::sin(float(M_PI) * (k + 0.5f) / 5.0f);
            timeline.incidental[start + k][int(FacialAction::Blink)] += env;
        }
    }
    return timeline;
}

} // namespace fm
