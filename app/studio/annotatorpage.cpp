#include "annotatorpage.h"

#include "datasettree.h"
#include "frameview.h"
#include "reviewpanel.h"
#include "timelinewidget.h"

#include "project/project.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fm {

namespace {
const QColor kRegionColors[] = {QColor(90, 140, 255), QColor(170, 90, 220), QColor(120, 120, 120),
                                QColor(240, 120, 40), QColor(150, 110, 70)};
} // namespace

AnnotatorPage::AnnotatorPage(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_editor(project), m_loader(new ClipLoader(this)),
      m_tree(new DatasetTree(project, &m_editor, this)), m_view(new FrameView(this)),
      m_timeline(new TimelineWidget(this)), m_panel(new ReviewPanel(this)),
      m_frameLabel(new QLabel(this)), m_legend(new QLabel(this)), m_speed(new QComboBox(this)),
      m_playButton(new QToolButton(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_playTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("annotatorPage"));
    m_view->setObjectName(QStringLiteral("frameView"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_panel->setObjectName(QStringLiteral("reviewPanel"));
    m_frameLabel->setObjectName(QStringLiteral("frameLabel"));
    m_frameLabel->setMinimumWidth(110);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true); // long region names must not widen the window
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("analysisCancel"));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->hide();
    for (double s : {0.25, 0.5, 1.0, 2.0})
        m_speed->addItem(tr("%1x").arg(s), s);
    m_speed->setCurrentIndex(2);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setToolTip(tr("Playback speed ([ and ])"));
    m_playButton->setText(tr("Play"));
    m_playButton->setFocusPolicy(Qt::NoFocus);
    m_playButton->setToolTip(tr("Play / pause (Space)"));
    m_view->setMessage(tr("Choose a clip in the dataset tree (N: next pending clip)"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_frameLabel);
    controls->addWidget(m_speed);
    controls->addWidget(m_legend, 1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_timeline);
    centreLayout->addLayout(controls);

    // The review panel scrolls vertically on short screens; its width is its minimum.
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(m_panel->minimumSizeHint().width()
                                 + panelScroll->verticalScrollBar()->sizeHint().width());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(centre);
    splitter->addWidget(panelScroll);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(2, false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({260, 760, 280});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    createActions();
    int at = 3;
    for (QAction *a : {m_showLandmarks, m_showBox, m_showCrop}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a); // shows the action's short icon text, the full text as tip
        button->setFocusPolicy(Qt::NoFocus);
        controls->insertWidget(at++, button);
    }

    connect(m_tree, &DatasetTree::clipActivated, this, &AnnotatorPage::openClip);
    connect(m_tree, &DatasetTree::editFailed, this, &AnnotatorPage::message);
    connect(m_timeline, &TimelineWidget::frameRequested, this, &AnnotatorPage::setCurrentFrame);
    connect(m_timeline, &TimelineWidget::markerDragged, this,
            [this](Marker, int frame) { setCurrentFrame(frame); });
    connect(m_timeline, &TimelineWidget::markerMoved, this, [this](Marker marker, int frame) {
        if (m_clipId)
            report(m_editor.setMarker(m_clipId, marker, frame));
        refreshMarkers();
    });
    connect(m_panel, &ReviewPanel::includeRequested, this, &AnnotatorPage::include);
    connect(m_panel, &ReviewPanel::excludeRequested, this, &AnnotatorPage::exclude);
    connect(m_panel, &ReviewPanel::resetRequested, this, [this] {
        if (m_clipId)
            report(m_editor.setReview(m_clipId, ReviewStatus::Pending));
    });
    connect(m_panel, &ReviewPanel::noteEdited, this, [this](const QString &note) {
        if (!m_clipId)
            return;
        const Review r = m_project->review(m_clipId);
        report(m_editor.setReview(m_clipId, r.status, r.reason, note));
    });
    connect(m_panel, &ReviewPanel::redetectRequested, this, &AnnotatorPage::redetect);
    connect(m_panel, &ReviewPanel::pendingRequested, this, &AnnotatorPage::goPending);
    connect(m_project, &Project::clipChanged, this, [this](qint64 id) {
        if (id == m_clipId) {
            refreshMarkers();
            refreshPanel();
        }
    });
    connect(m_playButton, &QToolButton::clicked, this, &AnnotatorPage::togglePlay);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_playTimer->isActive())
            m_playTimer->setInterval(
                int(1000.0 / (std::max(1.0, m_clip.fps) * m_speed->currentData().toDouble())));
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_current + 1 >= m_total) {
            togglePlay();
            return;
        }
        setCurrentFrame(m_current + 1);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        m_progress->hide();
        m_cancel->hide();
        Q_EMIT message(tr("Analysis cancelled"));
    });
    connect(m_loader, &ClipLoader::framesDecoded, this, &AnnotatorPage::onFramesDecoded);
    connect(m_loader, &ClipLoader::analysisReady, this, &AnnotatorPage::onAnalysisReady);
    connect(m_loader, &ClipLoader::progress, this, &AnnotatorPage::onLoadProgress);
    connect(m_loader, &ClipLoader::finished, this, &AnnotatorPage::onLoadFinished);
    connect(m_loader, &ClipLoader::failed, this, [this](qint64 clipId, const QString &text) {
        if (clipId != m_clipId)
            return;
        m_view->setMessage(text);
        m_panel->setAnalysisText(text);
        Q_EMIT message(text);
    });
}

