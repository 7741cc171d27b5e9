#include "capturepage.h"

#include "captureworker.h"
#include "framesource.h"
#include "frameview.h"

#include "common/privatedir.h"
#include "project/clipimport.h"
#include "project/project.h"

#include <QAction>
#include <QCameraDevice>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace fm {

CapturePage::CapturePage(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_sourceLabel(new QLabel(this)),
      m_cameraBox(new QComboBox(this)), m_subject(new QComboBox(this)),
      m_motion(new QComboBox(this)), m_repetition(new QLabel(this)),
      m_countdownSpin(new QSpinBox(this)), m_takeSpin(new QSpinBox(this)),
      m_view(new FrameView(this)), m_qa(new QLabel(this)), m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_takes(new QListWidget(this)),
      m_countdown(new QTimer(this)), m_analysis(new ClipLoader(this))
{
    qRegisterMetaType<fm::FrameAnalysis>();
    qRegisterMetaType<cv::Mat>();
    setObjectName(QStringLiteral("capturePage"));
    m_sourceLabel->setObjectName(QStringLiteral("captureSource"));
    m_sourceLabel->setWordWrap(true);
    m_cameraBox->setObjectName(QStringLiteral("captureCamera"));
    reloadCameras();
    // A camera plugged in or out while the page is open updates the list.
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &CapturePage::reloadCameras);
    m_cameraBox->setFocusPolicy(Qt::NoFocus);
    auto *useFile = new QPushButton(tr("Use a video file as camera..."), this);
    useFile->setObjectName(QStringLiteral("captureUseFile"));
    m_repetition->setObjectName(QStringLiteral("captureRepetition"));
    QFont big = m_repetition->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_repetition->setFont(big);
    m_countdownSpin->setRange(0, 10);
    m_countdownSpin->setValue(3);
    m_countdownSpin->setSuffix(tr(" s"));
    m_takeSpin->setRange(1, 30);
    m_takeSpin->setValue(3);
    m_takeSpin->setSuffix(tr(" s"));
    m_qa->setObjectName(QStringLiteral("captureQa"));
    m_qa->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("captureState"));
    m_state->setWordWrap(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_state->setFont(big);
    m_progress->hide();
    m_takes->setObjectName(QStringLiteral("captureTakes"));

    auto *recordButton = new QPushButton(tr("Record (R)"), this);
    auto *retakeButton = new QPushButton(tr("Re-take (Backspace)"), this);
    auto *keepButton = new QPushButton(tr("Keep (Enter)"), this);
    auto *nextButton = new QPushButton(tr("Next motion (M)"), this);
    for (QPushButton *b : {recordButton, retakeButton, keepButton, nextButton, useFile})
        b->setFocusPolicy(Qt::NoFocus);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Motion:"), m_motion);
    form->addRow(tr("Countdown:"), m_countdownSpin);
    form->addRow(tr("Take length:"), m_takeSpin);
    auto *side = new QVBoxLayout;
    side->addWidget(m_sourceLabel);
    side->addWidget(m_cameraBox);
    side->addWidget(useFile);
    side->addLayout(form);
    side->addWidget(m_repetition);
    side->addWidget(m_qa);
    side->addWidget(recordButton);
    side->addWidget(retakeButton);
    side->addWidget(keepButton);
    side->addWidget(nextButton);
    side->addWidget(new QLabel(tr("Takes:"), this));
    side->addWidget(m_takes, 1);
    auto *centre = new QVBoxLayout;
    centre->addWidget(m_view, 1);
    centre->addWidget(m_state);
    centre->addWidget(m_progress);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(centre, 1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(330);
    layout->addWidget(sideWidget);
    m_view->setMessage(tr("No source: choose a video file to use as the camera"));

    auto key = [this](const QKeySequence &k, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(k);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(Qt::Key_R, &CapturePage::record);
    key(Qt::Key_Backspace, &CapturePage::retake);
    key(Qt::Key_Return, &CapturePage::keep);
    key(Qt::Key_Enter, &CapturePage::keep);
    key(Qt::Key_M, &CapturePage::nextMotion);
    connect(recordButton, &QPushButton::clicked, this, &CapturePage::record);
    connect(retakeButton, &QPushButton::clicked, this, &CapturePage::retake);
    connect(keepButton, &QPushButton::clicked, this, &CapturePage::keep);
    connect(nextButton, &QPushButton::clicked, this, &CapturePage::nextMotion);
    connect(useFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Video file as camera"), QDir::homePath(),
            tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)"));
        if (!file.isEmpty())
            setVideoSource(file);
    });
    connect(m_cameraBox, &QComboBox::activated, this, [this](int item) {
        if (item > 0)
            setCameraSource(item - 1);
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, &CapturePage::reloadMotions);
    connect(m_motion, &QComboBox::currentIndexChanged, this, &CapturePage::updateRepetition);
    connect(m_project, &Project::subjectsChanged, this, &CapturePage::reloadSubjects);
    connect(m_project, &Project::motionsChanged, this, &CapturePage::reloadMotions);
    connect(m_project, &Project::clipsChanged, this, &CapturePage::updateRepetition);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_countdownLeft > 0) {
            m_state->setText(tr("Recording in %1...").arg(m_countdownLeft));
            return;
        }
        m_countdown->stop();
        beginRecording();
    });
    connect(m_analysis, &ClipLoader::analysisReady, this,
            [this](qint64 clipId, const ClipAnalysisPtr &, bool computed,
                   const AutoAnnotation &automatic) {
                if (computed)
                    m_project->setAutoAnnotation(clipId, automatic);
                const QString proposal = automatic.onset ? tr("proposed onset %1, offset %2")
                                                               .arg(*automatic.onset)
                                                               .arg(automatic.offset.value_or(-1))
                                                         : tr("no motion found");
                m_takes->addItem(tr("Clip %1: %2").arg(clipId).arg(proposal));
                m_state->setText(tr("Stored and analysed: %1").arg(proposal));
                Q_EMIT takeStored(clipId);
            });
    connect(m_analysis, &ClipLoader::failed, this,
            [this](qint64, const QString &text) { m_state->setText(text); });
    reloadSubjects();
}

