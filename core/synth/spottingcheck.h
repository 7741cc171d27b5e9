#pragma once

#include "common/error.h"
#include "motion/motionspotter.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace fm {

/** One clip's automatic onset/offset next to the demo generator's ground truth. */
struct SpottingCase
{
    QString subject;
    QString motion;   ///< motion id, e.g. "wink_left", "brow_raise+smile", "word_hello"
    QString kind;     ///< facial_motion, compound or lip_movement
    QString hardCase; ///< empty for a clean clip; flash, micro_expression, tongue
    bool incidentalBlink = false;
    int repetition = 0;
    int frames = 0;
    int truthOnset = -1, truthOffset = -1;
    bool found = false;
    int onset = -1, offset = -1;

    bool clean() const { return hardCase.isEmpty(); }
    int onsetError() const { return std::abs(onset - truthOnset); }
    int offsetError() const { return std::abs(offset - truthOffset); }
};

/** Onset/offset error distribution of a group of clips (frames). */
struct SpottingStats
{
    QString group;
    int clips = 0;  ///< clips in the group
    int missed = 0; ///< of them without a found motion
    double onsetMedian = 0, onsetP90 = 0, onsetMax = 0;
    double offsetMedian = 0, offsetP90 = 0, offsetMax = 0;

    double missRate() const { return clips > 0 ? double(missed) / clips : 0.0; }
};

/** Errors of `cases` (those with a found motion) and how many were missed. */
SpottingStats spottingStats(const QString &group, const std::vector<SpottingCase> &cases);

/** The group a clip's error is reported under: its action for single actions, else its kind. */
QString spottingGroupOf(const SpottingCase &c);

/** The whole comparison: every clip, per-group and overall figures on the clean clips. */
struct SpottingCheck
{
    std::vector<SpottingCase> cases;
    std::vector<SpottingStats> groups; ///< clean clips per group, sorted by name
    SpottingStats clean;               ///< all clean clips
    std::vector<SpottingStats> hard;   ///< per hard case (may miss by design)
    int missingAnalyses = 0;           ///< clips without an analysis in the cache
};

/** Builds the groups, the clean total and the hard-case totals from `cases`. */
SpottingCheck summariseSpotting(std::vector<SpottingCase> cases);

/**
 * Compares a demo project's automatic onsets/offsets with the generator's ground truth
 * (cache/demo/demo-manifest.json). With `respot`, the motion is spotted again from the
 * cached per-frame landmarks with `options` (no video is decoded), so spotter changes can be
 * measured on an existing demo in seconds; otherwise the stored analysis result is used.
 * progress(done, total) may return false to cancel.
 */
Result<SpottingCheck> checkSpottingAgainstTruth(const QString &projectDir, bool respot,
                                                const MotionOptions &options = {},
                                                const std::function<bool(int, int)> &progress = {});

} // namespace fm