AnnotatorPage::~AnnotatorPage() = default;

QAction *AnnotatorPage::addKey(const QString &text, const QKeySequence &key, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void AnnotatorPage::createActions()
{
    connect(addKey(tr("Play / pause"), Qt::Key_Space, "actionPlay"), &QAction::triggered, this,
            &AnnotatorPage::togglePlay);
    const struct
    {
        const char *name;
        QKeySequence key;
        int step;
    } steps[] = {{"actionNextFrame", Qt::Key_Right, 1},
                 {"actionPrevFrame", Qt::Key_Left, -1},
                 {"actionNext10", QKeySequence(Qt::SHIFT | Qt::Key_Right), 10},
                 {"actionPrev10", QKeySequence(Qt::SHIFT | Qt::Key_Left), -10}};
    for (const auto &s : steps) {
        const int step = s.step;
        connect(addKey(tr("Step %1 frames").arg(step), s.key, s.name), &QAction::triggered, this,
                [this, step] { setCurrentFrame(m_current + step); });
    }
    connect(addKey(tr("First frame"), Qt::Key_Home, "actionFirstFrame"), &QAction::triggered, this,
            [this] { setCurrentFrame(0); });
    connect(addKey(tr("Last frame"), Qt::Key_End, "actionLastFrame"), &QAction::triggered, this,
            [this] { setCurrentFrame(m_total - 1); });
    connect(addKey(tr("Set onset here"), Qt::Key_I, "actionSetOnset"), &QAction::triggered, this,
            [this] { setMarkerHere(Marker::Onset); });
    connect(addKey(tr("Set apex here"), Qt::Key_A, "actionSetApex"), &QAction::triggered, this,
            [this] { setMarkerHere(Marker::Apex); });
    connect(addKey(tr("Set offset here"), Qt::Key_O, "actionSetOffset"), &QAction::triggered, this,
            [this] { setMarkerHere(Marker::Offset); });
    connect(addKey(tr("Re-detect markers"), Qt::Key_R, "actionRedetect"), &QAction::triggered, this,
            &AnnotatorPage::redetect);
    connect(addKey(tr("Include and next"), Qt::Key_Y, "actionIncludeNext"), &QAction::triggered,
            this, [this] { include(true); });
    connect(addKey(tr("Exclude with last reason and next"), Qt::Key_X, "actionExcludeNext"),
            &QAction::triggered, this, [this] {
                const ExclusionReason reason = m_lastReason != ExclusionReason::None
                                                   ? m_lastReason
                                                   : m_panel->selectedReason();
                exclude(reason, m_panel->note(), true);
            });
    for (int r = 1; r <= 6; ++r) {
        const auto reason = ExclusionReason(r);
        connect(addKey(tr("Exclude: %1").arg(exclusionReasonLabel(reason)), Qt::Key_0 + r,
                       "actionExcludeReason"),
                &QAction::triggered, this, [this, reason] {
                    m_panel->setSelectedReason(reason);
                    exclude(reason, m_panel->note(), false);
                });
    }
    connect(addKey(tr("Next pending clip"), Qt::Key_N, "actionNextPending"), &QAction::triggered,
            this, [this] { goPending(true); });
    connect(addKey(tr("Previous pending clip"), Qt::Key_P, "actionPrevPending"),
            &QAction::triggered, this, [this] { goPending(false); });
    connect(addKey(tr("Slower"), Qt::Key_BracketLeft, "actionSlower"), &QAction::triggered, this,
            [this] { changeSpeed(-1); });
    connect(addKey(tr("Faster"), Qt::Key_BracketRight, "actionFaster"), &QAction::triggered, this,
            [this] { changeSpeed(1); });
    connect(addKey(tr("Zoom in"), Qt::Key_Plus, "actionZoomIn"), &QAction::triggered, this,
            [this] { m_view->setZoom(m_view->zoom() * 1.5); });
    connect(addKey(tr("Zoom in"), Qt::Key_Equal, "actionZoomIn2"), &QAction::triggered, this,
            [this] { m_view->setZoom(m_view->zoom() * 1.5); });
    connect(addKey(tr("Zoom out"), Qt::Key_Minus, "actionZoomOut"), &QAction::triggered, this,
            [this] { m_view->setZoom(m_view->zoom() / 1.5); });

    m_showLandmarks = addKey(tr("Show landmarks"), Qt::Key_L, "actionShowLandmarks");
    m_showBox = addKey(tr("Show face box"), Qt::Key_B, "actionShowBox");
    m_showCrop = addKey(tr("Show aligned crop"), Qt::Key_C, "actionShowCrop");
    // Short labels on the buttons under the video (the full text is the tooltip).
    m_showLandmarks->setIconText(tr("Landmarks (L)"));
    m_showBox->setIconText(tr("Box (B)"));
    m_showCrop->setIconText(tr("Crop (C)"));
    for (QAction *a : {m_showLandmarks, m_showBox, m_showCrop})
        a->setToolTip(a->text());
    for (QAction *a : {m_showLandmarks, m_showBox, m_showCrop}) {
        a->setCheckable(true);
        a->setChecked(a != m_showCrop);
        connect(a, &QAction::toggled, this, [this] {
            m_view->setShowLandmarks(m_showLandmarks->isChecked());
            m_view->setShowBox(m_showBox->isChecked());
            m_view->setShowInset(m_showCrop->isChecked());
            showFrame();
        });
    }
}

void AnnotatorPage::report(const Result<bool> &result)
{
    if (!result)
        Q_EMIT message(result.error().message);
}

int AnnotatorPage::decodedFrames() const
{
    return int(std::count_if(m_frames.cbegin(), m_frames.cend(),
                             [](const QImage &i) { return !i.isNull(); }));
}

void AnnotatorPage::openClip(qint64 clipId)
{
    const auto clip = m_project->clip(clipId);
    if (!clip)
        return;
    if (m_playTimer->isActive())
        togglePlay();
    m_clipId = clipId;
    m_clip = *clip;
    m_frames.clear();
    m_total = std::max(0, clip->frames);
    m_frames.resize(m_total);
    m_current = 0;
    m_analysis.reset();
    m_timeline->setFrameCount(m_total);
    m_timeline->setCurrentFrame(0);
    m_timeline->setCurves({});
    m_timeline->setWarningRanges({});
    m_view->setFrame(QImage());
    m_view->clearOverlay();
    m_view->setInset(QImage());
    m_view->setMessage(tr("Loading..."));
    m_legend->clear();
    m_tree->selectClip(clipId);
    m_tree->tree()->setFocus(); // keys go to the page's shortcuts, Up/Down to the tree
    refreshMarkers();
    refreshPanel();
    m_panel->setAnalysisText(tr("Loading frames..."));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    const Annotation a = m_project->annotation(clipId);
    m_loader->load(clipId, m_project->clipPath(*clip), m_project->folder(), a.automatic.cacheFile,
                   clip->contentHash, clip->fps);
}

void AnnotatorPage::onFramesDecoded(qint64 clipId, int first, const QVector<QImage> &frames,
                                    int total)
{
    if (clipId != m_clipId)
        return;
    if (total > m_total || first + frames.size() > m_total) {
        // The container's count was short: trust what was decoded.
        m_total = std::max(total, int(first + frames.size()));
        m_frames.resize(m_total);
        m_timeline->setFrameCount(m_total);
    }
    for (int i = 0; i < frames.size(); ++i)
        m_frames[first + i] = frames.at(i);
    if (first <= m_current && m_current < first + frames.size())
        showFrame();
    else
        m_frameLabel->setText(tr("%1 / %2").arg(m_current).arg(m_total - 1));
}

void AnnotatorPage::onLoadProgress(qint64 clipId, const QString &phase, int done, int total)
{
    if (clipId != m_clipId)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 %p%").arg(phase));
    m_panel->setAnalysisText(tr("%1: frame %2 of %3").arg(phase).arg(done).arg(total));
}

void AnnotatorPage::onAnalysisReady(qint64 clipId, const ClipAnalysisPtr &analysis, bool computed,
                                    const AutoAnnotation &automatic)
{
    if (clipId != m_clipId)
        return;
    m_analysis = analysis;
    if (computed) {
        // The analysis pipeline's result, not a person's edit: stored directly (reviewed
        // values are kept by the store).
        if (auto r = m_project->setAutoAnnotation(clipId, automatic); !r)
            Q_EMIT message(r.error().message);
    }
    showAnalysis();
    refreshMarkers();
    showFrame();
}

void AnnotatorPage::onLoadFinished(qint64 clipId)
{
    if (clipId != m_clipId)
        return;
    m_progress->hide();
    m_cancel->hide();
    if (decodedFrames() == m_total)
        Q_EMIT clipReady(clipId);
}

void AnnotatorPage::showAnalysis()
{
    if (!m_analysis)
        return;
    const ClipAnalysis &a = *m_analysis;
    QVector<TimelineWidget::Curve> curves;
    QString legend = QStringLiteral("<span style='color:#222'>&#9644; %1</span>").arg(tr("energy"));
    int colour = 0;
    for (const RegionEnergy &region : a.motion.regions) {
        if (region.name == QLatin1String("nose") || region.name == QLatin1String("jaw")) {
            ++colour;
            continue;
        }
        const QColor c = kRegionColors[colour++ % 5];
        curves.append({region.name, c, QVector<double>(region.energy.begin(), region.energy.end())});
        legend += QStringLiteral(" <span style='color:%1'>&#9644; %2</span>")
                      .arg(c.name(), regionLabel(region.name));
    }
    curves.append({QString(), QColor(30, 30, 30),
                   QVector<double>(a.motion.energy.begin(), a.motion.energy.end())});
    m_timeline->setCurves(curves);
    m_legend->setText(legend);

    // Warning bands: frames without a face or failing FaceQA.
    QVector<QPair<int, int>> ranges;
    int start = -1;
    for (int i = 0; i <= int(a.frames.size()); ++i) {
        const bool bad = i < int(a.frames.size())
                         && (!a.frames[i].face || !a.frames[i].quality.accepted());
        if (bad && start < 0)
            start = i;
        if (!bad && start >= 0) {
            ranges.append({start, i - 1});
            start = -1;
        }
    }
    m_timeline->setWarningRanges(ranges);
    QString text = tr("Face in %1 of %2 frames; FaceQA accepted %3.")
                       .arg(a.framesWithFace())
                       .arg(a.frames.size())
                       .arg(a.quality.accepted);
    text += QLatin1Char(' ') + a.motion.message;
    for (const QString &warning : a.warnings)
        if (warning != a.motion.message)
            text += QLatin1Char('\n') + warning;
    m_panel->setAnalysisText(text);
}

void AnnotatorPage::setCurrentFrame(int frame)
{
    if (m_total <= 0)
        return;
    frame = std::clamp(frame, 0, m_total - 1);
    if (frame == m_current && !m_frames.value(frame).isNull()
        && m_view->frame().cacheKey() == m_frames.value(frame).cacheKey())
        return;
    m_current = frame;
    showFrame();
}

void AnnotatorPage::showFrame()
{
    m_timeline->setCurrentFrame(m_current);
    m_frameLabel->setText(tr("%1 / %2").arg(m_current).arg(std::max(0, m_total - 1)));
    const QImage image = m_frames.value(m_current);
    if (image.isNull()) {
        m_view->setMessage(tr("Decoding..."));
        return;
    }
    m_view->setFrame(image);
    if (!m_analysis || m_current >= int(m_analysis->frames.size())) {
        m_view->clearOverlay();
        m_view->setMessage(m_analysis ? QString() : tr("Analysing..."));
        return;
    }
    const FrameAnalysis &fa = m_analysis->frames[size_t(m_current)];
    const double s = m_clip.width > 0 ? double(image.width()) / m_analysis->clip.size.width() : 1.0;
    if (!fa.face) {
        m_view->clearOverlay();
        m_view->setInset(QImage());
        m_view->setMessage(tr("No face in this frame"));
        return;
    }
    QVector<QPointF> points;
    points.reserve(68);
    for (const cv::Point2f &p : fa.points)
        points.append(QPointF(p.x * s, p.y * s));
    m_view->setOverlay(QRectF(fa.box.x * s, fa.box.y * s, fa.box.width * s, fa.box.height * s),
                       points);
    m_view->setMessage(fa.quality.accepted() ? QString() : tr("FaceQA: blurry or turned away"));
    if (m_showCrop && m_showCrop->isChecked())
        m_view->setInset(cropAt(m_current));
}

QImage AnnotatorPage::cropAt(int frame) const
{
    const QImage image = m_frames.value(frame);
    if (!m_analysis || image.isNull() || frame >= int(m_analysis->frames.size()))
        return {};
    const double s = double(image.width()) / std::max(1, m_analysis->clip.size.width());
    cv::Matx23d m = m_analysis->frames[size_t(frame)].align;
    // The transform maps full-size pixels; the shown frame may be scaled by s.
    for (int r = 0; r < 2; ++r) {
        m(r, 0) /= s;
        m(r, 1) /= s;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat src(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                      size_t(rgb.bytesPerLine()));
    const int side = std::max(16, m_analysis->cropSize);
    cv::Mat crop;
    cv::warpAffine(src, crop, cv::Mat(m), cv::Size(side, side));
    QImage out(crop.cols, crop.rows, QImage::Format_RGB888);
    for (int y = 0; y < crop.rows; ++y)
        memcpy(out.scanLine(y), crop.ptr(y), size_t(crop.cols) * 3);
    return out;
}

void AnnotatorPage::refreshMarkers()
{
    const Annotation a = m_clipId ? m_project->annotation(m_clipId) : Annotation();
    for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset})
        m_timeline->setMarker(m, a.reviewed(m), a.automaticValue(m));
}