CapturePage::~CapturePage()
{
    stopSource();
    // A take being stored finishes its one clip; its thread must end before it is deleted.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
    if (!m_pendingTake.isEmpty())
        QFile::remove(m_pendingTake);
}

void CapturePage::stopSource()
{
    if (!m_thread)
        return;
    m_countdown->stop();
    m_recording = false;
    m_progress->hide();
    FrameSource *source = std::exchange(m_source, nullptr);
    if (source->runsOnWorkerThread())
        QMetaObject::invokeMethod(source, &FrameSource::stop, Qt::BlockingQueuedConnection);
    else
        source->stop();
    source->disconnect();
    // A take in progress is dropped with its temp file.
    QMetaObject::invokeMethod(m_worker, &CaptureWorker::cancelRecording,
                              Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete source;
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void CapturePage::setVideoSource(const QString &path, bool loop)
{
    setSource(new VideoFileSource(path, loop));
}

bool CapturePage::setCameraSource(int index)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (index < 0 || index >= cameras.size()) {
        const QString text = cameras.isEmpty()
                                 ? tr("No camera was found on this system. Use a video file as "
                                      "the camera source.")
                                 : tr("That camera is no longer available.");
        m_state->setText(text);
        Q_EMIT message(text);
        return false;
    }
    setSource(new CameraSource(cameras.at(index)));
    return true;
}

QString CapturePage::sourceDescription() const
{
    return m_source ? m_source->description() : QString();
}

void CapturePage::setSource(FrameSource *source)
{
    stopSource();
    m_thread = new QThread;
    m_worker = new CaptureWorker;
    m_worker->moveToThread(m_thread);
    m_source = source;
    if (source->runsOnWorkerThread())
        source->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &CaptureWorker::init);
    CaptureWorker *worker = m_worker;
    // Every source feeds the same worker: the preview, FaceQA and the take writer.
    connect(
        source, &FrameSource::frameReady, source,
        [worker](const cv::Mat &frame) { worker->submit(frame); }, Qt::DirectConnection);
    connect(source, &FrameSource::started, m_worker, &CaptureWorker::setFrameRate);
    connect(source, &FrameSource::ended, m_worker, &CaptureWorker::sourceEnded);
    connect(source, &FrameSource::started, this, [this](double fps) {
        m_fps = fps;
        m_view->setMessage(QString());
        m_state->setText(tr("Source running at %1 fps. Press R to record.").arg(fps, 0, 'f', 1));
    });
    connect(m_worker, &CaptureWorker::frameReady, this, &CapturePage::onFrame);
    connect(m_worker, &CaptureWorker::takeRecorded, this, &CapturePage::onTakeRecorded);
    connect(m_worker, &CaptureWorker::recordingProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_worker, &CaptureWorker::failed, this, [this](const QString &text) {
        m_recording = false;
        m_progress->hide();
        m_state->setText(text);
        Q_EMIT message(text);
    });
    connect(m_worker, &CaptureWorker::sourceStopped, this, [this](const QString &text) {
        m_recording = false;
        m_progress->hide();
        m_view->setMessage(text);
        m_state->setText(text);
        Q_EMIT message(text);
    });
    m_sourceLabel->setText(tr("Camera source: %1").arg(source->description()));
    m_state->setText(tr("Starting %1...").arg(source->description()));
    m_thread->start();
    if (source->runsOnWorkerThread())
        QMetaObject::invokeMethod(source, &FrameSource::start, Qt::QueuedConnection);
    else
        source->start();
}

