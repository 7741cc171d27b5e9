#pragma once

#include "common/error.h"
#include "featureset.h"
#include "protocol.h"
#include "trainconfig.h"

#include <QString>

#include <vector>

namespace fm {

/**
 * The folder of one training run: config.json (the exact config), manifest.json (the clips,
 * their partitions and a fingerprint of the features), log.txt, checkpoints/ and one result
 * folder per partition (the run folder itself for a fixed split, fold-NN/ for CV).
 */
class RunFolder
{
public:
    /**
     * Opens `dir` for a run: a new or empty folder is created private and gets config.json and
     * manifest.json; a folder of an earlier start of the same run (same config and features)
     * is reused (`resumed` = true); any other folder is refused without touching it.
     */
    static Result<RunFolder> prepare(const QString &dir, const TrainConfig &config,
                                     const FeatureSet &features,
                                     const std::vector<DataPartition> &partitions, bool *resumed);

    QString dir() const { return m_dir; }
    QString checkpointPath(const DataPartition &partition) const;
    QString partitionDir(const DataPartition &partition) const;
    /** Appends a line to log.txt (best effort: a full disk must not stop training). */
    void log(const QString &line) const;

private:
    QString m_dir;
};

/** SHA-256 (hex) of the clips' ids, labels, markers and feature values. */
QString featureFingerprint(const FeatureSet &features);

} // namespace fm
