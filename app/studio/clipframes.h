#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace fm {

/**
 * Frame `index` of a clip (video file or image-sequence folder) as an RGB image scaled to fit
 * `maxSide` pixels; a null image when the clip or frame cannot be read. Opens its own reader,
 * so it can run on any thread (thumbnails are decoded in the background).
 */
QImage readClipFrame(const QString &path, int index, int maxSide);

/** Every `step`-th frame of a clip (at most `maxFrames`), scaled to `maxSide`; for previews. */
QVector<QImage> readClipFrames(const QString &path, int maxSide, int maxFrames = 300, int step = 1);

} // namespace fm
