// The dataset tree's filters on a real project: pending, excluded (any reason and each
// reason), missing annotation, QA warnings (read from real analysis caches in the background)
// and search, chosen through the filter combo as a reviewer would.
#include "datasettree.h"
#include "studiofixture.h"

#include "common/contenthash.h"
#include "common/privatedir.h"
#include "motion/clipanalyzer.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <opencv2/core.hpp>

using namespace fm;

class TestDatasetTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void qaWarningsFilter();
    void search();

private:
    /** Clip ids by repetition (1-based). */
    qint64 clip(int repetition) const { return m_clips.value(repetition); }

    QTemporaryDir m_dir;
    QString m_folder;
    QHash<int, qint64> m_clips;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectEditor> m_editor;
};

void TestDatasetTree::initTestCase()
{
    const QString source = m_dir.filePath(QStringLiteral("clips"));
    auto written = testing::writeStudioClips(source, QStringLiteral("S01"), QStringLiteral("smile"),
                                             5);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    // Repetition 6: the face leaves the picture for frames 20-39 (black frames).
    {
        auto reader = ClipReader::open(written.value().first());
        QVERIFY(reader);
        auto writer = ClipWriter::create(QDir(source).filePath(QStringLiteral("S01_smile_6.mp4")),
                                         reader.value()->info().size, reader.value()->info().fps);
        QVERIFY(writer);
        cv::Mat frame;
        for (int i = 0; reader.value()->read(frame); ++i) {
            if (i >= 20 && i < 40)
                frame.setTo(cv::Scalar::all(0));
            QVERIFY(writer.value()->write(frame));
        }
        QVERIFY(writer.value()->finish());
    }
    m_folder = m_dir.filePath(QStringLiteral("project"));
    auto made = testing::makeStudioProject(m_folder, source);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QCOMPARE(made.value(), 6);
    auto project = Project::open(m_folder);
    QVERIFY(project);
    m_project = std::move(project.value());
    for (const Clip &c : m_project->clips())
        m_clips.insert(c.repetition, c.id);
    QCOMPARE(m_clips.size(), 6);

    // Reviews: 1 tongue movement, 2 bad quality, 3 included; 4-6 pending.
    auto review = [this](int rep, ReviewStatus status, ExclusionReason reason) {
        Review r;
        r.clipId = clip(rep);
        r.status = status;
        r.reason = reason;
        return m_project->writeReview(r).ok();
    };
    QVERIFY(review(1, ReviewStatus::Excluded, ExclusionReason::TongueMovement));
    QVERIFY(review(2, ReviewStatus::Excluded, ExclusionReason::BadQuality));
    QVERIFY(review(3, ReviewStatus::Included, ExclusionReason::None));
    // Repetition 3 has reviewer onset/offset; the others none.
    Annotation a = m_project->annotation(clip(3));
    a.clipId = clip(3);
    a.onset = 10;
    a.offset = 40;
    QVERIFY(m_project->writeAnnotation(a));

    // Real analyses of repetitions 5 (a good clip) and 6 (face missing), cached as the studio
    // caches them.
    auto analyzer = ClipAnalyzer::create();
    QVERIFY(analyzer);
    const QString cacheDir = QDir(m_folder).filePath(QStringLiteral("cache/analysis"));
    QVERIFY(makePrivateDir(cacheDir));
    for (int rep : {5, 6}) {
        const auto c = m_project->clip(clip(rep));
        QVERIFY(c);
        auto analysis = analyzer.value()->analyze(m_project->clipPath(*c));
        QVERIFY(analysis);
        const QString path = QDir(cacheDir).filePath(QStringLiteral("rep%1.json").arg(rep));
        QVERIFY(analysis.value().save(path));
        AutoAnnotation automatic;
        automatic.cacheFile = QDir(m_folder).relativeFilePath(path);
        automatic.cacheHash = contentHash(path).value();
        automatic.analysedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_project->setAutoAnnotation(c->id, automatic));
        if (rep == 6)
            QVERIFY2(!analysis.value().warnings.isEmpty(), "no warning for the missing face");
    }
    m_editor = std::make_unique<ProjectEditor>(m_project.get());
}

