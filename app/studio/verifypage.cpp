#include "verifypage.h"

#include "clipframes.h"
#include "frameview.h"
#include "thresholdgauge.h"

#include "project/project.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fm {

namespace {

constexpr int kPreviewSide = 480;

} // namespace

VerifyPage::VerifyPage(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_runs(new QComboBox(this)),
      m_browseRun(new QPushButton(tr("Run folder..."), this)),
      m_verify(new QPushButton(tr("&Verify"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_stage(new QLabel(this)),
      m_motionGauge(new ThresholdGauge(this)), m_identityGauge(new ThresholdGauge(this)),
      m_decision(new QLabel(this)), m_details(new QLabel(this)), m_playTimer(new QTimer(this))
{
    m_runs->setAccessibleName(tr("Model (training run)"));
    m_runs->setMinimumContentsLength(30);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_browseRun, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a training run"),
                                                              runDir());
        if (!dir.isEmpty())
            setRunDir(dir);
    });
    connect(m_runs, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Model:"), this));
    runRow->addWidget(m_runs, 1);
    runRow->addWidget(m_browseRun);

    auto *sides = new QHBoxLayout;
    sides->addWidget(makeSide(0, tr("Enrolment")));
    sides->addWidget(makeSide(1, tr("Probe")));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_stage, 2);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_verify->setToolTip(tr("Verify the probe against the enrolment: motion and face"));
    connect(m_verify, &QPushButton::clicked, this, &VerifyPage::startVerification);
    connect(m_cancel, &QPushButton::clicked, this, &VerifyPage::cancelVerification);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);

    m_motionGauge->setTitle(tr("Motion distance"));
    m_identityGauge->setTitle(tr("Face distance"));
    QFont big = m_decision->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_decision->setFont(big);
    m_decision->setAlignment(Qt::AlignCenter);
    m_decision->setMinimumWidth(220);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *gauges = new QVBoxLayout;
    gauges->addWidget(m_motionGauge);
    gauges->addWidget(m_identityGauge);
    auto *resultRow = new QHBoxLayout;
    resultRow->addLayout(gauges, 3);
    resultRow->addWidget(m_decision, 1);
    auto *resultBox = new QGroupBox(tr("Two-factor decision"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addLayout(resultRow);
    resultLayout->addWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addLayout(sides, 1);
    layout->addLayout(actions);
    layout->addWidget(resultBox);

    m_playTimer->setInterval(33);
    connect(m_playTimer, &QTimer::timeout, this, &VerifyPage::playStep);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &VerifyPage::onFinished);
    if (m_project) {
        connect(m_project, &Project::clipsChanged, this, &VerifyPage::refresh);
        connect(m_project, &Project::subjectsChanged, this, &VerifyPage::refresh);
    }
    refresh();
    showResult();
}

VerifyPage::~VerifyPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
    for (Side &s : m_sides)
        s.loader->waitForFinished();
}

QWidget *VerifyPage::makeSide(int index, const QString &title)
{
    Side &s = m_sides[index];
    auto *box = new QGroupBox(title, this);
    s.clips = new QComboBox(box);
    s.clips->setAccessibleName(tr("%1 clip").arg(title));
    s.browse = new QPushButton(tr("Video file..."), box);
    s.play = new QPushButton(tr("Play"), box);
    s.source = new QLabel(box);
    s.source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    s.source->setWordWrap(true);
    const QString prefix = index == 0 ? QStringLiteral("enrol") : QStringLiteral("probe");
    s.clips->setObjectName(prefix + QStringLiteral("Clips"));
    s.play->setObjectName(prefix + QStringLiteral("Play"));
    s.view = new FrameView(box);
    s.view->setObjectName(prefix + QStringLiteral("View"));
    s.view->setMinimumSize(240, 180);
    s.view->setMessage(tr("No clip chosen"));
    s.loader = new QFutureWatcher<QVector<QImage>>(this);
    auto *row = new QHBoxLayout;
    row->addWidget(s.clips, 1);
    row->addWidget(s.browse);
    row->addWidget(s.play);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(s.source);
    layout->addWidget(s.view, 1);
    connect(s.clips, &QComboBox::activated, this, [this, index](int row) {
        const qint64 id = m_sides[index].clips->itemData(row).toLongLong();
        if (id > 0)
            setProjectClip(index, id);
    });
    connect(s.browse, &QPushButton::clicked, this, [this, index] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a video"), QFileInfo(m_sides[index].path).absolutePath(),
            tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)"));
        if (!path.isEmpty())
            setClipFile(index, path);
    });
    connect(s.play, &QPushButton::clicked, this, [this] {
        if (m_playTimer->isActive()) {
            m_playTimer->stop();
            return;
        }
        for (Side &side : m_sides)
            side.shown = 0;
        m_playTimer->start();
    });
    connect(s.loader, &QFutureWatcher<QVector<QImage>>::finished, this, [this, index] {
        Side &side = m_sides[index];
        side.frames = side.loader->result();
        side.shown = 0;
        side.view->setFrame(side.frames.value(0));
        side.view->setMessage(side.frames.isEmpty() ? tr("The clip cannot be read") : QString());
        updateButtons();
    });
    return box;
}

