#pragma once

#include "cliploader.h"
#include "project/projecteditor.h"
#include "project/projecttypes.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace fm {

class DatasetTree;
class FrameView;
class Project;
class ReviewPanel;
class TimelineWidget;

/**
 * The annotate-and-review page: dataset tree, frame view with overlays, timeline with energy
 * curves and onset/apex/offset markers, and the review panel. Keyboard first: every action
 * has a single-key shortcut; every edit is an undoable command saved at once.
 */
class AnnotatorPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotatorPage(Project *project, QWidget *parent = nullptr);
    ~AnnotatorPage() override;

    /** Opens a clip: frames are decoded and the analysis loaded or computed in the background. */
    void openClip(qint64 clipId);
    qint64 currentClip() const { return m_clipId; }
    int currentFrame() const { return m_current; }
    /** Frames decoded so far of the current clip. */
    int decodedFrames() const;
    bool hasAnalysis() const { return m_analysis != nullptr; }
    void setCurrentFrame(int frame);

    DatasetTree *datasetTree() const { return m_tree; }
    TimelineWidget *timeline() const { return m_timeline; }
    FrameView *frameView() const { return m_view; }
    ReviewPanel *reviewPanel() const { return m_panel; }
    ExclusionReason lastReason() const { return m_lastReason; }

Q_SIGNALS:
    /** A short message for the status bar. */
    void message(const QString &text);
    /** The current clip's frames are all decoded and its analysis is shown. */
    void clipReady(qint64 clipId);

private:
    void createActions();
    QAction *addKey(const QString &text, const QKeySequence &key, const char *name);
    void showFrame();
    void refreshMarkers();
    void refreshPanel();
    void setMarkerHere(Marker marker);
    void redetect();
    void include(bool next);
    void exclude(ExclusionReason reason, const QString &note, bool next);
    void goPending(bool forward);
    void goAfterReview();
    void togglePlay();
    void changeSpeed(int delta);
    void report(const Result<bool> &result);
    void onFramesDecoded(qint64 clipId, int first, const QVector<QImage> &frames, int total);
    void onAnalysisReady(qint64 clipId, const ClipAnalysisPtr &analysis, bool computed,
                         const AutoAnnotation &automatic);
    void onLoadProgress(qint64 clipId, const QString &phase, int done, int total);
    void onLoadFinished(qint64 clipId);
    void showAnalysis();
    QImage cropAt(int frame) const;

    Project *m_project;
    ProjectEditor m_editor;
    ClipLoader *m_loader;
    DatasetTree *m_tree;
    FrameView *m_view;
    TimelineWidget *m_timeline;
    ReviewPanel *m_panel;
    QLabel *m_frameLabel;
    QLabel *m_legend;
    QComboBox *m_speed;
    QToolButton *m_playButton;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_playTimer;

    qint64 m_clipId = 0;
    Clip m_clip;
    QVector<QImage> m_frames;
    int m_total = 0;
    int m_current = 0;
    ClipAnalysisPtr m_analysis;
    ExclusionReason m_lastReason = ExclusionReason::None;
    QAction *m_showLandmarks = nullptr;
    QAction *m_showBox = nullptr;
    QAction *m_showCrop = nullptr;
};

} // namespace fm
