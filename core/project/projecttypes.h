#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fm {

/** What kind of motion a subject performs (the papers' FM / LM / compound classes). */
enum class MotionKind { FacialMotion = 0, LipMovement = 1, Compound = 2 };

/** A reviewer's verdict on a clip; excluded clips stay stored but leave training. */
enum class ReviewStatus { Pending = 0, Included = 1, Excluded = 2 };

/** Why a reviewer excluded a clip (a fixed list so exports and statistics can group them). */
enum class ExclusionReason {
    None = 0,
    TongueMovement = 1,
    MicroExpression = 2,
    NoOrPartialFace = 3,
    WrongMotion = 4,
    BadQuality = 5,
    Other = 6
};

/** Which annotation marker a reviewer moves on the timeline. */
enum class Marker { Onset = 0, Apex = 1, Offset = 2 };

/** A person recorded for the dataset. */
struct Subject
{
    qint64 id = 0;
    QString code;  ///< unique, e.g. "S01"
    QString notes; ///< free text
    QDate consentDate;
};

/** One motion a subject performs, with the number of repetitions the collectors aim for. */
struct Motion
{
    qint64 id = 0;
    qint64 subjectId = 0;
    QString name;
    QString description;
    MotionKind kind = MotionKind::FacialMotion;
    QString word;         ///< the mouthed word of a lip movement
    QString partA, partB; ///< the two motions of a compound
    int targetRepetitions = 10;
};

/** One recorded repetition of a motion: a video file or an image-sequence folder. */
struct Clip
{
    qint64 id = 0;
    qint64 motionId = 0;
    int repetition = 0;
    QString file; ///< relative to the project folder when copied, absolute when referenced
    bool referenced = false; ///< true: the clip stays where it was imported from
    QString contentHash;     ///< SHA-256 (see contentHash())
    double fps = 0.0;
    int frames = 0;
    int width = 0;
    int height = 0;
    qint64 fileSize = 0; ///< bytes (folders: sum of their files); schema v2
    QDateTime recordedAt;
    QDateTime importedAt;
    QString source; ///< where it came from: original path, "camera", ...
};

/** Automatic onset/apex/offset from motion spotting, with the analysis cache it came from. */
struct AutoAnnotation
{
    std::optional<int> onset, apex, offset; ///< frame indices
    double confidence = 0.0;
    QString method;    ///< e.g. "energy-multiscale/1"
    QString cacheFile; ///< per-frame results, relative to the project folder
    QString cacheHash; ///< SHA-256 of the cache file
    QDateTime analysedAt;
};

/** The automatic values and the reviewer's corrections, kept side by side. */
struct Annotation
{
    qint64 clipId = 0;
    AutoAnnotation automatic;
    std::optional<int> onset, apex, offset; ///< reviewer's values; unset = take the automatic one
    QString editedBy;
    QDateTime editedAt;

    std::optional<int> reviewed(Marker marker) const;
    std::optional<int> automaticValue(Marker marker) const;
    /** The reviewer's value if set, else the automatic one. */
    std::optional<int> effective(Marker marker) const;
};

/** A reviewer's decision on one clip. */
struct Review
{
    qint64 clipId = 0;
    ReviewStatus status = ReviewStatus::Pending;
    ExclusionReason reason = ExclusionReason::None;
    QString note;
    QString reviewer;
    QDateTime reviewedAt;

    bool operator==(const Review &o) const
    {
        return status == o.status && reason == o.reason && note == o.note;
    }
};

/** Stable machine names (exports, CLI) and translated labels for the enums above. */
QString motionKindName(MotionKind kind);
std::optional<MotionKind> motionKindFromName(const QString &name);
QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(const QString &name);
QString exclusionReasonName(ExclusionReason reason);
std::optional<ExclusionReason> exclusionReasonFromName(const QString &name);
QString exclusionReasonLabel(ExclusionReason reason);
QString markerName(Marker marker);

} // namespace fm
