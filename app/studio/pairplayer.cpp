#include "pairplayer.h"

#include "frameview.h"
#include "project/project.h"
#include "timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace fm {

PairPlayer::PairPlayer(Project *project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Pair player"));
    resize(1100, 720);
    m_caption = new QLabel;
    m_caption->setWordWrap(true);
    m_syncCombo = new QComboBox;
    m_syncCombo->addItem(tr("Synchronise at onsets"), int(Sync::Onset));
    m_syncCombo->addItem(tr("Synchronise at starts"), int(Sync::Start));
    m_syncCombo->setFocusPolicy(Qt::NoFocus);
    m_landmarks = new QCheckBox(tr("Landmarks"));
    m_landmarks->setChecked(true);
    m_landmarks->setFocusPolicy(Qt::NoFocus);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_timeLabel = new QLabel;
    m_playButton = new QPushButton(tr("Play"));
    m_playButton->setToolTip(tr("Play / pause (Space); Left / Right step one frame"));
    m_playButton->setFocusPolicy(Qt::NoFocus);
    auto *back = new QPushButton(tr("◀ Step"));
    auto *forward = new QPushButton(tr("Step ▶"));
    back->setFocusPolicy(Qt::NoFocus);
    forward->setFocusPolicy(Qt::NoFocus);
    m_timer = new QTimer(this);

    auto *grid = new QGridLayout;
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        s.title = new QLabel;
        s.title->setWordWrap(true);
        s.view = new FrameView;
        s.view->setMinimumSize(320, 240);
        s.view->setShowLandmarks(true);
        s.timeline = new TimelineWidget;
        s.timeline->setMinimumHeight(90);
        s.open = new QPushButton(i == 0 ? tr("Open A in annotator") : tr("Open B in annotator"));
        s.open->setFocusPolicy(Qt::NoFocus);
        s.loader = new ClipLoader(this);
        grid->addWidget(s.title, 0, i);
        grid->addWidget(s.view, 1, i);
        grid->addWidget(s.timeline, 2, i);
        grid->addWidget(s.open, 3, i, Qt::AlignLeft);
        connect(s.loader, &ClipLoader::framesDecoded, this,
                [this, i](qint64 id, int first, const QVector<QImage> &f, int total) {
                    onFrames(i, id, first, f, total);
                });
        connect(s.loader, &ClipLoader::analysisReady, this,
                [this, i](qint64 id, const ClipAnalysisPtr &a, bool computed,
                          const AutoAnnotation &automatic) {
                    onAnalysis(i, id, a, computed, automatic);
                });
        connect(s.loader, &ClipLoader::failed, this, [this, i](qint64 id, const QString &message) {
            Side &side = m_sides[size_t(i)];
            if (id != side.clipId)
                return;
            side.view->setMessage(message);
            side.framesDone = side.analysisDone = true;
            checkReady();
        });
        connect(s.open, &QPushButton::clicked, this, [this, i]() {
            if (m_sides[size_t(i)].clipId > 0)
                Q_EMIT openClipRequested(m_sides[size_t(i)].clipId);
        });
        connect(s.timeline, &TimelineWidget::frameRequested, this, [this, i](int frame) {
            const Side &side = m_sides[size_t(i)];
            setTime(m_sync == Sync::Onset ? frame - side.onset : frame);
        });
    }
    grid->setRowStretch(1, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_timeLabel);
    controls->addWidget(m_syncCombo);
    controls->addWidget(m_landmarks);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(grid, 1);
    layout->addLayout(controls);

    connect(m_slider, &QSlider::valueChanged, this, &PairPlayer::setTime);
    connect(m_playButton, &QPushButton::clicked, this, [this]() { setPlaying(!isPlaying()); });
    connect(back, &QPushButton::clicked, this, [this]() { setTime(m_time - 1); });
    connect(forward, &QPushButton::clicked, this, [this]() { setTime(m_time + 1); });
    connect(m_syncCombo, &QComboBox::currentIndexChanged, this,
            [this]() { setSync(Sync(m_syncCombo->currentData().toInt())); });
    connect(m_landmarks, &QCheckBox::toggled, this, [this](bool on) {
        for (Side &s : m_sides)
            s.view->setShowLandmarks(on);
    });
    connect(m_timer, &QTimer::timeout, this, [this]() {
        if (m_time >= m_slider->maximum())
            setPlaying(false);
        else
            setTime(m_time + 1);
    });
}

