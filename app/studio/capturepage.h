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
class FrameView;
class Project;
struct FrameAnalysis;

/**
 * The guided recording page: a live source (a video file standing in for a camera when the
 * system has none) with face box, landmarks and live FaceQA; pick subject and motion, record
 * a fixed-length take after a countdown, keep it (stored as the next repetition and analysed
 * in the background) or re-take it. Keys: R record, Backspace re-take, Return keep, M next motion.
 */
class CapturePage : public QWidget
{
    Q_OBJECT

public:
    explicit CapturePage(Project *project, QWidget *parent = nullptr);
    ~CapturePage() override;

    /** Uses a video file as the camera (looped at its frame rate). */
    void setVideoSource(const QString &path);
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
    void reloadSubjects();
    void reloadMotions();
    void updateRepetition();
    void onFrame(const QImage &frame, const FrameAnalysis &analysis);
    void onTakeRecorded(const QString &path, int frames);
    void beginRecording();
    void importTake(const QString &path);

    Project *m_project;
    int m_cameras = 0;
    QLabel *m_sourceLabel;
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
    double m_fps = 30.0;
    QString m_pendingTake;
    bool m_recording = false;
    ClipLoader *m_analysis;
};

} // namespace fm
