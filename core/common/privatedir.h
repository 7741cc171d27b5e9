#pragma once

#include "error.h"

#include <QString>

namespace fm {

/**
 * Creates `path` (and missing parents) and restricts it to its owner (0700): everything
 * FaceMotion writes may contain faces, which are biometric data. An existing folder is
 * tightened to 0700 too. Returns the absolute path.
 */
Result<QString> makePrivateDir(const QString &path);

} // namespace fm
