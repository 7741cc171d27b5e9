#pragma once

#include "common/error.h"

#include <QSize>
#include <QString>

#include <memory>

namespace cv {
class Mat;
}

namespace fm {

/**
 * Writes 8-bit BGR frames to a video file; the container follows the file suffix
 * (.mp4/.mov: MPEG-4 Part 2, .avi: MJPEG, .mkv/.webm: VP8 where available, else MPEG-4).
 * The file is written under a temporary name and renamed by finish(), so a crash or a
 * full disk never leaves a half-written clip under the final name.
 */
class ClipWriter
{
public:
    static Result<std::unique_ptr<ClipWriter>> create(const QString &path, QSize size, double fps);
    ~ClipWriter();

    /** Appends a frame (resized if its size differs); false with lastError() on failure. */
    bool write(const cv::Mat &frame);
    /** Closes the file and moves it to its final name. */
    Result<QString> finish();
    /** Closes and deletes the partial file. */
    void discard();

    int framesWritten() const { return m_frames; }
    QString lastError() const { return m_lastError; }

private:
    ClipWriter();
    struct Private;
    std::unique_ptr<Private> d;
    int m_frames = 0;
    QString m_lastError;
};

} // namespace fm
