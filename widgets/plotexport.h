#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace fm::plotexport {

/** Paints a plot into `area` of a painter (a widget, an image or an SVG generator). */
using PaintFunction = std::function<void(QPainter &painter, const QRectF &area)>;

/** Renders `paint` at `size` (logical pixels) times `pixelRatio` into a PNG, atomically. */
Result<bool> savePng(const QString &path, const QSize &size, const PaintFunction &paint,
                     qreal pixelRatio = 2.0);
/** Renders `paint` as SVG (Qt SVG generator: vector shapes and text), atomically. */
Result<bool> saveSvg(const QString &path, const QSize &size, const PaintFunction &paint,
                     const QString &title = {});
/** Writes bytes (a CSV) atomically. */
Result<bool> saveBytes(const QString &path, const QByteArray &bytes);

} // namespace fm::plotexport
