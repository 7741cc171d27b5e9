#pragma once

#include "common/error.h"
#include "featureset.h"
#include "trainconfig.h"

#include <QStringList>

#include <vector>

namespace fm {

/** One training unit of a protocol: which clips train and which validate. */
struct DataPartition
{
    QString name;                       ///< "split" or "fold-01".."fold-10"
    int fold = -1;                      ///< 0-based fold index, -1 for the fixed split
    std::vector<int> train, validation; ///< indices into FeatureSet::clips
    QStringList validationSubjects;
};

/**
 * Subject-disjoint partitions (seed 000 §3: k-fold cross-validation, each fold held out once;
 * seed 001 §4: one fixed train/validation split). Subjects are shuffled with split_seed and
 * dealt round-robin into folds; the fixed split holds out round(fraction * subjects) of them
 * (at least one). Errors when a fold would be empty or a training set would have no subject.
 * (Bundles carry no stored split, so this does not use the project's saved splits.)
 */
Result<std::vector<DataPartition>> makePartitions(const TrainConfig &config, const FeatureSet &set);

} // namespace fm
