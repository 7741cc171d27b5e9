// PR/AP/F1/ROC/EER on hand-computed cases (with ties), corner points against the full curve,
// confusion counts, cross-validation mean ± std, bad input.
#include "eval/crossvalidation.h"
#include "eval/prmetrics.h"

#include <QJsonArray>
#include <QTest>

#include <random>

using namespace fm;

class TestPrMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handCases_data();
    void handCases();
    void cornersLieOnFullCurve();
    void confusionAtThresholds();
    void badInput();
    void crossValidationMeanStd();
};

void TestPrMetrics::handCases_data()
{
    QTest::addColumn<QVector<double>>("scores");
    QTest::addColumn<QVector<int>>("labels");
    QTest::addColumn<double>("ap");
    QTest::addColumn<double>("peakF1");
    QTest::addColumn<double>("peakThreshold");
    QTest::addColumn<double>("auc");
    QTest::addColumn<double>("eer");
    QTest::addColumn<double>("eerThreshold");
    QTest::addColumn<int>("corners");

    // P .9, N .8, P .7, N .6: AP = 1/2*1 + 1/2*2/3; F1 at .7 = 4/5; AUC = 3/4 pairs ordered.
    QTest::newRow("alternating") << QVector<double>{0.9, 0.8, 0.7, 0.6} << QVector<int>{1, 0, 1, 0}
                                 << 5.0 / 6.0 << 0.8 << 0.7 << 0.75 << 0.5 << 0.8 << 4;
    // Ties across labels: {P,N} at .8, {P,N,N} at .5, P at .3.
    // AP = (1/2 + 2/5 + 1/2)/3; F1 = 2*3/(6+3) at .3; AUC = 3.5/9 (ties count 1/2);
    // EER: segment (1/3,1/3)-(1,2/3) crosses FPR = FNR at 5/9.
    QTest::newRow("ties") << QVector<double>{0.8, 0.8, 0.5, 0.5, 0.5, 0.3}
                          << QVector<int>{1, 0, 1, 0, 0, 1} << 1.4 / 3.0 << 2.0 / 3.0 << 0.3
                          << 3.5 / 9.0 << 5.0 / 9.0 << 0.5 << 3;
    QTest::newRow("perfect") << QVector<double>{0.9, 0.8, 0.1} << QVector<int>{1, 1, 0} << 1.0
                             << 1.0 << 0.8 << 1.0 << 0.0 << 0.8 << 3;
    // A negative above every positive: precision 0 at .95; AP = 1/2*1/2 + 1/2*1/2.
    QTest::newRow("negative on top")
        << QVector<double>{0.95, 0.9, 0.2, 0.1} << QVector<int>{0, 1, 0, 1} << 0.5 << 2.0 / 3.0
        << 0.1 << 0.25 << 0.5 << 0.9 << 4;
    // All tied: one threshold; precision 2/5 everywhere, AUC 1/2, EER 1/2... at the end (1,1).
    QTest::newRow("all tied") << QVector<double>{0.5, 0.5, 0.5, 0.5, 0.5}
                              << QVector<int>{1, 0, 1, 0, 0} << 0.4 << 2.0 * 2 / (5 + 2) << 0.5
                              << 0.5 << 0.5 << 0.5 << 1;
}

void TestPrMetrics::handCases()
{
    QFETCH(QVector<double>, scores);
    QFETCH(QVector<int>, labels);
    QFETCH(double, ap);
    QFETCH(double, peakF1);
    QFETCH(double, peakThreshold);
    QFETCH(double, auc);
    QFETCH(double, eer);
    QFETCH(double, eerThreshold);
    QFETCH(int, corners);

    const std::vector<double> s(scores.begin(), scores.end());
    const std::vector<std::uint8_t> l(labels.begin(), labels.end());
    const Result<ScoreSummary> summary = summariseScores(s, l);
    QVERIFY(summary);
    const VerificationMetrics m = computeMetrics(summary.value());
    QVERIFY2(std::abs(m.averagePrecision - ap) < 1e-12,
             qPrintable(QString::number(m.averagePrecision)));
    QVERIFY(std::abs(m.peakF1 - peakF1) < 1e-12);
    QCOMPARE(m.atPeakF1.threshold, peakThreshold);
    QVERIFY2(std::abs(m.rocAuc - auc) < 1e-12, qPrintable(QString::number(m.rocAuc)));
    QVERIFY2(std::abs(m.eer - eer) < 1e-12, qPrintable(QString::number(m.eer)));
    QCOMPARE(m.eerThreshold, eerThreshold);
    QCOMPARE(int(m.pr.size()), corners);
    QCOMPARE(m.atPeakF1.tp + m.atPeakF1.fn, m.positives);
    QCOMPARE(m.atPeakF1.fp + m.atPeakF1.tn, m.negatives);
    QCOMPARE(int(m.roc.front().tp), 0);
    QCOMPARE(m.roc.back().tp, m.positives);
    QCOMPARE(m.roc.back().fp, m.negatives);
}

