#pragma once

#include "cliploader.h"

#include <QImage>
#include <QVector>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;

namespace fm {

class FrameView;
class Project;

/**
 * Compare mode: two repetitions of the same motion side by side, synchronised at their
 * onsets (reviewed onset, else the automatic one). The slider and Space / arrow keys move
 * both clips together in time relative to their onsets.
 */
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(Project *project, QWidget *parent = nullptr);

    /** Shows two clips (of any motion); loads frames and analyses in the background. */
    void compare(qint64 clipA, qint64 clipB);
    /** Time relative to the onsets, in frames. */
    void setOffset(int frames);
    int offset() const { return m_offset; }
    /** The frame index each side shows now (-1: before its start or after its end). */
    int shownFrame(int side) const;
    bool isReady() const;

Q_SIGNALS:
    void ready();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Side
    {
        qint64 clipId = 0;
        int onset = 0;
        int total = 0;
        QVector<QImage> frames;
        ClipLoader *loader = nullptr;
        FrameView *view = nullptr;
        QComboBox *combo = nullptr;
        bool done = false;
    };
    void reloadMotions();
    void reloadRepetitions();
    void onFrames(int side, qint64 clipId, int first, const QVector<QImage> &frames, int total);
    void refresh();
    void updateRange();

    Project *m_project;
    QComboBox *m_motion;
    QSlider *m_slider;
    QLabel *m_label;
    QTimer *m_play;
    std::array<Side, 2> m_sides;
    int m_offset = 0;
};

} // namespace fm
