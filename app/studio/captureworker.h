#pragma once

#include "motion/clipanalysis.h"

#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace fm {

class ClipAnalyzer;
class ClipWriter;

/**
 * The capture pipeline on a worker thread, the same for every frame source: the live face
 * preview (face box, landmarks, FaceQA) on the newest frame and, while recording, every frame
 * written into a take file. A source that ends mid-take leaves a partial take (kept, flagged)
 * or nothing; a take that cannot be written is discarded. Results reach the page by signals.
 */
class CaptureWorker : public QObject
{
    Q_OBJECT

public:
    CaptureWorker();
    ~CaptureWorker() override;

    /** Thread-safe: queues a frame from any thread. The preview skips frames while it is
     *  behind; a take never does. */
    void submit(const cv::Mat &frame);

public Q_SLOTS:
    /** Loads the face models (on the worker thread). */
    void init();
    /** The frame rate takes are written at (the source's). */
    void setFrameRate(double fps);
    /** Records the next `frames` frames into `path` (written under a temp name until done). */
    void startRecording(const QString &path, int frames);
    void cancelRecording();
    /** The source stopped: a take in progress is kept as partial if it has frames. */
    void sourceEnded(const QString &reason);

Q_SIGNALS:
    void frameReady(const QImage &frame, const fm::FrameAnalysis &analysis);
    void recordingProgress(int done, int total);
    /** A take is complete (`partial`: the source ended before `frames` reached the target). */
    void takeRecorded(const QString &path, int frames, bool partial);
    void failed(const QString &message);
    /** The source stopped delivering frames (before a partial take is reported). */
    void sourceStopped(const QString &reason);

private:
    void process(const cv::Mat &frame);
    void finishTake(bool partial);

    std::unique_ptr<ClipAnalyzer> m_analyzer;
    std::unique_ptr<ClipWriter> m_writer;
    std::atomic<int> m_queued{0};
    double m_fps = 30.0;
    bool m_recording = false;
    QString m_takePath;
    int m_takeFrames = 0;
    int m_recorded = 0;
};

} // namespace fm

Q_DECLARE_METATYPE(fm::FrameAnalysis)