void CapturePage::reloadCameras()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_cameras = int(cameras.size());
    m_cameraBox->clear();
    m_cameraBox->setEnabled(!cameras.isEmpty());
    if (cameras.isEmpty()) {
        m_cameraBox->addItem(tr("(no camera)"));
    } else {
        m_cameraBox->addItem(tr("Choose a camera..."));
        for (const QCameraDevice &c : cameras)
            m_cameraBox->addItem(c.description());
    }
    if (m_source)
        return; // the label names the running source
    m_sourceLabel->setText(
        m_cameras == 0
            ? tr("No camera was found on this system. Use a video file as the camera source "
                 "to try the whole recording flow.")
            : tr("%n camera(s) found: choose one, or use a video file as the camera.", nullptr,
                 m_cameras));
}

void CapturePage::setCountdownSeconds(int seconds)
{
    m_countdownSpin->setValue(seconds);
}

void CapturePage::setTakeSeconds(double seconds)
{
    m_takeSpin->setValue(int(std::ceil(seconds)));
}

void CapturePage::reloadSubjects()
{
    const qint64 keep = m_subject->currentData().toLongLong();
    QSignalBlocker block(m_subject);
    m_subject->clear();
    for (const Subject &s : m_project->subjects())
        m_subject->addItem(s.code, s.id);
    const int i = m_subject->findData(keep);
    m_subject->setCurrentIndex(i >= 0 ? i : 0);
    reloadMotions();
}

void CapturePage::reloadMotions()
{
    const qint64 keep = m_motion->currentData().toLongLong();
    QSignalBlocker block(m_motion);
    m_motion->clear();
    const qint64 subject = m_subject->currentData().toLongLong();
    if (subject)
        for (const Motion &m : m_project->motions(subject))
            m_motion->addItem(m.name, m.id);
    const int i = m_motion->findData(keep);
    m_motion->setCurrentIndex(i >= 0 ? i : 0);
    updateRepetition();
}

void CapturePage::updateRepetition()
{
    const qint64 motionId = m_motion->currentData().toLongLong();
    const auto motion = motionId ? m_project->motion(motionId) : std::nullopt;
    if (!motion) {
        m_repetition->setText(tr("Add a subject and a motion in the dataset tree first"));
        return;
    }
    int highest = 0;
    for (const Clip &c : m_project->clips(motionId))
        highest = std::max(highest, c.repetition);
    m_repetition->setText(tr("Repetition %1 of %2").arg(highest + 1).arg(motion->targetRepetitions));
}

void CapturePage::onFrame(const QImage &frame, const FrameAnalysis &a)
{
    m_view->setFrame(frame);
    if (a.face) {
        QVector<QPointF> points;
        for (const cv::Point2f &p : a.points)
            points.append(QPointF(p.x, p.y));
        m_view->setOverlay(QRectF(a.box.x, a.box.y, a.box.width, a.box.height), points);
        m_qa->setText(tr("Face found; sharpness %1 (%2); yaw %3° (%4)")
                          .arg(a.quality.sharpness, 0, 'f', 1)
                          .arg(a.quality.sharpEnough ? tr("ok") : tr("too blurry"))
                          .arg(a.quality.pose.yaw, 0, 'f', 0)
                          .arg(a.quality.frontalEnough ? tr("ok") : tr("turn to the camera")));
        m_qa->setStyleSheet(a.quality.accepted() ? QString() : QStringLiteral("color: #c03000;"));
    } else {
        m_view->clearOverlay();
        m_qa->setText(tr("No face found: fix the lighting and look at the camera"));
        m_qa->setStyleSheet(QStringLiteral("color: #c03000;"));
    }
}

