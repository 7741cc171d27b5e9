#include "chartexport.h"

#include "eval/csvtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace fm::chartexport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ChartExport", text);
}

Result<bool> saveBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The file \"%1\" could not be written.").arg(path), file.errorString()};
    return true;
}

} // namespace

Result<bool> exportWidget(QWidget *widget, const QString &path)
{
    if (!widget)
        return Error{tr("There is no chart to export.")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        const QPixmap pixmap = widget->grab();
        if (pixmap.isNull() || !pixmap.save(&buffer, "PNG"))
            return Error{tr("The chart could not be drawn as a PNG image.")};
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(widget->size());
        generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
        generator.setTitle(widget->windowTitle().isEmpty() ? QFileInfo(path).baseName()
                                                           : widget->windowTitle());
        generator.setDescription(tr("Exported by FaceMotion Studio"));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error{tr("The chart could not be drawn as an SVG drawing.")};
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    } else {
        return Error{tr("Charts can be exported as .png or .svg files, not \"%1\".")
                         .arg(QFileInfo(path).fileName())};
    }
    buffer.close();
    return saveBytes(bytes, path);
}

Result<bool> exportCsv(const QList<QStringList> &rows, const QString &path)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &f : row)
            fields.append(csv::field(f));
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return saveBytes(text.toUtf8(), path);
}

QString pictureFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg)");
}

} // namespace fm::chartexport
