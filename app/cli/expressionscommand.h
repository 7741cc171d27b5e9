#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli expressions VIDEO --refs DIR [--out DIR]`: the seed-002 pipeline on a video;
 * `expressions train (--fec CSV --images DIR | --demo) --out HEAD`: FEENet triplet training;
 * `expressions demo-video OUT.mp4`: footage of the demo faces making expressions.
 */
int runExpressions(const QStringList &args);

} // namespace fm::cli
