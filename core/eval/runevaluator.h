#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fm {

/** What to re-evaluate and how to report. */
struct ReevaluateOptions
{
    QString projectFolder;
    QString runDir;
    QString outDir; ///< empty: <runDir>/reeval-<yyyyMMdd-HHmmss>
    /** phase ("load", "embed", "score", "write"), fraction 0..1 of the whole job; return
        false to cancel. */
    std::function<bool(const QString &phase, double fraction)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

/** What a re-evaluation wrote. */
struct ReevaluateOutcome
{
    QString outDir;
    QJsonObject metrics;      ///< the written metrics.json (CV: the summary)
    int clips = 0;            ///< validation clips evaluated now (all partitions)
    QStringList droppedClips; ///< clips of the run's validation sets no longer in the data
};

/**
 * Re-evaluates a finished run's model(s) on the project's current data: loads each
 * partition's model.pt, the project's features with the run's config (excluded clips left
 * out, labels as the project has them now), embeds the validation clips of the run's
 * manifest that are still in the data and writes the evaluation files (the training
 * writers) into the output folder (fold-NN/ per fold for CV, with a mean ± std summary).
 * Nothing is written unless every partition was evaluated.
 */
Result<ReevaluateOutcome> reevaluateRun(const ReevaluateOptions &options);

} // namespace fm
