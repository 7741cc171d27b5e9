#include "synthfeatures.h"

#include "train/sequenceencoder.h"
#include "train/trainer.h"
#include "train/trainprogress.h"

#include "eval/embeddingtable.h"
#include "eval/pairevaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace fm;

namespace {

/** 4 subjects x 2 motions x 3 repetitions: small enough for runs with pretraining. */
FeatureSet pretrainingSet()
{
    test::SynthOptions o;
    o.subjects = 4;
    o.motions = 2;
    o.repetitions = 3;
    return test::makeSyntheticFeatures(o);
}

} // namespace

/** Training runs: resume equals an uninterrupted run, CV, SS and SS+, compounds, bad input. */
class TestTrainRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumeEqualsUninterrupted_data();
    void resumeEqualsUninterrupted();
    void crossValidationSummary();
    void pretrainingAndCompounds();
    void twinPretraining();
    void collapsedPretrainingIsReported();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void nanLossIsAnError();
    void otherConfigInRunFolderRefused();
};

void TestTrainRun::resumeEqualsUninterrupted_data()
{
    QTest::addColumn<bool>("midEpoch");
    QTest::newRow("stop after epoch 1") << false;
    QTest::newRow("stop after the first step (SIGTERM path)") << true;
}

void TestTrainRun::resumeEqualsUninterrupted()
{
    QFETCH(bool, midEpoch);
    QTemporaryDir tmp;
    const FeatureSet set = test::makeSyntheticFeatures({});
    const TrainConfig config = test::configFrom({{QStringLiteral("epochs"), 2}});
    const QString straight = tmp.filePath(QStringLiteral("straight"));
    const QString split = tmp.filePath(QStringLiteral("split"));
    QVERIFY(Trainer::run(config, set, straight).ok());

    std::atomic<bool> stop{midEpoch};
    TrainRunOptions first;
    first.stop = &stop;
    first.epochLimit = midEpoch ? -1 : 1;
    const Result<TrainOutcome> part1 = Trainer::run(config, set, split, first);
    QVERIFY(part1.ok());
    QVERIFY(part1->stopped);
    QVERIFY(!QFile::exists(QDir(split).filePath(QStringLiteral("metrics.json"))));
    const Result<TrainOutcome> part2 = Trainer::run(config, set, split);
    QVERIFY2(part2.ok(), part2.ok() ? "" : qPrintable(part2.error().message));
    QVERIFY(part2->resumed);
    QVERIFY(!part2->stopped);

    auto a = SequenceEncoder::load(QDir(straight).filePath(QStringLiteral("model.pt")));
    auto b = SequenceEncoder::load(QDir(split).filePath(QStringLiteral("model.pt")));
    QVERIFY(a.ok() && b.ok());
    const std::vector<float> wa = a.value()->parameterValues(), wb = b.value()->parameterValues();
    QCOMPARE(wa.size(), wb.size());
    float maxDiff = 0;
    for (size_t i = 0; i < wa.size(); ++i)
        maxDiff = std::max(maxDiff, std::abs(wa[i] - wb[i]));
    qInfo("max weight difference: %g", double(maxDiff));
    QVERIFY(maxDiff <= 1e-6f);
    // Same metrics and history (loss of the interrupted epoch included).
    const QJsonObject ma = test::readJsonFile(
        QDir(straight).filePath(QStringLiteral("metrics.json")));
    const QJsonObject mb = test::readJsonFile(QDir(split).filePath(QStringLiteral("metrics.json")));
    QCOMPARE(mb[QStringLiteral("history")], ma[QStringLiteral("history")]);
    QCOMPARE(mb[QStringLiteral("average_precision")], ma[QStringLiteral("average_precision")]);
    // A finished run started again does not train again.
    const Result<TrainOutcome> again = Trainer::run(config, set, split);
    QVERIFY(again.ok());
    QCOMPARE(again->metrics[QStringLiteral("average_precision")],
             ma[QStringLiteral("average_precision")]);
}

void TestTrainRun::crossValidationSummary()
{
    QTemporaryDir tmp;
    test::SynthOptions o;
    o.subjects = 6;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    const TrainConfig config = test::configFrom({{QStringLiteral("protocol"), QStringLiteral("cv")},
                                                 {QStringLiteral("folds"), 3},
                                                 {QStringLiteral("epochs"), 3}});
    const QString run = tmp.filePath(QStringLiteral("cv"));
    const Result<TrainOutcome> outcome = Trainer::run(config, set, run);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    for (const char *fold : {"fold-01", "fold-02", "fold-03"}) {
        QVERIFY(QFile::exists(QDir(run).filePath(QLatin1String(fold) + "/metrics.json")));
        QVERIFY(QFile::exists(QDir(run).filePath(QLatin1String(fold) + "/model.pt")));
    }
    const QJsonObject summary = outcome->metrics[QStringLiteral("summary")].toObject();
    const QJsonObject ap = summary[QStringLiteral("average_precision")].toObject();
    qInfo("CV AP %.4f +- %.4f", ap[QStringLiteral("mean")].toDouble(),
          ap[QStringLiteral("std")].toDouble());
    QCOMPARE(ap[QStringLiteral("n")].toInt(), 3);
    QVERIFY(ap[QStringLiteral("mean")].toDouble() > 0.27 + 0.1); // chance 0.27
    const QJsonObject manifest = test::readJsonFile(
        QDir(run).filePath(QStringLiteral("manifest.json")));
    QCOMPARE(manifest[QStringLiteral("clips")].toArray().size(), int(set.clips.size()));
}

