// Cross-check against an independent implementation: scikit-learn (Debian's python3-sklearn,
// run with /usr/bin/python3 and tests/eval/sklearn_reference.py). AP, the full PR curve and
// ROC AUC/EER equal to 1e-9; trustworthiness equal on the same map; our t-SNE's
// trustworthiness within 0.005 of sklearn's TSNE on the same data.
#include "evaltestdata.h"

#include "eval/pairevaluator.h"
#include "eval/prmetrics.h"
#include "eval/tsne.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace fm;

class TestSklearnCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prMatchesSklearn_data();
    void prMatchesSklearn();
    void tsneMatchesSklearn();

private:
    QJsonObject python(const QStringList &args);
    QTemporaryDir m_tmp;
};

QJsonObject TestSklearnCheck::python(const QStringList &args)
{
    QProcess p;
    // sklearn's OpenMP threads busy-wait by default; on a shared, loaded machine that makes
    // its t-SNE up to 10x slower. Passive waiting is its fair (best) case here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_WAIT_POLICY"), QStringLiteral("passive"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(FM_SOURCE_DIR "/tests/eval/sklearn_reference.py")} + args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("sklearn reference failed (is python3-sklearn installed? ./fm setup installs "
                 "it): %s",
                 p.readAllStandardError().constData());
        return {};
    }
    QFile f(args.last());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestSklearnCheck::prMatchesSklearn_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("continuous scores") << 0;
    QTest::newRow("many ties") << 1;
    QTest::newRow("embedding pairs") << 2;
}

void TestSklearnCheck::prMatchesSklearn()
{
    QFETCH(int, kind);
    std::vector<double> s;
    std::vector<std::uint8_t> l;
    std::mt19937 rng(42 + kind);
    std::normal_distribution<double> normal(0, 1);
    if (kind == 2) {
        const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(8, 5, 8, 16, 1.1, 9));
        for (const ScoredPair &p : allPairs(t, NegativePairs::SameSubject)) {
            s.push_back(p.score);
            l.push_back(p.positive);
        }
    } else {
        for (int i = 0; i < 5000; ++i) {
            const bool pos = i % 9 == 0;
            double v = normal(rng) + (pos ? 1.5 : 0.0);
            if (kind == 1)
                v = std::round(v * 20) / 20;
            s.push_back(v);
            l.push_back(pos);
        }
    }
    const QString in = m_tmp.filePath(QStringLiteral("scores%1.csv").arg(kind));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text;
        for (size_t i = 0; i < s.size(); ++i)
            text += QByteArray::number(s[i], 'g', 17) + ',' + QByteArray::number(l[i]) + '\n';
        f.write(text);
    }
    const QJsonObject ref = python(
        {QStringLiteral("pr"), in, m_tmp.filePath(QStringLiteral("pr%1.json").arg(kind))});
    QVERIFY2(!ref.isEmpty(), "scikit-learn reference did not run");

    const VerificationMetrics m = computeMetrics(summariseScores(s, l).value());
    auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9; };
    QVERIFY2(near(m.averagePrecision, ref.value(QStringLiteral("average_precision")).toDouble()),
             qPrintable(
                 QStringLiteral("AP %1 vs %2")
                     .arg(m.averagePrecision, 0, 'g', 17)
                     .arg(ref.value(QStringLiteral("average_precision")).toDouble(), 0, 'g', 17)));
    QVERIFY(near(m.rocAuc, ref.value(QStringLiteral("roc_auc")).toDouble()));
    QVERIFY(near(m.eer, ref.value(QStringLiteral("eer")).toDouble()));

    // The full PR curve: sklearn lists increasing thresholds, then the end point (1, 0).
    const std::vector<CurvePoint> full = fullCurve(s, l);
    const QJsonArray precision = ref.value(QStringLiteral("precision")).toArray();
    const QJsonArray recall = ref.value(QStringLiteral("recall")).toArray();
    const QJsonArray thresholds = ref.value(QStringLiteral("thresholds")).toArray();
    QCOMPARE(qsizetype(full.size()), thresholds.size());
    QCOMPARE(precision.size(), thresholds.size() + 1);
    const double P = double(m.positives);
    for (size_t i = 0; i < full.size(); ++i) {
        const qsizetype j = thresholds.size() - 1 - qsizetype(i);
        const CurvePoint &p = full[i];
        QVERIFY(near(p.threshold, thresholds[j].toDouble()));
        QVERIFY(near(double(p.tp) / double(p.tp + p.fp), precision[j].toDouble()));
        QVERIFY(near(double(p.tp) / P, recall[j].toDouble()));
    }
    // Our corner points are points of sklearn's curve.
    size_t k = 0;
    for (const CurvePoint &c : m.pr) {
        while (k < full.size() && full[k].threshold != c.threshold)
            ++k;
        QVERIFY(k < full.size());
        const qsizetype j = thresholds.size() - 1 - qsizetype(k);
        QVERIFY(near(double(c.tp) / double(c.tp + c.fp), precision[j].toDouble()));
    }
    // The full ROC curve (drop_intermediate=False), which starts at threshold max + 1.
    const QJsonArray fpr = ref.value(QStringLiteral("fpr")).toArray();
    const QJsonArray tpr = ref.value(QStringLiteral("tpr")).toArray();
    QCOMPARE(fpr.size(), qsizetype(full.size()) + 1);
    for (size_t i = 0; i < full.size(); ++i) {
        QVERIFY(near(double(full[i].fp) / double(m.negatives), fpr[qsizetype(i) + 1].toDouble()));
        QVERIFY(near(double(full[i].tp) / P, tpr[qsizetype(i) + 1].toDouble()));
    }
}

