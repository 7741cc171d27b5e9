#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli train (--project P | --features FILE) --config C.json --run R`: trains the
 * sequence encoder as a background job. JSON lines of progress go to stdout, human text to
 * stderr; SIGTERM/SIGINT finish the current step, save a checkpoint and exit 0 with a
 * "stopped" line; starting the same command again resumes.
 */
int runTrain(const QStringList &args);

/** `fmstudio-cli verify ENROL.mp4 PROBE.mp4 --run R` (two-factor, see verifycommand.h) or
    `verify ENROL PROBE --run R --features FILE` (two clip ids of a bundle, motion only). */
int runVerify(const QStringList &args);

} // namespace fm::cli
