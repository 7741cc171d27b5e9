#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli doctor [--out DIR]`: checks the libraries, finds every model file, runs a
 * tensor op and dlib's face finder on the demo photos, and writes report.json plus the
 * photos with faces and landmarks drawn into DIR (a private folder).
 */
int runDoctor(const QStringList &args);

} // namespace fm::cli
