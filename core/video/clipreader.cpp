#include "clipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ClipReader", text);
}

/** "frame2" < "frame10": digit runs compare as numbers (QCollator's numeric mode depends on
 *  the locale and is off in the C locale, so this is done by hand). */
bool naturalLess(const QString &a, const QString &b)
{
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Compare without leading zeros: longer digit run = larger number.
            QStringView na = QStringView(a).mid(i, ei - i), nb = QStringView(b).mid(j, ej - j);
            while (na.size() > 1 && na.front() == QLatin1Char('0'))
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == QLatin1Char('0'))
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size();
            const int c = na.compare(nb);
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

} // namespace

struct ClipReader::Private
{
    cv::VideoCapture capture;
    cv::Mat pending;   // the probe frame open() decoded, returned by the first read()
    QStringList files; // image sequence

    bool reopen(const QString &path)
    {
        pending.release();
        capture.release();
        return capture.open(QFile::encodeName(path).toStdString(), cv::CAP_FFMPEG)
               && capture.isOpened();
    }
};

ClipReader::ClipReader() : d(std::make_unique<Private>()) {}
ClipReader::~ClipReader() = default;

QStringList ClipReader::videoSuffixes()
{
    return {QStringLiteral("mp4"), QStringLiteral("avi"),  QStringLiteral("mkv"),
            QStringLiteral("mov"), QStringLiteral("webm"), QStringLiteral("wmv"),
            QStringLiteral("mpg"), QStringLiteral("mpeg"), QStringLiteral("m4v")};
}

QStringList ClipReader::sequenceFiles(const QString &folder)
{
    const QStringList filters = {QStringLiteral("*.png"),  QStringLiteral("*.jpg"),
                                 QStringLiteral("*.jpeg"), QStringLiteral("*.bmp"),
                                 QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
                                 QStringLiteral("*.webp")};
    QStringList names = QDir(folder).entryList(filters, QDir::Files | QDir::Readable);
    std::sort(names.begin(), names.end(), naturalLess);
    QStringList paths;
    for (const QString &name : names)
        paths << QDir(folder).filePath(name);
    return paths;
}

Result<std::unique_ptr<ClipReader>> ClipReader::open(const QString &path, double sequenceFps)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return Error{tr("The clip \"%1\" does not exist.").arg(path)};

    std::unique_ptr<ClipReader> reader(new ClipReader);
    ClipInfo &info = reader->m_info;
    info.path = fileInfo.absoluteFilePath();

    if (fileInfo.isDir()) {
        reader->d->files = sequenceFiles(path);
        if (reader->d->files.isEmpty())
            return Error{tr("The folder \"%1\" contains no images.").arg(path)};
        const cv::Mat first = cv::imread(QFile::encodeName(reader->d->files.first()).toStdString(),
                                         cv::IMREAD_COLOR);
        if (first.empty()) {
            return Error{tr("The image \"%1\" could not be read.").arg(reader->d->files.first())};
        }
        info.imageSequence = true;
        info.fps = sequenceFps > 0 ? sequenceFps : kDefaultSequenceFps;
        info.frameCount = int(reader->d->files.size());
        info.size = QSize(first.cols, first.rows);
        return reader;
    }

    cv::VideoCapture &capture = reader->d->capture;
    if (!capture.open(QFile::encodeName(info.path).toStdString(), cv::CAP_FFMPEG)
        || !capture.isOpened()) {
        return Error{tr("The video \"%1\" could not be opened: the file is unreadable or not a "
                        "video.")
                         .arg(path)};
    }
    info.fps = capture.get(cv::CAP_PROP_FPS);
    if (!(info.fps > 0.5 && info.fps < 1000.0))
        info.fps = kDefaultSequenceFps;
    info.size = QSize(int(capture.get(cv::CAP_PROP_FRAME_WIDTH)),
                      int(capture.get(cv::CAP_PROP_FRAME_HEIGHT)));
    info.frameCount = std::max(0, int(capture.get(cv::CAP_PROP_FRAME_COUNT)));
    cv::Mat probe;
    if (!capture.read(probe) || probe.empty())
        return Error{tr("The video \"%1\" has no decodable frames.").arg(path)};
    info.size = QSize(probe.cols, probe.rows);
    // Keep the probe frame instead of seeking back: seeking fails on very short clips.
    reader->d->pending = probe;
    if (info.frameCount <= 0)
        info.frameCount = 1; // refined as frames are read
    return reader;
}

bool ClipReader::read(cv::Mat &frame)
{
    m_lastError.clear();
    if (m_info.imageSequence) {
        if (m_position >= d->files.size())
            return false;
        frame = cv::imread(QFile::encodeName(d->files.at(m_position)).toStdString(),
                           cv::IMREAD_COLOR);
        if (frame.empty()) {
            m_lastError = tr("The image \"%1\" could not be read.").arg(d->files.at(m_position));
            return false;
        }
        if (frame.cols != m_info.size.width() || frame.rows != m_info.size.height()) {
            m_lastError = tr("The image \"%1\" is %2x%3 pixels; the sequence is %4x%5.")
                              .arg(d->files.at(m_position))
                              .arg(frame.cols)
                              .arg(frame.rows)
                              .arg(m_info.size.width())
                              .arg(m_info.size.height());
            return false;
        }
        ++m_position;
        return true;
    }
    if (!d->pending.empty()) {
        frame = d->pending;
        d->pending.release();
    } else if (!d->capture.read(frame) || frame.empty()) {
        return false;
    }
    ++m_position;
    m_info.frameCount = std::max(m_info.frameCount, m_position);
    return true;
}

bool ClipReader::frameAt(int index, cv::Mat &frame)
{
    if (index < 0)
        return false;
    if (m_info.imageSequence) {
        if (index >= d->files.size())
            return false;
        m_position = index;
        return read(frame);
    }
    if (index == m_position)
        return read(frame);
    if (!d->pending.empty()) {
        d->pending.release(); // the capture already stands after frame 0
        m_position = 1;
    }
    if (index < m_position || index - m_position > 30) {
        // Let FFmpeg seek to a key frame; when that fails (short clips, some containers),
        // reopen and decode forward.
        if (d->capture.set(cv::CAP_PROP_POS_FRAMES, index)
            && int(d->capture.get(cv::CAP_PROP_POS_FRAMES)) == index) {
            m_position = index;
            if (read(frame))
                return true;
        }
        if (!d->reopen(m_info.path))
            return false;
        m_position = 0;
    }
    while (m_position < index) {
        if (!d->capture.grab())
            return false;
        ++m_position;
    }
    return read(frame);
}

} // namespace fm
