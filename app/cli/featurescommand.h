#pragma once

#include <QStringList>

namespace fm::cli {

/** `fmstudio-cli features PROJECT [--sfe sfe-l|sfe-e]`: fills the project's feature cache. */
int runFeatures(const QStringList &args);

} // namespace fm::cli