void CapturePage::record()
{
    if (!m_worker || m_recording || m_countdown->isActive())
        return;
    if (!m_motion->currentData().toLongLong()) {
        m_state->setText(tr("Choose a subject and a motion first"));
        return;
    }
    if (!m_pendingTake.isEmpty())
        keep(); // recording again keeps the previous take
    m_countdownLeft = m_countdownSpin->value();
    if (m_countdownLeft <= 0) {
        beginRecording();
        return;
    }
    m_state->setText(tr("Recording in %1...").arg(m_countdownLeft));
    m_countdown->start(1000);
}

void CapturePage::beginRecording()
{
    const QString dir = m_takeFolder.isEmpty()
                            ? QDir(m_project->cacheDir()).filePath(QStringLiteral("capture"))
                            : m_takeFolder;
    if (auto made = makePrivateDir(dir); !made) {
        m_state->setText(made.error().message);
        return;
    }
    const QString path = QDir(dir).filePath(
        QStringLiteral("take-%1.mp4")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmsszzz"))));
    const int frames = int(std::lround(m_takeSpin->value() * m_fps));
    m_takeTarget = frames;
    m_recording = true;
    m_progress->setRange(0, frames);
    m_progress->setValue(0);
    m_progress->show();
    m_state->setText(tr("Recording..."));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, frames] {
        worker->startRecording(path, frames);
    });
}

void CapturePage::onTakeRecorded(const QString &path, int frames, bool partial)
{
    m_recording = false;
    m_progress->hide();
    m_pendingTake = path;
    m_state->setText(partial ? tr("The source stopped mid-take: a partial take of %1 of %2 "
                                  "frames was kept. Enter keeps it, Backspace discards it.")
                                   .arg(frames)
                                   .arg(m_takeTarget)
                             : tr("Take recorded (%1 frames). Enter keeps it, Backspace "
                                  "discards it.")
                                   .arg(frames));
    Q_EMIT takeRecorded(path);
}

void CapturePage::retake()
{
    if (m_pendingTake.isEmpty())
        return;
    QFile::remove(m_pendingTake);
    m_pendingTake.clear();
    m_state->setText(tr("Take discarded. Press R to record it again."));
}

void CapturePage::keep()
{
    if (m_pendingTake.isEmpty())
        return;
    const QString path = m_pendingTake;
    m_pendingTake.clear();
    importTake(path);
}

void CapturePage::importTake(const QString &path)
{
    const auto motion = m_project->motion(m_motion->currentData().toLongLong());
    const auto subject = motion ? m_project->subject(motion->subjectId) : std::nullopt;
    if (!motion || !subject)
        return;
    int highest = 0;
    for (const Clip &c : m_project->clips(motion->id))
        highest = std::max(highest, c.repetition);
    ImportPlan plan;
    plan.items.append({path, false, subject->code, motion->name, highest + 1});
    ImportOptions options;
    options.copy = true;
    auto *thread = new QThread(this);
    auto *worker = new ImportWorker(m_project->folder(), plan, options);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::finished, this, [this, path](const ImportReport &report) {
        QFile::remove(path); // copied into media/
        m_project->notifyExternalChange();
        if (report.clipIds.isEmpty()) {
            const QString why = report.failures.isEmpty()
                                    ? (report.duplicates.isEmpty() ? tr("not stored")
                                                                   : tr("same as an earlier take"))
                                    : report.failures.first().message;
            m_state->setText(tr("The take was not stored: %1").arg(why));
            return;
        }
        const qint64 clipId = report.clipIds.first();
        const auto clip = m_project->clip(clipId);
        m_state->setText(tr("Stored; analysing in the background..."));
        if (clip)
            m_analysis->load(clipId, m_project->clipPath(*clip), m_project->folder(), QString(),
                             clip->contentHash, clip->fps);
    });
    connect(worker, &ImportWorker::failed, this,
            [this](const QString &text) { m_state->setText(text); });
    connect(worker, &ImportWorker::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(worker, &ImportWorker::failed, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CapturePage::nextMotion()
{
    if (m_motion->count() == 0)
        return;
    m_motion->setCurrentIndex((m_motion->currentIndex() + 1) % m_motion->count());
}

} // namespace fm
