#include "../train/synthfeatures.h"

#include "eval/runresults.h"
#include "train/trainconfig.h"
#include "train/trainer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <random>

using namespace fm;

namespace {

/** (label, score) of every pairs.csv row, parsed here without the reader under test. */
struct PlainPair
{
    bool positive;
    double score;
    double weight;
};

std::vector<PlainPair> plainPairs(const QString &path)
{
    std::vector<PlainPair> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    QTextStream in(&f);
    bool header = false;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        if (!header) {
            header = true;
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        out.push_back({f[6] == QLatin1String("1"), f[7].toDouble(), f[9].toDouble()});
    }
    return out;
}

bool train(const QJsonObject &overrides, const FeatureSet &set, const QString &dir)
{
    QJsonObject o = test::smallConfig();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        o.insert(it.key(), it.value());
    const Result<TrainConfig> config = TrainConfig::fromJson(o);
    if (!config) {
        qWarning() << config.error().message;
        return false;
    }
    const Result<TrainOutcome> outcome = Trainer::run(config.value(), set, dir);
    if (!outcome)
        qWarning() << outcome.error().message;
    return outcome.ok() && !outcome->stopped;
}

void copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.isDir())
            copyDir(fi.filePath(), QDir(to).filePath(fi.fileName()));
        else
            QFile::copy(fi.filePath(), QDir(to).filePath(fi.fileName()));
    }
}

} // namespace

/** Reading run folders and recomputing counts at any threshold (issue 9, Results). */
class TestRunResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitRunMatchesItsFiles();
    void countsAtAnyThreshold_data();
    void countsAtAnyThreshold();
    void cappedPairsAreEstimates();
    void crossValidationFoldsAndMean();
    void summariesAndDiscovery();
    void corruptFilesNameTheFile_data();
    void corruptFilesNameTheFile();
    void evaluateCommandUsage();

private:
    QTemporaryDir m_tmp;
    QString m_split, m_cv, m_capped;
};

void TestRunResults::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    test::SynthOptions o;
    o.subjects = 4;
    o.motions = 3;
    o.repetitions = 4;
    o.dim = 16;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    m_split = m_tmp.filePath(QStringLiteral("runs/split"));
    QVERIFY(train({{QStringLiteral("epochs"), 2}, {QStringLiteral("validation_fraction"), 0.5}},
                  set, m_split));
    m_cv = m_tmp.filePath(QStringLiteral("runs/cv"));
    QVERIFY(train({{QStringLiteral("epochs"), 1},
                   {QStringLiteral("protocol"), QStringLiteral("cv")},
                   {QStringLiteral("folds"), 2}},
                  set, m_cv));
    // Enough clips that the pair list (all non-positive pairs as negatives) exceeds the cap.
    test::SynthOptions big = o;
    big.subjects = 6;
    big.motions = 4;
    big.repetitions = 6;
    m_capped = m_tmp.filePath(QStringLiteral("runs/capped"));
    QVERIFY(train({{QStringLiteral("epochs"), 1},
                   {QStringLiteral("negatives"), QStringLiteral("any")},
                   {QStringLiteral("validation_fraction"), 0.5},
                   {QStringLiteral("max_pair_rows"), 1000}},
                  test::makeSyntheticFeatures(big), m_capped));
}

void TestRunResults::splitRunMatchesItsFiles()
{
    const Result<RunResults> run = RunResults::load(m_split);
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QVERIFY(!run->crossValidation);
    QCOMPARE(int(run->partitions.size()), 1);
    const PartitionResults &p = run->partitions.front();
    const QJsonObject m = test::readJsonFile(
        QDir(m_split).filePath(QStringLiteral("metrics.json")));
    QCOMPARE(p.averagePrecision(), m.value(QStringLiteral("average_precision")).toDouble());
    QCOMPARE(int(p.pr.size()), m.value(QStringLiteral("pr_points")).toInt());
    QCOMPARE(int(p.roc.size()), m.value(QStringLiteral("roc_points")).toInt());
    QVERIFY(p.pairsComplete());
    QCOMPARE(std::int64_t(p.positivePairs().size()), p.positives);
    QCOMPARE(std::int64_t(p.negativePairs().size()), p.negatives);
    // At the peak-F1 threshold the counts equal the evaluator's.
    const QJsonObject peak = m.value(QStringLiteral("at_peak_f1")).toObject();
    const ThresholdCounts c = p.countsAt(p.peakF1Threshold());
    QVERIFY(c.exact);
    QCOMPARE(c.counts.tp, std::int64_t(peak.value(QStringLiteral("tp")).toDouble()));
    QCOMPARE(c.counts.fp, std::int64_t(peak.value(QStringLiteral("fp")).toDouble()));
    QCOMPARE(c.counts.tn, std::int64_t(peak.value(QStringLiteral("tn")).toDouble()));
    QCOMPARE(c.counts.fn, std::int64_t(peak.value(QStringLiteral("fn")).toDouble()));
    QCOMPARE(c.counts.f1(), p.peakF1());
    // The validation clips of the manifest are the clips of pairs.csv.
    const QStringList validation = run->validationClips(QStringLiteral("validation"));
    QVERIFY(!validation.isEmpty());
    for (const RunPair &pair : p.positivePairs())
        QVERIFY(validation.contains(pair.clipA) && validation.contains(pair.clipB));
}

