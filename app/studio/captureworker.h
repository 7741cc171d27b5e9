#pragma once

#include "motion/clipanalysis.h"

#include <QImage>
#include <QObject>

#include <memory>

class QTimer;

namespace fm {

class ClipAnalyzer;
class ClipReader;
class ClipWriter;

/**
 * The capture source on a worker thread: plays a video file as if it were a camera (looping,
 * paced at its frame rate), runs the live face preview on each frame and, while recording,
 * writes the frames into a take file. Everything reaches the page through queued signals.
 */
class CaptureWorker : public QObject
{
    Q_OBJECT

public:
    explicit CaptureWorker(const QString &videoPath);
    ~CaptureWorker() override;

public Q_SLOTS:
    void start();
    void stop();
    /** Records the next `frames` frames into `path` (written under a temp name until done). */
    void startRecording(const QString &path, int frames);
    void cancelRecording();

Q_SIGNALS:
    void started(double fps, const QSize &size);
    void frameReady(const QImage &frame, const fm::FrameAnalysis &analysis);
    void recordingProgress(int done, int total);
    void takeRecorded(const QString &path, int frames);
    void failed(const QString &message);

private:
    void tick();

    QString m_path;
    std::unique_ptr<ClipReader> m_reader;
    std::unique_ptr<ClipAnalyzer> m_analyzer;
    std::unique_ptr<ClipWriter> m_writer;
    QTimer *m_timer = nullptr;
    QString m_takePath;
    int m_takeFrames = 0;
    int m_recorded = 0;
};

} // namespace fm

Q_DECLARE_METATYPE(fm::FrameAnalysis)
