#include "facialactions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

/**
 * Which side of the face a landmark belongs to, by its iBUG index: -1 the subject's right
 * (image left when frontal), +1 the subject's left, 0 the midline. By index, not by where the
 * point lies: on a turned head the inner lip points can sit on either side of the eye midline.
 */
int sideOf(int i)
{
    static const signed char sides[68] = {
        -1, -1, -1, -1, -1, -1, -1, -1, 0, 1, 1,  1,  1, 1, 1, 1, 1, // jaw 0-16
        -1, -1, -1, -1, -1, 1,  1,  1,  1, 1,                        // brows 17-26
        0,  0,  0,  0,  -1, -1, 0,  1,  1,                           // nose 27-35
        -1, -1, -1, -1, -1, -1, 1,  1,  1, 1, 1,  1,                 // eyes 36-47
        -1, -1, -1, 0,  1,  1,  1,  1,  1, 0, -1, -1,                // outer lip 48-59
        -1, -1, 0,  1,  1,  1,  0,  -1,                              // inner lip 60-67
    };
    return sides[i];
}

/** The face's own frame: origin between the eyes, x along the eye line, y down, unit = IOD. */
struct FaceFrame
{
    cv::Point2f origin;
    cv::Point2f ex;
    cv::Point2f ey;
    float iod = 1.0f;
    /** Foreshortening of each half of a turned face: its width against the mean half width
     *  ([0] the subject's right, [1] the left). Sideways movement on the far, narrower half
     *  is drawn shorter, as the camera would see it. */
    float halfScale[2] = {1.0f, 1.0f};

    explicit FaceFrame(const Landmarks68 &p)
    {
        cv::Point2f left(0, 0), right(0, 0);
        for (int i = 36; i < 42; ++i)
            left += p[i] * (1.0f / 6.0f);
        for (int i = 42; i < 48; ++i)
            right += p[i] * (1.0f / 6.0f);
        const cv::Point2f axis = right - left;
        iod = std::max(1.0f, float(std::hypot(axis.x, axis.y)));
        ex = axis * (1.0f / iod);
        ey = cv::Point2f(-ex.y, ex.x);
        origin = (left + right) * 0.5f;

        float mid = 0, rightEdge = 0, leftEdge = 0;
        for (int i : {27, 28, 29, 30, 33})
            mid += xOf(p[i]) / 5.0f;
        for (int i = 0; i < 4; ++i) {
            rightEdge += xOf(p[i]) / 4.0f;
            leftEdge += xOf(p[16 - i]) / 4.0f;
        }
        const float rightHalf = std::max(0.05f, mid - rightEdge);
        const float leftHalf = std::max(0.05f, leftEdge - mid);
        const float mean = 0.5f * (rightHalf + leftHalf);
        halfScale[0] = std::clamp(rightHalf / mean, 0.6f, 1.4f);
        halfScale[1] = std::clamp(leftHalf / mean, 0.6f, 1.4f);
    }
    /** A displacement given in face units. */
    cv::Point2f vec(float dx, float dy) const { return (ex * dx + ey * dy) * iod; }
    /** A point's x coordinate in face units (negative: image-left = subject's right). */
    float xOf(const cv::Point2f &p) const { return (p - origin).dot(ex) / iod; }
    /** Sideways scale of a movement on `side` (-1, 0, +1). */
    float sideScale(int side) const
    {
        return side < 0 ? halfScale[0] : side > 0 ? halfScale[1] : 1.0f;
    }
};

struct Builder
{
    const Landmarks68 &p;
    FaceFrame frame;
    LandmarkOffsets out{};

    explicit Builder(const Landmarks68 &points) : p(points), frame(points) {}

