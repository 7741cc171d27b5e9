// Experiment plans (expansion, presets, validation), the new TrainConfig data keys, the
// `plan` CLI command and the parser of the trainer's JSON progress lines.
#include "train/experimentplan.h"
#include "train/trainconfig.h"
#include "train/trainprogress.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace fm;

class TestExperimentPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridExpandsToSixteenNamedRuns();
    void ablationAxes_data();
    void ablationAxes();
    void ablationKeepsIdenticalConfigsOnce();
    void singleAndProtocolRuns();
    void everyPresetExpands_data();
    void everyPresetExpands();
    void badPlans_data();
    void badPlans();
    void configDataKeys();
    void runNames_data();
    void runNames();
    void cliWritesConfigs();
    void parserSplitRun();
    void parserCrossValidationWithPretraining();
    void parserLogLinesAndErrors();
};

void TestExperimentPlan::gridExpandsToSixteenNamedRuns()
{
    ExperimentPlan plan;
    plan.protocol = QStringLiteral("grid");
    plan.base = QJsonObject{{QStringLiteral("epochs"), 3}, {QStringLiteral("loss"), "npair"}};
    const auto runs = plan.expand();
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 16);
    QSet<QString> names;
    for (const PlannedRun &r : runs.value()) {
        names.insert(r.name);
        QCOMPARE(r.config[QStringLiteral("loss")].toString(), QStringLiteral("contrastive"));
        QCOMPARE(r.config[QStringLiteral("epochs")].toInt(), 3);
        const QString expected = QStringLiteral("grid-mp%1-mn%2")
                                     .arg(r.config[QStringLiteral("margin_p")].toDouble())
                                     .arg(r.config[QStringLiteral("margin_n")].toDouble());
        QCOMPARE(r.name, expected);
    }
    QCOMPARE(names.size(), 16);
    QVERIFY(names.contains(QStringLiteral("grid-mp0.2-mn0.3")));
    QVERIFY(names.contains(QStringLiteral("grid-mp0.5-mn0.1")));
    // Deterministic: a second expansion gives the same runs in the same order.
    const auto again = plan.expand();
    for (size_t i = 0; i < runs->size(); ++i) {
        QCOMPARE(again->at(i).name, runs->at(i).name);
        QCOMPARE(again->at(i).config, runs->at(i).config);
    }
}

void TestExperimentPlan::ablationAxes_data()
{
    QTest::addColumn<QString>("axis");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("sfe") << "sfe" << QStringList{"abl-sfe-sfe-l", "abl-sfe-sfe-e", "abl-sfe-sfe-m"}
                         << "sfe" << QStringList{"sfe-l/pooled", "sfe-e/pooled", "sfe-m/pooled"};
    QTest::newRow("loss") << "loss" << QStringList{"abl-loss-contrastive", "abl-loss-npair"}
                          << "loss" << QStringList{"contrastive-similarity", "npair"};
    QTest::newRow("trimming") << "trimming" << QStringList{"abl-trimming-on", "abl-trimming-off"}
                              << "trimming" << QStringList{"true", "false"};
    QTest::newRow("pretrain") << "pretrain"
                              << QStringList{"abl-pretrain-baseline", "abl-pretrain-ss",
                                             "abl-pretrain-ssplus"}
                              << "pretrain" << QStringList{"none", "ss", "ss+"};
    QTest::newRow("data") << "data" << QStringList{"abl-data-fm", "abl-data-lm", "abl-data-fm+lm"}
                          << "kinds"
                          << QStringList{"facial-motion", "lip-movement",
                                         "facial-motion,lip-movement"};
}

