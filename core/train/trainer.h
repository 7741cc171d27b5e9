#pragma once

#include "common/error.h"
#include "featureset.h"
#include "trainconfig.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

namespace fm {

/** Receives each progress event: a JSON line (for stdout / a job queue) and a text line. */
using TrainReporter = std::function<void(const QJsonObject &line, const QString &text)>;

/** How a training invocation is driven. */
struct TrainRunOptions
{
    TrainReporter reporter;
    /** Set (e.g. by SIGTERM) to stop: the current step finishes, a checkpoint is written. */
    const std::atomic<bool> *stop = nullptr;
    /** Stops like `stop` once this many epochs have completed in this invocation (-1: no
        limit). For tests of resuming. */
    int epochLimit = -1;
};

/** What a training invocation ended with. */
struct TrainOutcome
{
    bool stopped = false; ///< stopped early; a later run on the same folder resumes
    bool resumed = false; ///< this invocation continued from a checkpoint
    QJsonObject metrics;  ///< the run's metrics.json (empty when stopped)
    QString modelPath;    ///< model.pt of the (last) trained partition
};

/**
 * Trains sequence encoders on a FeatureSet with the config's protocol (fixed split or
 * subject-disjoint k-fold CV), writing a run folder: config.json, manifest.json, log.txt,
 * checkpoints/, and per partition model.pt plus the evaluation files of core/eval
 * (metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv, embeddings.csv[, tsne.csv]).
 * A folder that already holds the same config and data is resumed from its checkpoints; the
 * result equals an uninterrupted run's. Everything is validated before anything is written.
 */
class Trainer
{
public:
    static Result<TrainOutcome> run(const TrainConfig &config, const FeatureSet &features,
                                    const QString &runDir, const TrainRunOptions &options = {});
};

} // namespace fm
