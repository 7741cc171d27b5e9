#pragma once

#include "cliploader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QTimer;

namespace fm {

class CaptureWorker;
class FrameSource;
class FrameView;
class Project;
struct FrameAnalysis;

/**
 * The guided recording page: a live source (a system camera, or a video file standing in for
 * one) with face box, landmarks and live FaceQA; pick subject and motion, record a fixed-length
 * take after a countdown, keep it (stored as the next repetition and analysed in the
 * background) or re-take it. Keys: R record, Backspace re-take, Return keep, M next motion.
 */
class CapturePage : public QWidget
{
    Q_OBJECT

public:
    explicit CapturePage(Project *project, QWidget *parent = nullptr);
    ~CapturePage() override;

    /** Uses a video file as the camera, at its frame rate; `loop` false: it ends at its end
     *  (as a camera that is lost). */
    void setVideoSource(const QString &path, bool loop = true);
    /** Uses the system camera at `index` of QMediaDevices::videoInputs(); false if none. */
    bool setCameraSource(int index);
    /** The running source ("camera X", "video file Y"), empty without one. */
    QString sourceDescription() const;
    /** Where takes are written before they are stored (default: the project's cache). */
    void setTakeFolder(const QString &folder) { m_takeFolder = folder; }
    void setCountdownSeconds(int seconds);
    void setTakeSeconds(double seconds);
    bool hasPendingTake() const { return !m_pendingTake.isEmpty(); }
    /** Number of cameras Qt Multimedia reports. */
    int cameraCount() const { return m_cameras; }

public Q_SLOTS:
    void record();
    void retake();
    void keep();
    void nextMotion();

Q_SIGNALS:
    void message(const QString &text);
    void takeRecorded(const QString &path);
    /** A kept take is stored as clip `clipId` and its analysis proposed onset/offset. */
    void takeStored(qint64 clipId);

private:
    void stopSource();
    void setSource(FrameSource *source);
    void reloadCameras();
    void reloadSubjects();
    void reloadMotions();
    void updateRepetition();
    void onFrame(const QImage &frame, const FrameAnalysis &analysis);
    void onTakeRecorded(const QString &path, int frames, bool partial);
    void beginRecording();
    void importTake(const QString &path);

    Project *m_project;
    int m_cameras = 0;
    QLabel *m_sourceLabel;
    QComboBox *m_cameraBox;
    QComboBox *m_subject;
    QComboBox *m_motion;
    QLabel *m_repetition;
    QSpinBox *m_countdownSpin;
    QSpinBox *m_takeSpin;
    FrameView *m_view;
    QLabel *m_qa;
    QLabel *m_state;
    QProgressBar *m_progress;
    QListWidget *m_takes;
    QTimer *m_countdown;
    int m_countdownLeft = 0;
    QThread *m_thread = nullptr;
    CaptureWorker *m_worker = nullptr;
    FrameSource *m_source = nullptr;
    QString m_takeFolder;
    int m_takeTarget = 0;
    double m_fps = 30.0;
    QString m_pendingTake;
    bool m_recording = false;
    ClipLoader *m_analysis;
};

} // namespace fm