void TestExperimentPlan::ablationAxes()
{
    QFETCH(QString, axis);
    QFETCH(QStringList, names);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    ExperimentPlan plan;
    plan.protocol = QStringLiteral("ablation");
    plan.axes = {axis};
    const auto runs = plan.expand();
    QVERIFY2(runs.ok(), runs.ok() ? "" : qPrintable(runs.error().message));
    QCOMPARE(int(runs->size()), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const PlannedRun &r = runs->at(size_t(i));
        QCOMPARE(r.name, names[i]);
        const QJsonValue v = r.config[key];
        QString text;
        if (v.isBool())
            text = v.toBool() ? "true" : "false";
        else if (v.isObject())
            text = v.toObject()[QStringLiteral("mode")].toString();
        else if (v.isArray())
            text = v.toVariant().toStringList().join(',');
        else
            text = v.toString();
        QCOMPARE(text, values[i]);
        QVERIFY(TrainConfig::fromJson(r.config).ok());
    }
}

void TestExperimentPlan::ablationKeepsIdenticalConfigsOnce()
{
    // Base: trimming on, no pretraining -> "trimming on" and "baseline" are the same run.
    ExperimentPlan plan;
    plan.protocol = QStringLiteral("ablation");
    plan.axes = {QStringLiteral("trimming"), QStringLiteral("pretrain")};
    const auto runs = plan.expand();
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 4);
    QCOMPARE(runs->at(0).name, QStringLiteral("abl-trimming-on"));
    QCOMPARE(runs->at(1).name, QStringLiteral("abl-trimming-off"));
    QCOMPARE(runs->at(2).name, QStringLiteral("abl-pretrain-ss"));
    QCOMPARE(runs->at(2).config[QStringLiteral("pretrain")][QStringLiteral("views")].toInt(), 2);
    QCOMPARE(runs->at(3).name, QStringLiteral("abl-pretrain-ssplus"));
    QCOMPARE(runs->at(3).config[QStringLiteral("pretrain")][QStringLiteral("epochs")].toInt(), 10);
    QVERIFY(!runs->at(3).config[QStringLiteral("pretrain")].toObject().contains("views"));
}

void TestExperimentPlan::singleAndProtocolRuns()
{
    ExperimentPlan plan;
    plan.base = QJsonObject{{QStringLiteral("protocol"), "cv"}, {QStringLiteral("folds"), 5}};
    auto runs = plan.expand();
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 1);
    QCOMPARE(runs->at(0).name, QStringLiteral("run"));
    QCOMPARE(runs->at(0).config[QStringLiteral("protocol")].toString(), QStringLiteral("cv"));
    plan.protocol = QStringLiteral("split");
    runs = plan.expand();
    QCOMPARE(runs->at(0).name, QStringLiteral("split"));
    QCOMPARE(runs->at(0).config[QStringLiteral("protocol")].toString(), QStringLiteral("split"));
    plan.protocol = QStringLiteral("cv");
    runs = plan.expand();
    QCOMPARE(runs->at(0).config[QStringLiteral("folds")].toInt(), 5);
    // toJson/fromJson round trip.
    const auto back = ExperimentPlan::fromJson(plan.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->expand()->at(0).config, runs->at(0).config);
}

void TestExperimentPlan::everyPresetExpands_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("runs");
    QTest::addColumn<QString>("protocol");
    const QList<QPair<QString, int>> expected{{"seed000-cv-contrastive", 1},
                                              {"seed000-cv-npair", 1},
                                              {"seed000-lm", 1},
                                              {"seed000-trimming", 2},
                                              {"seed000-sfe", 3},
                                              {"seed001-baseline", 1},
                                              {"seed001-ssplus", 1},
                                              {"seed001-pretraining", 3},
                                              {"seed001-grid", 16},
                                              {"fm-only", 1},
                                              {"lm-only", 1},
                                              {"data-ablation", 3}};
    QCOMPARE(planPresetNames().size(), expected.size());
    for (const auto &[name, count] : expected)
        QTest::newRow(qPrintable(name))
            << name << count << (name.startsWith("seed001") ? "split" : "cv");
}

