#pragma once
// Real data for the enrol/verify tests: video clips of two different people (real demo-photo
// faces animated by the synthetic-motion renderer) and a tiny trained run (model.pt,
// config.json, metrics.json) whose SFE is SFE-L (256-d pooled features).

#include "common/error.h"

#include <QString>

namespace fm::testing {

struct VerifyData
{
    QString runDir;
    QString personA1; ///< person A, mouth motion
    QString personA2; ///< person A, the same motion again (another repetition)
    QString personB;  ///< person B, the same motion
};

/** Writes the clips and trains the run inside `folder` (about ten seconds). */
Result<VerifyData> makeVerifyData(const QString &folder);

} // namespace fm::testing
