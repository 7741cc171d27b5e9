#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli demo PROJECT [--size small|full] [--seed N] [--photos DIR] [--subjects N]`:
 * makes a labelled demo dataset from real face photos (see fm::DemoGenerator).
 */
int runDemo(const QStringList &args);

} // namespace fm::cli
