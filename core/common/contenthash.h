#pragma once

#include "error.h"

#include <QString>

namespace fm {

/**
 * SHA-256 of a file's bytes as 64 lower-case hex digits, or of every file of a folder (an
 * image sequence: names and bytes in sorted order). Identifies clips in the project store
 * and keys the analysis and feature caches.
 */
Result<QString> contentHash(const QString &path);

} // namespace fm
