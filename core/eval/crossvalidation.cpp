#include "crossvalidation.h"

#include <QJsonArray>

#include <cmath>

namespace fm {

FoldMetrics FoldMetrics::from(int fold, const VerificationMetrics &m, const ConfusionCounts &op)
{
    FoldMetrics f;
    f.fold = fold;
    f.positives = m.positives;
    f.negatives = m.negatives;
    f.averagePrecision = m.averagePrecision;
    f.peakF1 = m.peakF1;
    f.peakF1Threshold = m.atPeakF1.threshold;
    f.rocAuc = m.rocAuc;
    f.eer = m.eer;
    f.far = op.far();
    f.frr = op.frr();
    return f;
}

QJsonObject FoldMetrics::toJson() const
{
    return QJsonObject{{QStringLiteral("fold"), fold},
                       {QStringLiteral("positives"), double(positives)},
                       {QStringLiteral("negatives"), double(negatives)},
                       {QStringLiteral("average_precision"), averagePrecision},
                       {QStringLiteral("peak_f1"), peakF1},
                       {QStringLiteral("peak_f1_threshold"), peakF1Threshold},
                       {QStringLiteral("roc_auc"), rocAuc},
                       {QStringLiteral("eer"), eer},
                       {QStringLiteral("far"), far},
                       {QStringLiteral("frr"), frr}};
}

MeanStd MeanStd::of(const std::vector<double> &values)
{
    MeanStd r;
    r.count = int(values.size());
    if (values.empty())
        return r;
    double sum = 0;
    for (const double v : values)
        sum += v;
    r.mean = sum / double(values.size());
    if (values.size() > 1) {
        double ss = 0;
        for (const double v : values)
            ss += (v - r.mean) * (v - r.mean);
        r.std = std::sqrt(ss / double(values.size() - 1));
    }
    return r;
}

QString MeanStd::text(int decimals) const
{
    return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', decimals).arg(std, 0, 'f', decimals);
}

CrossValidationSummary CrossValidationSummary::of(std::vector<FoldMetrics> folds)
{
    CrossValidationSummary s;
    auto collect = [&](double FoldMetrics::*field) {
        std::vector<double> values;
        for (const FoldMetrics &f : folds)
            values.push_back(f.*field);
        return MeanStd::of(values);
    };
    s.averagePrecision = collect(&FoldMetrics::averagePrecision);
    s.peakF1 = collect(&FoldMetrics::peakF1);
    s.rocAuc = collect(&FoldMetrics::rocAuc);
    s.eer = collect(&FoldMetrics::eer);
    s.far = collect(&FoldMetrics::far);
    s.frr = collect(&FoldMetrics::frr);
    s.folds = std::move(folds);
    return s;
}

QJsonObject CrossValidationSummary::toJson() const
{
    QJsonArray foldArray;
    for (const FoldMetrics &f : folds)
        foldArray.append(f.toJson());
    auto ms = [](const MeanStd &m) {
        return QJsonObject{{QStringLiteral("mean"), m.mean},
                           {QStringLiteral("std"), m.std},
                           {QStringLiteral("n"), m.count}};
    };
    return QJsonObject{{QStringLiteral("folds"), foldArray},
                       {QStringLiteral("std_definition"),
                        QStringLiteral("sample standard deviation (n-1)")},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("average_precision"), ms(averagePrecision)},
                                    {QStringLiteral("peak_f1"), ms(peakF1)},
                                    {QStringLiteral("roc_auc"), ms(rocAuc)},
                                    {QStringLiteral("eer"), ms(eer)},
                                    {QStringLiteral("far"), ms(far)},
                                    {QStringLiteral("frr"), ms(frr)}}}};
}

} // namespace fm