    /** Moves point `i` by (dx, dy) face units; dx foreshortened on its half of the face. */
    void move(int i, float dx, float dy)
    {
        out[i] += frame.vec(dx * frame.sideScale(sideOf(i)), dy);
    }
    /** Moves points `from`..`to` together (a shift keeps their shape: one sideways scale,
     *  that of the half they move towards). */
    void shiftRange(int from, int to, float dx, float dy)
    {
        const float scale = frame.sideScale(dx < 0 ? -1 : 1);
        for (int i = from; i <= to; ++i)
            out[i] += frame.vec(dx * scale, dy);
    }
    void moveRange(int from, int to, float dx, float dy)
    {
        for (int i = from; i <= to; ++i)
            move(i, dx, dy);
    }
    /** Moves `dxOut` away from the midline (towards it when negative); midline points only
     *  move by dy. */
    void moveSym(int i, float dxOut, float dy) { move(i, float(sideOf(i)) * dxOut, dy); }
    /** Move mouth points toward the mouth centre horizontally by `fraction` of their offset. */
    void gatherMouth(float fraction)
    {
        cv::Point2f centre(0, 0);
        for (int i = 48; i < 68; ++i)
            centre += p[i] * (1.0f / 20.0f);
        for (int i = 48; i < 68; ++i) {
            const float x = (p[i] - centre).dot(frame.ex) / frame.iod;
            move(i, -x * fraction, 0);
        }
    }
    /** Closes an eye: the lids meet on a line a fifth of the way up from the lower lid (the
     *  upper lid travels most of the way, the lower one rises a little), as in a real blink. */
    void closeEye(bool subjectLeft, float amount)
    {
        const int upperA = subjectLeft ? 43 : 37, upperB = subjectLeft ? 44 : 38;
        const int lowerA = subjectLeft ? 47 : 41, lowerB = subjectLeft ? 46 : 40;
        const cv::Point2f gapA = p[lowerA] - p[upperA], gapB = p[lowerB] - p[upperB];
        out[upperA] += gapA * (0.8f * amount);
        out[upperB] += gapB * (0.8f * amount);
        out[lowerA] -= gapA * (0.2f * amount);
        out[lowerB] -= gapB * (0.2f * amount);
    }
    void smileSide(bool subjectLeft, float s)
    {
        const float sign = subjectLeft ? 1.0f : -1.0f;
        const int corner = subjectLeft ? 54 : 48;
        const int innerCorner = subjectLeft ? 64 : 60;
        const int upper = subjectLeft ? 53 : 49;
        const int lower = subjectLeft ? 55 : 59;
        const int innerUpper = subjectLeft ? 63 : 61;
        const int innerLower = subjectLeft ? 65 : 67;
        move(corner, sign * 0.17f * s, -0.13f * s);
        move(innerCorner, sign * 0.15f * s, -0.11f * s);
        move(upper, sign * 0.08f * s, -0.06f * s);
        move(lower, sign * 0.09f * s, -0.07f * s);
        move(innerUpper, sign * 0.06f * s, -0.04f * s);
        move(innerLower, sign * 0.07f * s, -0.04f * s);
        // Cheek and lower eyelid rise with the corner.
        move(subjectLeft ? 12 : 4, sign * 0.03f * s, -0.04f * s);
        move(subjectLeft ? 13 : 3, sign * 0.02f * s, -0.03f * s);
        move(subjectLeft ? 46 : 41, 0, -0.025f * s);
        move(subjectLeft ? 47 : 40, 0, -0.025f * s);
    }
};

} // namespace

QString facialActionId(FacialAction action)
{
    static const char *const ids[] = {
        "brow_raise",  "brow_lower",   "wink_left",  "wink_right",  "blink",
        "eye_squeeze", "smile",        "smile_left", "smile_right", "lip_corner_depressor",
        "pucker",      "lip_press",    "mouth_open", "lip_stretch", "pout_left",
        "pout_right",  "nose_wrinkle",
    };
    return QString::fromLatin1(ids[int(action)]);
}

QString facialActionName(FacialAction action)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("fm::FacialAction", "Brow raise"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Brow lower"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Wink left"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Wink right"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Blink"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Eye squeeze"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Smile"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Smile left"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Smile right"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Lip corner depressor"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Pucker"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Lip press"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Mouth open"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Lip stretch"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Pout left"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Pout right"),
        QT_TRANSLATE_NOOP("fm::FacialAction", "Nose wrinkle"),
    };
    return QCoreApplication::translate("fm::FacialAction", names[int(action)]);
}

