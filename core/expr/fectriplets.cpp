#include "fectriplets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::FecTriplets", text);
}

} // namespace

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

Result<FecTripletSet> readFecCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("The triplet file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    FecTripletSet set;
    QTextStream in(&file);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitCsvLine(line);
        auto skip = [&](const QString &why) {
            set.skipped << tr("line %1: %2").arg(lineNo).arg(why);
        };
        if (f.size() < 18) {
            skip(tr("%1 columns, at least 18 expected").arg(f.size()));
            continue;
        }
        FecTriplet t;
        bool good = true;
        for (int k = 0; k < 3 && good; ++k) {
            t.images[size_t(k)] = f.at(k * 5);
            double v[4];
            for (int j = 0; j < 4; ++j) {
                bool ok = false;
                v[j] = f.at(k * 5 + 1 + j).toDouble(&ok);
                good = good && ok && v[j] >= 0.0 && v[j] <= 1.0;
            }
            // Columns: left, right, top, bottom.
            good = good && v[1] > v[0] && v[3] > v[2] && !t.images[size_t(k)].isEmpty();
            if (good)
                t.boxes[size_t(k)] = cv::Rect2f(float(v[0]), float(v[2]), float(v[1] - v[0]),
                                                float(v[3] - v[2]));
        }
        if (!good) {
            skip(tr("an image entry or face box is invalid"));
            continue;
        }
        t.type = f.at(15);
        int counts[3] = {0, 0, 0};
        for (int i = 17; i < f.size(); i += 2) {
            bool ok = false;
            const int a = f.at(i).toInt(&ok);
            if (ok && a >= 1 && a <= 3) {
                ++counts[a - 1];
                ++t.annotations;
            }
        }
        int best = 0;
        for (int k = 1; k < 3; ++k)
            if (counts[k] > counts[best])
                best = k;
        int ties = 0;
        for (int k = 0; k < 3; ++k)
            ties += counts[k] == counts[best] ? 1 : 0;
        if (t.annotations == 0 || ties > 1) {
            skip(tr("no majority annotation"));
            continue;
        }
        t.oddOneOut = best;
        t.votes = counts[best];
        set.triplets.push_back(t);
    }
    if (set.triplets.empty())
        return Error{tr("The triplet file %1 holds no usable FEC triplet.")
                         .arg(QDir::toNativeSeparators(path)),
                     set.skipped.mid(0, 5).join(QLatin1String("; "))};
    return set;
}

QString resolveFecImage(const QString &entry, const QString &imageDir)
{
    const QFileInfo direct(entry);
    if (direct.isAbsolute() && direct.isFile())
        return direct.absoluteFilePath();
    if (!imageDir.isEmpty()) {
        const QFileInfo relative(QDir(imageDir).filePath(entry));
        if (!entry.contains(QLatin1String("://")) && relative.isFile())
            return relative.absoluteFilePath();
        const QString name = QFileInfo(QUrl(entry).path()).fileName();
        if (!name.isEmpty()) {
            const QFileInfo byName(QDir(imageDir).filePath(name));
            if (byName.isFile())
                return byName.absoluteFilePath();
        }
    }
    return {};
}

} // namespace fm
