#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli evaluate --project P --run R [--out DIR]`: re-evaluates a finished run's
 * model(s) on the project's current data (excluded clips left out, current labels) and
 * writes the evaluation files into DIR (default R/reeval-<timestamp>/). Progress as JSON
 * lines on stdout ({"phase", "fraction"}), text on stderr; SIGTERM cancels without writing.
 */
int runEvaluate(const QStringList &args);

} // namespace fm::cli
