// Table models for views: edits through setData() become undoable commands and the models
// follow the project's change signals (undo, redo, imports by another connection).
#include "project/clipimport.h"
#include "project/project.h"
#include "project/projectmodels.h"
#include "testclips.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fm;

class TestProjectModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase();
    void clipModelEditsAreUndoableCommands();
    void clipModelRefusesBadEdits();
    void clipModelFollowsFilterAndExternalChanges();
    void completenessModelEditsTarget();
};

void TestProjectModels::initTestCase()
{
    const QString folder = m_tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = m_tmp.filePath(QStringLiteral("src"));
    int v = 0;
    for (const QString &s : {QStringLiteral("S1"), QStringLiteral("S2")})
        for (int r = 1; r <= 3; ++r)
            QVERIFY(fmtest::writeVideo(QStringLiteral("%1/%2_wink_%3.mp4").arg(src, s).arg(r), ++v));
    ImportOptions options;
    options.targetRepetitions = 3;
    QVERIFY(ClipImporter::run(folder, ClipImporter::plan({src}, options).value(), options));
    auto p = Project::open(folder);
    QVERIFY(p);
    m_project = std::move(p.value());
}

void TestProjectModels::clipModelEditsAreUndoableCommands()
{
    ClipTableModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.data(model.index(0, ClipTableModel::SubjectColumn)).toString(),
             QStringLiteral("S1"));
    QCOMPARE(model.data(model.index(0, ClipTableModel::FramesColumn)).toInt(), 10);
    QVERIFY(model.flags(model.index(0, ClipTableModel::OnsetColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ClipTableModel::SubjectColumn)) & Qt::ItemIsEditable));

    const qint64 clip = model.clipIdAt(0);
    AutoAnnotation a;
    a.onset = 2;
    a.offset = 8;
    QVERIFY(m_project->setAutoAnnotation(clip, a));
    const QModelIndex onset = model.index(0, ClipTableModel::OnsetColumn);
    QCOMPARE(model.data(onset).toInt(), 2); // shows the automatic value
    QVERIFY(!model.data(onset, ClipTableModel::ReviewedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int steps = m_project->undoStack()->count();
    QVERIFY(model.setData(onset, 3));
    QVERIFY(model.setData(onset, 4)); // same marker again: merged
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(model.data(onset).toInt(), 4);
    QCOMPARE(model.data(onset, ClipTableModel::AutomaticRole).toInt(), 2);
    QVERIFY(model.data(onset, ClipTableModel::ReviewedRole).toBool());
    QVERIFY(changed.count() >= 2);
    m_project->undoStack()->undo();
    QCOMPARE(model.data(onset).toInt(), 2);

    const QModelIndex reason = model.index(0, ClipTableModel::ReasonColumn);
    QVERIFY(model.setData(reason, QStringLiteral("tongue-movement")));
    QCOMPARE(model.data(model.index(0, ClipTableModel::StatusColumn)).toString(),
             QStringLiteral("excluded"));
    QCOMPARE(m_project->review(clip).reason, ExclusionReason::TongueMovement);
    QVERIFY(model.setData(model.index(0, ClipTableModel::NoteColumn), QStringLiteral("frame 5")));
    QCOMPARE(m_project->review(clip).note, QStringLiteral("frame 5"));
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(model.data(model.index(0, ClipTableModel::StatusColumn)).toString(),
             QStringLiteral("pending"));
    QVERIFY(
        model.setData(model.index(0, ClipTableModel::StatusColumn), int(ReviewStatus::Included)));
    QCOMPARE(m_project->review(clip).status, ReviewStatus::Included);
}

void TestProjectModels::clipModelRefusesBadEdits()
{
    ClipTableModel model(m_project.get());
    QSignalSpy failed(&model, &ClipTableModel::editFailed);
    const int steps = m_project->undoStack()->count();
    QVERIFY(!model.setData(model.index(1, ClipTableModel::OnsetColumn), QStringLiteral("soon")));
    QVERIFY(!model.setData(model.index(1, ClipTableModel::OnsetColumn), 99));
    QVERIFY(!model.setData(model.index(1, ClipTableModel::StatusColumn), QStringLiteral("maybe")));
    QVERIFY(!model.setData(model.index(1, ClipTableModel::StatusColumn),
                           QStringLiteral("excluded"))); // no reason given
    QVERIFY(!model.setData(model.index(1, ClipTableModel::SubjectColumn), QStringLiteral("X")));
    QCOMPARE(failed.count(), 4);
    QVERIFY(failed.at(1).first().toString().contains(QLatin1String("outside the clip")));
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestProjectModels::clipModelFollowsFilterAndExternalChanges()
{
    ClipTableModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 s2 = m_project->subjectByCode(QStringLiteral("S2"))->id;
    model.setFilter(s2);
    QCOMPARE(model.rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(model.data(model.index(r, ClipTableModel::SubjectColumn)).toString(),
                 QStringLiteral("S2"));
    // Another connection (an import job) adds a clip; the studio is told and the model follows.
    const QString src = m_tmp.filePath(QStringLiteral("more"));
    QVERIFY(fmtest::writeVideo(src + QStringLiteral("/S2_wink_4.mp4"), 77));
    ImportOptions options;
    QVERIFY(ClipImporter::run(m_project->folder(), ClipImporter::plan({src}, options).value(),
                              options));
    QCOMPARE(model.rowCount(), 3);
    // The studio notices the other connection's commit itself (SQLite data_version).
    QVERIFY(m_project->refreshIfChangedElsewhere());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!m_project->refreshIfChangedElsewhere()); // nothing new since
    m_project->undoStack()->clear();
    QVERIFY(m_project->addSubject({0, QStringLiteral("S3"), {}, {}}));
    QVERIFY(!m_project->refreshIfChangedElsewhere()); // its own writes do not count
    // With a watch timer it happens without a call.
    m_project->setWatchInterval(20);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(fmtest::writeVideo(src + QStringLiteral("/more/S2_wink_5.mp4"), 78));
    QVERIFY(ClipImporter::run(m_project->folder(),
                              ClipImporter::plan({src + QStringLiteral("/more")}, options).value(),
                              options));
    QTRY_VERIFY(reset.count() >= 1);
    QCOMPARE(model.rowCount(), 5);
    m_project->setWatchInterval(0);
    model.setFilter(0);
    QCOMPARE(model.rowCount(), 8);
}

void TestProjectModels::completenessModelEditsTarget()
{
    CompletenessModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3); // S3 has no motions yet: a row of its own
    const QModelIndex target = model.index(0, CompletenessModel::TargetColumn);
    QCOMPARE(model.data(target).toInt(), 3);
    QVERIFY(model.flags(target) & Qt::ItemIsEditable);
    QCOMPARE(model.data(model.index(0, CompletenessModel::IncludedColumn)).toInt(), 1);
    QVERIFY(model.setData(target, 1));
    QCOMPARE(model.data(model.index(0, CompletenessModel::TargetColumn)).toInt(), 1);
    QVERIFY(model.data(model.index(0, 0), CompletenessModel::CompleteRole).toBool());
    QVERIFY(!model.setData(model.index(0, CompletenessModel::TargetColumn), -2));
    m_project->undoStack()->undo();
    QCOMPARE(model.data(model.index(0, CompletenessModel::TargetColumn)).toInt(), 3);
    QVERIFY(!model.data(model.index(0, 0), CompletenessModel::CompleteRole).toBool());
    QCOMPARE(model.summary().clips, 8);
}

QTEST_GUILESS_MAIN(TestProjectModels)
#include "tst_projectmodels.moc"
