#include "runresults.h"

#include "csvtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::RunResults", text);
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("The run file \"%1\" is missing.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The run file \"%1\" could not be read.").arg(path), file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("The run file \"%1\" is not valid JSON.").arg(path),
                     parseError.errorString()};
    return doc.object();
}

/** A CSV file read as a header and rows; comment lines skipped, every row checked. */
struct CsvTable
{
    QHash<QString, int> columns;
    std::vector<QStringList> rows;
};

Result<CsvTable> readCsv(const QString &path, const QStringList &required)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("The run file \"%1\" is missing.").arg(path)};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("The run file \"%1\" could not be read.").arg(path), file.errorString()};
    QTextStream in(&file);
    CsvTable table;
    bool header = false;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const std::optional<QStringList> fields = csv::splitLine(line);
        if (!fields)
            return Error{tr("The run file \"%1\" is corrupt at line %2.").arg(path).arg(lineNo)};
        if (!header) {
            for (int i = 0; i < fields->size(); ++i)
                table.columns.insert(fields->at(i), i);
            for (const QString &name : required) {
                if (!table.columns.contains(name))
                    return Error{tr("The run file \"%1\" has no column \"%2\".").arg(path, name)};
            }
            header = true;
            continue;
        }
        if (fields->size() != table.columns.size())
            return Error{tr("The run file \"%1\" is corrupt at line %2: %3 fields instead of %4.")
                             .arg(path)
                             .arg(lineNo)
                             .arg(fields->size())
                             .arg(table.columns.size())};
        table.rows.push_back(*fields);
    }
    if (!header)
        return Error{tr("The run file \"%1\" is empty.").arg(path)};
    return table;
}

Result<double> number(const CsvTable &t, const QStringList &row, const QString &column,
                      const QString &path, int rowIndex)
{
    bool ok = false;
    const double v = row.at(t.columns.value(column)).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error{tr("The run file \"%1\" has a bad number in column \"%2\" of data row %3.")
                         .arg(path, column)
                         .arg(rowIndex + 1)};
    return v;
}

double metric(const QJsonObject &m, const char *key)
{
    const QJsonValue v = m.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : -1.0;
}

/** Precision at each recall (or TPR at each FPR) of a grid, from corner points. */
std::vector<double> onGrid(const std::vector<RunCurvePoint> &curve, int points, bool roc)
{
    std::vector<double> out(size_t(points), 0.0);
    for (int g = 0; g < points; ++g) {
        const double x = double(g) / double(points - 1);
        double best = 0;
        if (roc) {
            // Step-wise ROC: highest TPR reached at FPR <= x.
            for (const RunCurvePoint &p : curve) {
                if (p.x <= x + 1e-12)
                    best = std::max(best, p.y);
            }
        } else {
            // Interpolated precision: the best precision at recall >= x.
            for (const RunCurvePoint &p : curve) {
                if (p.x >= x - 1e-12)
                    best = std::max(best, p.y);
            }
        }
        out[size_t(g)] = best;
    }
    return out;
}

} // namespace

double PartitionResults::averagePrecision() const
{
    return metric(metrics, "average_precision");
}

double PartitionResults::peakF1() const
{
    return metric(metrics, "peak_f1");
}

double PartitionResults::peakF1Threshold() const
{
    return metric(metrics, "peak_f1_threshold");
}

double PartitionResults::eer() const
{
    return metric(metrics, "eer");
}

double PartitionResults::eerThreshold() const
{
    return metric(metrics, "eer_threshold");
}