void TestTrainRun::pretrainingAndCompounds()
{
    QTemporaryDir tmp;
    const FeatureSet set = pretrainingSet();
    const TrainConfig config = test::configFrom(
        {{QStringLiteral("epochs"), 2},
         {QStringLiteral("validation_fraction"), 0.25},
         {QStringLiteral("compound"),
          QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("copies"), 3}}},
         {QStringLiteral("pretrain"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss+")},
                                                  {QStringLiteral("epochs"), 2}}}});
    const QString run = tmp.filePath(QStringLiteral("ssplus"));
    const Result<TrainOutcome> outcome = Trainer::run(config, set, run);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    const QJsonArray history = outcome->metrics[QStringLiteral("history")].toArray();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[0][QStringLiteral("phase")].toString(), QStringLiteral("pretrain"));
    QCOMPARE(history[3][QStringLiteral("phase")].toString(), QStringLiteral("train"));
    // Compound clips: 3 training subjects x 2^2 compound motions x 3 copies.
    QCOMPARE(outcome->metrics[QStringLiteral("train_clips")].toInt(), 3 * 4 * 3);
    auto table = EmbeddingTable::readCsv(QDir(run).filePath(QStringLiteral("embeddings.csv")));
    QVERIFY(table.ok());
    QVERIFY(table->motions().contains(QStringLiteral("M1+M2")));
}

void TestTrainRun::twinPretraining()
{
    // SS: twins from image-transformed views. Stand-in views here: each clip's features with
    // a per-view offset and noise (the project path computes real ones, tst_demoproject).
    QTemporaryDir tmp;
    FeatureSet set = pretrainingSet();
    std::mt19937_64 rng(5);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    for (ClipFeatures &c : set.clips) {
        for (int v = 1; v <= 2; ++v) {
            std::vector<float> view = c.values;
            for (float &x : view)
                x += 0.1f * float(v) + noise(rng);
            c.views.push_back(std::move(view));
        }
    }
    const TrainConfig config = test::configFrom(
        {{QStringLiteral("epochs"), 2},
         {QStringLiteral("validation_fraction"), 0.25},
         {QStringLiteral("pretrain"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss")},
                                                  {QStringLiteral("epochs"), 2}}}});
    QCOMPARE(config.pretrain, PretrainMode::Twins);
    QCOMPARE(config.pretrainViews, 2);
    const QString run = tmp.filePath(QStringLiteral("ss"));
    const Result<TrainOutcome> outcome = Trainer::run(config, set, run);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    const QJsonArray history = outcome->metrics[QStringLiteral("history")].toArray();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[0][QStringLiteral("phase")].toString(), QStringLiteral("pretrain"));
    QVERIFY(std::isfinite(history[0][QStringLiteral("loss")].toDouble()));
    QVERIFY(history[0][QStringLiteral("loss")].toDouble() > 0);
    QCOMPARE(history[3][QStringLiteral("phase")].toString(), QStringLiteral("train"));
    const QJsonObject saved = test::readJsonFile(QDir(run).filePath(QStringLiteral("config.json")));
    QCOMPARE(saved[QStringLiteral("pretrain")][QStringLiteral("mode")].toString(),
             QStringLiteral("ss"));
    QCOMPARE(saved[QStringLiteral("pretrain")][QStringLiteral("views")].toInt(), 2);

    // Resumed after the pretraining phase it ends where an uninterrupted run ends.
    const QString split = tmp.filePath(QStringLiteral("ss-split"));
    TrainRunOptions first;
    first.epochLimit = 2;
    QVERIFY(Trainer::run(config, set, split, first).ok());
    const Result<TrainOutcome> resumed = Trainer::run(config, set, split);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->metrics[QStringLiteral("ap")].toDouble(),
             outcome->metrics[QStringLiteral("ap")].toDouble());
}

