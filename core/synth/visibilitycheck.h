#pragma once

#include "synth/facialactions.h"

#include <QString>

#include <vector>

namespace fm {

class DlibFaceFinder;
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
 * Renders each action once on `warper`'s face (with the usual head drift) and measures it with
 * the real dlib pipeline: landmarks per frame, head motion removed by a similarity fit on the
 * points the action does not move, displacement from the first frame. Correlates it with the
 * intended displacement over the moving points, x and y, all frames. With `framesDir`, the
 * neutral and the apex frame of each action (face area, measured landmarks drawn) are written
 * there as <action>.png for a person to look at.
 */
std::vector<ActionVisibility> measureActionVisibility(const FaceWarper &warper,
                                                      DlibFaceFinder &finder, quint64 seed = 7,
                                                      const QString &framesDir = {});

} // namespace fm
