#include "clipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ClipWriter", text);
}

int fourccFor(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("avi"))
        return cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    if (s == QLatin1String("webm") || s == QLatin1String("mkv"))
        return cv::VideoWriter::fourcc('V', 'P', '8', '0');
    if (s == QLatin1String("wmv"))
        return cv::VideoWriter::fourcc('W', 'M', 'V', '2');
    if (s == QLatin1String("mpg") || s == QLatin1String("mpeg"))
        return cv::VideoWriter::fourcc('P', 'I', 'M', '1');
    return cv::VideoWriter::fourcc('m', 'p', '4', 'v');
}

} // namespace

struct ClipWriter::Private
{
    cv::VideoWriter writer;
    QString finalPath;
    QString partPath;
    cv::Size size;
};

ClipWriter::ClipWriter() : d(std::make_unique<Private>()) {}

ClipWriter::~ClipWriter()
{
    if (d->writer.isOpened())
        discard();
}

Result<std::unique_ptr<ClipWriter>> ClipWriter::create(const QString &path, QSize size, double fps)
{
    if (size.isEmpty() || fps <= 0)
        return Error{tr("Cannot write \"%1\": invalid frame size or frame rate.").arg(path)};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("The folder for \"%1\" could not be created.").arg(path)};

    std::unique_ptr<ClipWriter> writer(new ClipWriter);
    writer->d->finalPath = info.absoluteFilePath();
    // Keep the real suffix last so FFmpeg picks the right container.
    writer->d->partPath = info.absolutePath() + QStringLiteral("/.") + info.completeBaseName()
                          + QStringLiteral(".part.") + info.suffix();
    writer->d->size = cv::Size(size.width(), size.height());
    const std::string part = QFile::encodeName(writer->d->partPath).toStdString();
    if (!writer->d->writer.open(part, cv::CAP_FFMPEG, fourccFor(info.suffix()), fps,
                                writer->d->size)) {
        // Fall back to MPEG-4 Part 2, which every FFmpeg build has.
        if (!writer->d->writer.open(part, cv::CAP_FFMPEG,
                                    cv::VideoWriter::fourcc('m', 'p', '4', 'v'), fps,
                                    writer->d->size)) {
            QFile::remove(writer->d->partPath);
            return Error{tr("The video \"%1\" could not be created (no encoder for this format, "
                            "or the folder is not writable).")
                             .arg(path)};
        }
    }
    return writer;
}

bool ClipWriter::write(const cv::Mat &frame)
{
    if (!d->writer.isOpened()) {
        m_lastError = tr("The video is closed.");
        return false;
    }
    if (frame.empty()) {
        m_lastError = tr("Empty frame.");
        return false;
    }
    if (frame.size() != d->size) {
        cv::Mat resized;
        cv::resize(frame, resized, d->size, 0, 0, cv::INTER_AREA);
        d->writer.write(resized);
    } else {
        d->writer.write(frame);
    }
    ++m_frames;
    return true;
}

Result<QString> ClipWriter::finish()
{
    d->writer.release();
    const QFileInfo part(d->partPath);
    if (!part.exists() || part.size() == 0) {
        QFile::remove(d->partPath);
        return Error{tr("Writing \"%1\" failed (is the disk full?).").arg(d->finalPath)};
    }
    if (m_frames == 0) {
        QFile::remove(d->partPath);
        return Error{tr("No frames were written to \"%1\".").arg(d->finalPath)};
    }
    QFile::remove(d->finalPath);
    if (!QFile::rename(d->partPath, d->finalPath)) {
        QFile::remove(d->partPath);
        return Error{tr("The video could not be moved to \"%1\".").arg(d->finalPath)};
    }
    return d->finalPath;
}

void ClipWriter::discard()
{
    d->writer.release();
    QFile::remove(d->partPath);
}

} // namespace fm