void TestTrainRun::collapsedPretrainingIsReported()
{
    // Far too high a pretraining learning rate maps every clip to one point: InfoNCE stays at
    // chance level (here 2.938 against 2.938; at lr 0.05 2.82..2.87) and the run says so in a
    // "warning" line, which the progress parser keeps beside the phase.
    QTemporaryDir tmp;
    const FeatureSet set = pretrainingSet();
    const auto runWithLr = [&](double lr, const QString &name) {
        const TrainConfig config = test::configFrom(
            {{QStringLiteral("epochs"), 1},
             {QStringLiteral("validation_fraction"), 0.25},
             {QStringLiteral("pretrain"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss+")},
                          {QStringLiteral("epochs"), 4},
                          {QStringLiteral("lr"), lr}}}});
        TrainProgressParser parser = TrainProgressParser::forConfig(config.toJson());
        TrainRunOptions options;
        options.reporter = [&parser](const QJsonObject &line, const QString &) {
            parser.feed(QJsonDocument(line).toJson(QJsonDocument::Compact));
        };
        const Result<TrainOutcome> outcome = Trainer::run(config, set, tmp.filePath(name), options);
        if (!outcome.ok())
            qInfo() << lr << outcome.error().message;
        return parser.progress();
    };
    const TrainProgress collapsed = runWithLr(5.0, QStringLiteral("collapsed"));
    QVERIFY2(collapsed.warning.contains(QStringLiteral("collapsed")), qPrintable(collapsed.warning));
    QVERIFY(collapsed.phase != QLatin1String("warning")); // an aside, not a phase
    const TrainProgress healthy = runWithLr(0.05, QStringLiteral("healthy"));
    QVERIFY2(healthy.warning.isEmpty(), qPrintable(healthy.warning));
}

void TestTrainRun::badInputWritesNothing_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("subject with one motion") << 0 << "only one motion";
    QTest::newRow("empty fold") << 1 << "empty";
    QTest::newRow("motion with one clip") << 2 << "only one clip";
    QTest::newRow("no clips") << 3 << "no clips";
    QTest::newRow("SS without views") << 4 << "--ss-views 2";
}

void TestTrainRun::badInputWritesNothing()
{
    QFETCH(int, defect);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    test::SynthOptions o;
    o.subjects = 3;
    o.motions = 2;
    o.repetitions = 2;
    FeatureSet set = test::makeSyntheticFeatures(o);
    TrainConfig config = test::configFrom({});
    if (defect == 0)
        set.clips.resize(set.clips.size() - 2); // S03 keeps only M1
    if (defect == 1) {
        config.protocol = QStringLiteral("cv");
        config.folds = 5;
    }
    if (defect == 2)
        set.clips.pop_back();
    if (defect == 3)
        set.clips.clear();
    if (defect == 4) {
        config.pretrain = PretrainMode::Twins;
        config.pretrainEpochs = 1;
        config.pretrainViews = 2;
    }
    const QString run = tmp.filePath(QStringLiteral("run"));
    const Result<TrainOutcome> outcome = Trainer::run(config, set, run);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(mentions), qPrintable(outcome.error().message));
    QVERIFY(!QFileInfo::exists(run));
}

void TestTrainRun::nanLossIsAnError()
{
    QTemporaryDir tmp;
    FeatureSet set = test::makeSyntheticFeatures({});
    for (ClipFeatures &c : set.clips)
        for (float &v : c.values)
            v *= 1e30f; // finite input, but attention overflows to inf - inf = NaN
    const QString run = tmp.filePath(QStringLiteral("run"));
    // Without input normalisation (which would tame the huge values) the attention overflows.
    QJsonObject model = test::smallConfig()[QStringLiteral("model")].toObject();
    model.insert(QStringLiteral("input_norm"), QStringLiteral("none"));
    const Result<TrainOutcome> outcome = Trainer::run(test::configFrom(
                                                          {{QStringLiteral("model"), model}}),
                                                      set, run);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("not a number")),
             qPrintable(outcome.error().message));
    QVERIFY(!QFile::exists(QDir(run).filePath(QStringLiteral("metrics.json"))));
    QVERIFY(!QFile::exists(QDir(run).filePath(QStringLiteral("model.pt"))));
    QVERIFY(QFile(QDir(run).filePath(QStringLiteral("log.txt"))).size() > 0);
}

void TestTrainRun::otherConfigInRunFolderRefused()
{
    QTemporaryDir tmp;
    test::SynthOptions o;
    o.subjects = 3;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    const QString run = tmp.filePath(QStringLiteral("run"));
    TrainRunOptions stopAtOnce;
    std::atomic<bool> stop{true};
    stopAtOnce.stop = &stop;
    QVERIFY(Trainer::run(test::configFrom({}), set, run, stopAtOnce).ok());
    QFile configFile(QDir(run).filePath(QStringLiteral("config.json")));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    const QByteArray before = configFile.readAll();
    configFile.close();
    const Result<TrainOutcome> other = Trainer::run(test::configFrom({{QStringLiteral("lr"), 0.01}}),
                                                    set, run);
    QVERIFY(!other.ok());
    QVERIFY(other.error().message.contains(QStringLiteral("different config")));
    FeatureSet changed = set;
    changed.clips.front().values.front() += 1.f;
    const Result<TrainOutcome> data = Trainer::run(test::configFrom({}), changed, run);
    QVERIFY(!data.ok());
    QVERIFY(data.error().message.contains(QStringLiteral("other clips")));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QCOMPARE(configFile.readAll(), before);
    // A folder that is not a run is refused too.
    QDir(tmp.path()).mkdir(QStringLiteral("photos"));
    QFile f(tmp.filePath(QStringLiteral("photos/a.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!Trainer::run(test::configFrom({}), set, tmp.filePath(QStringLiteral("photos"))).ok());
}

QTEST_GUILESS_MAIN(TestTrainRun)
#include "tst_trainrun.moc"
