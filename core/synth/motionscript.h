#pragma once

#include "synth/facialactions.h"

#include <QString>

#include <array>
#include <random>
#include <utility>
#include <vector>

namespace fm {

/** What kind of secret a motion is (seed 000: facial motion, lip movement; seed 001: compound). */
enum class SynthMotionKind { FacialMotion, LipMovement, Compound };

/** Actions with their intensities that move together. */
using ActionMix = std::vector<std::pair<FacialAction, float>>;

/** One step of a motion: a mix ramps up, holds and ramps down (durations in frames at speed 1). */
struct MotionSegment
{
    ActionMix mix;
    float rise = 5;
    float hold = 6;
    float fall = 5;
    float gapBefore = 0; ///< frames after the previous segment starts to fall; negative overlaps
};

/** A motion a subject performs: one action, two in sequence, or the mouth shapes of a word. */
struct MotionSpec
{
    QString id;   ///< stable, file-name safe, e.g. "wink_left+smile", "word_hello"
    QString name; ///< shown to people
    SynthMotionKind kind = SynthMotionKind::FacialMotion;
    QString word; ///< lip movements only
    std::vector<MotionSegment> segments;
};

MotionSpec singleActionMotion(FacialAction action);
MotionSpec compoundMotion(FacialAction first, FacialAction second);
/** Mouth-shape sequence of `word` from a small letter-to-viseme table. */
MotionSpec lipMovement(const QString &word);
/** The viseme names of `word` in order (after merging repeats), e.g. "MBP AA ...". */
QStringList visemesOf(const QString &word);

/** Deliberate hard cases a reviewer or a model should notice (seed 000 §4.1). */
enum class HardCase { None, Flash, MicroExpression, Tongue };
QString hardCaseId(HardCase hardCase);

/** How one repetition differs from the others (seed 000 §4.1). */
struct RepetitionParams
{
    int leadIn = 10;    ///< neutral frames before the motion
    float speed = 1.0f; ///< > 1 is faster
    float intensity = 1.0f;
    bool holdToEnd = false; ///< apex held to the last frame instead of released
    int trailing = 8;       ///< frames after the release (or held apex frames)
    float driftX = 0, driftY = 0, driftRotDeg = 0, driftScale = 0; ///< head jitter amplitudes
    float driftPhase = 0;
    float gain = 1.0f, bias = 0.0f, noiseSigma = 2.0f; ///< lighting and sensor noise
    int blinkStart = -1; ///< an incidental blink outside the motion, or -1
    HardCase hardCase = HardCase::None;
};

/** Draws the parameters of one repetition; hard cases are chosen by the caller. */
RepetitionParams sampleRepetition(std::mt19937_64 &rng, HardCase hardCase);

/** Per-frame activation of each action: the motion itself and incidental movement. */
struct MotionTimeline
{
    std::vector<std::array<float, kFacialActionCount>> motion;     ///< the performed motion
    std::vector<std::array<float, kFacialActionCount>> incidental; ///< blinks outside it
    std::vector<bool> tongue; ///< frames with the tongue shown (hard case)
    int frameCount() const { return int(motion.size()); }
};

MotionTimeline buildTimeline(const MotionSpec &spec, const RepetitionParams &params);

} // namespace fm
