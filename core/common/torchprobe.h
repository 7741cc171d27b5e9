#pragma once

#include <QString>

namespace fm {

/** The LibTorch version compiled against and loaded (torch stays out of this header). */
QString torchVersion();

/**
 * Runs a tiny tensor computation (a 2x2 matrix product) and returns its trace, or a
 * negative value if LibTorch fails. Used by self-tests and `fmstudio-cli doctor`.
 */
double torchSmokeTest();

} // namespace fm
