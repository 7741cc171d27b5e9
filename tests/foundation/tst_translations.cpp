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
    void germanNewPages_data();
    void germanNewPages();
    void germanPlurals();
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

void TestTranslations::germanNewPages_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");

    QTest::newRow("experiments tab") << "fm::MainWindow"
                                     << "Ex&periments"
                                     << "Ex&perimente";
    QTest::newRow("results tab") << "fm::MainWindow"
                                 << "Re&sults"
                                 << "Er&gebnisse";
    QTest::newRow("verify tab") << "fm::MainWindow"
                                << "&Verify"
                                << "Ver&ifizieren";
    QTest::newRow("results sub-tab") << "fm::ResultsPage"
                                     << "Failed pairs"
                                     << "Fehlpaare";
    QTest::newRow("new experiment dialog") << "fm::ExperimentDialog"
                                           << "New experiment"
                                           << "Neues Experiment";
    QTest::newRow("shortcut kept") << "fm::ExperimentsPage"
                                   << "Ctrl+Shift+E"
                                   << "Ctrl+Shift+E";
    QTest::newRow("exclusion reason") << "fm::Review"
                                      << "Wrong motion"
                                      << "Falsche Bewegung";
    QTest::newRow("region label") << "fm::MotionSpotter"
                                  << "mouth"
                                  << "Mund";
    QTest::newRow("verify decision") << "fm::VerifyPage"
                                     << "REJECTED"
                                     << "ABGELEHNT";
}

void TestTranslations::germanNewPages()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    fm::installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), german);
}

void TestTranslations::germanPlurals()
{
    // %n strings use the German plural rule through the loaded translator; placeholders are
    // filled in after translation.
    fm::installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("fm::TsnePlot", "%n clips", nullptr, 1),
             QStringLiteral("1 Clip"));
    QCOMPARE(QCoreApplication::translate("fm::TsnePlot", "%n clips", nullptr, 7),
             QStringLiteral("7 Clips"));
    QCOMPARE(QCoreApplication::translate("fm::ProjectDatabase",
                                         "Unknown project schema version %1.")
                 .arg(9),
             QStringLiteral("Unbekannte Schemaversion 9 des Projekts."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
