// The German translation is embedded and loads from the locale.
#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishNeedsNone();
    void germanLoads();
};

void TestTranslations::englishNeedsNone()
{
    // English is the source language: no FaceMotion translation file exists or is needed.
    const QStringList loaded = fm::installTranslations(*QCoreApplication::instance(),
                                                       QLocale(QLocale::English,
                                                               QLocale::UnitedStates));
    QVERIFY(!loaded.join(',').contains(QLatin1String("fmstudio")));
    QCOMPARE(QCoreApplication::translate("fm::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::germanLoads()
{
    const QStringList loaded = fm::installTranslations(*QCoreApplication::instance(),
                                                       QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral("fmstudio_de_DE")), qPrintable(loaded.join(',')));
    QCOMPARE(QCoreApplication::translate("fm::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("fm::MainWindow", "No project open"),
             QStringLiteral("Kein Projekt geöffnet"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