void VerifyPage::refresh()
{
    const QString currentRun = runDir();
    m_runs->clear();
    if (m_project) {
        const QDir runs(m_project->runsDir());
        for (const QString &name : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString dir = runs.filePath(name);
            if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("model.pt"))))
                m_runs->addItem(name, dir);
            // Cross-validation runs: one model per fold.
            const QStringList folds = QDir(dir).entryList({QStringLiteral("fold-*")}, QDir::Dirs,
                                                          QDir::Name);
            for (const QString &fold : folds) {
                const QString foldDir = QDir(dir).filePath(fold);
                if (QFileInfo::exists(QDir(foldDir).filePath(QStringLiteral("model.pt"))))
                    m_runs->addItem(name + QLatin1Char('/') + fold, foldDir);
            }
        }
    }
    if (!currentRun.isEmpty())
        setRunDir(currentRun);
    for (Side &s : m_sides) {
        const qint64 current = s.clips->currentData().toLongLong();
        s.clips->clear();
        s.clips->addItem(tr("Choose a project clip..."), qint64(0));
        if (!m_project)
            continue;
        QHash<qint64, QString> subjects;
        for (const Subject &subject : m_project->subjects())
            subjects.insert(subject.id, subject.code);
        QHash<qint64, QString> motions;
        for (const Motion &motion : m_project->motions())
            motions.insert(motion.id,
                           subjects.value(motion.subjectId) + QStringLiteral(" / ") + motion.name);
        for (const Clip &clip : m_project->clips()) {
            s.clips->addItem(tr("%1 / rep %2").arg(motions.value(clip.motionId)).arg(clip.repetition),
                             clip.id);
        }
        const int at = s.clips->findData(current);
        s.clips->setCurrentIndex(at >= 0 ? at : 0);
    }
    updateButtons();
}

void VerifyPage::setRunDir(const QString &dir)
{
    const QString absolute = QDir(dir).absolutePath();
    int at = m_runs->findData(absolute);
    if (at < 0) {
        m_runs->addItem(QDir(absolute).dirName(), absolute);
        at = m_runs->count() - 1;
    }
    m_runs->setCurrentIndex(at);
    m_runs->setToolTip(absolute);
    updateButtons();
}

QString VerifyPage::runDir() const
{
    return m_runs->currentData().toString();
}

void VerifyPage::setProjectClip(int side, qint64 clipId)
{
    if (!m_project)
        return;
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip)
        return;
    const int at = m_sides[side].clips->findData(clipId);
    if (at >= 0)
        m_sides[side].clips->setCurrentIndex(at);
    setSidePath(side, m_project->clipPath(clip.value()));
}

void VerifyPage::setClipFile(int side, const QString &path)
{
    m_sides[side].clips->setCurrentIndex(0);
    setSidePath(side, path);
}

QString VerifyPage::clipPath(int side) const
{
    return m_sides[side].path;
}

void VerifyPage::setSidePath(int index, const QString &path)
{
    Side &s = m_sides[index];
    m_playTimer->stop();
    s.path = path;
    s.source->setText(QDir::toNativeSeparators(path));
    s.frames.clear();
    s.view->setFrame(QImage());
    s.view->setMessage(tr("Loading..."));
    s.loader->waitForFinished();
    s.loader->setFuture(QtConcurrent::run([path] { return readClipFrames(path, kPreviewSide); }));
    m_result.reset();
    showResult();
    updateButtons();
}

void VerifyPage::playStep()
{
    bool any = false;
    for (Side &s : m_sides) {
        if (s.frames.isEmpty())
            continue;
        if (s.shown < s.frames.size()) {
            s.view->setFrame(s.frames[s.shown++]);
            any = true;
        }
    }
    if (!any) {
        m_playTimer->stop();
        for (Side &s : m_sides)
            s.shown = 0;
    }
}

