#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli analyze CLIP... [--json OUT] [--overlay OUT] [--jobs N]`: runs the clip
 * analysis (faces, 68 landmarks, aligned crops, FaceQA, onset/apex/offset) on video files or
 * image-sequence folders, several clips in parallel with a progress bar, prints a summary and
 * writes the per-frame results as JSON and/or an annotated overlay video.
 * Exit code 0 when every clip was analysed and has a face, 1 otherwise, 2 on usage errors.
 */
int runAnalyze(const QStringList &args);

} // namespace fm::cli
