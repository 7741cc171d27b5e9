#pragma once

#include "cliploader.h"

#include <QDialog>
#include <QImage>
#include <QVector>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace fm {

class FrameView;
class Project;
class TimelineWidget;

/**
 * Plays the two clips of a pair side by side, synchronised at their starts or at their
 * onsets, with landmarks, each clip's motion-energy curve and onset/offset marks, and
 * buttons that open either clip in the annotator (to fix an annotation or exclude it).
 */
class PairPlayer : public QDialog
{
    Q_OBJECT

public:
    enum class Sync { Start, Onset };

    explicit PairPlayer(Project *project, QWidget *parent = nullptr);

    /** Loads both clips (frames and analyses in the background). */
    void showPair(qint64 clipA, qint64 clipB, const QString &caption = QString());
    qint64 clip(int side) const { return m_sides[size_t(side)].clipId; }
    void setSync(Sync sync);
    Sync sync() const { return m_sync; }
    /** Shared time: frames from the starts, or from the onsets. */
    void setTime(int time);
    int time() const { return m_time; }
    /** Frame shown on a side (-1: outside the clip). */
    int shownFrame(int side) const;
    bool isReady() const;
    bool isPlaying() const;
    void setPlaying(bool play);
    FrameView *view(int side) const { return m_sides[size_t(side)].view; }
    TimelineWidget *timeline(int side) const { return m_sides[size_t(side)].timeline; }
    QPushButton *openButton(int side) const { return m_sides[size_t(side)].open; }

Q_SIGNALS:
    void ready();
    void openClipRequested(qint64 clipId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Side
    {
        qint64 clipId = 0;
        int onset = 0;
        int total = 0;
        double fps = 25;
        QVector<QImage> frames;
        ClipAnalysisPtr analysis;
        bool framesDone = false;
        bool analysisDone = false;
        ClipLoader *loader = nullptr;
        FrameView *view = nullptr;
        TimelineWidget *timeline = nullptr;
        QLabel *title = nullptr;
        QPushButton *open = nullptr;
    };
    void onFrames(int side, qint64 clipId, int first, const QVector<QImage> &frames, int total);
    void onAnalysis(int side, qint64 clipId, const ClipAnalysisPtr &analysis, bool computed,
                    const AutoAnnotation &automatic);
    void updateRange();
    void refresh();
    void checkReady();

    Project *m_project;
    std::array<Side, 2> m_sides;
    Sync m_sync = Sync::Onset;
    int m_time = 0;
    QComboBox *m_syncCombo;
    QCheckBox *m_landmarks;
    QSlider *m_slider;
    QLabel *m_timeLabel;
    QLabel *m_caption;
    QPushButton *m_playButton;
    QTimer *m_timer;
    bool m_readyEmitted = false;
};

} // namespace fm
