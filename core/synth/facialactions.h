#pragma once

#include "face/facetypes.h"

#include <QString>

#include <array>
#include <vector>

namespace fm {

/**
 * The parametric facial actions the demo generator can perform. "Left"/"right" are the
 * subject's own sides (a subject's left eye is on the image's right, iBUG points 42-47).
 */
enum class FacialAction {
    BrowRaise,
    BrowLower,
    WinkLeft,
    WinkRight,
    Blink,
    EyeSqueeze,
    Smile,
    SmileLeft,
    SmileRight,
    LipCornerDepressor,
    Pucker,
    LipPress,
    MouthOpen,
    LipStretch,
    PoutLeft,
    PoutRight,
    NoseWrinkle,
};

constexpr int kFacialActionCount = int(FacialAction::NoseWrinkle) + 1;

/** Stable identifier used in file names and ground truth, e.g. "brow_raise". */
QString facialActionId(FacialAction action);
/** Human-readable, translated name, e.g. "Brow raise". */
QString facialActionName(FacialAction action);
/** All actions, in enum order. */
std::vector<FacialAction> allFacialActions();

/** Per-landmark pixel displacement of one action at full intensity (intensity scales linearly). */
using LandmarkOffsets = std::array<cv::Point2f, 68>;

/**
 * The displacement of `action` at intensity 1 for a face with neutral landmarks `neutral`.
 * Offsets are built in the face's own frame (eye axis, inter-ocular distance) so they follow
 * the face's size and roll.
 */
LandmarkOffsets facialActionOffsets(FacialAction action, const Landmarks68 &neutral);

/** Sum of weighted offsets: out += w * in. */
void addOffsets(LandmarkOffsets &out, const LandmarkOffsets &in, float weight);

/** Mean displacement length in pixels. */
float meanOffsetLength(const LandmarkOffsets &offsets);

} // namespace fm
