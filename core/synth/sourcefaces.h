#pragma once

#include "common/error.h"
#include "face/facetypes.h"

#include <opencv2/core/mat.hpp>

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fm {

class DlibFaceFinder;

/** A real face from a photo, reframed into a video-sized base frame, ready to be animated. */
struct SourceFace
{
    QString photo;               ///< the photo it came from
    int faceIndex = 0;           ///< which face of that photo (largest first)
    cv::Mat frame;               ///< base frame (BGR, the clip size) with the face centred
    Landmarks68 landmarks{};     ///< dlib's landmarks on `frame`
    double photoInterOcular = 0; ///< eye distance in the photo, pixels
};

/** Which faces of the photos were usable, and why the others were not. */
struct SourceFaceReport
{
    std::vector<SourceFace> faces;
    QStringList rejected; ///< one line per rejected face or unreadable photo
    int photoCount = 0;
};

/** Folder photos (jpg, jpeg, png) in name order. */
QStringList photosInFolder(const QString &folder);

/**
 * Finds every usable face in `photos`: large enough (eye distance ≥ 28 px), frontal enough
 * (nose tip within 0.45 eye distances of the eye midline, jaw halves within
 * 1:2.5, roughly |yaw| < 40°), plausibly shaped and with open eyes (eye aspect ratio
 * ≥ 0.20, so blinks and winks can show), then reframes
 * each into a `frameSize` frame with an eye distance of 14% of the frame width.
 * `progress(done, total)` returning false cancels.
 */
Result<SourceFaceReport> findSourceFaces(const QStringList &photos, QSize frameSize,
                                         DlibFaceFinder &finder,
                                         const std::function<bool(int, int)> &progress = {});

} // namespace fm
