#include "captureworker.h"

#include "motion/clipanalyzer.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QTimer>

#include <opencv2/core.hpp>

namespace fm {

namespace {
QImage toImage(const cv::Mat &bgr)
{
    QImage image(bgr.cols, bgr.rows, QImage::Format_RGB888);
    for (int y = 0; y < bgr.rows; ++y) {
        const uchar *src = bgr.ptr<uchar>(y);
        uchar *dst = image.scanLine(y);
        for (int x = 0; x < bgr.cols; ++x) {
            dst[3 * x] = src[3 * x + 2];
            dst[3 * x + 1] = src[3 * x + 1];
            dst[3 * x + 2] = src[3 * x];
        }
    }
    return image;
}
} // namespace

CaptureWorker::CaptureWorker(const QString &videoPath) : m_path(videoPath) {}

CaptureWorker::~CaptureWorker() = default;

void CaptureWorker::start()
{
    auto reader = ClipReader::open(m_path);
    if (!reader) {
        Q_EMIT failed(reader.error().message);
        return;
    }
    auto analyzer = ClipAnalyzer::create();
    if (!analyzer) {
        Q_EMIT failed(analyzer.error().message);
        return;
    }
    m_reader = std::move(reader.value());
    m_analyzer = std::move(analyzer.value());
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    const double fps = m_reader->info().fps > 0 ? m_reader->info().fps : 30.0;
    m_timer->setInterval(int(1000.0 / fps));
    connect(m_timer, &QTimer::timeout, this, &CaptureWorker::tick);
    m_timer->start();
    Q_EMIT started(fps, m_reader->info().size);
}

void CaptureWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    cancelRecording();
}

void CaptureWorker::startRecording(const QString &path, int frames)
{
    cancelRecording();
    auto writer = ClipWriter::create(path, m_reader->info().size, m_reader->info().fps);
    if (!writer) {
        Q_EMIT failed(writer.error().message);
        return;
    }
    m_writer = std::move(writer.value());
    m_takePath = path;
    m_takeFrames = std::max(1, frames);
    m_recorded = 0;
}

void CaptureWorker::cancelRecording()
{
    m_writer.reset(); // an unfinished writer leaves only its temp file, which it removes
    m_recorded = 0;
}

void CaptureWorker::tick()
{
    cv::Mat frame;
    if (!m_reader->read(frame)) {
        // The file ended: loop like a live camera would go on.
        if (!m_reader->frameAt(0, frame)) {
            m_timer->stop();
            cancelRecording();
            Q_EMIT failed(
                tr("The video source stopped delivering frames: %1").arg(m_reader->lastError()));
            return;
        }
    }
    if (m_writer) {
        if (!m_writer->write(frame)) {
            cancelRecording();
            Q_EMIT failed(tr("The take could not be written (disk full?); it was discarded. "
                             "Earlier takes are untouched."));
        } else if (++m_recorded >= m_takeFrames) {
            auto done = m_writer->finish();
            m_writer.reset();
            if (done)
                Q_EMIT takeRecorded(m_takePath, m_recorded);
            else
                Q_EMIT failed(done.error().message);
        } else {
            Q_EMIT recordingProgress(m_recorded, m_takeFrames);
        }
    }
    const FrameAnalysis analysis = m_analyzer->preview(frame, true);
    Q_EMIT frameReady(toImage(frame), analysis);
}

} // namespace fm
