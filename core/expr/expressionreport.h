#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

namespace fm {

struct ExpressionReport;

/**
 * Writes an expression analysis to a private folder: `expressions.json` (identities, tags
 * with time segments, appearance rates, summaries, counts and throughput) and PNG faces
 * `identity-<k>.png`, `summary-<k>-<n>.png`. Every file is written atomically.
 */
Result<QString> writeExpressionReport(const ExpressionReport &report, const QString &outDir);
/** The JSON document written by writeExpressionReport (image names relative to the folder). */
QJsonObject expressionReportJson(const ExpressionReport &report);

} // namespace fm