std::vector<FacialAction> allFacialActions()
{
    std::vector<FacialAction> actions;
    for (int i = 0; i < kFacialActionCount; ++i)
        actions.push_back(FacialAction(i));
    return actions;
}

LandmarkOffsets facialActionOffsets(FacialAction action, const Landmarks68 &neutral)
{
    Builder b(neutral);
    switch (action) {
    case FacialAction::BrowRaise:
        b.moveRange(17, 26, 0, -0.17f);
        b.move(17, 0, 0.03f);
        b.move(26, 0, 0.03f);
        b.moveRange(37, 38, 0, -0.03f);
        b.moveRange(43, 44, 0, -0.03f);
        break;
    case FacialAction::BrowLower:
        b.moveRange(17, 26, 0, 0.10f);
        b.moveSym(20, -0.05f, 0.02f);
        b.moveSym(21, -0.07f, 0.03f);
        b.moveSym(22, -0.07f, 0.03f);
        b.moveSym(23, -0.05f, 0.02f);
        b.moveRange(37, 38, 0, 0.03f);
        b.moveRange(43, 44, 0, 0.03f);
        break;
    case FacialAction::WinkLeft:
    case FacialAction::WinkRight: {
        // One eye shut hard: its brow comes down (the inner end a little towards the nose), the
        // cheek rises and pulls the mouth corner of that side up a little.
        const bool left = action == FacialAction::WinkLeft;
        b.closeEye(left, 1.0f);
        b.moveRange(left ? 22 : 17, left ? 26 : 21, 0, 0.08f);
        b.moveSym(left ? 22 : 21, -0.02f, 0.01f);
        b.moveSym(left ? 54 : 48, 0.02f, -0.05f);
        b.moveSym(left ? 64 : 60, 0.01f, -0.03f);
        b.move(left ? 12 : 4, 0, -0.04f);
        b.move(left ? 13 : 3, 0, -0.04f);
        break;
    }
    case FacialAction::Blink:
        b.closeEye(true, 1.0f);
        b.closeEye(false, 1.0f);
        break;
    case FacialAction::EyeSqueeze:
        b.closeEye(true, 1.0f);
        b.closeEye(false, 1.0f);
        b.moveRange(40, 41, 0, -0.03f);
        b.moveRange(46, 47, 0, -0.03f);
        b.moveRange(17, 26, 0, 0.09f);
        b.moveSym(21, -0.05f, 0.0f);
        b.moveSym(22, -0.05f, 0.0f);
        b.moveRange(31, 35, 0, -0.03f);
        break;
    case FacialAction::Smile:
        b.smileSide(true, 1.0f);
        b.smileSide(false, 1.0f);
        b.moveRange(50, 52, 0, -0.03f);
        b.moveRange(56, 58, 0, 0.04f);
        b.moveRange(65, 67, 0, 0.03f);
        break;
    case FacialAction::SmileLeft:
        b.smileSide(true, 1.2f);
        b.move(51, 0.03f, -0.02f);
        b.move(62, 0.03f, -0.02f);
        break;
    case FacialAction::SmileRight:
        b.smileSide(false, 1.2f);
        b.move(51, -0.03f, -0.02f);
        b.move(62, -0.03f, -0.02f);
        break;
    case FacialAction::LipCornerDepressor:
        b.moveSym(48, 0.02f, 0.13f);
        b.moveSym(54, 0.02f, 0.13f);
        b.moveSym(60, 0.01f, 0.09f);
        b.moveSym(64, 0.01f, 0.09f);
        b.moveSym(49, 0.0f, 0.04f);
        b.moveSym(53, 0.0f, 0.04f);
        b.moveSym(59, 0.01f, 0.07f);
        b.moveSym(55, 0.01f, 0.07f);
        b.moveRange(56, 58, 0, 0.03f);
        b.move(8, 0, 0.02f);
        break;
    case FacialAction::Pucker:
        b.gatherMouth(0.32f);
        b.moveRange(49, 53, 0, -0.03f);
        b.moveRange(55, 59, 0, 0.03f);
        break;
    case FacialAction::LipPress:
        // Lips pressed thin against each other (at 0.05 dlib barely saw it: r 0.61 on three
        // subjects). The corners stay: widening them by 0.04 was not seen by dlib on 10 faces
        // (measured 0 or inwards) and is no part of pressing the lips.
        b.moveRange(49, 53, 0, 0.08f);
        b.moveRange(61, 63, 0, 0.03f);
        b.moveRange(55, 59, 0, -0.08f);
        b.moveRange(65, 67, 0, -0.03f);
        break;
    case FacialAction::MouthOpen: {
        const float jaw[] = {0.03f, 0.08f, 0.16f, 0.26f, 0.34f, 0.26f, 0.16f, 0.08f, 0.03f};
        for (int i = 4; i <= 12; ++i)
            b.move(i, 0, jaw[i - 4]);
        b.move(57, 0, 0.34f);
        b.move(56, 0, 0.31f);
        b.move(58, 0, 0.31f);
        b.move(55, 0, 0.2f);
        b.move(59, 0, 0.2f);
        b.move(66, 0, 0.33f);
        b.move(65, 0, 0.28f);
        b.move(67, 0, 0.28f);
        b.moveSym(48, -0.03f, 0.09f);
        b.moveSym(54, -0.03f, 0.09f);
        b.moveSym(60, -0.03f, 0.1f);
        b.moveSym(64, -0.03f, 0.1f);
        b.moveRange(50, 52, 0, -0.02f);
        b.moveRange(61, 63, 0, -0.03f);
        break;
    }
    case FacialAction::LipStretch:
        b.moveSym(48, 0.19f, 0.02f);
        b.moveSym(54, 0.19f, 0.02f);
        b.moveSym(60, 0.17f, 0.02f);
        b.moveSym(64, 0.17f, 0.02f);
        b.moveSym(49, 0.11f, 0.01f);
        b.moveSym(53, 0.11f, 0.01f);
        b.moveSym(59, 0.11f, 0.01f);
        b.moveSym(55, 0.11f, 0.01f);
        b.moveSym(61, 0.07f, 0.0f);
        b.moveSym(63, 0.07f, 0.0f);
        b.moveSym(67, 0.07f, 0.0f);
        b.moveSym(65, 0.07f, 0.0f);
        b.moveSym(5, 0.02f, 0.01f);
        b.moveSym(11, 0.02f, 0.01f);
        break;
    case FacialAction::PoutLeft:
    case FacialAction::PoutRight: {
        const float shift = action == FacialAction::PoutLeft ? 0.14f : -0.14f;
        b.gatherMouth(0.25f);
        b.shiftRange(48, 67, shift, 0);
        b.moveRange(49, 53, 0, -0.025f);
        b.moveRange(55, 59, 0, 0.025f);
        b.shiftRange(7, 9, shift * 0.2f, 0);
        break;
    }
    case FacialAction::NoseWrinkle:
        b.moveRange(31, 35, 0, -0.06f);
        b.moveRange(29, 30, 0, -0.03f);
        b.moveSym(31, 0.02f, 0);
        b.moveSym(35, 0.02f, 0);
        b.moveSym(20, -0.03f, 0.05f);
        b.moveSym(21, -0.05f, 0.07f);
        b.moveSym(22, -0.05f, 0.07f);
        b.moveSym(23, -0.03f, 0.05f);
        b.moveRange(49, 53, 0, -0.06f);
        b.moveRange(61, 63, 0, -0.05f);
        b.moveRange(40, 41, 0, -0.03f);
        b.moveRange(46, 47, 0, -0.03f);
        break;
    }
    return b.out;
}

void addOffsets(LandmarkOffsets &out, const LandmarkOffsets &in, float weight)
{
    for (size_t i = 0; i < out.size(); ++i)
        out[i] += in[i] * weight;
}

float meanOffsetLength(const LandmarkOffsets &offsets)
{
    float sum = 0;
    for (const cv::Point2f &o : offsets)
        sum += std::hypot(o.x, o.y);
    return sum / float(offsets.size());
}

} // namespace fm