Result<bool> PartitionResults::loadPairs()
{
    const QString path = QDir(dir).filePath(QStringLiteral("pairs.csv"));
    Result<std::vector<RunPair>> rows = readPairsCsv(path);
    if (!rows)
        return rows.error();
    m_pos.clear();
    m_neg.clear();
    double negWeight = 1.0;
    for (RunPair &p : rows.value()) {
        if (p.positive) {
            m_pos.push_back(std::move(p));
        } else {
            negWeight = p.weight;
            m_neg.push_back(std::move(p));
        }
    }
    auto byScoreDesc = [](const RunPair &x, const RunPair &y) { return x.score > y.score; };
    std::stable_sort(m_pos.begin(), m_pos.end(), byScoreDesc);
    std::stable_sort(m_neg.begin(), m_neg.end(), byScoreDesc);
    m_posAsc.resize(m_pos.size());
    m_negAsc.resize(m_neg.size());
    for (size_t i = 0; i < m_pos.size(); ++i)
        m_posAsc[m_pos.size() - 1 - i] = m_pos[i].score;
    for (size_t i = 0; i < m_neg.size(); ++i)
        m_negAsc[m_neg.size() - 1 - i] = m_neg[i].score;
    negativeSampleRate = negWeight > 0 ? 1.0 / negWeight : 1.0;
    if (positives <= 0)
        positives = std::int64_t(m_pos.size());
    if (negatives <= 0)
        negatives = std::int64_t(std::llround(double(m_neg.size()) * negWeight));
    pairsLoaded = true;
    return true;
}

namespace {

/** How many of the ascending scores are >= threshold. */
std::int64_t acceptedOf(const std::vector<float> &asc, double threshold)
{
    const auto it = std::lower_bound(asc.begin(), asc.end(), threshold,
                                     [](float s, double t) { return double(s) < t; });
    return std::int64_t(asc.end() - it);
}

} // namespace

ThresholdCounts PartitionResults::countsAt(double threshold) const
{
    ThresholdCounts out;
    ConfusionCounts &c = out.counts;
    c.threshold = threshold;
    c.tp = acceptedOf(m_posAsc, threshold);
    c.fn = std::int64_t(m_posAsc.size()) - c.tp;
    const std::int64_t fpListed = acceptedOf(m_negAsc, threshold);
    const std::int64_t tnListed = std::int64_t(m_negAsc.size()) - fpListed;
    if (pairsComplete()) {
        c.fp = fpListed;
        c.tn = tnListed;
    } else {
        out.exact = false;
        const double w = 1.0 / negativeSampleRate;
        c.fp = std::llround(double(fpListed) * w);
        c.tn = std::max<std::int64_t>(0, negatives - c.fp);
    }
    return out;
}

int PartitionResults::falsePositiveRows(double threshold) const
{
    return int(acceptedOf(m_negAsc, threshold));
}

int PartitionResults::falseNegativeRows(double threshold) const
{
    return int(m_posAsc.size()) - int(acceptedOf(m_posAsc, threshold));
}

double PartitionResults::minScore() const
{
    double lo = 1.0;
    if (!m_posAsc.empty())
        lo = std::min(lo, double(m_posAsc.front()));
    if (!m_negAsc.empty())
        lo = std::min(lo, double(m_negAsc.front()));
    return lo;
}

double PartitionResults::maxScore() const
{
    double hi = -1.0;
    if (!m_posAsc.empty())
        hi = std::max(hi, double(m_posAsc.back()));
    if (!m_negAsc.empty())
        hi = std::max(hi, double(m_negAsc.back()));
    return hi;
}

Result<std::vector<RunCurvePoint>> readCurveCsv(const QString &path, bool roc)
{
    const QString xName = roc ? QStringLiteral("fpr") : QStringLiteral("recall");
    const QString yName = roc ? QStringLiteral("tpr") : QStringLiteral("precision");
    const Result<CsvTable> table = readCsv(path, {QStringLiteral("threshold"), xName, yName});
    if (!table)
        return table.error();
    std::vector<RunCurvePoint> points;
    points.reserve(table->rows.size());
    for (size_t i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows[i];
        const Result<double> t = number(*table, row, QStringLiteral("threshold"), path, int(i));
        const Result<double> x = number(*table, row, xName, path, int(i));
        const Result<double> y = number(*table, row, yName, path, int(i));
        if (!t || !x || !y)
            return !t ? t.error() : (!x ? x.error() : y.error());
        points.push_back({*t, *x, *y});
    }
    if (points.empty())
        return Error{tr("The run file \"%1\" holds no curve points.").arg(path)};
    return points;
}

