#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli project create|info|import|export|split|relink PROJECT ...`: the project store
 * without the studio (same core code, same rules). `project --help` lists the actions.
 */
int runProject(const QStringList &args);

} // namespace fm::cli
