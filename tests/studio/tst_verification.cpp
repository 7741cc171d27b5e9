#include "verifyfixture.h"

#include "train/verification.h"
#include "video/clipwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace fm;

/** Two-factor verification on real video files (issue 7 `verify`, seed 000 Fig. 1). */
class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameClipVerifies();
    void samePersonSameMotion();
    void otherPersonFailsIdentity();
    void featureCacheIsReused();
    void badInputs_data();
    void badInputs();
    void badRuns_data();
    void badRuns();
    void cancels();
    void cliVerifiesVideos();
    void cliErrors();

private:
    QTemporaryDir m_tmp;
    testing::VerifyData m_data;
    std::unique_ptr<Verifier> m_verifier;
};

void TestVerification::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    auto data = testing::makeVerifyData(m_tmp.filePath(QStringLiteral("data")));
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    m_data = data.value();
    auto verifier = Verifier::create(m_data.runDir);
    QVERIFY2(verifier.ok(), verifier.ok() ? "" : qPrintable(verifier.error().message));
    m_verifier = std::move(verifier.value());
}

void TestVerification::sameClipVerifies()
{
    const auto r = m_verifier->verify(m_data.personA1, m_data.personA1);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    qInfo("same clip: motion distance %g, identity distance %g", r->motionDistance,
          r->identityDistance);
    QVERIFY(std::abs(r->motionDistance) < 1e-5);
    QVERIFY(r->identityDistance < 1e-5);
    QVERIFY(r->motionAccepted);
    QVERIFY(r->identityAccepted);
    QVERIFY(r->accepted());
    QCOMPARE(r->enrol.frames, 40);
    QVERIFY(r->enrol.framesWithFace >= 35);
    QVERIFY(r->enrol.identityFrames >= 1 && r->enrol.identityFrames <= 8);
    QCOMPARE(int(r->enrol.descriptor.size()), 128);
    QCOMPARE(int(r->enrol.embedding.size()), 16);
    const QJsonObject json = r->toJson();
    QCOMPARE(json.value(QStringLiteral("accepted")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("sfe")).toString(), QStringLiteral("sfe-l/pooled"));
    QVERIFY(r->toText().contains(QStringLiteral("ACCEPTED")));
}

void TestVerification::samePersonSameMotion()
{
    const auto r = m_verifier->verify(m_data.personA1, m_data.personA2);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    qInfo("same person, other repetition: motion distance %g (threshold %g), identity %g",
          r->motionDistance, r->distanceThreshold, r->identityDistance);
    QVERIFY(r->identityAccepted);
    QVERIFY(r->identityDistance < 0.6);
    QVERIFY(r->motionDistance > 0); // a different recording is not the same numbers
}

void TestVerification::otherPersonFailsIdentity()
{
    const auto r = m_verifier->verify(m_data.personA1, m_data.personB);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    qInfo("other person: motion distance %g, identity distance %g", r->motionDistance,
          r->identityDistance);
    QVERIFY(r->identityDistance >= 0.6);
    QVERIFY(!r->identityAccepted);
    QVERIFY(!r->accepted());
    QVERIFY(r->toText().contains(QStringLiteral("REJECTED")));
    QCOMPARE(r->toJson()[QStringLiteral("identity")].toObject()[QStringLiteral("accepted")].toBool(),
             false);
}

void TestVerification::featureCacheIsReused()
{
    VerificationOptions options;
    options.featureCacheDir = m_tmp.filePath(QStringLiteral("featcache"));
    auto verifier = Verifier::create(m_data.runDir, options);
    QVERIFY(verifier.ok());
    const auto first = verifier.value()->describe(m_data.personB);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(!first->featuresFromCache);
    QCOMPARE(QDir(options.featureCacheDir).entryList(QDir::Files).size(), 1);
    const auto second = verifier.value()->describe(m_data.personB);
    QVERIFY(second.ok());
    QVERIFY(second->featuresFromCache);
    double dot = 0;
    for (size_t i = 0; i < first->embedding.size(); ++i)
        dot += double(first->embedding[i]) * double(second->embedding[i]);
    QVERIFY2(dot > 0.999, qPrintable(QString::number(dot))); // float16 cache rounding only
}

