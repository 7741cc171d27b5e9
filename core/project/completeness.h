#pragma once

#include "project/projecttypes.h"

#include <QVector>

namespace fm {

class ProjectDatabase;

/** One line of the collectors' checklist: a subject's motion against its target. */
struct CompletenessRow
{
    qint64 subjectId = 0;
    QString subjectCode;
    qint64 motionId = 0; ///< 0: the subject has no motion yet
    QString motionName;
    MotionKind kind = MotionKind::FacialMotion;
    int target = 0;
    int included = 0;
    int pending = 0;
    int excluded = 0;

    int missing() const { return included >= target ? 0 : target - included; }
    bool complete() const { return motionId != 0 && included >= target; }
};

/** Totals over a checklist. */
struct CompletenessSummary
{
    int subjects = 0;
    int motions = 0;
    int completeMotions = 0;
    int clips = 0;
    int included = 0;
    int pending = 0;
    int excluded = 0;
    int missingRepetitions = 0;
};

/**
 * Per subject and motion: included / pending / excluded repetitions against the target, in
 * one aggregate query (subjects without motions appear with motionId 0).
 */
QVector<CompletenessRow> completeness(ProjectDatabase &db);
CompletenessSummary summarize(const QVector<CompletenessRow> &rows);

} // namespace fm
