#include "framesource.h"

#include "video/clipreader.h"

#include <QCamera>
#include <QCameraFormat>
#include <QFileInfo>
#include <QImage>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <opencv2/imgproc.hpp>

namespace fm {

QImage bgrToImage(const cv::Mat &bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888)
        .convertToFormat(QImage::Format_RGB888); // a copy in the studio's usual format
}

// ---- VideoFileSource ----

VideoFileSource::VideoFileSource(const QString &path, bool loop) : m_path(path), m_loop(loop) {}

VideoFileSource::~VideoFileSource() = default;

QString VideoFileSource::description() const
{
    return tr("video file %1").arg(QFileInfo(m_path).fileName());
}

void VideoFileSource::start()
{
    auto reader = ClipReader::open(m_path);
    if (!reader) {
        Q_EMIT ended(reader.error().message);
        return;
    }
    m_reader = std::move(reader.value());
    const double fps = m_reader->info().fps > 0 ? m_reader->info().fps : 30.0;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &VideoFileSource::tick);
    }
    m_timer->setInterval(int(1000.0 / fps));
    m_timer->start();
    Q_EMIT started(fps);
}

void VideoFileSource::stop()
{
    if (m_timer)
        m_timer->stop();
}

void VideoFileSource::tick()
{
    cv::Mat frame;
    if (!m_reader->read(frame)) {
        const QString why = m_reader->lastError();
        // At the end of the file a looping source starts again, as a live camera goes on.
        if (!m_loop || !m_reader->frameAt(0, frame)) {
            m_timer->stop();
            Q_EMIT ended(m_loop || !why.isEmpty()
                             ? tr("The video source stopped delivering frames: %1").arg(why)
                             : tr("The video source reached its end."));
            return;
        }
    }
    Q_EMIT frameReady(frame);
}

// ---- CameraSource ----

CameraSource::CameraSource(const QCameraDevice &device) : m_device(device) {}

CameraSource::~CameraSource()
{
    stop();
}

QString CameraSource::description() const
{
    return tr("camera %1").arg(m_device.description());
}

void CameraSource::start()
{
    if (m_camera)
        return;
    m_camera = new QCamera(m_device, this);
    // The largest format up to 1280 pixels wide, then the highest frame rate: landmarks need
    // detail, more than that only costs time.
    QCameraFormat best;
    for (const QCameraFormat &f : m_device.videoFormats()) {
        if (f.resolution().width() > 1280)
            continue;
        if (best.isNull() || f.resolution().width() > best.resolution().width()
            || (f.resolution().width() == best.resolution().width()
                && f.maxFrameRate() > best.maxFrameRate()))
            best = f;
    }
    if (!best.isNull())
        m_camera->setCameraFormat(best);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    // The sink may deliver on a multimedia thread; conversion happens there, the frame is
    // then queued to the capture worker like any other source's.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraSource::onFrame,
            Qt::DirectConnection);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &text) {
                if (error != QCamera::NoError)
                    lose(tr("The camera failed: %1").arg(text));
            });
    connect(m_camera, &QCamera::activeChanged, this, [this](bool active) {
        if (!active && m_running)
            lose(tr("The camera stopped."));
    });
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, [this] {
        for (const QCameraDevice &d : QMediaDevices::videoInputs())
            if (d.id() == m_device.id())
                return;
        lose(tr("The camera was disconnected."));
    });
    m_running = true;
    m_announced = false;
    m_camera->start();
}

void CameraSource::stop()
{
    m_running = false;
    if (m_camera)
        m_camera->stop();
}

void CameraSource::lose(const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_camera)
        m_camera->stop();
    Q_EMIT ended(reason);
}

void CameraSource::onFrame(const QVideoFrame &frame)
{
    if (!m_running || !frame.isValid())
        return;
    if (!m_announced) {
        m_announced = true;
        const double rate = m_camera ? m_camera->cameraFormat().maxFrameRate() : 0.0;
        Q_EMIT started(rate > 1.0 ? double(rate) : 30.0);
    }
    const QImage rgb = frame.toImage().convertToFormat(QImage::Format_RGB888);
    if (rgb.isNull())
        return;
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    Q_EMIT frameReady(bgr);
}

} // namespace fm
