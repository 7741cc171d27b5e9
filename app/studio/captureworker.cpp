#include "captureworker.h"

#include "framesource.h"

#include "motion/clipanalyzer.h"
#include "video/clipwriter.h"

#include <QSize>

#include <opencv2/core.hpp>

namespace fm {

CaptureWorker::CaptureWorker() = default;

CaptureWorker::~CaptureWorker() = default;

void CaptureWorker::init()
{
    auto analyzer = ClipAnalyzer::create();
    if (!analyzer) {
        Q_EMIT failed(analyzer.error().message);
        return;
    }
    m_analyzer = std::move(analyzer.value());
}

void CaptureWorker::setFrameRate(double fps)
{
    if (fps > 0)
        m_fps = fps;
}

void CaptureWorker::submit(const cv::Mat &frame)
{
    ++m_queued;
    QMetaObject::invokeMethod(this, [this, frame] {
        --m_queued;
        process(frame);
    });
}

void CaptureWorker::startRecording(const QString &path, int frames)
{
    cancelRecording();
    m_recording = true; // the writer opens at the first frame, at that frame's size
    m_takePath = path;
    m_takeFrames = std::max(1, frames);
    m_recorded = 0;
}

void CaptureWorker::cancelRecording()
{
    m_writer.reset(); // an unfinished writer removes its temp file
    m_recording = false;
    m_recorded = 0;
}

void CaptureWorker::finishTake(bool partial)
{
    m_recording = false;
    if (!m_writer) {
        Q_EMIT failed(tr("The source stopped before the take had any frame; nothing was "
                         "recorded. Earlier takes are untouched."));
        return;
    }
    auto done = m_writer->finish();
    m_writer.reset();
    if (done)
        Q_EMIT takeRecorded(m_takePath, m_recorded, partial);
    else
        Q_EMIT failed(
            tr("%1 The take was discarded; earlier takes are untouched.").arg(done.error().message));
}

void CaptureWorker::sourceEnded(const QString &reason)
{
    Q_EMIT sourceStopped(reason);
    if (m_recording && m_recorded > 0)
        finishTake(true);
    else if (m_recording)
        finishTake(false); // reports that nothing was recorded
    cancelRecording();
}

void CaptureWorker::process(const cv::Mat &frame)
{
    if (frame.empty())
        return;
    if (m_recording) {
        if (!m_writer) {
            auto writer = ClipWriter::create(m_takePath, QSize(frame.cols, frame.rows), m_fps);
            if (!writer) {
                m_recording = false;
                Q_EMIT failed(tr("The take could not be written: %1 Earlier takes are "
                                 "untouched.")
                                  .arg(writer.error().message));
            } else {
                m_writer = std::move(writer.value());
            }
        }
        if (m_writer && !m_writer->write(frame)) {
            const QString why = m_writer->lastError();
            cancelRecording();
            Q_EMIT failed(tr("The take could not be written (%1); it was discarded. Earlier "
                             "takes are untouched.")
                              .arg(why));
        } else if (m_writer && ++m_recorded >= m_takeFrames) {
            finishTake(false);
        } else if (m_writer) {
            Q_EMIT recordingProgress(m_recorded, m_takeFrames);
        }
    }
    // The preview runs on the newest frame only, so a slow detector never delays the take.
    if (m_queued.load() > 0)
        return;
    const FrameAnalysis analysis = m_analyzer ? m_analyzer->preview(frame, true) : FrameAnalysis();
    Q_EMIT frameReady(bgrToImage(frame), analysis);
}

} // namespace fm