void TestRunResults::countsAtAnyThreshold_data()
{
    QTest::addColumn<double>("fraction");
    for (double f : {-0.1, 0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, 1.1})
        QTest::newRow(qPrintable(QString::number(f))) << f;
}

void TestRunResults::countsAtAnyThreshold()
{
    QFETCH(double, fraction);
    const Result<RunResults> run = RunResults::load(m_split);
    QVERIFY(run);
    const PartitionResults &p = run->partitions.front();
    const std::vector<PlainPair> pairs = plainPairs(
        QDir(m_split).filePath(QStringLiteral("pairs.csv")));
    QVERIFY(!pairs.empty());
    const double t = p.minScore() + fraction * (p.maxScore() - p.minScore());
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    for (const PlainPair &x : pairs) {
        const bool accepted = float(x.score) >= t;
        (x.positive ? (accepted ? tp : fn) : (accepted ? fp : tn)) += 1;
    }
    const ThresholdCounts c = p.countsAt(t);
    QCOMPARE(c.counts.tp, tp);
    QCOMPARE(c.counts.fp, fp);
    QCOMPARE(c.counts.tn, tn);
    QCOMPARE(c.counts.fn, fn);
    QCOMPARE(p.falsePositiveRows(t), int(fp));
    QCOMPARE(p.falseNegativeRows(t), int(fn));
    // Failed pairs come worst first.
    for (int i = 1; i < p.falsePositiveRows(t); ++i)
        QVERIFY(p.falsePositive(i - 1).score >= p.falsePositive(i).score);
    for (int i = 1; i < p.falseNegativeRows(t); ++i)
        QVERIFY(p.falseNegative(i - 1).score <= p.falseNegative(i).score);
    for (int i = 0; i < p.falseNegativeRows(t); ++i)
        QVERIFY(p.falseNegative(i).positive && double(p.falseNegative(i).score) < t);
}

void TestRunResults::cappedPairsAreEstimates()
{
    const Result<RunResults> run = RunResults::load(m_capped);
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    const PartitionResults &p = run->partitions.front();
    QVERIFY(!p.pairsComplete());
    QVERIFY(p.negativeSampleRate < 1.0);
    QVERIFY(std::int64_t(p.negativePairs().size()) < p.negatives);
    QCOMPARE(std::int64_t(p.positivePairs().size()), p.positives); // every positive is listed
    const QJsonObject m = test::readJsonFile(
        QDir(m_capped).filePath(QStringLiteral("metrics.json")));
    const QJsonObject peak = m.value(QStringLiteral("at_peak_f1")).toObject();
    const ThresholdCounts c = p.countsAt(p.peakF1Threshold());
    QVERIFY(!c.exact);
    QCOMPARE(c.counts.tp, std::int64_t(peak.value(QStringLiteral("tp")).toDouble()));
    QCOMPARE(c.counts.fn, std::int64_t(peak.value(QStringLiteral("fn")).toDouble()));
    QCOMPARE(c.counts.fp + c.counts.tn, p.negatives);
    // The estimate is the sampled count times the weight, and close to the exact count.
    const double exactFp = peak.value(QStringLiteral("fp")).toDouble();
    QVERIFY2(std::abs(double(c.counts.fp) - exactFp) <= 0.25 * p.negatives,
             qPrintable(QStringLiteral("%1 vs %2").arg(c.counts.fp).arg(exactFp)));
}

