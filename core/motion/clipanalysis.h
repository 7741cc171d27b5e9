#pragma once

#include "common/error.h"
#include "face/faceqa.h"
#include "face/facetypes.h"
#include "motion/motionspotter.h"
#include "video/clipinfo.h"

#include <QJsonObject>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

/** Everything the analysis found in one frame. */
struct FrameAnalysis
{
    bool face = false;     ///< false: no face in this frame (flagged, not dropped)
    bool detected = false; ///< true: full detection; false: followed from the previous frame
    cv::Rect2f box;
    Landmarks68 points{};
    cv::Matx23d align = cv::Matx23d::zeros(); ///< image-to-crop transform (time-smoothed)
    FaceQuality quality;
};

/** Milliseconds spent per stage over a whole clip. */
struct AnalysisTimings
{
    double decodeMs = 0.0;
    double detectMs = 0.0; ///< detection and tracking confirmation
    double landmarksMs = 0.0;
    double cropMs = 0.0;
    double qaMs = 0.0;
    double motionMs = 0.0;
    double totalMs = 0.0;
    int detections = 0;
    int verifications = 0;
};

/**
 * The result of analysing one clip: per-frame faces, landmarks, crop transforms and FaceQA,
 * the per-clip QA summary and the motion spot. Serialisable to JSON for caching.
 */
struct ClipAnalysis
{
    static constexpr int kFormatVersion = 1;

    ClipInfo clip;
    QString detector; ///< detector name, e.g. "dlib-hog"
    int cropSize = 112;
    std::vector<FrameAnalysis> frames;
    FaceQaSummary quality;
    MotionSpot motion;
    QStringList warnings; ///< translated: lost face, truncated file, blurry clip...
    AnalysisTimings timings;
    std::vector<cv::Mat> crops; ///< aligned crops (only when requested; not serialised)

    int framesWithFace() const;
    /** Frame ranges [first,last] without a face. */
    std::vector<std::pair<int, int>> missingRanges() const;

    QJsonObject toJson() const;
    static Result<ClipAnalysis> fromJson(const QJsonObject &json);
    /** Writes the JSON atomically (QSaveFile). */
    Result<QString> save(const QString &path) const;
    static Result<ClipAnalysis> load(const QString &path);
};

} // namespace fm

#include <QMetaType>
#include <QSharedPointer>
Q_DECLARE_METATYPE(QSharedPointer<const fm::ClipAnalysis>)
