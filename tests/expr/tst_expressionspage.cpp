// The expressions page driven like a person would: open a demo video of two people, load a
// reference folder, analyse on the worker thread, click a tagged segment to seek, add the
// current frame as a new reference (re-tags without a new pass), cancel a run. With
// FM_SCREENSHOT=PATH the page is grabbed to a PNG after the analysis.
#include "expressionspage.h"
#include "exprtimeline.h"

#include "expr/demotriplets.h"
#include "expr/expressionanalyzer.h"
#include "expr/referencelibrary.h"
#include "face/dlibfacefinder.h"

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>

using namespace fm;

class TestExpressionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyseSeekAndAddReference();
    void cancel();
    void openStaysResponsive();

private:
    QTemporaryDir m_dir;
    QString m_video, m_refs;
};

void TestExpressionsPage::initTestCase()
{
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    auto faces = loadDemoFaces(*dlib.value(), QSize(640, 360), 2);
    QVERIFY(faces.ok());
    // Smile, mouth open, neutral, both side by side raising brows, smile again.
    const std::vector<DemoVideoSegment> segments = {{{0}, 0, 30},    {{1}, 2, 30}, {{0}, -1, 30},
                                                    {{0, 1}, 1, 30}, {{1}, 0, 30}, {{0}, 0, 30}};
    m_video = m_dir.filePath(QStringLiteral("two.mp4"));
    QVERIFY(writeDemoExpressionVideo(m_video, faces.value(), segments, QSize(640, 360), 30.0).ok());
    auto finder = ExprFaceFinder::create();
    QVERIFY(finder.ok());
    m_refs = m_dir.filePath(QStringLiteral("refs"));
    QVERIFY(ReferenceLibrary::addReference(m_refs, QStringLiteral("smile"),
                                           {QStringLiteral("smile")},
                                           renderDemoExpression(*faces.value().warpers[0], 0, 1.f),
                                           *finder.value())
                .ok());
}

void TestExpressionsPage::analyseSeekAndAddReference()
{
    ExpressionsPage page;
    page.resize(1400, 900);
    page.show();
    QVERIFY(!page.openVideo(m_dir.filePath(QStringLiteral("missing.mp4"))));
    QVERIFY(!page.statusText().isEmpty());
    // A file that is not a video: the open task fails, the page says why and is not busy.
    const QString junk = m_dir.filePath(QStringLiteral("junk.mp4"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'j'));
    }
    QSignalSpy opened(&page, &ExpressionsPage::videoOpened);
    QVERIFY(page.openVideo(junk));
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.last().first().toBool(), false);
    QVERIFY(page.statusText().contains(QStringLiteral("junk.mp4")));
    QVERIFY(!page.isBusy());
    QVERIFY(page.openVideo(m_video));
    page.setReferenceFolder(m_refs); // waits for the open, then loads
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QCOMPARE(page.referenceList()->count(), 1);

    QSignalSpy finished(&page, &ExpressionsPage::analysisFinished);
    QVERIFY(page.startAnalysis());
    QVERIFY(page.isBusy());
    QVERIFY(!page.startAnalysis()); // one run at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page.report());
    QCOMPARE(page.identityList()->count(), 2);
    QVERIFY(!page.identityList()->item(0)->icon().isNull());
    QVERIFY(page.summaryGrid()->count() > 0);

    // Click the first tagged segment: the video seeks to its first frame.
    const ExpressionReport &r = *page.report();
    int row = -1;
    for (size_t i = 0; i < r.identities.size() && row < 0; ++i)
        if (!r.identities[i].segments.empty())
            row = int(i);
    QVERIFY2(row >= 0, "the smile reference tagged nothing");
    const TagSegment segment = r.identities[size_t(row)].segments.front();
    QSignalSpy shown(&page, &ExpressionsPage::frameShown);
    QTest::mouseClick(page.timeline(), Qt::LeftButton, {}, page.timeline()->spanCentre(row, 0));
    QCOMPARE(page.currentFrame(), segment.startFrame);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toInt() == segment.startFrame);

    if (qEnvironmentVariableIsSet("FM_SCREENSHOT")) {
        QTest::qWait(300);
        QVERIFY(page.grab().save(qEnvironmentVariable("FM_SCREENSHOT")));
    }

    // Pick a frame of person 2 with mouth open (frames 30-59) and add it as a reference.
    page.seek(45);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toInt() == 45);
    QVERIFY(page.addReferenceFromCurrentFrame(QStringLiteral("open mouth"),
                                              {QStringLiteral("surprise")}));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QCOMPARE(page.referenceList()->count(), 2);
    QVERIFY(QFile::exists(QDir(m_refs).filePath(QStringLiteral("open mouth.png"))));
    bool surpriseTagged = false;
    for (const ExprIdentity &id : page.report()->identities) {
        QCOMPARE(int(id.rates.size()), 2);
        for (const TagSegment &s : id.segments)
            surpriseTagged = surpriseTagged || s.tag == QLatin1String("surprise");
    }
    QVERIFY(surpriseTagged); // the frame it came from at least
}

void TestExpressionsPage::cancel()
{
    ExpressionsPage page;
    QSignalSpy opened(&page, &ExpressionsPage::videoOpened);
    QVERIFY(page.openVideo(m_video));
    QVERIFY(opened.wait(30000));
    QSignalSpy finished(&page, &ExpressionsPage::analysisFinished);
    QVERIFY(page.startAnalysis());
    page.cancelAnalysis();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!page.report());
    QVERIFY(!page.isBusy());
}

void TestExpressionsPage::openStaysResponsive()
{
    // A named pipe stands for a very slow file (a network drive, a huge container): opening
    // it blocks until data comes. The page must keep its event loop running meanwhile.
    const QString pipe = m_dir.filePath(QStringLiteral("slow.avi"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    ExpressionsPage page;
    page.show();
    QSignalSpy opened(&page, &ExpressionsPage::videoOpened);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(10);
    QVERIFY(page.openVideo(pipe)); // returns at once
    QVERIFY(page.isBusy());
    QVERIFY(page.statusText().startsWith(QStringLiteral("Opening")));
    QTest::qWait(500);
    QCOMPARE(opened.count(), 0);                               // still blocked in the open
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // ~50 expected: loop not frozen
    QVERIFY(!page.openVideo(m_video));                         // one open at a time
    // Give the pipe a writer that closes at once: the open ends with an error, nothing hangs.
    {
        QFile writer(pipe);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write(QByteArray(64, 'x'));
    }
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.first().first().toBool(), false);
    QVERIFY(!page.isBusy());
    // The page still opens a real video afterwards.
    QVERIFY(page.openVideo(m_video));
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.last().first().toBool(), true);
    QVERIFY(page.statusText().contains(QStringLiteral("frames at")));
}

QTEST_MAIN(TestExpressionsPage)
#include "tst_expressionspage.moc"