void TestExperimentPlan::everyPresetExpands()
{
    QFETCH(QString, name);
    QFETCH(int, runs);
    QFETCH(QString, protocol);
    const auto plan = planPreset(name);
    QVERIFY(plan.ok());
    QVERIFY(!plan->source.isEmpty());
    QVERIFY(plan->source.contains("seed 00"));
    const auto expanded = plan->expand();
    QVERIFY2(expanded.ok(), expanded.ok() ? "" : qPrintable(expanded.error().message));
    QCOMPARE(int(expanded->size()), runs);
    for (const PlannedRun &r : expanded.value()) {
        QCOMPARE(r.config[QStringLiteral("protocol")].toString(), protocol);
        QVERIFY(isValidRunName(r.name));
    }
    // The JSON form of a preset is a valid plan file.
    QVERIFY(ExperimentPlan::fromJson(plan->toJson()).ok());
}

void TestExperimentPlan::badPlans_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << QJsonObject{{"protocl", "grid"}} << "protocl";
    QTest::newRow("bad protocol") << QJsonObject{{"protocol", "bootstrap"}} << "protocol";
    QTest::newRow("ablation without axes") << QJsonObject{{"protocol", "ablation"}} << "axis";
    QTest::newRow("unknown axis") << QJsonObject{{"protocol", "ablation"},
                                                 {"axes", QJsonArray{"colour"}}}
                                  << "axes";
    QTest::newRow("repeated axis")
        << QJsonObject{{"protocol", "ablation"}, {"axes", QJsonArray{"sfe", "sfe"}}} << "axes";
    QTest::newRow("negative margin")
        << QJsonObject{{"protocol", "grid"}, {"margins_p", QJsonArray{0.1, -0.2}}} << "margins_p";
    QTest::newRow("empty margins")
        << QJsonObject{{"protocol", "grid"}, {"margins_n", QJsonArray{}}} << "margins_n";
    QTest::newRow("base typo") << QJsonObject{{"base", QJsonObject{{"learnig_rate", 0.1}}}}
                               << "learnig_rate";
    QTest::newRow("base bad value")
        << QJsonObject{{"base", QJsonObject{{"epochs", 0}}}} << "epochs";
    QTest::newRow("base not object") << QJsonObject{{"base", 3}} << "base";
    QTest::newRow("name not text") << QJsonObject{{"name", 3}} << "name";
}

void TestExperimentPlan::badPlans()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    const auto plan = ExperimentPlan::fromJson(json);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(expected), qPrintable(plan.error().message));
    QVERIFY(!planPreset(QStringLiteral("no-such-preset")).ok());
}

void TestExperimentPlan::configDataKeys()
{
    const auto c = TrainConfig::fromJson(
        {{"kinds", QJsonArray{"lip-movement", "compound"}}, {"include_excluded", true}});
    QVERIFY(c.ok());
    QCOMPARE(c->kinds, (QStringList{"lip-movement", "compound"}));
    QVERIFY(c->includeExcluded);
    const auto back = TrainConfig::fromJson(c->toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->kinds, c->kinds);
    QCOMPARE(back->toJson(), c->toJson());
    QVERIFY(TrainConfig().kinds.isEmpty());
    QVERIFY(!TrainConfig().includeExcluded);
    for (const QJsonValue &bad :
         {QJsonValue(QJsonArray{"fm"}), QJsonValue("facial-motion"),
          QJsonValue(QJsonArray{"facial-motion", "facial-motion"}), QJsonValue(QJsonArray{1})}) {
        const auto e = TrainConfig::fromJson({{"kinds", bad}});
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains("kinds"));
    }
    QVERIFY(!TrainConfig::fromJson({{"include_excluded", 1}}).ok());
}

void TestExperimentPlan::runNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "exp1" << true;
    QTest::newRow("grid") << "grid-mp0.2-mn0.3" << true;
    QTest::newRow("plus") << "abl-data-fm+lm" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("dotdot") << ".." << false;
    QTest::newRow("hidden") << ".jobs" << false;
    QTest::newRow("space") << "my run" << false;
    QTest::newRow("long") << QString(81, 'a') << false;
}