void TestSklearnCheck::tsneMatchesSklearn()
{
    // 500 points, five Gaussian blobs in 16-d that overlap a little.
    const evaltest::SyntheticSet set = evaltest::makeSynthetic(1, 5, 100, 16, 0.6, 4);
    const std::vector<float> &x = set.values;
    QElapsedTimer timer;
    timer.start();
    const Result<TsneResult> ours = runTsne(x, 500, 16);
    QVERIFY(ours);
    const qint64 oursMs = timer.elapsed();
    const double ourTrust = trustworthiness(x, 16, ours->xy, 2, 10);

    const QString data = m_tmp.filePath(QStringLiteral("blobs.csv"));
    QVERIFY(evaltest::writeMatrixCsv(data, x, 16));
    const QJsonObject ref = python(
        {QStringLiteral("tsne"), data, m_tmp.filePath(QStringLiteral("tsne.json"))});
    QVERIFY2(!ref.isEmpty(), "scikit-learn reference did not run");
    const double skTrust = ref.value(QStringLiteral("trustworthiness")).toDouble();
    qInfo("t-SNE 500x16: ours %lld ms, trustworthiness %.5f; sklearn %.0f ms, %.5f", oursMs,
          ourTrust, ref.value(QStringLiteral("seconds")).toDouble() * 1000, skTrust);
    QVERIFY2(std::abs(ourTrust - skTrust) <= 0.005,
             qPrintable(QStringLiteral("%1 vs %2").arg(ourTrust).arg(skTrust)));

    // Our trustworthiness of sklearn's map equals sklearn's own figure.
    std::vector<float> skMap;
    for (const QJsonValue &row : ref.value(QStringLiteral("embedding")).toArray()) {
        skMap.push_back(float(row.toArray()[0].toDouble()));
        skMap.push_back(float(row.toArray()[1].toDouble()));
    }
    QCOMPARE(int(skMap.size()), 1000);
    QVERIFY2(std::abs(trustworthiness(x, 16, skMap, 2, 10) - skTrust) < 1e-6,
             qPrintable(QString::number(trustworthiness(x, 16, skMap, 2, 10), 'g', 10)));

    // Deterministic: the same map again, whatever the thread count.
    TsneOptions one;
    one.threads = 1;
    const Result<TsneResult> again = runTsne(x, 500, 16, one);
    QVERIFY(again->xy == ours->xy);
}

QTEST_GUILESS_MAIN(TestSklearnCheck)
#include "tst_sklearncheck.moc"
