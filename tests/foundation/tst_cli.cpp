// fmstudio-cli as a user runs it: --version, --help, unknown commands, doctor.
#include "clicommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess process;
        process.start(QStringLiteral(FM_CLI_PATH), args);
        if (!process.waitForFinished(timeoutMs))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionListsFourLibraries();
    void helpListsSubcommands();
    void noArgumentsIsUsageError();
    void unknownCommandFails();
    void doctorWritesPrivateReport();
};

void TestCli::versionListsFourLibraries()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^fmstudio-cli \\d+\\.\\d+"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Qt 6\\.\\d+\\.\\d+"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("LibTorch 1\\.13\\.\\d+"))));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("OpenCV 4\\.\\d+\\.\\d+"))));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("dlib 19\\.\\d+\\.\\d+"))));
}

void TestCli::helpListsSubcommands()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Usage: fmstudio-cli")));
    for (const fm::cli::CliCommand &command : fm::cli::commands())
        QVERIFY2(r.out.contains(QStringLiteral("  ") + command.name), qPrintable(command.name));
}

void TestCli::noArgumentsIsUsageError()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage:")));
}

void TestCli::unknownCommandFails()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("Unknown command \"frobnicate\"")));
}

void TestCli::doctorWritesPrivateReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("doctor"));
    const Run r = run({QStringLiteral("doctor"), QStringLiteral("--out"), out}, 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Results written to ") + out));
    QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile report(out + QStringLiteral("/report.json"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("photos")).toArray().size() >= 6);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