void AnnotatorPage::refreshPanel()
{
    if (!m_clipId) {
        m_panel->clear();
        return;
    }
    const auto motion = m_project->motion(m_clip.motionId);
    const auto subject = motion ? m_project->subject(motion->subjectId) : std::nullopt;
    const QString title = tr("%1 / %2 / repetition %3")
                              .arg(subject ? subject->code : QString(),
                                   motion ? motion->name : QString())
                              .arg(m_clip.repetition);
    m_panel->showClip(title, m_project->annotation(m_clipId), m_project->review(m_clipId));
}

void AnnotatorPage::setMarkerHere(Marker marker)
{
    if (!m_clipId || m_total <= 0)
        return;
    report(m_editor.setMarker(m_clipId, marker, m_current));
    Q_EMIT message(tr("%1 set at frame %2").arg(markerName(marker)).arg(m_current));
}

void AnnotatorPage::redetect()
{
    if (!m_clipId)
        return;
    const Annotation a = m_project->annotation(m_clipId);
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(tr("Re-detect onset, apex and offset"));
    for (Marker m : {Marker::Onset, Marker::Apex, Marker::Offset})
        if (a.reviewed(m))
            report(m_editor.setMarker(m_clipId, m, std::nullopt));
    stack->endMacro();
}

void AnnotatorPage::include(bool next)
{
    if (!m_clipId)
        return;
    report(m_editor.setReview(m_clipId, ReviewStatus::Included, ExclusionReason::None,
                              m_panel->note()));
    if (next)
        goAfterReview();
}

