#pragma once

#include "common/error.h"
#include "project/projecttypes.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace fm {

class ProjectDatabase;

/** Which clips a dataset uses: excluded clips stay out unless asked for. */
struct ClipSelection
{
    bool includePending = true;
    bool includeExcluded = false;

    bool accepts(ReviewStatus status) const
    {
        return status == ReviewStatus::Included
               || (status == ReviewStatus::Pending && includePending)
               || (status == ReviewStatus::Excluded && includeExcluded);
    }
};

/** How to split subjects for cross-validation and for a fixed train/validation run. */
struct SplitOptions
{
    int folds = 10;
    quint32 seed = 1;
    double validationFraction = 0.2; ///< share of clips in the fixed validation set
    ClipSelection selection;
};

/** A subject's motion that cannot form a positive pair (fewer than two usable clips). */
struct UnusableMotion
{
    QString subjectCode;
    QString motionName;
    int usableClips = 0;
};

/** Subject-disjoint folds, a fixed validation set and what cannot be used. */
struct DatasetSplit
{
    qint64 id = 0; ///< row id once saved
    QString name;
    SplitOptions options;
    QHash<qint64, int> foldOfSubject; ///< subject id -> fold 0..folds-1
    QSet<qint64> validationSubjects;  ///< the fixed split's validation subjects
    QVector<int> clipsPerFold;        ///< usable clips per fold
    int validationClips = 0;
    int trainClips = 0;
    QVector<UnusableMotion> unusable;
};

/**
 * Assigns every subject to one of `folds` folds (seeded, balanced by usable clip count:
 * largest subjects first, each to the lightest fold) and picks a fixed validation set of
 * subjects holding about `validationFraction` of the clips. Deterministic for a seed.
 */
Result<DatasetSplit> computeSplit(ProjectDatabase &db, const SplitOptions &options);
/** Stores a split under `name` (replacing one of that name) in one transaction. */
Result<qint64> saveSplit(ProjectDatabase &db, const QString &name, DatasetSplit &split);
/** Loads a stored split (the unusable list is recomputed). */
Result<DatasetSplit> loadSplit(ProjectDatabase &db, const QString &name);
QStringList splitNames(ProjectDatabase &db);

} // namespace fm
