#pragma once

#include "motion/motionspotter.h"

#include <QString>

namespace fm::cli {

/**
 * `fmstudio-cli analyze --against-truth PROJECT [--respot] [--list-errors N]`: compares a demo
 * project's automatic onsets/offsets with the generator's ground truth and prints, per action
 * (single actions) or kind (compounds, lip movements), the clip count, the miss rate and the
 * median / 90th-percentile / largest onset and offset errors in frames; hard cases on their own.
 * With `respot`, the motion is spotted again from the cached landmarks with `options` (fast, no
 * video decode).
 * Returns 0 on success, 1 when the project cannot be checked.
 */
int runSpottingCheck(const QString &projectDir, bool respot, int listWorst,
                     const MotionOptions &options = {});

} // namespace fm::cli
