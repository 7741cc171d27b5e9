#include "plotexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace fm::plotexport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::plotexport", text);
}

} // namespace

Result<bool> saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("\"%1\" could not be written.").arg(path), file.errorString()};
    return true;
}

Result<bool> savePng(const QString &path, const QSize &size, const PaintFunction &paint,
                     qreal pixelRatio)
{
    if (size.isEmpty())
        return Error{tr("Nothing to export: the plot has no size.")};
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error{tr("The PNG image could not be encoded.")};
    return saveBytes(path, bytes);
}

Result<bool> saveSvg(const QString &path, const QSize &size, const PaintFunction &paint,
                     const QString &title)
{
    if (size.isEmpty())
        return Error{tr("Nothing to export: the plot has no size.")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Exported by FaceMotion Studio"));
    {
        QPainter painter(&generator);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (bytes.isEmpty())
        return Error{tr("The SVG image could not be generated.")};
    return saveBytes(path, bytes);
}

} // namespace fm::plotexport