void VerifyPage::updateButtons()
{
    const bool ready = !runDir().isEmpty() && !m_sides[0].path.isEmpty()
                       && !m_sides[1].path.isEmpty();
    m_verify->setEnabled(ready && !m_running);
    m_cancel->setEnabled(m_running);
    m_runs->setEnabled(!m_running);
    m_browseRun->setEnabled(!m_running);
    for (Side &s : m_sides) {
        s.clips->setEnabled(!m_running);
        s.browse->setEnabled(!m_running);
        s.play->setEnabled(!s.frames.isEmpty());
    }
}

void VerifyPage::startVerification()
{
    if (m_running || runDir().isEmpty() || m_sides[0].path.isEmpty() || m_sides[1].path.isEmpty())
        return;
    m_running = true;
    m_error.clear();
    m_result.reset();
    showResult();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const QString run = runDir();
    std::shared_ptr<Verifier> verifier = m_verifier
                                                 && m_verifier->runDir() == QDir(run).absolutePath()
                                             ? m_verifier
                                             : nullptr;
    const QString enrol = m_sides[0].path, probe = m_sides[1].path;
    auto cancel = m_cancelFlag;
    QPointer<VerifyPage> self(this);
    m_progress->setValue(0);
    m_stage->setText(tr("Loading the model and the face networks..."));
    m_watcher.setFuture(QtConcurrent::run([=]() mutable {
        Outcome outcome;
        if (!verifier) {
            Result<std::unique_ptr<Verifier>> created = Verifier::create(run);
            if (!created) {
                outcome.result = created.error();
                return outcome;
            }
            verifier = std::shared_ptr<Verifier>(std::move(created.value()));
        }
        outcome.verifier = verifier;
        outcome.result = verifier->verify(
            enrol, probe,
            [self](const QString &stage, double fraction) {
                QMetaObject::invokeMethod(
                    self,
                    [self, stage, fraction] {
                        if (!self)
                            return;
                        self->m_progress->setValue(int(fraction * 1000));
                        self->m_stage->setText(stage);
                    },
                    Qt::QueuedConnection);
                return true;
            },
            cancel.get());
        return outcome;
    }));
    updateButtons();
}

void VerifyPage::cancelVerification()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_stage->setText(tr("Cancelling..."));
}

void VerifyPage::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (outcome.verifier)
        m_verifier = outcome.verifier;
    if (outcome.result) {
        m_result = outcome.result.value();
        m_error.clear();
        m_progress->setValue(1000);
        m_stage->setText(tr("Done"));
    } else {
        m_result.reset();
        m_error = outcome.result.error().message;
        if (!outcome.result.error().detail.isEmpty())
            m_error += QLatin1Char('\n') + outcome.result.error().detail;
        m_progress->setValue(0);
        m_stage->setText(tr("Stopped"));
    }
    showResult();
    updateButtons();
    Q_EMIT verificationFinished(outcome.result.ok());
}

QString VerifyPage::decisionText() const
{
    return m_decision->text();
}

void VerifyPage::showResult()
{
    if (!m_result) {
        m_motionGauge->clear();
        m_identityGauge->clear();
        m_decision->setText(m_error.isEmpty() ? QString() : tr("Error"));
        m_decision->setStyleSheet(QStringLiteral("color: #a04000;"));
        m_details->setText(m_error.isEmpty() ? tr("Choose a model, an enrolment clip and a "
                                                  "probe clip, then press Verify.")
                                             : m_error);
        return;
    }
    const VerificationResult &r = *m_result;
    m_motionGauge->setValue(r.motionDistance, r.distanceThreshold, r.motionAccepted);
    m_identityGauge->setValue(r.identityDistance, r.identityThreshold, r.identityAccepted);
    m_decision->setText(r.accepted() ? tr("ACCEPTED") : tr("REJECTED"));
    m_decision->setStyleSheet(r.accepted() ? QStringLiteral("color: #1e7d34;")
                                           : QStringLiteral("color: #b3261e;"));
    QString why;
    if (!r.motionAccepted && !r.identityAccepted)
        why = tr("Neither the motion nor the face matches.");
    else if (!r.motionAccepted)
        why = tr("The face matches but the motion does not.");
    else if (!r.identityAccepted)
        why = tr("The motion matches but the face is another person's.");
    else
        why = tr("Same motion and same person.");
    m_details->setText(
        tr("%1 Motion: cosine score %2 against the run's peak-F1 threshold %3 (%4). Face: "
           "median descriptor of %5 and %6 frames.")
            .arg(why)
            .arg(r.motionScore, 0, 'f', 4)
            .arg(r.scoreThreshold, 0, 'f', 4)
            .arg(r.sfe)
            .arg(r.enrol.identityFrames)
            .arg(r.probe.identityFrames));
}

} // namespace fm