void PairPlayer::showPair(qint64 clipA, qint64 clipB, const QString &caption)
{
    setPlaying(false);
    m_readyEmitted = false;
    m_caption->setText(caption);
    const qint64 ids[2] = {clipA, clipB};
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        s.clipId = ids[i];
        s.frames.clear();
        s.analysis.reset();
        s.framesDone = s.analysisDone = false;
        s.total = 0;
        s.view->setFrame(QImage());
        s.view->clearOverlay();
        s.timeline->setCurves({});
        const std::optional<Clip> clip = m_project ? m_project->clip(ids[i]) : std::nullopt;
        if (!clip) {
            s.title->setText(tr("Clip %1 is not in the project.").arg(ids[i]));
            s.view->setMessage(tr("Clip %1 is not in the project.").arg(ids[i]));
            s.framesDone = s.analysisDone = true;
            continue;
        }
        const Annotation a = m_project->annotation(clip->id);
        const std::optional<Motion> motion = m_project->motion(clip->motionId);
        const std::optional<Subject> subject = motion ? m_project->subject(motion->subjectId)
                                                      : std::nullopt;
        s.title->setText(
            tr("<b>%1</b> %2 · repetition %3 · clip %4 · %5 frames")
                .arg(subject ? subject->code : QString(), motion ? motion->name : QString())
                .arg(clip->repetition)
                .arg(clip->id)
                .arg(clip->frames));
        s.onset = a.effective(Marker::Onset).value_or(0);
        s.total = clip->frames;
        s.fps = clip->fps > 0 ? clip->fps : 25.0;
        s.timeline->setFrameCount(std::max(1, clip->frames));
        for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset})
            s.timeline->setMarker(m, a.reviewed(m), a.automaticValue(m));
        s.view->setMessage(tr("Decoding..."));
        s.loader->load(clip->id, m_project->clipPath(*clip), m_project->folder(),
                       a.automatic.cacheFile, clip->contentHash, clip->fps);
    }
    m_timer->setInterval(int(1000.0 / m_sides[0].fps));
    updateRange();
    setTime(m_sync == Sync::Onset ? -std::min(m_sides[0].onset, m_sides[1].onset) : 0);
    checkReady();
}

void PairPlayer::onFrames(int side, qint64 clipId, int first, const QVector<QImage> &frames,
                          int total)
{
    Side &s = m_sides[size_t(side)];
    if (clipId != s.clipId)
        return;
    if (s.frames.size() < total)
        s.frames.resize(total);
    for (int i = 0; i < frames.size() && first + i < total; ++i)
        s.frames[first + i] = frames[i];
    s.total = total;
    if (first + frames.size() >= total)
        s.framesDone = true;
    s.timeline->setFrameCount(std::max(1, total));
    updateRange();
    refresh();
    checkReady();
}

void PairPlayer::onAnalysis(int side, qint64 clipId, const ClipAnalysisPtr &analysis, bool computed,
                            const AutoAnnotation &automatic)
{
    Side &s = m_sides[size_t(side)];
    if (clipId != s.clipId)
        return;
    if (computed && m_project)
        m_project->setAutoAnnotation(clipId, automatic);
    s.analysis = analysis;
    s.analysisDone = true;
    const Annotation a = m_project->annotation(clipId);
    s.onset = a.effective(Marker::Onset).value_or(0);
    for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset})
        s.timeline->setMarker(m, a.reviewed(m), a.automaticValue(m));
    if (analysis) {
        TimelineWidget::Curve energy;
        energy.name = tr("energy");
        energy.color = QColor(30, 30, 30);
        energy.values = QVector<double>(analysis->motion.energy.begin(),
                                        analysis->motion.energy.end());
        s.timeline->setCurves({energy});
    }
    updateRange();
    refresh();
    checkReady();
}

void PairPlayer::checkReady()
{
    if (!m_readyEmitted && isReady()) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
}

