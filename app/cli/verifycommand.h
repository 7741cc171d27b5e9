#pragma once

#include <QString>

namespace fm::cli {

/**
 * The video-file form of `fmstudio-cli verify ENROL.mp4 PROBE.mp4 --run R`: two-factor
 * verification (motion embedding + face identity) with fm::Verifier; one JSON result line on
 * stdout, progress and the decision as text on stderr. Returns the exit code.
 */
int verifyVideos(const QString &enrol, const QString &probe, const QString &runDir,
                 double identityThreshold);

} // namespace fm::cli
