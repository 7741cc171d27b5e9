// `fmstudio-cli eval-embeddings` end to end: every run-folder file with its columns, and every
// kind of bad input giving a clear error, a non-zero exit and no output folder.
#include "evaltestdata.h"

#include "eval/embeddingtable.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;

class TestEvalCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryFile();
    void badInput_data();
    void badInput();
    void usageErrors();

private:
    struct Run
    {
        int exitCode;
        QString out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(FM_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString writeCsv(const QString &name, const QByteArray &text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    static QByteArray csvOf(const evaltest::SyntheticSet &set)
    {
        QByteArray text = "clip,subject,motion";
        for (int k = 0; k < set.dim; ++k)
            text += ",e" + QByteArray::number(k);
        text += '\n';
        for (int i = 0; i < set.clips.size(); ++i) {
            text += set.clips[i].toUtf8() + ',' + set.subjects[i].toUtf8() + ','
                    + set.motions[i].toUtf8();
            for (int k = 0; k < set.dim; ++k)
                text += ',' + QByteArray::number(set.values[size_t(i * set.dim + k)], 'g', 9);
            text += '\n';
        }
        return text;
    }
    static QStringList dataLines(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QStringList lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                lines.append(QString::fromUtf8(line));
        }
        return lines;
    }
    QTemporaryDir m_tmp;
};

void TestEvalCli::writesEveryFile()
{
    const QString in = writeCsv(QStringLiteral("good.csv"),
                                csvOf(evaltest::makeSynthetic(4, 3, 5, 16, 1.0, 1)));
    const QString out = m_tmp.filePath(QStringLiteral("run"));
    const Run r = run({QStringLiteral("eval-embeddings"), in, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("AP ")));

    QFile metricsFile(out + QStringLiteral("/metrics.json"));
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    const QJsonObject metrics = QJsonDocument::fromJson(metricsFile.readAll()).object();
    QCOMPARE(metrics.value(QStringLiteral("clips")).toInt(), 60);
    QCOMPARE(metrics.value(QStringLiteral("positive_pairs")).toInt(), 4 * 3 * 10);
    QCOMPARE(metrics.value(QStringLiteral("negative_pairs")).toInt(), 4 * (15 * 14 / 2 - 30));
    QCOMPARE(metrics.value(QStringLiteral("negative_pair_rule")).toString(),
             QStringLiteral("same-subject"));
    for (const char *key : {"average_precision", "peak_f1", "peak_f1_threshold", "roc_auc", "eer",
                            "operating_point", "failed_pairs", "tsne"})
        QVERIFY2(metrics.contains(QLatin1String(key)), key);
    const double ap = metrics.value(QStringLiteral("average_precision")).toDouble();
    QVERIFY(ap > 0.5 && ap <= 1.0);
    QVERIFY(metrics.value(QStringLiteral("tsne"))
                .toObject()
                .contains(QStringLiteral("trustworthiness_k10")));

    const struct
    {
        const char *file, *header;
        int rows; // -1: any (> 0)
    } expected[] = {
        {"pr.csv", "threshold,precision,recall,f1,tp,fp", -1},
        {"roc.csv", "threshold,fpr,tpr,fp,tp", -1},
        {"pairs.csv",
         "clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,weight",
         120 + 4 * 75},
        {"failed.csv",
         "kind,rank,clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,score,distance,threshold,"
         "margin",
         -1},
        {"embeddings.csv", nullptr, 60},
        {"tsne.csv", "clip,subject,motion,x,y", 60},
    };
    for (const auto &e : expected) {
        const QStringList lines = dataLines(out + QLatin1Char('/') + QLatin1String(e.file));
        QVERIFY2(!lines.isEmpty(), e.file);
        if (e.header)
            QCOMPARE(lines.first(), QLatin1String(e.header));
        if (e.rows >= 0)
            QCOMPARE(int(lines.size()) - 1, e.rows);
        else
            QVERIFY(lines.size() > 1);
    }
    // embeddings.csv reads back as an embeddings CSV with the same clips.
    const Result<EmbeddingTable> back = EmbeddingTable::readCsv(
        out + QStringLiteral("/embeddings.csv"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->size(), 60);
    QCOMPARE(back->dim(), 16);
    QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
}

void TestEvalCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray header = "clip,subject,motion,e0,e1\n";
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("header only") << header << QStringLiteral("no clips");
    QTest::newRow("bad header") << QByteArray("clip,who,motion,e0\na,s,m,1\n")
                                << QStringLiteral("header");
    QTest::newRow("one subject") << header + "a,s,m,1,0\nb,s,m,0.9,0.1\nc,s,n,0,1\n"
                                 << QStringLiteral("one subject");
    QTest::newRow("no positive pairs") << header + "a,s,m,1,0\nb,s,n,0,1\nc,t,m,1,0\nd,t,n,0,1\n"
                                       << QStringLiteral("positive");
    QTest::newRow("no negative pairs")
        << header + "a,s,m,1,0\nb,s,m,0.9,0.1\nc,t,m,1,0\nd,t,m,0,1\n"
        << QStringLiteral("negative");
    QTest::newRow("NaN value") << header + "a,s,m,1,nan\nb,t,m,0,1\n" << QStringLiteral("e1");
    QTest::newRow("not a number") << header + "a,s,m,1,x\nb,t,m,0,1\n" << QStringLiteral("e1");
    QTest::newRow("ragged row") << header + "a,s,m,1,0\nb,t,m,0\n" << QStringLiteral("fields");
    QTest::newRow("zero vector") << header + "a,s,m,0,0\nb,t,m,0,1\n" << QStringLiteral("zeros");
    QTest::newRow("duplicate clip") << header + "a,s,m,1,0\na,t,m,0,1\n" << QStringLiteral("twice");
}

void TestEvalCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString in = writeCsv(QStringLiteral("%1.csv")
                                    .arg(QTest::currentDataTag())
                                    .replace(QLatin1Char(' '), QLatin1Char('_')),
                                content);
    const QString out = m_tmp.filePath(QStringLiteral("bad_run"));
    const Run r = run({QStringLiteral("eval-embeddings"), in, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(out), "nothing may be written for bad input");
}

void TestEvalCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("eval-embeddings")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("eval-embeddings"), QStringLiteral("x.csv")}).exitCode, 2);
    const Run missing = run({QStringLiteral("eval-embeddings"),
                             m_tmp.filePath(QStringLiteral("none.csv")), QStringLiteral("--out"),
                             m_tmp.filePath(QStringLiteral("o"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("could not be opened")));
    const Run mode = run({QStringLiteral("eval-embeddings"), QStringLiteral("x.csv"),
                          QStringLiteral("--out"), QStringLiteral("o"),
                          QStringLiteral("--negatives"), QStringLiteral("some")});
    QCOMPARE(mode.exitCode, 2);
    QCOMPARE(run({QStringLiteral("eval-embeddings"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_evalcli.moc"
