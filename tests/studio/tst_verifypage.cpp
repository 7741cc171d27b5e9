#include "studiofixture.h"
#include "verifyfixture.h"
#include "verifypage.h"

#include "frameview.h"

#include "project/project.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fm;

/** The Enrol / verify page running real verifications in the background (issue 9). */
class TestVerifyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiesTwoPeople();
    void errorAndCancel();
    void projectRunsClipsAndPlay();
    void demoProjectScreenshots();

private:
    QTemporaryDir m_tmp;
    testing::VerifyData m_data;
};

void TestVerifyPage::initTestCase()
{
    auto data = testing::makeVerifyData(m_tmp.filePath(QStringLiteral("data")));
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    m_data = data.value();
}

void TestVerifyPage::verifiesTwoPeople()
{
    VerifyPage page(nullptr);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *verify = page.findChild<QPushButton *>(QStringLiteral("verifyButton"));
    QVERIFY(verify);
    QVERIFY(!verify->isEnabled()); // nothing chosen yet
    page.setRunDir(m_data.runDir);
    page.setClipFile(0, m_data.personA1);
    page.setClipFile(1, m_data.personB);
    QVERIFY(verify->isEnabled());
    // Both clips are shown side by side (first frames decoded in the background).
    const QList<FrameView *> views = page.findChildren<FrameView *>();
    QCOMPARE(views.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!views[0]->frame().isNull() && !views[1]->frame().isNull(), 20000);

    QSignalSpy finished(&page, &VerifyPage::verificationFinished);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(page.isRunning());
    QVERIFY(!verify->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!page.isRunning());
    QVERIFY(page.lastResult().has_value());
    QVERIFY(!page.lastResult()->identityAccepted);
    QCOMPARE(page.decisionText(), QStringLiteral("REJECTED"));

    const QString screenshots = qEnvironmentVariable("FM_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        page.grab().save(QDir(screenshots).filePath(QStringLiteral("verify-rejected.png")));

    // The same clip as probe: both factors pass (the loaded verifier is reused).
    page.setClipFile(1, m_data.personA1);
    QVERIFY(!page.lastResult().has_value()); // a new choice clears the old result
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 180000);
    QVERIFY(page.lastResult().has_value());
    QVERIFY(page.lastResult()->accepted());
    QCOMPARE(page.decisionText(), QStringLiteral("ACCEPTED"));
    if (!screenshots.isEmpty())
        page.grab().save(QDir(screenshots).filePath(QStringLiteral("verify-accepted.png")));
}

void TestVerifyPage::errorAndCancel()
{
    VerifyPage page(nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setRunDir(m_data.runDir);
    page.setClipFile(0, m_data.personA1);
    page.setClipFile(1, m_tmp.filePath(QStringLiteral("missing.mp4")));
    QSignalSpy finished(&page, &VerifyPage::verificationFinished);
    page.startVerification();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(page.errorText().contains(QStringLiteral("missing.mp4")), qPrintable(page.errorText()));
    QCOMPARE(page.decisionText(), QStringLiteral("Error"));

    page.setClipFile(1, m_data.personB);
    page.startVerification();
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 180000);
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(page.errorText().contains(QStringLiteral("cancelled")), qPrintable(page.errorText()));
}

