#pragma once

#include <QStringList>

namespace fm::cli {

/** `fmstudio-cli plan --preset NAME | --plan FILE --out DIR`: one training config per run. */
int runPlan(const QStringList &args);

} // namespace fm::cli
