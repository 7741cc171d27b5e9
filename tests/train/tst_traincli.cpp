#include "synthfeatures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fm;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &stdoutText)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : stdoutText.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

/** `fmstudio-cli train` and `verify` as a job: JSON lines, SIGTERM + resume, errors. */
class TestTrainCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageAndBadConfig();
    void stopWithSigtermThenResume();

private:
    QTemporaryDir m_tmp;
    QString m_bundle;
};

void TestTrainCli::initTestCase()
{
    m_bundle = m_tmp.filePath(QStringLiteral("features.fmfeats"));
    QVERIFY(featurebundle::write(m_bundle, test::makeSyntheticFeatures({})).ok());
}

void TestTrainCli::usageAndBadConfig()
{
    QProcess p;
    p.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("train"), QStringLiteral("--run"),
                                          m_tmp.filePath(QStringLiteral("x"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);

    const QString config = m_tmp.filePath(QStringLiteral("bad.json"));
    writeFile(config, R"({"epochs": 3, "learnig_rate": 0.1})");
    const QString run = m_tmp.filePath(QStringLiteral("badrun"));
    p.start(QStringLiteral(FM_CLI_PATH),
            {QStringLiteral("train"), QStringLiteral("--features"), m_bundle,
             QStringLiteral("--config"), config, QStringLiteral("--run"), run});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QList<QJsonObject> lines = jsonLines(p.readAllStandardOutput());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0][QStringLiteral("phase")].toString(), QStringLiteral("error"));
    QVERIFY(
        lines[0][QStringLiteral("message")].toString().contains(QStringLiteral("learnig_rate")));
    QVERIFY(p.readAllStandardError().contains("learnig_rate"));
    QVERIFY(!QFileInfo::exists(run));

    writeFile(config, R"({"epochs": 3})");
    p.start(QStringLiteral(FM_CLI_PATH),
            {QStringLiteral("train"), QStringLiteral("--features"),
             m_tmp.filePath(QStringLiteral("missing.fmfeats")), QStringLiteral("--config"), config,
             QStringLiteral("--run"), run});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!QFileInfo::exists(run));

    // "kinds" on a bundle that does not record kinds is refused, not silently ignored.
    writeFile(config, R"({"epochs": 3, "kinds": ["lip-movement"]})");
    p.start(QStringLiteral(FM_CLI_PATH),
            {QStringLiteral("train"), QStringLiteral("--features"), m_bundle,
             QStringLiteral("--config"), config, QStringLiteral("--run"), run});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QList<QJsonObject> refused = jsonLines(p.readAllStandardOutput());
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused[0][QStringLiteral("message")].toString().contains(
                 QStringLiteral("do not record motion kinds")),
             qPrintable(refused[0][QStringLiteral("message")].toString()));
    QVERIFY(!QFileInfo::exists(run));
}

void TestTrainCli::stopWithSigtermThenResume()
{
    QJsonObject o = test::smallConfig();
    o.insert(QStringLiteral("epochs"), 12);
    const QString config = m_tmp.filePath(QStringLiteral("config.json"));
    writeFile(config, QJsonDocument(o).toJson());
    const QString run = m_tmp.filePath(QStringLiteral("run"));
    const QStringList args{QStringLiteral("train"),
                           QStringLiteral("--features"),
                           m_bundle,
                           QStringLiteral("--config"),
                           config,
                           QStringLiteral("--run"),
                           run};

    QProcess p;
    p.start(QStringLiteral(FM_CLI_PATH), args);
    QByteArray text;
    // Wait for the first training progress line, then send SIGTERM.
    QElapsedTimer clock;
    clock.start();
    while (!text.contains("\"phase\":\"train\"") && clock.elapsed() < 60000) {
        p.waitForReadyRead(1000);
        text += p.readAllStandardOutput();
    }
    QVERIFY2(text.contains("\"phase\":\"train\""), text.constData());
    p.terminate();
    QVERIFY(p.waitForFinished(60000));
    text += p.readAllStandardOutput();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QList<QJsonObject> first = jsonLines(text);
    QCOMPARE(first.last()[QStringLiteral("phase")].toString(), QStringLiteral("stopped"));
    QVERIFY(QFile::exists(QDir(run).filePath(QStringLiteral("checkpoints/split.pt"))));
    QVERIFY(!QFile::exists(QDir(run).filePath(QStringLiteral("metrics.json"))));

    p.start(QStringLiteral(FM_CLI_PATH), args);
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QJsonObject> second = jsonLines(p.readAllStandardOutput());
    QCOMPARE(second.first()[QStringLiteral("phase")].toString(), QStringLiteral("start"));
    QVERIFY(second.first()[QStringLiteral("resumed")].toBool());
    QCOMPARE(second.last()[QStringLiteral("phase")].toString(), QStringLiteral("done"));
    QVERIFY(second.last()[QStringLiteral("ap")].toDouble() > 0.27 + 0.1); // chance: 0.27
    for (const char *name : {"config.json", "manifest.json", "log.txt", "model.pt", "metrics.json",
                             "pr.csv", "pairs.csv", "failed.csv"})
        QVERIFY2(QFile::exists(QDir(run).filePath(QLatin1String(name))), name);

    // verify: two repetitions of one motion score higher than two different motions.
    auto score = [&](const QString &a, const QString &b) {
        QProcess v;
        v.start(QStringLiteral(FM_CLI_PATH),
                {QStringLiteral("verify"), a, b, QStringLiteral("--run"), run,
                 QStringLiteral("--features"), m_bundle});
        v.waitForFinished(60000);
        const QList<QJsonObject> l = jsonLines(v.readAllStandardOutput());
        return v.exitCode() == 0 && l.size() == 1 ? l[0][QStringLiteral("score")].toDouble()
                                                  : -10.0;
    };
    const double same = score(QStringLiteral("S01-M1-r1"), QStringLiteral("S01-M1-r2"));
    const double other = score(QStringLiteral("S01-M1-r1"), QStringLiteral("S01-M2-r1"));
    QVERIFY(same > -2 && other > -2);
    QVERIFY2(same > other, qPrintable(QStringLiteral("%1 vs %2").arg(same).arg(other)));
    QCOMPARE(score(QStringLiteral("S01-M1-r1"), QStringLiteral("nope")), -10.0);
}

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
