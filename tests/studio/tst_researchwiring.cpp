// The research pages wired together in the main window (issue 9): a t-SNE point opens its clip
// in the annotator, the selected failed pair is ringed on the map.
#include "annotatorpage.h"
#include "mainwindow.h"
#include "resultspage.h"
#include "studiofixture.h"
#include "tsnepanel.h"
#include "tsneplot.h"

#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace fm;

class TestResearchWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsnePointOpensClipInAnnotator();
    void failedPairIsRingedOnTheMap();
    void cleanupTestCase();

private:
    QTemporaryDir m_tmp;
    MainWindow *m_window = nullptr;
    TsnePanel *m_panel = nullptr;
    QList<qint64> m_clips;
};

void TestResearchWiring::initTestCase()
{
    const QString source = m_tmp.filePath(QStringLiteral("clips"));
    QVERIFY(QDir().mkpath(source));
    // Four repetitions: the map needs a few distinct clips.
    QVERIFY(
        testing::writeStudioClips(source, QStringLiteral("S01"), QStringLiteral("smile"), 4, 1, 20)
            .ok());
    const QString folder = m_tmp.filePath(QStringLiteral("proj"));
    QVERIFY(testing::makeStudioProject(folder, source).ok());

    // A run folder holding just a t-SNE map of the project's clips, far apart.
    {
        auto project = Project::open(folder);
        QVERIFY(project.ok());
        for (const Clip &c : project.value()->clips())
            m_clips.append(c.id);
    }
    QCOMPARE(m_clips.size(), 4);
    const QString run = QDir(folder).filePath(QStringLiteral("runs/map"));
    QVERIFY(QDir().mkpath(run));
    QFile f(QDir(run).filePath(QStringLiteral("tsne.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("clip,subject,motion,x,y\n");
    for (int k = 0; k < m_clips.size(); ++k)
        f.write(QStringLiteral("%1,S01,smile,%2,%3\n")
                    .arg(m_clips[k])
                    .arg(10 * (k % 2))
                    .arg(10 * (k / 2))
                    .toUtf8());
    f.close();

    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openProject(folder));
    m_panel = m_window->findChild<TsnePanel *>();
    QVERIFY(m_panel);
    auto *results = m_window->findChild<ResultsPage *>();
    QVERIFY(results);
    m_window->projectTabs()->setCurrentWidget(results);
    for (QTabWidget *t : results->findChildren<QTabWidget *>()) {
        if (t->indexOf(m_panel) >= 0)
            t->setCurrentWidget(m_panel);
    }
    m_panel->setRun(run, nullptr);
    QTRY_COMPARE(m_panel->plot()->points().size(), 4);
    QTRY_VERIFY(m_panel->plot()->isVisible());
}

void TestResearchWiring::tsnePointOpensClipInAnnotator()
{
    TsnePlot *plot = m_panel->plot();
    const int index = plot->indexOfClip(QString::number(m_clips[2]));
    QVERIFY(index >= 0);
    const QPoint at = plot->toScreen(plot->points()[index].pos).toPoint();
    QTest::mouseClick(plot, Qt::LeftButton, {}, at);
    QCOMPARE(m_window->projectTabs()->currentWidget(),
             static_cast<QWidget *>(m_window->annotatorPage()));
    QCOMPARE(m_window->annotatorPage()->currentClip(), m_clips[2]);
}

void TestResearchWiring::failedPairIsRingedOnTheMap()
{
    auto *results = m_window->findChild<ResultsPage *>();
    const QString a = QString::number(m_clips[0]), b = QString::number(m_clips[3]);
    Q_EMIT results->pairSelected(a, b);
    QStringList ringed = m_panel->plot()->highlightedClips();
    ringed.sort();
    QStringList expected{a, b};
    expected.sort();
    QCOMPARE(ringed, expected);
}

void TestResearchWiring::cleanupTestCase()
{
    delete m_window;
}

QTEST_MAIN(TestResearchWiring)
#include "tst_researchwiring.moc"