void TestDatasetTree::filters_data()
{
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<QList<int>>("shown");
    QTest::newRow("all") << QStringLiteral("All clips") << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("pending") << QStringLiteral("Pending review") << QList<int>{4, 5, 6};
    QTest::newRow("excluded, any reason")
        << QStringLiteral("Excluded (any reason)") << QList<int>{1, 2};
    QTest::newRow("excluded: tongue movement")
        << QStringLiteral("Excluded: %1").arg(exclusionReasonLabel(ExclusionReason::TongueMovement))
        << QList<int>{1};
    QTest::newRow("excluded: bad quality")
        << QStringLiteral("Excluded: %1").arg(exclusionReasonLabel(ExclusionReason::BadQuality))
        << QList<int>{2};
    QTest::newRow("excluded: wrong motion (none)")
        << QStringLiteral("Excluded: %1").arg(exclusionReasonLabel(ExclusionReason::WrongMotion))
        << QList<int>{};
    QTest::newRow("missing annotation")
        << QStringLiteral("Missing annotation") << QList<int>{1, 2, 4, 5, 6};
    QTest::newRow("not analysed") << QStringLiteral("Not analysed") << QList<int>{1, 2, 3, 4};
}

void TestDatasetTree::filters()
{
    QFETCH(QString, filterText);
    QFETCH(QList<int>, shown);
    DatasetTree tree(m_project.get(), m_editor.get());
    tree.show();
    auto *combo = tree.findChild<QComboBox *>(QStringLiteral("datasetFilter"));
    QVERIFY(combo);
    const int index = combo->findText(filterText);
    QVERIFY2(index >= 0, qPrintable(filterText));
    combo->setCurrentIndex(index);
    QVector<qint64> expected;
    for (int rep : shown)
        expected.append(clip(rep));
    QCOMPARE(tree.visibleClips(), expected);
}

void TestDatasetTree::qaWarningsFilter()
{
    DatasetTree tree(m_project.get(), m_editor.get());
    tree.show();
    QSignalSpy loaded(&tree, &DatasetTree::qaWarningsLoaded);
    tree.setFilter(DatasetTree::Filter::QaWarnings);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(tree.visibleClips(), QVector<qint64>{clip(6)});
    QVERIFY(!tree.qaWarnings(clip(6)).isEmpty());
    QVERIFY(tree.qaWarnings(clip(5)).isEmpty());
    // The clip's row says so and its tooltip lists the warnings.
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(tree.tree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toLongLong() == clip(6) && (*it)->childCount() == 0
            && (*it)->parent() && (*it)->parent()->parent())
            item = *it;
    QVERIFY(item);
    QVERIFY2(item->text(1).contains(QStringLiteral("QA warning")), qPrintable(item->text(1)));
    QVERIFY(item->toolTip(1).endsWith(tree.qaWarnings(clip(6)).join(QLatin1Char('\n'))));
    // Back to all clips and again: the warnings are remembered (nothing to read).
    tree.setFilter(DatasetTree::Filter::All);
    QCOMPARE(tree.visibleClips().size(), 6);
    tree.setFilter(DatasetTree::Filter::QaWarnings);
    QVERIFY(loaded.count() >= 2 || loaded.wait(10000));
    QCOMPARE(tree.visibleClips(), QVector<qint64>{clip(6)});
    // Combined with a reason filter through the API.
    tree.setFilter(DatasetTree::Filter::Excluded, ExclusionReason::BadQuality);
    QCOMPARE(tree.visibleClips(), QVector<qint64>{clip(2)});
}

void TestDatasetTree::search()
{
    DatasetTree tree(m_project.get(), m_editor.get());
    tree.show();
    auto *search = tree.findChild<QLineEdit *>(QStringLiteral("datasetSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("smi"));
    QCOMPARE(tree.visibleClips().size(), 6);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
    QCOMPARE(tree.visibleClips().size(), 0);
    search->clear();
    // Search and filter together: pending clips of motion "smile".
    tree.setFilter(DatasetTree::Filter::Pending);
    QTest::keyClicks(search, QStringLiteral("smile"));
    QCOMPARE(tree.visibleClips(), (QVector<qint64>{clip(4), clip(5), clip(6)}));
}

QTEST_MAIN(TestDatasetTree)
#include "tst_datasettree.moc"