void AnnotatorPage::exclude(ExclusionReason reason, const QString &note, bool next)
{
    if (!m_clipId)
        return;
    if (reason == ExclusionReason::None)
        reason = ExclusionReason::Other;
    m_lastReason = reason;
    report(m_editor.setReview(m_clipId, ReviewStatus::Excluded, reason, note));
    if (next)
        goAfterReview();
}

void AnnotatorPage::goAfterReview()
{
    qint64 next = m_tree->nearbyPending(m_clipId, true);
    if (!next)
        next = m_tree->nextClip(m_clipId);
    if (next)
        m_tree->selectClip(next);
    else
        Q_EMIT message(tr("No more pending clips"));
}

void AnnotatorPage::goPending(bool forward)
{
    const qint64 id = m_tree->nearbyPending(m_clipId, forward);
    if (id)
        m_tree->selectClip(id);
    else
        Q_EMIT message(tr("No pending clip"));
}

void AnnotatorPage::togglePlay()
{
    if (m_playTimer->isActive()) {
        m_playTimer->stop();
        m_playButton->setText(tr("Play"));
        return;
    }
    if (m_total <= 1)
        return;
    if (m_current + 1 >= m_total)
        setCurrentFrame(0);
    m_playTimer->start(
        int(1000.0 / (std::max(1.0, m_clip.fps) * m_speed->currentData().toDouble())));
    m_playButton->setText(tr("Pause"));
}

void AnnotatorPage::changeSpeed(int delta)
{
    m_speed->setCurrentIndex(std::clamp(m_speed->currentIndex() + delta, 0, m_speed->count() - 1));
    Q_EMIT message(tr("Playback speed %1").arg(m_speed->currentText()));
}

} // namespace fm
