#include "evalwriters.h"

#include "common/privatedir.h"
#include "csvtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::EvalWriters", text);
}

QString modeName(NegativePairs mode)
{
    return mode == NegativePairs::SameSubject ? QStringLiteral("same-subject")
                                              : QStringLiteral("all-non-positive");
}

QString line(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString num(double v)
{
    return csv::number(v);
}

QString labelsOf(const EmbeddingTable &t, int a, int b)
{
    return line({csv::field(t.clips()[a]), csv::field(t.clips()[b]), csv::field(t.subjects()[a]),
                 csv::field(t.subjects()[b]), csv::field(t.motions()[a]),
                 csv::field(t.motions()[b])})
        .chopped(1);
}

QJsonObject confusionJson(const ConfusionCounts &c)
{
    return QJsonObject{{QStringLiteral("threshold"), c.threshold},
                       {QStringLiteral("tp"), double(c.tp)},
                       {QStringLiteral("fp"), double(c.fp)},
                       {QStringLiteral("tn"), double(c.tn)},
                       {QStringLiteral("fn"), double(c.fn)},
                       {QStringLiteral("precision"), c.precision()},
                       {QStringLiteral("recall"), c.recall()},
                       {QStringLiteral("f1"), c.f1()},
                       {QStringLiteral("far"), c.far()},
                       {QStringLiteral("frr"), c.frr()}};
}

} // namespace