Result<std::vector<RunPair>> readPairsCsv(const QString &path)
{
    // pairs.csv has up to hundreds of thousands of rows: parsed from bytes, fields split in
    // place (the quoted-field parser only for lines holding a quote), label strings shared.
    QFile file(path);
    if (!file.exists())
        return Error{tr("The run file \"%1\" is missing.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The run file \"%1\" could not be read.").arg(path), file.errorString()};
    const QByteArray bytes = file.readAll();
    const QStringList cols{QStringLiteral("clip_a"),    QStringLiteral("clip_b"),
                           QStringLiteral("subject_a"), QStringLiteral("subject_b"),
                           QStringLiteral("motion_a"),  QStringLiteral("motion_b"),
                           QStringLiteral("label"),     QStringLiteral("score")};
    std::vector<int> idx;
    int weightCol = -1;
    int columns = 0;
    QHash<QByteArray, QString> shared;
    auto text = [&shared](const QByteArray &field) {
        auto it = shared.constFind(field);
        if (it == shared.constEnd())
            it = shared.insert(field, QString::fromUtf8(field));
        return it.value();
    };
    std::vector<RunPair> pairs;
    pairs.reserve(size_t(bytes.count('\n')));
    QList<QByteArray> fields;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        fields.clear();
        if (line.contains('"')) {
            const std::optional<QStringList> split = csv::splitLine(QString::fromUtf8(line));
            if (!split)
                return Error{tr("The run file \"%1\" is corrupt at line %2.").arg(path).arg(lineNo)};
            for (const QString &f : *split)
                fields.append(f.toUtf8());
        } else {
            fields = line.split(',');
        }
        if (idx.empty()) {
            QHash<QString, int> header;
            for (int i = 0; i < fields.size(); ++i)
                header.insert(QString::fromUtf8(fields[i]), i);
            for (const QString &name : cols) {
                if (!header.contains(name))
                    return Error{tr("The run file \"%1\" has no column \"%2\".").arg(path, name)};
                idx.push_back(header.value(name));
            }
            weightCol = header.value(QStringLiteral("weight"), -1);
            columns = int(fields.size());
            continue;
        }
        const int row = int(pairs.size()) + 1;
        if (fields.size() != columns)
            return Error{tr("The run file \"%1\" is corrupt at line %2: %3 fields instead of %4.")
                             .arg(path)
                             .arg(lineNo)
                             .arg(fields.size())
                             .arg(columns)};
        RunPair p;
        p.clipA = text(fields[idx[0]]);
        p.clipB = text(fields[idx[1]]);
        p.subjectA = text(fields[idx[2]]);
        p.subjectB = text(fields[idx[3]]);
        p.motionA = text(fields[idx[4]]);
        p.motionB = text(fields[idx[5]]);
        const QByteArray &label = fields[idx[6]];
        if (label != "0" && label != "1")
            return Error{
                tr("The run file \"%1\" has a bad label in data row %2.").arg(path).arg(row)};
        p.positive = label == "1";
        bool ok = false;
        p.score = fields[idx[7]].toFloat(&ok);
        if (!ok || !std::isfinite(p.score))
            return Error{
                tr("The run file \"%1\" has a bad score in data row %2.").arg(path).arg(row)};
        if (weightCol >= 0) {
            p.weight = fields[weightCol].toDouble(&ok);
            if (!ok || !(p.weight >= 1.0))
                return Error{
                    tr("The run file \"%1\" has a bad weight in data row %2.").arg(path).arg(row)};
        }
        pairs.push_back(std::move(p));
    }
    if (idx.empty())
        return Error{tr("The run file \"%1\" is empty.").arg(path)};
    return pairs;
}

