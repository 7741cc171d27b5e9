#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace fm {

/**
 * Saving a chart (any widget) as a PNG or SVG picture and its data as CSV, the export of
 * every chart of the results pages.
 */
namespace chartexport {

/** Saves `widget` as it is drawn now: "*.png" (pixels, device pixel ratio kept) or "*.svg"
    (vector, via QSvgGenerator); the suffix decides. Written atomically. */
Result<bool> exportWidget(QWidget *widget, const QString &path);
/** Writes rows (the first usually the header) as CSV (RFC 4180 quoting), atomically. */
Result<bool> exportCsv(const QList<QStringList> &rows, const QString &path);
/** File dialog filter for the pictures ("PNG image (*.png);;SVG drawing (*.svg)"). */
QString pictureFilter();

} // namespace chartexport

} // namespace fm