namespace evalfiles {

QByteArray metricsJson(const EmbeddingTable &table, const PairEvaluation &eval,
                       const QJsonObject &extra)
{
    const VerificationMetrics &m = eval.metrics;
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("facemotion-evaluation/1")},
        {QStringLiteral("score"),
         QStringLiteral("cosine similarity; distance = 1 - score; accepted when score >= "
                        "threshold")},
        {QStringLiteral("negative_pair_rule"), modeName(eval.negatives)},
        {QStringLiteral("clips"), table.size()},
        {QStringLiteral("dimensions"), table.dim()},
        {QStringLiteral("subjects"), table.subjectCount()},
        {QStringLiteral("motions"), table.motionCount()},
        {QStringLiteral("subject_motion_classes"), table.classCount()},
        {QStringLiteral("positive_pairs"), double(m.positives)},
        {QStringLiteral("negative_pairs"), double(m.negatives)},
        {QStringLiteral("average_precision"), m.averagePrecision},
        {QStringLiteral("peak_f1"), m.peakF1},
        {QStringLiteral("peak_f1_threshold"), m.atPeakF1.threshold},
        {QStringLiteral("at_peak_f1"), confusionJson(m.atPeakF1)},
        {QStringLiteral("roc_auc"), m.rocAuc},
        {QStringLiteral("eer"), m.eer},
        {QStringLiteral("eer_threshold"), m.eerThreshold},
        {QStringLiteral("operating_point"), confusionJson(eval.operating)},
        {QStringLiteral("operating_threshold_source"),
         eval.thresholdGiven ? QStringLiteral("given") : QStringLiteral("peak-f1")},
        {QStringLiteral("failed_pairs"),
         QJsonObject{{QStringLiteral("false_positives"), double(eval.operating.fp)},
                     {QStringLiteral("false_negatives"), double(eval.operating.fn)},
                     {QStringLiteral("false_positives_listed"), int(eval.falsePositives.size())},
                     {QStringLiteral("false_negatives_listed"), int(eval.falseNegatives.size())}}},
        {QStringLiteral("pairs_csv"),
         QJsonObject{{QStringLiteral("rows"), int(eval.pairs.size())},
                     {QStringLiteral("negative_sample_rate"), eval.negativeSampleRate}}},
        {QStringLiteral("pr_points"), int(m.pr.size())},
        {QStringLiteral("roc_points"), int(m.roc.size())},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QByteArray prCsv(const PairEvaluation &eval)
{
    const VerificationMetrics &m = eval.metrics;
    QString text = QStringLiteral(
        "# Precision-recall curve of the pair scores (cosine similarity), one row per corner\n"
        "# point in decreasing threshold: every threshold where positives enter and the last\n"
        "# threshold of each run of negatives. The points left out lie on the straight\n"
        "# segments between these, so plots, AP and F1 are exact. scikit-learn's extra end\n"
        "# point (recall 0, precision 1) has no threshold and is not listed.\n"
        "# threshold: accept pairs with score >= threshold\n"
        "# precision: tp / (tp + fp); recall: tp / positives; f1: 2 tp / (tp + fp + positives)\n"
        "# tp, fp: positive and negative pairs accepted\n");
    text += QStringLiteral("# positives=%1 negatives=%2 average_precision=%3\n")
                .arg(m.positives)
                .arg(m.negatives)
                .arg(num(m.averagePrecision));
    text += QStringLiteral("threshold,precision,recall,f1,tp,fp\n");
    const double P = double(m.positives);
    for (const CurvePoint &p : m.pr) {
        const double precision = double(p.tp) / double(p.tp + p.fp);
        text += line({num(p.threshold), num(precision), num(double(p.tp) / P),
                      num(2.0 * double(p.tp) / (double(p.tp + p.fp) + P)), QString::number(p.tp),
                      QString::number(p.fp)});
    }
    return text.toUtf8();
}

QByteArray rocCsv(const PairEvaluation &eval)
{
    const VerificationMetrics &m = eval.metrics;
    QString text = QStringLiteral(
        "# ROC curve of the pair scores, corner points in decreasing threshold, from (0,0)\n"
        "# (threshold = highest score + 1, as scikit-learn) to (1,1).\n"
        "# threshold: accept pairs with score >= threshold\n"
        "# fpr = FAR = fp / negatives; tpr = 1 - FRR = tp / positives; fp, tp: pairs accepted\n");
    text += QStringLiteral("# roc_auc=%1 eer=%2 eer_threshold=%3\n")
                .arg(num(m.rocAuc), num(m.eer), num(m.eerThreshold));
    text += QStringLiteral("threshold,fpr,tpr,fp,tp\n");
    for (const CurvePoint &p : m.roc) {
        text += line({num(p.threshold), num(double(p.fp) / double(m.negatives)),
                      num(double(p.tp) / double(m.positives)), QString::number(p.fp),
                      QString::number(p.tp)});
    }
    return text.toUtf8();
}

QByteArray pairsCsv(const EmbeddingTable &table, const PairEvaluation &eval)
{
    QString text
        = QStringLiteral(
              "# Scored pairs. Positive = same subject and same motion; negative = %1.\n"
              "# clip_a, clip_b: the two clips; subject_*, motion_*: their labels\n"
              "# label: 1 positive, 0 negative; score: cosine similarity; distance: 1 - score\n"
              "# weight: how many pairs of the full set the row stands for (1 / sample rate)\n")
              .arg(eval.negatives == NegativePairs::SameSubject
                       ? QStringLiteral("same subject, different motion")
                       : QStringLiteral("any pair that is not positive"));
    const double rate = eval.negativeSampleRate;
    text += rate < 1.0 ? QStringLiteral("# SUBSAMPLED: every positive pair is listed; negatives "
                                        "were sampled at rate %1 (seeded hash of the pair).\n")
                             .arg(num(rate))
                       : QStringLiteral("# Complete: every positive and negative pair.\n");
    text += QStringLiteral(
        "clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,weight\n");
    const QString negWeight = num(rate < 1.0 ? 1.0 / rate : 1.0);
    for (const ScoredPair &p : eval.pairs) {
        text += labelsOf(table, p.a, p.b) + QLatin1Char(',');
        text += line({p.positive ? QStringLiteral("1") : QStringLiteral("0"), csv::number(p.score),
                      num(1.0 - double(p.score)), p.positive ? QStringLiteral("1") : negWeight});
    }
    return text.toUtf8();
}

QByteArray failedCsv(const EmbeddingTable &table, const PairEvaluation &eval)
{
    QString text
        = QStringLiteral(
              "# Failed pairs at the operating threshold (%1), worst first within each kind.\n"
              "# kind: false_positive (negative pair accepted: score >= threshold) or\n"
              "#       false_negative (positive pair rejected: score < threshold)\n"
              "# rank: 1 = worst of its kind; clip_*, subject_*, motion_*: the two clips\n"
              "# score: cosine similarity; distance: 1 - score; threshold: operating threshold\n"
              "# margin: how far past the threshold (score - threshold for false positives,\n"
              "#         threshold - score for false negatives)\n")
              .arg(eval.thresholdGiven ? QStringLiteral("given")
                                       : QStringLiteral("peak-F1 threshold"));
    text += QStringLiteral("# false_positives=%1 (listed %2) false_negatives=%3 (listed %4)\n")
                .arg(eval.operating.fp)
                .arg(eval.falsePositives.size())
                .arg(eval.operating.fn)
                .arg(eval.falseNegatives.size());
    text += QStringLiteral("kind,rank,clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,score,"
                           "distance,threshold,margin\n");
    auto rows = [&](const std::vector<ScoredPair> &list, const QString &kind) {
        int rank = 0;
        for (const ScoredPair &p : list) {
            text += kind + QLatin1Char(',') + QString::number(++rank) + QLatin1Char(',')
                    + labelsOf(table, p.a, p.b) + QLatin1Char(',');
            text += line({csv::number(p.score), num(1.0 - double(p.score)),
                          num(eval.operating.threshold), num(p.margin)});
        }
    };
    rows(eval.falsePositives, QStringLiteral("false_positive"));
    rows(eval.falseNegatives, QStringLiteral("false_negative"));
    return text.toUtf8();
}

QByteArray embeddingsCsv(const EmbeddingTable &table)
{
    QString text
        = QStringLiteral(
              "# Clip embeddings, L2-normalised. clip: clip id or path; subject, motion: labels;\n"
              "# e0..e%1: the embedding's components.\n")
              .arg(table.dim() - 1);
    QStringList header{QStringLiteral("clip"), QStringLiteral("subject"), QStringLiteral("motion")};
    for (int k = 0; k < table.dim(); ++k)
        header.append(QStringLiteral("e%1").arg(k));
    text += line(header);
    for (int i = 0; i < table.size(); ++i) {
        QStringList fields{csv::field(table.clips()[i]), csv::field(table.subjects()[i]),
                           csv::field(table.motions()[i])};
        for (int k = 0; k < table.dim(); ++k)
            fields.append(csv::number(table.row(i)[k]));
        text += line(fields);
    }
    return text.toUtf8();
}

QByteArray tsneCsv(const EmbeddingTable &table, const TsneResult &tsne)
{
    QString text = QStringLiteral(
        "# t-SNE map of the embeddings (Barnes-Hut, 2-d). clip, subject, motion: labels;\n"
        "# x, y: map coordinates (arbitrary units; only neighbourhoods are meaningful)\n");
    text += QStringLiteral("# kl_divergence=%1 iterations=%2\n")
                .arg(num(tsne.klDivergence))
                .arg(tsne.iterations);
    text += QStringLiteral("clip,subject,motion,x,y\n");
    for (int i = 0; i < table.size(); ++i) {
        text += line({csv::field(table.clips()[i]), csv::field(table.subjects()[i]),
                      csv::field(table.motions()[i]), csv::number(tsne.xy[size_t(2 * i)]),
                      csv::number(tsne.xy[size_t(2 * i + 1)])});
    }
    return text.toUtf8();
}

} // namespace evalfiles

Result<QStringList> writeFileSet(const QString &dir,
                                 const std::vector<std::pair<QString, QByteArray>> &files)
{
    const Result<QString> folder = makePrivateDir(dir);
    if (!folder)
        return folder.error();
    std::vector<std::unique_ptr<QSaveFile>> open;
    QStringList paths;
    for (const auto &[name, bytes] : files) {
        auto file = std::make_unique<QSaveFile>(QDir(folder.value()).filePath(name));
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size()) {
            const Error error{tr("The file \"%1\" could not be written; no evaluation file was "
                                 "changed.")
                                  .arg(file->fileName()),
                              file->errorString()};
            file->cancelWriting();
            for (const auto &f : open)
                f->cancelWriting();
            return error;
        }
        paths.append(file->fileName());
        open.push_back(std::move(file));
    }
    for (const auto &file : open) {
        if (!file->commit())
            return Error{tr("The file \"%1\" could not be saved.").arg(file->fileName()),
                         file->errorString()};
    }
    return paths;
}

} // namespace fm