void TestRunResults::crossValidationFoldsAndMean()
{
    const Result<RunResults> run = RunResults::load(m_cv);
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QVERIFY(run->crossValidation);
    QCOMPARE(int(run->partitions.size()), 2);
    QCOMPARE(run->partitions[0].name, QStringLiteral("fold-01"));
    QCOMPARE(run->partitions[1].name, QStringLiteral("fold-02"));
    QStringList all;
    for (const PartitionResults &p : run->partitions) {
        QVERIFY(p.pairsLoaded && !p.pr.empty());
        const QStringList clips = run->validationClips(p.name);
        QVERIFY(!clips.isEmpty());
        all += clips;
    }
    QCOMPARE(int(all.size()), 4 * 3 * 4); // each clip validates in exactly one fold
    const std::vector<RunCurvePoint> mean = run->meanPrCurve(101);
    QCOMPARE(int(mean.size()), 101);
    for (size_t i = 1; i < mean.size(); ++i)
        QVERIFY(mean[i].y <= mean[i - 1].y + 1e-12); // interpolated precision never rises
    const RunSummary s = RunResults::summary(m_cv);
    QVERIFY(s.hasResults);
    QVERIFY(
        std::abs(s.ap
                 - (run->partitions[0].averagePrecision() + run->partitions[1].averagePrecision())
                       / 2)
        < 1e-9);
    QVERIFY(s.apStd >= 0);
}

void TestRunResults::summariesAndDiscovery()
{
    const QStringList runs = RunResults::findRuns(m_tmp.filePath(QStringLiteral("runs")));
    QCOMPARE(int(runs.size()), 3);
    const RunSummary s = RunResults::summary(m_split);
    QCOMPARE(s.state, QStringLiteral("done"));
    QCOMPARE(s.protocol, QStringLiteral("split"));
    QCOMPARE(s.ap, RunResults::load(m_split)->partitions.front().averagePrecision());
    // A run folder without results (stopped before its first evaluation) is listed as such.
    const QString stopped = m_tmp.filePath(QStringLiteral("runs/stopped"));
    QDir().mkpath(stopped);
    QFile::copy(QDir(m_split).filePath(QStringLiteral("config.json")),
                QDir(stopped).filePath(QStringLiteral("config.json")));
    QFile log(QDir(stopped).filePath(QStringLiteral("log.txt")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2026-01-01T00:00:00Z stopped\n");
    log.close();
    const RunSummary st = RunResults::summary(stopped);
    QVERIFY(!st.hasResults);
    QCOMPARE(st.state, QStringLiteral("stopped"));
    QVERIFY(!RunResults::load(stopped).ok());
    QDir(stopped).removeRecursively();
}

void TestRunResults::corruptFilesNameTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: delete the file
    QTest::newRow("no metrics") << "metrics.json" << QByteArray();
    QTest::newRow("metrics not json") << "metrics.json" << QByteArray("{\"average_precision\": ");
    QTest::newRow("metrics without AP") << "metrics.json" << QByteArray("{\"clips\": 3}");
    QTest::newRow("no pr") << "pr.csv" << QByteArray();
    QTest::newRow("pr bad number") << "pr.csv"
                                   << QByteArray("threshold,precision,recall,f1,tp,fp\n0.5,x,1,"
                                                 "1,1,0\n");
    QTest::newRow("roc without column") << "roc.csv" << QByteArray("threshold,fpr\n0.5,0\n");
    QTest::newRow("no pairs") << "pairs.csv" << QByteArray();
    QTest::newRow("pairs short row")
        << "pairs.csv"
        << QByteArray("clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,"
                      "weight\n1,2,S1,S1,a,a,1,0.5\n");
    QTest::newRow("pairs bad score")
        << "pairs.csv"
        << QByteArray("clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,"
                      "weight\n1,2,S1,S1,a,a,1,nan,0.5,1\n");
    QTest::newRow("pairs bad label")
        << "pairs.csv"
        << QByteArray("clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,"
                      "weight\n1,2,S1,S1,a,a,yes,0.5,0.5,1\n");
    QTest::newRow("pairs unclosed quote")
        << "pairs.csv"
        << QByteArray("clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,"
                      "weight\n\"1,2,S1,S1,a,a,1,0.5,0.5,1\n");
}

void TestRunResults::corruptFilesNameTheFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("run"));
    copyDir(m_split, dir);
    const QString path = QDir(dir).filePath(file);
    QFile::remove(path);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Result<RunResults> run = RunResults::load(dir);
    QVERIFY(!run.ok());
    QVERIFY2(run.error().message.contains(path), qPrintable(run.error().message));
    // Without pair lists, a broken pairs.csv does not matter.
    if (file == QLatin1String("pairs.csv"))
        QVERIFY(RunResults::load(dir, false).ok());
}

void TestRunResults::evaluateCommandUsage()
{
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("evaluate")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--project"));
    // A run folder without a config is an error naming the file.
    QTemporaryDir tmp;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("evaluate"), QStringLiteral("--project"), tmp.path(),
               QStringLiteral("--run"), tmp.filePath(QStringLiteral("nothing"))});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("config.json"));
}

QTEST_GUILESS_MAIN(TestRunResults)
#include "tst_runresults.moc"