void TestVerification::badInputs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
    QTest::newRow("not a video") << "text"
                                 << "could not be read";
    QTest::newRow("no face") << "noface"
                             << "No face";
}

void TestVerification::badInputs()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = m_tmp.filePath(kind + QStringLiteral(".mp4"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a video\n");
    } else if (kind == QLatin1String("noface")) {
        auto writer = ClipWriter::create(path, QSize(320, 240), 30.0);
        QVERIFY(writer.ok());
        cv::RNG rng(5);
        for (int i = 0; i < 20; ++i) {
            cv::Mat frame(240, 320, CV_8UC3);
            rng.fill(frame, cv::RNG::UNIFORM, 60, 120);
            QVERIFY(writer.value()->write(frame));
        }
        QVERIFY(writer.value()->finish().ok());
    }
    const auto r = m_verifier->verify(m_data.personA1, path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QFileInfo(path).fileName()));
    // The verifier still works after a failure.
    QVERIFY(m_verifier->describe(m_data.personA1).ok());
}

void TestVerification::badRuns_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no model") << "model.pt"
                              << "model.pt";
    QTest::newRow("no metrics") << "metrics.json"
                                << "metrics.json";
    QTest::newRow("no folder") << ""
                               << "does not exist";
}

void TestVerification::badRuns()
{
    QFETCH(QString, remove);
    QFETCH(QString, expected);
    const QString copy = m_tmp.filePath(QStringLiteral("runcopy-") + remove);
    if (remove == QLatin1String("cv")) {
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/fold-01")));
    } else if (!remove.isEmpty()) {
        QDir().mkpath(copy);
        for (const QString &name : {QStringLiteral("model.pt"), QStringLiteral("config.json"),
                                    QStringLiteral("metrics.json")}) {
            if (name != remove)
                QVERIFY(QFile::copy(QDir(m_data.runDir).filePath(name), QDir(copy).filePath(name)));
        }
    }
    const auto v = Verifier::create(copy);
    QVERIFY(!v.ok());
    QVERIFY2(v.error().message.contains(expected), qPrintable(v.error().message));
}

void TestVerification::cancels()
{
    std::atomic<bool> cancel{true};
    const auto r = m_verifier->verify(m_data.personA1, m_data.personB, {}, &cancel);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("cancelled")));
    int calls = 0;
    const auto stopped = m_verifier->verify(m_data.personA1, m_data.personB,
                                            [&calls](const QString &, double) {
                                                return ++calls < 5;
                                            });
    QVERIFY(!stopped.ok());
    QCOMPARE(calls, 5);
}

void TestVerification::cliVerifiesVideos()
{
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("verify"), m_data.personA1,
                                            m_data.personB, QStringLiteral("--run"), m_data.runDir});
    QVERIFY(cli.waitForFinished(120000));
    const QString errText = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 0);
    const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(json[QStringLiteral("phase")].toString(), QStringLiteral("result"));
    QCOMPARE(json[QStringLiteral("accepted")].toBool(), false);
    const QJsonObject identity = json[QStringLiteral("identity")].toObject();
    QVERIFY(identity[QStringLiteral("distance")].toDouble() >= 0.6);
    QCOMPARE(identity[QStringLiteral("threshold")].toDouble(), 0.6);
    QVERIFY(json[QStringLiteral("motion")].toObject().contains(QStringLiteral("distance")));
    QVERIFY2(errText.contains(QStringLiteral("REJECTED")), qPrintable(errText));
}

void TestVerification::cliErrors()
{
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("verify"), m_data.personA1,
                                            m_tmp.filePath(QStringLiteral("nothing.mp4")),
                                            QStringLiteral("--run"), m_data.runDir});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject json
        = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed().split('\n').last()).object();
    QCOMPARE(json[QStringLiteral("phase")].toString(), QStringLiteral("error"));
    QVERIFY(json[QStringLiteral("message")].toString().contains(QStringLiteral("nothing.mp4")));

    QProcess usage;
    usage.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("verify"), m_data.personA1});
    QVERIFY(usage.waitForFinished(30000));
    QCOMPARE(usage.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
