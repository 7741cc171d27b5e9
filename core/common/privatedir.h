#pragma once

#include "error.h"

#include <QString>

namespace fm {

/**
 * Creates `path` (and missing parents) and restricts it to its owner (0700): everything
 * FaceMotion writes may contain faces, which are biometric data. An existing folder is
 * tightened to 0700 too, unless it is shared by design (sticky, like /tmp) or belongs to
 * another user: those are left as they are. Returns the absolute path.
 */
Result<QString> makePrivateDir(const QString &path);

/**
 * The folder a named output file goes into (`--out FILE`): created owner-only with its missing
 * parents, but an existing folder is left as it is — the user chose it, and it may be shared
 * (a checkpoint written to /tmp must not close /tmp to everyone else). Returns the absolute
 * folder path.
 */
Result<QString> makeParentDir(const QString &filePath);

} // namespace fm
