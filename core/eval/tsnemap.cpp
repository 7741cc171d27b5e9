#include "tsnemap.h"

#include "csvtext.h"
#include "embeddingtable.h"
#include "evalwriters.h"
#include "tsne.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::TsneMap", text);
}

} // namespace

Result<TsneMap> TsneMap::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The t-SNE file \"%1\" could not be opened.").arg(path), file.errorString()};
    TsneMap map;
    bool header = false;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const std::optional<QStringList> fields = csv::splitLine(line);
        if (!fields)
            return Error{
                tr("Line %1 of \"%2\" has an unterminated quoted field.").arg(lineNo).arg(path)};
        if (!header) {
            if (*fields
                != QStringList{QStringLiteral("clip"), QStringLiteral("subject"),
                               QStringLiteral("motion"), QStringLiteral("x"), QStringLiteral("y")})
                return Error{tr("Line %1 of \"%2\" is not the header \"clip,subject,motion,x,y\".")
                                 .arg(lineNo)
                                 .arg(path)};
            header = true;
            continue;
        }
        if (fields->size() != 5)
            return Error{tr("Line %1 of \"%2\" has %3 fields instead of 5.")
                             .arg(lineNo)
                             .arg(path)
                             .arg(fields->size())};
        bool okX = false, okY = false;
        const float x = fields->at(3).toFloat(&okX);
        const float y = fields->at(4).toFloat(&okY);
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
            return Error{tr("Line %1 of \"%2\" has a coordinate that is not a finite number.")
                             .arg(lineNo)
                             .arg(path)};
        map.clips.append(fields->at(0));
        map.subjects.append(fields->at(1));
        map.motions.append(fields->at(2));
        map.xy.push_back(x);
        map.xy.push_back(y);
    }
    if (!header)
        return Error{tr("The t-SNE file \"%1\" is empty.").arg(path)};
    return map;
}

Result<TsneMap> computeRunTsne(const QString &runDir, const std::function<bool(int, int)> &progress,
                               const std::atomic<bool> *cancel)
{
    const QDir run(runDir);
    Result<EmbeddingTable> table = EmbeddingTable::readCsv(
        run.filePath(QStringLiteral("embeddings.csv")));
    if (!table)
        return table.error();
    if (table->size() < 5)
        return Error{tr("A t-SNE map needs at least 5 clips; the run has %1.").arg(table->size())};
    TsneOptions options;
    options.seed = 1;
    options.perplexity = std::min(30.0, (table->size() - 1) / 3.0);
    bool stopped = false;
    options.progress = [&](int iteration, int iterations) {
        if ((cancel && cancel->load()) || (progress && !progress(iteration, iterations))) {
            stopped = true;
            return false;
        }
        return true;
    };
    Result<TsneResult> tsne = runTsne(table->denseValues(), table->size(), table->dim(), options);
    if (stopped || (cancel && cancel->load()))
        return Error{tr("The t-SNE map was cancelled; nothing was written.")};
    if (!tsne)
        return tsne.error();
    const QByteArray text = evalfiles::tsneCsv(table.value(), tsne.value());
    Result<QStringList> written = writeFileSet(runDir, {{QStringLiteral("tsne.csv"), text}});
    if (!written)
        return written.error();
    TsneMap map;
    map.clips = table->clips();
    map.subjects = table->subjects();
    map.motions = table->motions();
    map.xy = tsne->xy;
    return map;
}

} // namespace fm
