#pragma once

#include <QCameraDevice>
#include <QObject>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QTimer;
class QVideoFrame;
class QVideoSink;

namespace fm {

class ClipReader;

/**
 * A live source of BGR frames for the capture page: a camera, or a video file standing in for
 * one. The capture worker treats both alike; a source that stops delivering says why.
 */
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /** What the page shows as the source, e.g. "camera Foo" or "video file a.mp4". */
    virtual QString description() const = 0;
    /** True when start() and the frames run on the capture worker's thread. */
    virtual bool runsOnWorkerThread() const = 0;

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    /** The source runs; `fps` is the rate a take is written at. */
    void started(double fps);
    /** One frame (its own buffer, never reused by the source). */
    void frameReady(const cv::Mat &bgr);
    /** The source stopped delivering frames (file ended, camera lost or failed). */
    void ended(const QString &reason);
};

/** A video file played at its frame rate as a camera; loops unless told not to. */
class VideoFileSource : public FrameSource
{
    Q_OBJECT

public:
    explicit VideoFileSource(const QString &path, bool loop = true);
    ~VideoFileSource() override;
    QString description() const override;
    bool runsOnWorkerThread() const override { return true; }

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    void tick();

    QString m_path;
    bool m_loop;
    std::unique_ptr<ClipReader> m_reader;
    QTimer *m_timer = nullptr;
};

/** A system camera through Qt Multimedia (QCamera -> QMediaCaptureSession -> QVideoSink). */
class CameraSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraSource(const QCameraDevice &device);
    ~CameraSource() override;
    QString description() const override;
    bool runsOnWorkerThread() const override { return false; }

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    void onFrame(const QVideoFrame &frame);
    void lose(const QString &reason);

    QCameraDevice m_device;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    bool m_running = false;
    bool m_announced = false;
};

/** An 8-bit BGR frame as an RGB888 QImage (a copy); null for other types. */
QImage bgrToImage(const cv::Mat &bgr);

} // namespace fm

Q_DECLARE_METATYPE(cv::Mat)