bool PairPlayer::isReady() const
{
    for (const Side &s : m_sides) {
        if (!s.framesDone || !s.analysisDone)
            return false;
    }
    return true;
}

void PairPlayer::setSync(Sync sync)
{
    if (sync == m_sync)
        return;
    // Keep side A on the same frame when the reference changes.
    const int frameA = shownFrame(0);
    m_sync = sync;
    const int index = m_syncCombo->findData(int(sync));
    if (index != m_syncCombo->currentIndex())
        m_syncCombo->setCurrentIndex(index);
    updateRange();
    setTime(frameA < 0 ? m_slider->minimum()
                       : (sync == Sync::Onset ? frameA - m_sides[0].onset : frameA));
}

void PairPlayer::updateRange()
{
    int lo = 0, hi = 0;
    if (m_sync == Sync::Onset) {
        lo = -std::max(m_sides[0].onset, m_sides[1].onset);
        hi = std::max(m_sides[0].total - 1 - m_sides[0].onset,
                      m_sides[1].total - 1 - m_sides[1].onset);
    } else {
        hi = std::max(m_sides[0].total, m_sides[1].total) - 1;
    }
    const bool blocked = m_slider->blockSignals(true);
    m_slider->setRange(lo, std::max(lo, hi));
    m_slider->setValue(m_time);
    m_slider->blockSignals(blocked);
}

int PairPlayer::shownFrame(int side) const
{
    const Side &s = m_sides[size_t(side)];
    const int f = m_sync == Sync::Onset ? s.onset + m_time : m_time;
    return f >= 0 && f < s.total ? f : -1;
}

void PairPlayer::setTime(int time)
{
    m_time = std::clamp(time, m_slider->minimum(), m_slider->maximum());
    const bool blocked = m_slider->blockSignals(true);
    m_slider->setValue(m_time);
    m_slider->blockSignals(blocked);
    refresh();
}

void PairPlayer::refresh()
{
    m_timeLabel->setText(
        m_sync == Sync::Onset
            ? tr("onset %1%2").arg(m_time >= 0 ? QStringLiteral("+") : QString()).arg(m_time)
            : tr("frame %1").arg(m_time));
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        const int f = shownFrame(i);
        if (f >= 0)
            s.timeline->setCurrentFrame(f);
        const QImage image = f >= 0 ? s.frames.value(f) : QImage();
        if (f < 0) {
            s.view->setFrame(QImage());
            s.view->clearOverlay();
            s.view->setMessage(m_time < 0 ? tr("(not started)") : tr("(ended)"));
            continue;
        }
        if (image.isNull()) {
            s.view->setMessage(tr("Decoding..."));
            continue;
        }
        s.view->setFrame(image);
        s.view->setMessage(QString());
        if (!s.analysis || f >= int(s.analysis->frames.size())
            || !s.analysis->frames[size_t(f)].face) {
            s.view->clearOverlay();
            continue;
        }
        const FrameAnalysis &fa = s.analysis->frames[size_t(f)];
        const double k = double(image.width()) / std::max(1, s.analysis->clip.size.width());
        QVector<QPointF> points;
        points.reserve(68);
        for (const cv::Point2f &p : fa.points)
            points.append(QPointF(p.x * k, p.y * k));
        s.view->setOverlay(QRectF(fa.box.x * k, fa.box.y * k, fa.box.width * k, fa.box.height * k),
                           points);
    }
}

bool PairPlayer::isPlaying() const
{
    return m_timer->isActive();
}

void PairPlayer::setPlaying(bool play)
{
    if (play == isPlaying())
        return;
    if (play) {
        if (m_time >= m_slider->maximum())
            setTime(m_slider->minimum());
        m_timer->start();
    } else {
        m_timer->stop();
    }
    m_playButton->setText(play ? tr("Pause") : tr("Play"));
}

void PairPlayer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        setPlaying(!isPlaying());
        break;
    case Qt::Key_Left:
        setTime(m_time - 1);
        break;
    case Qt::Key_Right:
        setTime(m_time + 1);
        break;
    case Qt::Key_Home:
        setTime(m_slider->minimum());
        break;
    case Qt::Key_End:
        setTime(m_slider->maximum());
        break;
    default:
        QDialog::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace fm
