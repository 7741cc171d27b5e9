#pragma once

#include <QSize>
#include <QString>

namespace fm {

/** What a clip is: its source, frame rate, length and frame size. */
struct ClipInfo
{
    QString path; ///< video file or image-sequence folder
    bool imageSequence = false;
    double fps = 0.0;   ///< frames per second (image sequences: as configured, default 30)
    int frameCount = 0; ///< counted frames (a container's own count can lie)
    QSize size;         ///< frame size in pixels

    double durationSeconds() const { return fps > 0 ? frameCount / fps : 0.0; }
};

} // namespace fm
