#include "verifyfixture.h"
#include "verifypage.h"

#include "frameview.h"

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

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
