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

/** `fmstudio-cli verify ENROL PROBE --run R --features FILE`: scores two clips of a bundle. */
int runVerify(const QStringList &args);

} // namespace fm::cli
