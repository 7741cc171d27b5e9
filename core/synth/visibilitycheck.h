#pragma once

#include "synth/facialactions.h"

#include <QString>

#include <vector>

namespace fm {

class FaceTracker;
class FaceWarper;

/** How well the landmark detector sees one synthetic action. */
struct ActionVisibility
{
    FacialAction action;
    double correlation = 0;  ///< Pearson r of intended vs measured landmark displacement
    double intendedPeak = 0; ///< largest mean displacement of the moving points, pixels
    double measuredPeak = 0;
    int frames = 0;
    int framesWithoutFace = 0;
};

/**
 * Renders each action once on `warper`'s face, films it like a generated clip (head drift,
 * lighting, noise; filmFrame()) and measures it the way the analysis does: `tracker` (reset
 * per action) follows the face and gives the landmarks per frame. Head motion is removed by a
 * similarity fit on the points the action does not move, displacement is taken from the mean
 * of the neutral lead-in frames. Correlates it with the intended displacement over the moving
 * points, x and y, all frames. With `framesDir`, the neutral and the apex frame of each action
 * (face area at twice the size: neutral and apex with the measured landmarks, apex without)
 * are written there as <action>.png for a person to look at.
 */
std::vector<ActionVisibility> measureActionVisibility(const FaceWarper &warper,
                                                      FaceTracker &tracker, quint64 seed = 7,
                                                      const QString &framesDir = {});

} // namespace fm