namespace {

Result<PartitionResults> loadPartition(const QString &dir, const QString &name, bool withPairs)
{
    PartitionResults p;
    p.dir = dir;
    p.name = name;
    const Result<QJsonObject> metrics = readJson(
        QDir(dir).filePath(QStringLiteral("metrics.json")));
    if (!metrics)
        return metrics.error();
    p.metrics = metrics.value();
    if (!p.metrics.value(QStringLiteral("average_precision")).isDouble())
        return Error{tr("The run file \"%1\" has no average precision.")
                         .arg(QDir(dir).filePath(QStringLiteral("metrics.json")))};
    p.positives = std::int64_t(p.metrics.value(QStringLiteral("positive_pairs")).toDouble());
    p.negatives = std::int64_t(p.metrics.value(QStringLiteral("negative_pairs")).toDouble());
    p.negativeSampleRate = p.metrics.value(QStringLiteral("pairs_csv"))
                               .toObject()
                               .value(QStringLiteral("negative_sample_rate"))
                               .toDouble(1.0);
    Result<std::vector<RunCurvePoint>> pr = readCurveCsv(QDir(dir).filePath(
                                                             QStringLiteral("pr.csv")),
                                                         false);
    if (!pr)
        return pr.error();
    p.pr = std::move(pr.value());
    Result<std::vector<RunCurvePoint>> roc = readCurveCsv(QDir(dir).filePath(
                                                              QStringLiteral("roc.csv")),
                                                          true);
    if (!roc)
        return roc.error();
    p.roc = std::move(roc.value());
    if (withPairs) {
        const Result<bool> loaded = p.loadPairs();
        if (!loaded)
            return loaded.error();
    }
    return p;
}

QStringList foldDirs(const QString &dir)
{
    QStringList folds = QDir(dir).entryList({QStringLiteral("fold-*")},
                                            QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList out;
    for (const QString &f : folds) {
        if (QFileInfo::exists(QDir(dir).filePath(f + QStringLiteral("/metrics.json"))))
            out.append(f);
    }
    return out;
}

} // namespace

Result<RunResults> RunResults::load(const QString &dir, bool withPairs)
{
    RunResults r;
    r.dir = QDir(dir).absolutePath();
    r.name = QFileInfo(r.dir).fileName();
    if (!QFileInfo(r.dir).isDir())
        return Error{tr("The run folder \"%1\" does not exist.").arg(r.dir)};
    const Result<QJsonObject> metrics = readJson(
        QDir(r.dir).filePath(QStringLiteral("metrics.json")));
    if (!metrics)
        return metrics.error();
    r.metrics = metrics.value();
    const QString configPath = QDir(r.dir).filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(configPath)) {
        const Result<QJsonObject> config = readJson(configPath);
        if (!config)
            return config.error();
        r.config = config.value();
    } else {
        r.config = r.metrics.value(QStringLiteral("config")).toObject();
    }
    const QString manifestPath = QDir(r.dir).filePath(QStringLiteral("manifest.json"));
    if (QFileInfo::exists(manifestPath)) {
        const Result<QJsonObject> manifest = readJson(manifestPath);
        if (!manifest)
            return manifest.error();
        r.manifest = manifest.value();
    }
    const QStringList folds = foldDirs(r.dir);
    r.crossValidation = !folds.isEmpty() || r.metrics.contains(QStringLiteral("summary"));
    if (r.crossValidation) {
        if (folds.isEmpty())
            return Error{tr("The cross-validation run \"%1\" has no fold-NN folders with "
                            "results.")
                             .arg(r.dir)};
        for (const QString &f : folds) {
            Result<PartitionResults> p = loadPartition(QDir(r.dir).filePath(f), f, withPairs);
            if (!p)
                return p.error();
            r.partitions.push_back(std::move(p.value()));
        }
    } else {
        Result<PartitionResults> p = loadPartition(r.dir,
                                                   r.metrics.value(QStringLiteral("partition"))
                                                       .toString(QStringLiteral("split")),
                                                   withPairs);
        if (!p)
            return p.error();
        r.partitions.push_back(std::move(p.value()));
    }
    return r;
}

