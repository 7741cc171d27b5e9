#include "embeddingtable.h"

#include "csvtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::EmbeddingTable", text);
}

} // namespace

Result<EmbeddingTable> EmbeddingTable::create(int dim, std::vector<float> values, QStringList clips,
                                              QStringList subjects, QStringList motions)
{
    const qsizetype n = clips.size();
    if (n == 0)
        return Error{tr("There are no clips to evaluate.")};
    if (dim <= 0)
        return Error{tr("The embeddings have no dimensions.")};
    if (subjects.size() != n || motions.size() != n || values.size() != size_t(n) * size_t(dim)) {
        return Error{tr("The embedding table is inconsistent: %1 clips, %2 subject labels, %3 "
                        "motion labels and %4 values for %5 dimensions.")
                         .arg(n)
                         .arg(subjects.size())
                         .arg(motions.size())
                         .arg(values.size())
                         .arg(dim)};
    }

    EmbeddingTable table;
    table.m_dim = dim;
    table.m_stride = (dim + 7) / 8 * 8;
    table.m_values.assign(size_t(n) * size_t(table.m_stride), 0.0f);
    QSet<QString> seenClips;
    for (qsizetype i = 0; i < n; ++i) {
        if (subjects[i].isEmpty() || motions[i].isEmpty())
            return Error{
                tr("Clip %1 (\"%2\") has no subject or no motion label.").arg(i + 1).arg(clips[i])};
        if (!clips[i].isEmpty()) {
            if (seenClips.contains(clips[i]))
                return Error{tr("The clip \"%1\" appears twice; every clip must be listed once.")
                                 .arg(clips[i])};
            seenClips.insert(clips[i]);
        }
        double norm2 = 0;
        const float *in = values.data() + size_t(i) * size_t(dim);
        for (int k = 0; k < dim; ++k) {
            if (!std::isfinite(in[k]))
                return Error{tr("The embedding of clip %1 (\"%2\") contains a value that is not "
                                "a finite number (NaN or infinity).")
                                 .arg(i + 1)
                                 .arg(clips[i])};
            norm2 += double(in[k]) * double(in[k]);
        }
        if (!(norm2 > 0))
            return Error{tr("The embedding of clip %1 (\"%2\") is all zeros; it has no direction "
                            "to compare.")
                             .arg(i + 1)
                             .arg(clips[i])};
        const double inv = 1.0 / std::sqrt(norm2);
        float *out = table.m_values.data() + size_t(i) * size_t(table.m_stride);
        for (int k = 0; k < dim; ++k)
            out[k] = float(double(in[k]) * inv);
    }

    QHash<QString, int> subjectIds, classIds;
    QSet<QString> motionNames;
    table.m_subjectId.resize(size_t(n));
    table.m_classId.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        auto s = subjectIds.constFind(subjects[i]);
        if (s == subjectIds.constEnd()) {
            s = subjectIds.insert(subjects[i], int(table.m_subjectNames.size()));
            table.m_subjectNames.append(subjects[i]);
        }
        table.m_subjectId[size_t(i)] = s.value();
        // A unit separator cannot appear in a label read from a CSV line.
        const QString key = subjects[i] + QChar(0x1f) + motions[i];
        auto c = classIds.constFind(key);
        if (c == classIds.constEnd())
            c = classIds.insert(key, int(classIds.size()));
        table.m_classId[size_t(i)] = c.value();
        motionNames.insert(motions[i]);
    }
    table.m_classCount = int(classIds.size());
    table.m_motionCount = int(motionNames.size());
    table.m_clips = std::move(clips);
    table.m_subjects = std::move(subjects);
    table.m_motions = std::move(motions);
    return table;
}

std::vector<float> EmbeddingTable::denseValues() const
{
    std::vector<float> dense(size_t(size()) * size_t(m_dim));
    for (int i = 0; i < size(); ++i)
        std::copy(row(i), row(i) + m_dim, dense.begin() + ptrdiff_t(i) * m_dim);
    return dense;
}

Result<EmbeddingTable> EmbeddingTable::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The embeddings file \"%1\" could not be opened.").arg(path),
                     file.errorString()};
    QStringList header;
    int headerLine = 0;
    int lineNo = 0;
    int dim = 0;
    std::vector<float> values;
    QStringList clips, subjects, motions;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const std::optional<QStringList> fields = csv::splitLine(line);
        if (!fields)
            return Error{
                tr("Line %1 of \"%2\" has an unterminated quoted field.").arg(lineNo).arg(path)};
        if (header.isEmpty()) {
            header = *fields;
            headerLine = lineNo;
            dim = int(header.size()) - 3;
            bool good = dim > 0 && header[0] == QLatin1String("clip")
                        && header[1] == QLatin1String("subject")
                        && header[2] == QLatin1String("motion");
            for (int k = 0; good && k < dim; ++k)
                good = header[k + 3] == QStringLiteral("e%1").arg(k);
            if (!good)
                return Error{tr("Line %1 of \"%2\" is not a valid header: expected "
                                "\"clip,subject,motion,e0,e1,...\".")
                                 .arg(lineNo)
                                 .arg(path)};
            continue;
        }
        if (fields->size() != header.size())
            return Error{tr("Line %1 of \"%2\" has %3 fields, but the header (line %4) has %5.")
                             .arg(lineNo)
                             .arg(path)
                             .arg(fields->size())
                             .arg(headerLine)
                             .arg(header.size())};
        clips.append(fields->at(0));
        subjects.append(fields->at(1));
        motions.append(fields->at(2));
        for (int k = 0; k < dim; ++k) {
            bool ok = false;
            const float v = fields->at(k + 3).trimmed().toFloat(&ok);
            if (!ok || !std::isfinite(v))
                return Error{tr("Line %1 of \"%2\", column e%3: \"%4\" is not a finite number.")
                                 .arg(lineNo)
                                 .arg(path)
                                 .arg(k)
                                 .arg(fields->at(k + 3))};
            values.push_back(v);
        }
    }
    if (header.isEmpty())
        return Error{tr("The embeddings file \"%1\" is empty.").arg(path)};
    if (clips.isEmpty())
        return Error{tr("The embeddings file \"%1\" has a header but no clips.").arg(path)};
    return create(dim, std::move(values), std::move(clips), std::move(subjects), std::move(motions));
}

} // namespace fm