void TestPrMetrics::cornersLieOnFullCurve()
{
    // Many ties (scores rounded to 2 decimals): the corner points are a subset of the full
    // curve, and AP from the full curve (sklearn's formula) equals AP from the corners.
    std::mt19937 rng(5);
    std::normal_distribution<double> normal(0, 1);
    std::vector<double> s;
    std::vector<std::uint8_t> l;
    for (int i = 0; i < 3000; ++i) {
        const bool pos = i % 7 == 0;
        s.push_back(std::round((normal(rng) + (pos ? 1.2 : 0.0)) * 100) / 100);
        l.push_back(pos);
    }
    const std::vector<CurvePoint> full = fullCurve(s, l);
    const VerificationMetrics m = computeMetrics(summariseScores(s, l).value());
    QVERIFY(m.pr.size() < full.size());
    size_t j = 0;
    for (const CurvePoint &c : m.pr) {
        while (j < full.size() && full[j].threshold != c.threshold)
            ++j;
        QVERIFY(j < full.size());
        QCOMPARE(full[j].tp, c.tp);
        QCOMPARE(full[j].fp, c.fp);
    }
    double ap = 0, prevRecall = 0;
    const double P = double(full.back().tp);
    for (const CurvePoint &p : full) {
        const double recall = double(p.tp) / P;
        ap += (recall - prevRecall) * double(p.tp) / double(p.tp + p.fp);
        prevRecall = recall;
    }
    QVERIFY(std::abs(ap - m.averagePrecision) < 1e-12);
}

void TestPrMetrics::confusionAtThresholds()
{
    const ScoreSummary s = summariseScores({0.9, 0.85, 0.82, 0.7, 0.6}, {1, 0, 0, 1, 0}).value();
    const auto at = s.confusionAt(0.75);
    QVERIFY(at);
    QCOMPARE(int(at->tp), 1);
    QCOMPARE(int(at->fp), 2);
    QCOMPARE(int(at->tn), 1);
    QCOMPARE(int(at->fn), 1);
    QCOMPARE(at->far(), 2.0 / 3.0);
    QCOMPARE(at->frr(), 0.5);
    QVERIFY(!s.confusionAt(0.83)); // splits the run of negatives {0.85, 0.82}
    const auto all = s.confusionAt(-1.0);
    QVERIFY(all);
    QCOMPARE(int(all->tp), 2);
    QCOMPARE(int(all->fp), 3);
}

void TestPrMetrics::badInput()
{
    QVERIFY(!summariseScores({0.5, 0.4}, {1, 1})); // no negatives
    QVERIFY(!summariseScores({0.5, 0.4}, {0, 0})); // no positives
    QVERIFY(!summariseScores({0.5, std::nan("")}, {1, 0}));
    QVERIFY(!summariseScores({0.5, 0.4}, {1}));
    QVERIFY(!summariseScores({}, {}));
    const Result<ScoreSummary> r = summariseScores({0.5, 0.4}, {0, 0});
    QVERIFY(r.error().message.contains(QLatin1String("positive")));
}

void TestPrMetrics::crossValidationMeanStd()
{
    std::vector<FoldMetrics> folds;
    const double aps[] = {0.9, 0.95, 1.0};
    for (int i = 0; i < 3; ++i) {
        FoldMetrics f;
        f.fold = i;
        f.averagePrecision = aps[i];
        f.peakF1 = 0.8;
        folds.push_back(f);
    }
    const CrossValidationSummary cv = CrossValidationSummary::of(folds);
    QVERIFY(std::abs(cv.averagePrecision.mean - 0.95) < 1e-12);
    QVERIFY(std::abs(cv.averagePrecision.std - 0.05) < 1e-12); // sample std (n - 1)
    QCOMPARE(cv.peakF1.std, 0.0);
    QCOMPARE(cv.averagePrecision.count, 3);
    QCOMPARE(cv.averagePrecision.text(3), QStringLiteral("0.950 ± 0.050"));
    const QJsonObject json = cv.toJson();
    QCOMPARE(json.value(QStringLiteral("folds")).toArray().size(), 3);
    QVERIFY(std::abs(json.value(QStringLiteral("summary"))
                         .toObject()
                         .value(QStringLiteral("average_precision"))
                         .toObject()
                         .value(QStringLiteral("mean"))
                         .toDouble()
                     - 0.95)
            < 1e-12);
    QCOMPARE(MeanStd::of({0.7}).std, 0.0);
    QCOMPARE(MeanStd::of({}).count, 0);
}

QTEST_GUILESS_MAIN(TestPrMetrics)
#include "tst_prmetrics.moc"