void TestExperimentPlan::runNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidRunName(name), valid);
}

void TestExperimentPlan::cliWritesConfigs()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("grid"));
    QProcess p;
    p.start(QStringLiteral(FM_CLI_PATH), {"plan", "--preset", "seed001-grid", "--out", out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList files = QDir(out).entryList({QStringLiteral("grid-*.json")}, QDir::Files);
    QCOMPARE(files.size(), 16);
    QFile one(QDir(out).filePath(QStringLiteral("grid-mp0.2-mn0.3.json")));
    QVERIFY(one.open(QIODevice::ReadOnly));
    const auto config = TrainConfig::fromJson(QJsonDocument::fromJson(one.readAll()).object());
    QVERIFY(config.ok());
    QCOMPARE(config->marginP, 0.2);
    QCOMPARE(config->marginN, 0.3);
    QVERIFY(config->compound);
    QFile summary(QDir(out).filePath(QStringLiteral("plan.json")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(summary.readAll())["runs"].toArray().size(), 16);

    // A plan file with a custom grid.
    const QString planPath = tmp.filePath(QStringLiteral("plan.json"));
    QFile plan(planPath);
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write(QJsonDocument(QJsonObject{{"protocol", "grid"},
                                         {"margins_p", QJsonArray{0.1, 0.2}},
                                         {"margins_n", QJsonArray{0.3}}})
                   .toJson());
    plan.close();
    p.start(QStringLiteral(FM_CLI_PATH), {"plan", "--plan", planPath, "--out", tmp.filePath("b")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QDir(tmp.filePath("b")).entryList({"grid-*.json"}, QDir::Files).size(), 2);

    // Bad input: unknown preset (1), missing --out (2), broken plan file (1); nothing written.
    p.start(QStringLiteral(FM_CLI_PATH), {"plan", "--preset", "nope", "--out", tmp.filePath("c")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("Unknown preset"));
    QVERIFY(!QDir(tmp.filePath("c")).exists());
    p.start(QStringLiteral(FM_CLI_PATH), {"plan", "--preset", "seed001-grid"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(plan.open(QIODevice::WriteOnly | QIODevice::Truncate));
    plan.write("{\"protocol\": \"grid\", ");
    plan.close();
    p.start(QStringLiteral(FM_CLI_PATH), {"plan", "--plan", planPath, "--out", tmp.filePath("d")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!QDir(tmp.filePath("d")).exists());
}

static QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestExperimentPlan::parserSplitRun()
{
    TrainProgressParser parser = TrainProgressParser::forConfig(
        QJsonObject{{"protocol", "split"}, {"epochs", 2}});
    QVERIFY(!parser.feed("split: 30 training clips"));
    QVERIFY(!parser.feed("{broken"));
    QVERIFY(parser.feed(line({{"phase", "start"}, {"partition", "split"}})));
    QVERIFY(parser.feed(line({{"phase", "train"},
                              {"epoch", 1},
                              {"epochs", 2},
                              {"step", 2},
                              {"steps", 4},
                              {"loss", 0.5},
                              {"eta_s", 12.0}})));
    TrainProgress p = parser.progress();
    QCOMPARE(p.fraction, 0.25); // 2 of 8 steps
    QCOMPARE(p.etaSeconds, 12.0);
    QCOMPARE(p.epoch, 1);
    QCOMPARE(p.lossSeries.size(), 1);
    QCOMPARE(p.lossSeries[0], QPointF(2, 0.5));
    parser.feed(line(
        {{"phase", "train"}, {"epoch", 1}, {"epochs", 2}, {"step", 4}, {"steps", 4}, {"loss", 0.4}}));
    parser.feed(line({{"phase", "validate"},
                      {"stage", "train"},
                      {"epoch", 1},
                      {"epochs", 2},
                      {"loss", 0.4},
                      {"ap", 0.7},
                      {"eta_s", 3.0}}));
    parser.feed(line(
        {{"phase", "train"}, {"epoch", 2}, {"epochs", 2}, {"step", 1}, {"steps", 4}, {"loss", 0.3}}));
    p = parser.progress();
    QCOMPARE(p.apSeries.size(), 1);
    QCOMPARE(p.apSeries[0], QPointF(4, 0.7));
    QCOMPARE(p.lastAp, 0.7);
    QCOMPARE(p.lossSeries.last(), QPointF(5, 0.3));
    QCOMPARE(p.fraction, 5.0 / 8.0);
    parser.feed(line(
        {{"phase", "validate"}, {"stage", "train"}, {"epoch", 2}, {"epochs", 2}, {"ap", 0.9}}));
    QCOMPARE(parser.progress().fraction, 1.0);
    QCOMPARE(parser.progress().apSeries.last(), QPointF(8, 0.9));
}

void TestExperimentPlan::parserCrossValidationWithPretraining()
{
    // 3 folds x (1 pretraining epoch + 2 training epochs) = 9 epoch units.
    TrainProgressParser parser = TrainProgressParser::forConfig(
        QJsonObject{{"protocol", "cv"},
                    {"folds", 3},
                    {"epochs", 2},
                    {"pretrain", QJsonObject{{"mode", "ss+"}, {"epochs", 1}}}});
    parser.feed(line({{"phase", "start"}, {"partition", "fold-02"}}));
    parser.feed(line({{"phase", "pretrain"},
                      {"epoch", 1},
                      {"epochs", 1},
                      {"step", 5},
                      {"steps", 10},
                      {"loss", 2.0}}));
    QCOMPARE(parser.progress().partitionIndex, 1);
    QCOMPARE(parser.progress().stage, QStringLiteral("pretrain"));
    QCOMPARE(parser.progress().fraction, 3.5 / 9.0);
    QCOMPARE(parser.progress().lossSeries.last().x(), 5.0);
    parser.feed(line(
        {{"phase", "validate"}, {"stage", "pretrain"}, {"epoch", 1}, {"epochs", 1}, {"ap", 0.5}}));
    parser.feed(line(
        {{"phase", "train"}, {"epoch", 1}, {"epochs", 2}, {"step", 3}, {"steps", 6}, {"loss", 0.2}}));
    const TrainProgress &p = parser.progress();
    QCOMPARE(p.stage, QStringLiteral("train"));
    QCOMPARE(p.fraction, (3 + 1 + 0.5) / 9.0);
    // The training stage continues the step axis after the 10 pretraining steps.
    QCOMPARE(p.lossSeries.last().x(), 13.0);
    QCOMPARE(p.apSeries.first(), QPointF(10, 0.5));
}

void TestExperimentPlan::parserLogLinesAndErrors()
{
    TrainProgressParser parser;
    QVERIFY(parser.feed("2026-11-21T10:33:34Z {\"epoch\":1,\"epochs\":1,\"loss\":0.25,"
                        "\"phase\":\"train\",\"step\":1,\"steps\":2}\n"));
    QCOMPARE(parser.progress().loss, 0.25);
    QVERIFY(!parser.feed("2026-11-21T10:33:34Z train epoch 1/1 step 1/2 loss 0.25\n"));
    QVERIFY(!parser.feed("2026-11-21T10:33:34Z {not json}"));
    QVERIFY(!parser.feed("{\"no_phase\": 1}"));
    QVERIFY(parser.feed(line({{"phase", "error"}, {"message", "The fold is empty."}})));
    QCOMPARE(parser.progress().error, QStringLiteral("The fold is empty."));
    QCOMPARE(parser.progress().phase, QStringLiteral("error"));
    parser.reset();
    QCOMPARE(parser.progress().lines, 0);
    QVERIFY(parser.progress().lossSeries.isEmpty());
}

QTEST_GUILESS_MAIN(TestExperimentPlan)
#include "tst_experimentplan.moc"
