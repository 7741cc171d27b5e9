#include "comparepage.h"

#include "frameview.h"

#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>

#include <algorithm>

namespace fm {

ComparePage::ComparePage(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_motion(new QComboBox(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_label(new QLabel(this)),
      m_play(new QTimer(this))
{
    setObjectName(QStringLiteral("comparePage"));
    auto *grid = new QGridLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Motion:"), this));
    top->addWidget(m_motion, 1);
    grid->addLayout(top, 0, 0, 1, 2);
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        s.combo = new QComboBox(this);
        s.view = new FrameView(this);
        s.view->setMessage(tr("Choose a repetition"));
        s.loader = new ClipLoader(this);
        grid->addWidget(s.combo, 1, i);
        grid->addWidget(s.view, 2, i);
        connect(s.loader, &ClipLoader::framesDecoded, this,
                [this, i](qint64 id, int first, const QVector<QImage> &f, int total) {
                    onFrames(i, id, first, f, total);
                });
        connect(s.loader, &ClipLoader::analysisReady, this,
                [this, i](qint64 id, const ClipAnalysisPtr &, bool computed,
                          const AutoAnnotation &automatic) {
                    Side &side = m_sides[size_t(i)];
                    if (id != side.clipId)
                        return;
                    if (computed)
                        m_project->setAutoAnnotation(id, automatic);
                    side.onset = m_project->annotation(id).effective(Marker::Onset).value_or(0);
                    side.done = true;
                    updateRange();
                    if (isReady())
                        Q_EMIT ready();
                });
        connect(s.combo, &QComboBox::currentIndexChanged, this, [this] {
            compare(m_sides[0].combo->currentData().toLongLong(),
                    m_sides[1].combo->currentData().toLongLong());
        });
    }
    grid->setRowStretch(2, 1);
    grid->addWidget(m_slider, 3, 0, 1, 2);
    grid->addWidget(m_label, 4, 0, 1, 2);
    m_slider->setFocusPolicy(Qt::NoFocus);
    connect(m_slider, &QSlider::valueChanged, this, &ComparePage::setOffset);
    connect(m_motion, &QComboBox::currentIndexChanged, this, &ComparePage::reloadRepetitions);
    connect(m_project, &Project::clipsChanged, this, &ComparePage::reloadMotions);
    connect(m_play, &QTimer::timeout, this, [this] {
        if (m_offset >= m_slider->maximum())
            m_play->stop();
        else
            m_slider->setValue(m_offset + 1);
    });
    auto key = [this](const QKeySequence &k, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(k);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(Qt::Key_Space, [this] {
        if (m_play->isActive()) {
            m_play->stop();
            return;
        }
        if (m_offset >= m_slider->maximum())
            m_slider->setValue(m_slider->minimum());
        m_play->start(33);
    });
    key(Qt::Key_Right, [this] { m_slider->setValue(m_offset + 1); });
    key(Qt::Key_Left, [this] { m_slider->setValue(m_offset - 1); });
    reloadMotions();
}

void ComparePage::reloadMotions()
{
    const qint64 keep = m_motion->currentData().toLongLong();
    QSignalBlocker block(m_motion);
    m_motion->clear();
    for (const Motion &m : m_project->motions()) {
        const auto s = m_project->subject(m.subjectId);
        m_motion->addItem(QStringLiteral("%1 / %2").arg(s ? s->code : QString(), m.name), m.id);
    }
    const int i = m_motion->findData(keep);
    m_motion->setCurrentIndex(i >= 0 ? i : 0);
    reloadRepetitions();
}

void ComparePage::reloadRepetitions()
{
    QVector<Clip> clips = m_project->clips(m_motion->currentData().toLongLong());
    std::sort(clips.begin(), clips.end(),
              [](const Clip &a, const Clip &b) { return a.repetition < b.repetition; });
    for (int i = 0; i < 2; ++i) {
        QComboBox *combo = m_sides[size_t(i)].combo;
        QSignalBlocker block(combo);
        combo->clear();
        for (const Clip &c : clips)
            combo->addItem(tr("Repetition %1").arg(c.repetition), c.id);
        combo->setCurrentIndex(std::min(i, int(combo->count()) - 1));
    }
    // Clips load only while the page is shown (showEvent catches up).
    if (clips.size() >= 2 && isVisible())
        compare(clips.at(0).id, clips.at(1).id);
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sides[0].clipId == 0 && m_sides[0].combo->count() >= 2)
        compare(m_sides[0].combo->itemData(0).toLongLong(),
                m_sides[1].combo->itemData(1).toLongLong());
}

void ComparePage::compare(qint64 clipA, qint64 clipB)
{
    const qint64 ids[2] = {clipA, clipB};
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        if (s.clipId == ids[i])
            continue;
        const auto clip = m_project->clip(ids[i]);
        s.clipId = clip ? clip->id : 0;
        s.frames.clear();
        s.done = false;
        s.total = clip ? clip->frames : 0;
        s.frames.resize(s.total);
        s.onset = 0;
        s.view->setFrame(QImage());
        s.view->setMessage(tr("Loading..."));
        {
            QSignalBlocker block(s.combo);
            const int at = s.combo->findData(s.clipId);
            if (at >= 0)
                s.combo->setCurrentIndex(at);
        }
        if (clip)
            s.loader->load(clip->id, m_project->clipPath(*clip), m_project->folder(),
                           m_project->annotation(clip->id).automatic.cacheFile, clip->contentHash,
                           clip->fps);
    }
    updateRange();
}

void ComparePage::onFrames(int side, qint64 clipId, int first, const QVector<QImage> &frames,
                           int total)
{
    Side &s = m_sides[size_t(side)];
    if (clipId != s.clipId)
        return;
    if (first + frames.size() > s.frames.size()) {
        s.total = std::max(total, int(first + frames.size()));
        s.frames.resize(s.total);
    }
    for (int i = 0; i < frames.size(); ++i)
        s.frames[first + i] = frames.at(i);
    refresh();
}

void ComparePage::updateRange()
{
    // Time runs from the earlier start to the later end, both measured from the onsets.
    const int lo = -std::max(m_sides[0].onset, m_sides[1].onset);
    const int hi = std::max(m_sides[0].total - 1 - m_sides[0].onset,
                            m_sides[1].total - 1 - m_sides[1].onset);
    QSignalBlocker block(m_slider);
    m_slider->setRange(lo, std::max(lo, hi));
    refresh();
}

int ComparePage::shownFrame(int side) const
{
    const Side &s = m_sides[size_t(side)];
    const int f = s.onset + m_offset;
    return f >= 0 && f < s.total ? f : -1;
}

bool ComparePage::isReady() const
{
    return m_sides[0].done && m_sides[1].done;
}

void ComparePage::setOffset(int frames)
{
    m_offset = std::clamp(frames, m_slider->minimum(), m_slider->maximum());
    if (m_slider->value() != m_offset) {
        QSignalBlocker block(m_slider);
        m_slider->setValue(m_offset);
    }
    refresh();
}

void ComparePage::refresh()
{
    for (int i = 0; i < 2; ++i) {
        Side &s = m_sides[size_t(i)];
        const int f = shownFrame(i);
        const QImage image = f >= 0 ? s.frames.value(f) : QImage();
        s.view->setFrame(image);
        s.view->setMessage(f < 0 ? tr("(outside this clip)") : QString());
    }
    m_label->setText(tr("%1 frames from the onsets (frame %2 | frame %3); onsets %4 | %5")
                         .arg(m_offset)
                         .arg(shownFrame(0))
                         .arg(shownFrame(1))
                         .arg(m_sides[0].onset)
                         .arg(m_sides[1].onset));
}

} // namespace fm
