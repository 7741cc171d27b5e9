#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli pretrain-sfe --out CHECKPOINT [--input PATH]...`: distils MobileFaceNet
 * ("SFE-M") on face crops against dlib's 68 landmarks (demo photos plus any images, folders
 * or videos given), prints one progress line per epoch, saves model + optimizer after each
 * epoch and on Ctrl-C, and reports the held-out landmark error.
 */
int runPretrainSfe(const QStringList &args);

} // namespace fm::cli
