// The studio-facing job: clips analysed off the calling thread, progress and results through
// queued signals, failures per clip, and cancellation.
#include "synthclip.h"

#include "motion/analysisjob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fm;
using namespace fm::testing;

class TestAnalysisJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analysesInBackground();
    void cancels();

private:
    QTemporaryDir m_dir;
    QString m_clip;
};

void TestAnalysisJob::initTestCase()
{
    auto face = demoFace(cv::Size(320, 240));
    QVERIFY(face);
    SyntheticMotion motion;
    motion.frames = 45;
    motion.onset = 10;
    motion.apexStart = 16;
    motion.apexEnd = 22;
    motion.offset = 30;
    m_clip = m_dir.filePath(QStringLiteral("job.mp4"));
    QVERIFY(writeSyntheticClip(m_clip, face.value(), motion));
}

void TestAnalysisJob::analysesInBackground()
{
    AnalysisJob job({m_clip, m_dir.filePath(QStringLiteral("missing.mp4"))});
    QSignalSpy progress(&job, &AnalysisJob::progress);
    QSignalSpy analysed(&job, &AnalysisJob::clipAnalysed);
    QSignalSpy failed(&job, &AnalysisJob::clipFailed);
    QSignalSpy finished(&job, &AnalysisJob::finished);
    job.start(2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!job.isRunning());
    QCOMPARE(analysed.count(), 1);
    QCOMPARE(analysed.first().at(0).toInt(), 0);
    const auto result = analysed.first().at(1).value<QSharedPointer<const ClipAnalysis>>();
    QVERIFY(result);
    QCOMPARE(int(result->frames.size()), 45);
    QVERIFY(result->motion.found());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("does not exist")));
    QVERIFY(progress.count() >= 5);
}

void TestAnalysisJob::cancels()
{
    AnalysisJob job({m_clip, m_clip, m_clip, m_clip});
    QSignalSpy finished(&job, &AnalysisJob::finished);
    QSignalSpy analysed(&job, &AnalysisJob::clipAnalysed);
    connect(&job, &AnalysisJob::progress, &job, [&job](int, int done, int) {
        if (done >= 10)
            job.cancel();
    });
    job.start(1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(analysed.count() < 4);
}

QTEST_GUILESS_MAIN(TestAnalysisJob)
#include "tst_analysisjob.moc"
