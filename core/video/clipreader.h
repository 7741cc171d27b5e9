#pragma once

#include "common/error.h"
#include "video/clipinfo.h"

#include <QStringList>

#include <memory>

namespace cv {
class Mat;
}

namespace fm {

/**
 * Reads a clip frame by frame or at random positions: a video file through OpenCV's FFmpeg
 * backend, or a folder of images sorted numerically (frame2 before frame10).
 * Frames are 8-bit BGR. Not thread-safe; open one reader per thread.
 */
class ClipReader
{
public:
    /** Image-sequence frame rate when a folder carries none. */
    static constexpr double kDefaultSequenceFps = 30.0;

    static Result<std::unique_ptr<ClipReader>> open(const QString &path,
                                                    double sequenceFps = kDefaultSequenceFps);
    ~ClipReader();

    const ClipInfo &info() const { return m_info; }

    /** The next frame in order; false at the end or on a decode error (see lastError()). */
    bool read(cv::Mat &frame);
    /** Frame `index` (0-based), seeking as needed; false if out of range or undecodable. */
    bool frameAt(int index, cv::Mat &frame);
    /** Index of the frame read() returns next. */
    int position() const { return m_position; }
    QString lastError() const { return m_lastError; }

    /** Video file suffixes the reader is tested with (lower case, no dot). */
    static QStringList videoSuffixes();
    /** Image files of a folder in numeric order (the sequence's frames). */
    static QStringList sequenceFiles(const QString &folder);

private:
    ClipReader();
    struct Private;
    std::unique_ptr<Private> d;
    ClipInfo m_info;
    int m_position = 0;
    QString m_lastError;
};

} // namespace fm