void TestVerifyPage::projectRunsClipsAndPlay()
{
    const QString source = m_tmp.filePath(QStringLiteral("clips"));
    const QString folder = m_tmp.filePath(QStringLiteral("project"));
    QVERIFY(
        testing::writeStudioClips(source, QStringLiteral("S01"), QStringLiteral("smile"), 2, 1, 30)
            .ok());
    QVERIFY(testing::makeStudioProject(folder, source).ok());
    auto project = Project::open(folder);
    QVERIFY(project.ok());
    // runs/r1 has a model; runs/r0 (no model.pt) is not offered.
    const QDir runs(project.value()->runsDir());
    QVERIFY(runs.mkpath(QStringLiteral("r1")) && runs.mkpath(QStringLiteral("r0")));
    for (const char *name : {"model.pt", "config.json", "metrics.json"})
        QVERIFY(QFile::copy(QDir(m_data.runDir).filePath(QLatin1String(name)),
                            runs.filePath(QStringLiteral("r1/") + QLatin1String(name))));
    VerifyPage page(project.value().get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QCOMPARE(page.runDir(), runs.filePath(QStringLiteral("r1")));
    auto *enrolClips = page.findChild<QComboBox *>(QStringLiteral("enrolClips"));
    auto *probeClips = page.findChild<QComboBox *>(QStringLiteral("probeClips"));
    QCOMPARE(enrolClips->count(), 3); // "choose..." + two clips
    const QVector<Clip> clips = project.value()->clips();
    page.setProjectClip(0, clips[0].id);
    QCOMPARE(enrolClips->currentData().toLongLong(), clips[0].id);
    // Choosing in the list (keyboard on the combo box) sets the probe.
    probeClips->setFocus();
    probeClips->setCurrentIndex(0);
    QTest::keyClick(probeClips, Qt::Key_Down);
    QTest::keyClick(probeClips, Qt::Key_Down);
    const qint64 probeId = probeClips->currentData().toLongLong();
    QVERIFY(probeId > 0);
    QCOMPARE(page.clipPath(0), project.value()->clipPath(clips[0]));
    QCOMPARE(page.clipPath(1), project.value()->clipPath(project.value()->clip(probeId).value()));
    // Play: both views step through the decoded frames.
    auto *view = page.findChild<FrameView *>(QStringLiteral("enrolView"));
    auto *play = page.findChild<QPushButton *>(QStringLiteral("enrolPlay"));
    QTRY_VERIFY_WITH_TIMEOUT(play->isEnabled(), 20000);
    const QImage first = view->frame();
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->frame() != first, 5000);

    QSignalSpy finished(&page, &VerifyPage::verificationFinished);
    page.startVerification();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(page.errorText()));
    QVERIFY(page.lastResult()->identityAccepted); // two clips of one person
}

void TestVerifyPage::demoProjectScreenshots()
{
    // A finished run of a real project (the demo): one genuine and one impostor attempt.
    const QString run = qEnvironmentVariable("FM_DEMO_RUN");
    if (run.isEmpty())
        QSKIP("Set FM_DEMO_RUN=<project>/runs/<run> to verify demo clips");
    auto project = Project::open(QDir(run).absoluteFilePath(QStringLiteral("../..")));
    QVERIFY(project.ok());
    const QVector<Subject> subjects = project.value()->subjects();
    QVERIFY(subjects.size() >= 2);
    auto firstClip = [&](const Subject &s, int motionIndex, int repetition) -> qint64 {
        const QVector<Motion> motions = project.value()->motions(s.id);
        for (const Clip &c : project.value()->clips(motions.value(motionIndex).id)) {
            if (c.repetition == repetition)
                return c.id;
        }
        return 0;
    };
    VerifyPage page(project.value().get());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setRunDir(run);
    const QString dir = qEnvironmentVariable("FM_SCREENSHOT_DIR", QDir::tempPath());
    const struct
    {
        qint64 enrol, probe;
        const char *file;
    } attempts[] = {{firstClip(subjects[0], 0, 1), firstClip(subjects[0], 0, 2),
                     "verify-demo-genuine.png"},
                    {firstClip(subjects[0], 0, 1), firstClip(subjects[1], 0, 2),
                     "verify-demo-impostor.png"}};
    QSignalSpy finished(&page, &VerifyPage::verificationFinished);
    for (const auto &a : attempts) {
        QVERIFY(a.enrol > 0 && a.probe > 0);
        page.setProjectClip(0, a.enrol);
        page.setProjectClip(1, a.probe);
        const int before = int(finished.count());
        page.startVerification();
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.count()), before + 1, 180000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(page.errorText()));
        QTest::qWait(300); // the previews finish decoding
        QVERIFY(page.grab().save(QDir(dir).filePath(QLatin1String(a.file))));
        qInfo("%s: motion distance %.4f (threshold %.4f), face distance %.4f -> %s", a.file,
              page.lastResult()->motionDistance, page.lastResult()->distanceThreshold,
              page.lastResult()->identityDistance, qPrintable(page.decisionText()));
    }
}

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