RunSummary RunResults::summary(const QString &dir)
{
    RunSummary s;
    s.dir = QDir(dir).absolutePath();
    s.name = QFileInfo(s.dir).fileName();
    const QFileInfo parent(QFileInfo(s.dir).path());
    if (s.name.startsWith(QLatin1String("reeval-")))
        s.name = parent.fileName() + QLatin1Char('/') + s.name;
    const QString configPath = QDir(s.dir).filePath(QStringLiteral("config.json"));
    s.date = QFileInfo(configPath).lastModified();
    const Result<QJsonObject> metrics = readJson(
        QDir(s.dir).filePath(QStringLiteral("metrics.json")));
    if (metrics) {
        s.date = QFileInfo(QDir(s.dir).filePath(QStringLiteral("metrics.json"))).lastModified();
        const QJsonObject m = metrics.value();
        const QJsonObject summary = m.value(QStringLiteral("summary")).toObject();
        auto pick = [&](const char *key) {
            if (!summary.isEmpty())
                return metric(summary.value(QLatin1String(key)).toObject(), "mean");
            return metric(m, key);
        };
        s.ap = pick("average_precision");
        s.peakF1 = pick("peak_f1");
        s.eer = pick("eer");
        if (!summary.isEmpty())
            s.apStd = metric(summary.value(QStringLiteral("average_precision")).toObject(), "std");
        s.hasResults = s.ap >= 0;
        if (summary.isEmpty()) {
            s.clips = m.value(QStringLiteral("clips")).toInt(-1);
            s.positives = m.value(QStringLiteral("positive_pairs")).toDouble(-1);
            s.negatives = m.value(QStringLiteral("negative_pairs")).toDouble(-1);
        }
        if (m.contains(QStringLiteral("reevaluation")))
            s.droppedClips = int(m.value(QStringLiteral("reevaluation"))
                                     .toObject()
                                     .value(QStringLiteral("dropped_clips"))
                                     .toArray()
                                     .size());
        s.config = m.value(QStringLiteral("config")).toObject();
    }
    if (const Result<QJsonObject> config = readJson(configPath))
        s.config = config.value();
    s.sfe = s.config.value(QStringLiteral("sfe")).toString();
    s.loss = s.config.value(QStringLiteral("loss")).toString();
    s.protocol = s.config.value(QStringLiteral("protocol")).toString();
    // The log's last line tells a stopped run from one that is running or crashed.
    QString last;
    QFile log(QDir(s.dir).filePath(QStringLiteral("log.txt")));
    if (log.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        if (!lines.isEmpty())
            last = QString::fromUtf8(lines.last());
    }
    if (s.hasResults)
        s.state = tr("done");
    else if (last.endsWith(QLatin1String(" stopped")))
        s.state = tr("stopped");
    else if (!last.isEmpty())
        s.state = tr("running or failed");
    else
        s.state = tr("no results");
    return s;
}

QStringList RunResults::findRuns(const QString &runsDir)
{
    QStringList runs;
    const QDir root(runsDir);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = root.filePath(name);
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json")))
            && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("metrics.json"))))
            continue;
        runs.append(dir);
        for (const QString &sub :
             QDir(dir).entryList({QStringLiteral("reeval-*")}, QDir::Dirs | QDir::NoDotAndDotDot,
                                 QDir::Name)) {
            if (QFileInfo::exists(QDir(dir).filePath(sub + QStringLiteral("/metrics.json"))))
                runs.append(QDir(dir).filePath(sub));
        }
    }
    return runs;
}

QStringList RunResults::validationClips(const QString &partition) const
{
    QStringList ids;
    const bool byFold = partition.startsWith(QLatin1String("fold-"));
    for (const QJsonValue &v : manifest.value(QStringLiteral("clips")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString role = c.value(byFold ? QStringLiteral("fold") : QStringLiteral("set"))
                                 .toString();
        if (role == (byFold ? partition : QStringLiteral("validation")))
            ids.append(c.value(QStringLiteral("id")).toString());
    }
    return ids;
}

namespace {

/** The mean over partitions of their curves sampled on one grid of `points`. */
std::vector<RunCurvePoint> meanCurve(const std::vector<PartitionResults> &partitions, int points,
                                     bool roc)
{
    std::vector<double> sum(size_t(points), 0.0);
    for (const PartitionResults &p : partitions) {
        const std::vector<double> g = onGrid(roc ? p.roc : p.pr, points, roc);
        for (int i = 0; i < points; ++i)
            sum[size_t(i)] += g[size_t(i)];
    }
    std::vector<RunCurvePoint> out;
    const double n = std::max<double>(1, double(partitions.size()));
    for (int i = 0; i < points; ++i)
        out.push_back({0, double(i) / double(points - 1), sum[size_t(i)] / n});
    return out;
}

} // namespace

std::vector<RunCurvePoint> RunResults::meanPrCurve(int points) const
{
    return meanCurve(partitions, points, false);
}

std::vector<RunCurvePoint> RunResults::meanRocCurve(int points) const
{
    return meanCurve(partitions, points, true);
}

} // namespace fm
