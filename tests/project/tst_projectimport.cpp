// Importing and exporting: naming patterns, preview, copy/reference, duplicates, unreadable
// files, cancel, worker thread, moved files, CSV/JSON/manifest, the CLI, and a killed import.
#include "common/contenthash.h"
#include "project/clipimport.h"
#include "project/datasetsplit.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "project/projectexport.h"
#include "testclips.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace fm;

class TestProjectImport : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess process;
        process.start(QStringLiteral(FM_CLI_PATH), args);
        if (!process.waitForFinished(timeoutMs))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    static QString integrity(Project &p)
    {
        QSqlQuery q(p.database().db());
        return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                            : QString();
    }
    static int orphanRows(Project &p)
    {
        QSqlQuery q(p.database().db());
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM clip WHERE id NOT IN "
                              "(SELECT clip_id FROM review)) + (SELECT COUNT(*) FROM motion "
                              "WHERE id NOT IN (SELECT motion_id FROM clip))"));
        return q.next() ? q.value(0).toInt() : -1;
    }
    static QStringList layoutFolder(const QString &root, int subjects, int motions, int reps,
                                    int firstVariant)
    {
        QStringList paths;
        int v = firstVariant;
        for (int s = 1; s <= subjects; ++s)
            for (int m = 1; m <= motions; ++m)
                for (int r = 1; r <= reps; ++r) {
                    const QString path = QStringLiteral("%1/Proband %2/Bewegung %3/%4.mp4")
                                             .arg(root)
                                             .arg(s)
                                             .arg(m)
                                             .arg(r);
                    if (fmtest::writeVideo(path, v++))
                        paths << path;
                }
        return paths;
    }

private Q_SLOTS:
    void patternMatching_data();
    void patternMatching();
    void badPatternsAreRefused_data();
    void badPatternsAreRefused();
    void previewWritesNothing();
    void copyModeStoresPrivateCopies();
    void referenceModeAndRelinkAfterMove();
    void duplicatesAndUnreadableFilesAreListed();
    void imageSequenceFolders();
    void cancelLeavesConsistentProject();
    void workerRunsOnAThread();
    void exportCsvJsonAndManifest();
    void cliCreateImportInfoSplitExport();
    void killedImportLeavesConsistentProject();
    void fullDiskDuringCopyIsAClearError();
    void cleanRemovesOnlyUnusedMedia();
};

void TestProjectImport::patternMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("motion");
    QTest::addColumn<int>("rep");
    QTest::newRow("file name") << "{subject}_{motion}_{rep}.mp4"
                               << "/a/b/S01_wink_3.mp4"
                               << "S01"
                               << "wink" << 3;
    QTest::newRow("underscore in motion") << "{subject}_{motion}_{rep}.*"
                                          << "/x/S01_lopsided_smile_10.avi"
                                          << "S01"
                                          << "lopsided_smile" << 10;
    QTest::newRow("folders") << "{subject}/{motion}/{rep}.mp4"
                             << "/data/Zoë Müller/微笑 smile/07.mp4"
                             << "Zoë Müller"
                             << "微笑 smile" << 7;
    QTest::newRow("no rep") << "{subject}-{motion}.mp4"
                            << "/d/S2-blink.mp4"
                            << "S2"
                            << "blink" << 0;
    QTest::newRow("wildcard") << "*/{subject}/{motion}/take{rep}.*"
                              << "/r/session 1/S3/kiss/take2.MOV"
                              << "S3"
                              << "kiss" << 2;
    QTest::newRow("no match") << "{subject}_{motion}_{rep}.mp4"
                              << "/a/S01-wink-3.mp4"
                              << ""
                              << "" << -1;
    QTest::newRow("too shallow") << "{subject}/{motion}/{rep}.mp4"
                                 << "3.mp4"
                                 << ""
                                 << "" << -1;
    QTest::newRow("rep not a number") << "{subject}_{motion}_{rep}.mp4"
                                      << "/a/S01_wink_x.mp4"
                                      << ""
                                      << "" << -1;
}

void TestProjectImport::patternMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(QString, subject);
    QFETCH(QString, motion);
    QFETCH(int, rep);
    const Result<ImportPattern> p = ImportPattern::parse(pattern);
    QVERIFY(p);
    const std::optional<ImportPattern::Match> m = p->match(path);
    if (rep < 0) {
        QVERIFY(!m);
        return;
    }
    QVERIFY(m);
    QCOMPARE(m->subject, subject);
    QCOMPARE(m->motion, motion);
    QCOMPARE(m->repetition, rep);
}

void TestProjectImport::badPatternsAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("no subject") << "{motion}_{rep}.mp4";
    QTest::newRow("no motion") << "{subject}_{rep}.mp4";
    QTest::newRow("unknown token") << "{subject}_{motion}_{take}.mp4";
    QTest::newRow("twice") << "{subject}/{subject}_{motion}.mp4";
    QTest::newRow("absolute") << "/{subject}/{motion}.mp4";
}

void TestProjectImport::badPatternsAreRefused()
{
    QFETCH(QString, pattern);
    const Result<ImportPattern> p = ImportPattern::parse(pattern);
    QVERIFY(!p);
    QVERIFY(!p.error().message.isEmpty());
}

void TestProjectImport::previewWritesNothing()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("src"));
    layoutFolder(src, 2, 1, 2, 1);
    QFile notes(src + QStringLiteral("/readme.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    QVERIFY(fmtest::writeVideo(src + QStringLiteral("/stray.mp4"), 99));
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    const Result<ImportPlan> plan = ClipImporter::plan({src}, options);
    QVERIFY(plan);
    QCOMPARE(plan->items.size(), 4);
    QCOMPARE(plan->items.first().subject, QStringLiteral("Proband 1"));
    QCOMPARE(plan->items.first().motion, QStringLiteral("Bewegung 1"));
    QCOMPARE(plan->items.first().repetition, 1);
    QCOMPARE(plan->unmatched.size(), 1); // stray.mp4: src/stray.mp4 has too few components...
    QCOMPARE(plan->ignored.size(), 1);   // readme.txt
    auto p = Project::open(folder);
    QCOMPARE(p.value()->clipCount(), 0);
    QVERIFY(QDir(p.value()->mediaDir()).isEmpty());
    QVERIFY(!ClipImporter::plan({tmp.filePath(QStringLiteral("missing"))}, options));
}

void TestProjectImport::copyModeStoresPrivateCopies()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("my project 项目"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("Aufnahmen"));
    const QStringList files = layoutFolder(src, 2, 2, 2, 10);
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    options.targetRepetitions = 2;
    const Result<ImportPlan> plan = ClipImporter::plan({src}, options);
    QVERIFY(plan);
    QList<int> seen;
    const Result<ImportReport> report = ClipImporter::run(folder, plan.value(), options,
                                                          [&](int done, int total, const QString &) {
                                                              seen << done;
                                                              return total == 8;
                                                          });
    QVERIFY(report);
    QCOMPARE(report->imported, 8);
    QVERIFY(report->failures.isEmpty());
    QCOMPARE(seen.last(), 8);
    auto p = Project::open(folder);
    QVERIFY(p);
    QCOMPARE(p.value()->subjects().size(), 2);
    QCOMPARE(p.value()->motions().size(), 4);
    QCOMPARE(p.value()->motions().first().targetRepetitions, 2);
    for (const Clip &c : p.value()->clips()) {
        QVERIFY(!c.referenced);
        QVERIFY(c.file.startsWith(QLatin1String("media/")));
        const QString path = p.value()->clipPath(c);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath())
                     & (QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(c.frames, 10);
        QCOMPARE(c.width, 64);
        QCOMPARE(c.height, 48);
        QCOMPARE(c.fps, 25.0);
        QCOMPARE(c.fileSize, QFileInfo(path).size());
        QVERIFY(c.source.startsWith(src));
        QCOMPARE(p.value()->review(c.id).status, ReviewStatus::Pending);
    }
    // No temporary files left behind.
    QDirIterator it(p.value()->mediaDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files2 = 0;
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(f.endsWith(QLatin1String(".mp4")), qPrintable(f));
        ++files2;
    }
    QCOMPARE(files2, 8);
    // Deleting the source does not touch the copies.
    QVERIFY(QDir(src).removeRecursively());
    QVERIFY(p.value()->missingClips().isEmpty());
}

void TestProjectImport::referenceModeAndRelinkAfterMove()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("external disk/clips"));
    for (int i = 1; i <= 4; ++i)
        QVERIFY(fmtest::writeVideo(QStringLiteral("%1/S1_wink_%2.mp4").arg(src).arg(i), 40 + i));
    ImportOptions options;
    options.copy = false;
    QVERIFY(ClipImporter::run(folder, ClipImporter::plan({src}, options).value(), options));
    auto p = Project::open(folder);
    QVERIFY(p);
    QCOMPARE(p.value()->clipCount(), 4);
    QVERIFY(QDir(p.value()->mediaDir()).isEmpty());
    for (const Clip &c : p.value()->clips())
        QVERIFY(c.referenced && c.file.startsWith(src));
    // The disk is mounted elsewhere: every clip is flagged missing.
    const QString moved = tmp.filePath(QStringLiteral("moved disk"));
    QVERIFY(QDir().rename(tmp.filePath(QStringLiteral("external disk")), moved));
    QCOMPARE(p.value()->missingClips().size(), 4);
    // A wrong file is refused (different content).
    const Clip first = p.value()->clips().first();
    ProjectEditor editor(p.value().get());
    Result<bool> wrong = editor.relinkClip(first.id, moved + QStringLiteral("/clips/S1_wink_2.mp4"));
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(QLatin1String("not the same recording")));
    QCOMPARE(p.value()->undoStack()->count(), 0);
    // The right one: undoable.
    QVERIFY(editor.relinkClip(first.id, moved + QStringLiteral("/clips/S1_wink_1.mp4")));
    QCOMPARE(p.value()->missingClips().size(), 3);
    p.value()->undoStack()->undo();
    QCOMPARE(p.value()->missingClips().size(), 4);
    // All at once by searching the new place.
    Result<int> relinked = p.value()->relinkMissingUnder(moved);
    QVERIFY(relinked);
    QCOMPARE(relinked.value(), 4);
    QVERIFY(p.value()->missingClips().isEmpty());
}

void TestProjectImport::duplicatesAndUnreadableFilesAreListed()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("src"));
    QVERIFY(fmtest::writeVideo(src + QStringLiteral("/S1_wink_1.mp4"), 1));
    QVERIFY(QFile::copy(src + QStringLiteral("/S1_wink_1.mp4"),
                        src + QStringLiteral("/S1_wink_2.mp4")));
    QFile fake(src + QStringLiteral("/S1_wink_3.mp4"));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("this is not a video at all");
    fake.close();
    QFile empty(src + QStringLiteral("/S2_wink_1.avi"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    ImportOptions options;
    Result<ImportReport> report = ClipImporter::run(folder,
                                                    ClipImporter::plan({src}, options).value(),
                                                    options);
    QVERIFY(report);
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->duplicates.size(), 1);
    QVERIFY(report->duplicates.first().path.endsWith(QLatin1String("S1_wink_2.mp4")));
    QVERIFY(report->duplicates.first().message.contains(QLatin1String("Same content")));
    QCOMPARE(report->failures.size(), 2);
    for (const ImportProblem &f : report->failures)
        QVERIFY2(f.message.contains(QLatin1String("could not be opened"))
                     || f.message.contains(QLatin1String("no decodable")),
                 qPrintable(f.message));
    // Nothing stored for the failures, not even their copies or their subject.
    auto p = Project::open(folder);
    QCOMPARE(p.value()->clipCount(), 1);
    QVERIFY(!p.value()->subjectByCode(QStringLiteral("S2")));
    QDirIterator it(p.value()->mediaDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(files, 1);
    // Importing again: everything readable is a duplicate.
    report = ClipImporter::run(folder, ClipImporter::plan({src}, options).value(), options);
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->duplicates.size(), 2);
    // A taken repetition is renumbered and reported.
    QVERIFY(fmtest::writeVideo(src + QStringLiteral("/again/S1_wink_1.mp4"), 77));
    report = ClipImporter::run(folder,
                               ClipImporter::plan({src + QStringLiteral("/again")}, options).value(),
                               options);
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->renumbered.size(), 1);
    QCOMPARE(p.value()->clip(report->clipIds.first())->repetition, 2);
}

void TestProjectImport::imageSequenceFolders()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("frames"));
    QVERIFY(fmtest::writeSequence(src + QStringLiteral("/S1/smile/1"), 1, 6));
    QVERIFY(fmtest::writeSequence(src + QStringLiteral("/S1/smile/2"), 2, 4));
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}");
    options.sequenceFps = 50;
    const Result<ImportPlan> plan = ClipImporter::plan({src}, options);
    QVERIFY(plan);
    QCOMPARE(plan->items.size(), 2);
    QVERIFY(plan->items.first().imageSequence);
    QVERIFY(ClipImporter::run(folder, plan.value(), options));
    auto p = Project::open(folder);
    const QVector<Clip> clips = p.value()->clips();
    QCOMPARE(clips.size(), 2);
    QCOMPARE(clips.at(0).frames, 6);
    QCOMPARE(clips.at(1).frames, 4);
    QCOMPARE(clips.at(0).fps, 50.0);
    const QString copy = p.value()->clipPath(clips.at(0));
    QVERIFY(QFileInfo(copy).isDir());
    QCOMPARE(QDir(copy).entryList(QDir::Files).size(), 6);
    QCOMPARE(clips.at(0).contentHash, contentHash(copy).value());
}

void TestProjectImport::cancelLeavesConsistentProject()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("src"));
    layoutFolder(src, 2, 2, 2, 200);
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    std::atomic<bool> cancel{false};
    const Result<ImportReport> report = ClipImporter::run(
        folder, ClipImporter::plan({src}, options).value(), options,
        [&](int done, int, const QString &) {
            if (done == 3)
                cancel = true;
            return true;
        },
        &cancel);
    QVERIFY(report);
    QVERIFY(report->cancelled);
    QCOMPARE(report->imported, 3);
    auto p = Project::open(folder);
    QCOMPARE(p.value()->clipCount(), 3);
    QCOMPARE(integrity(*p.value()), QStringLiteral("ok"));
    QCOMPARE(orphanRows(*p.value()), 0);
    // Resuming imports the rest and skips the finished ones.
    const Result<ImportReport> rest = ClipImporter::run(folder,
                                                        ClipImporter::plan({src}, options).value(),
                                                        options);
    QCOMPARE(rest->imported, 5);
    QCOMPARE(rest->duplicates.size(), 3);
}

void TestProjectImport::workerRunsOnAThread()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    auto studio = Project::create(folder);
    QVERIFY(studio);
    const QString src = tmp.filePath(QStringLiteral("src"));
    layoutFolder(src, 1, 2, 3, 300);
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    QThread thread;
    auto *worker = new ImportWorker(folder, ClipImporter::plan({src}, options).value(), options);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::started, worker, &ImportWorker::run);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QSignalSpy progress(worker, &ImportWorker::progress);
    QSignalSpy finished(worker, &ImportWorker::finished);
    QSignalSpy changed(studio.value().get(), &Project::clipsChanged);
    connect(worker, &ImportWorker::finished, studio.value().get(),
            [&](const ImportReport &) { studio.value()->notifyExternalChange(); });
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    thread.quit();
    thread.wait();
    QCOMPARE(progress.count(), 7); // before each of 6 clips, and the end
    const ImportReport report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.imported, 6);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(studio.value()->clipCount(), 6); // the studio's connection sees the worker's rows
}

void TestProjectImport::exportCsvJsonAndManifest()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("src"));
    layoutFolder(src, 3, 1, 3, 400);
    ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    QVERIFY(ClipImporter::run(folder, ClipImporter::plan({src}, options).value(), options));
    auto opened = Project::open(folder);
    Project &p = *opened.value();
    ProjectEditor editor(&p);
    const QVector<Clip> clips = p.clips();
    QCOMPARE(clips.size(), 9);
    AutoAnnotation a;
    a.onset = 1;
    a.apex = 4;
    a.offset = 8;
    a.confidence = 0.75;
    a.method = QStringLiteral("energy/1");
    QVERIFY(p.setAutoAnnotation(clips.at(0).id, a));
    QVERIFY(editor.setMarker(clips.at(0).id, Marker::Onset, 2));
    QVERIFY(editor.setReview(clips.at(1).id, ReviewStatus::Excluded, ExclusionReason::Other,
                             QStringLiteral("sneezed, \"twice\"")));
    QVERIFY(editor.setReview(clips.at(2).id, ReviewStatus::Included));

    const QString csv = tmp.filePath(QStringLiteral("out/annotations.csv"));
    QDir().mkpath(tmp.filePath(QStringLiteral("out")));
    QVERIFY(ProjectExport::writeCsv(p, csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll())
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.first(), ProjectExport::columns().join(QLatin1Char(',')));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("\"sneezed, \"\"twice\"\"\"")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",other,"))
            || lines.at(2).contains(QStringLiteral(",other,")));

    const QString json = tmp.filePath(QStringLiteral("out/annotations.json"));
    QVERIFY(ProjectExport::writeJson(p, json));
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("facemotion-annotations"));
    const QJsonArray rows = root.value(QStringLiteral("clips")).toArray();
    QCOMPARE(rows.size(), 9);
    QJsonObject first;
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("clip_id")).toInteger() == clips.at(0).id)
            first = v.toObject();
    QCOMPARE(first.value(QStringLiteral("auto_onset")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("reviewer_onset")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("onset")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("apex")).toInt(), 4);
    QVERIFY(first.value(QStringLiteral("reviewer_apex")).isNull());
    QCOMPARE(first.keys().size(), ProjectExport::columns().size());

    SplitOptions so;
    so.folds = 3;
    Result<DatasetSplit> split = computeSplit(p.database(), so);
    QVERIFY(split);
    QVERIFY(saveSplit(p.database(), QStringLiteral("default"), split.value()));
    const QJsonObject manifest = ProjectExport::manifest(p, ClipSelection(), &split.value());
    QCOMPARE(manifest.value(QStringLiteral("clip_count")).toInt(), 8); // the excluded one is out
    QCOMPARE(manifest.value(QStringLiteral("clips_left_out")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("split")).toObject().value(QStringLiteral("folds")).toInt(),
             3);
    for (const QJsonValue &v : manifest.value(QStringLiteral("clips")).toArray()) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QStringLiteral("fold")).toInt() >= 0);
        QCOMPARE(c.value(QStringLiteral("content_hash")).toString().size(), 64);
        if (c.value(QStringLiteral("clip_id")).toInteger() == clips.at(0).id) {
            QCOMPARE(c.value(QStringLiteral("onset_source")).toString(),
                     QStringLiteral("reviewer"));
            QCOMPARE(c.value(QStringLiteral("apex_source")).toString(), QStringLiteral("auto"));
        }
    }
    // The data's identity is stable and changes with the data.
    const QString hash = manifest.value(QStringLiteral("clips_sha256")).toString();
    QCOMPARE(ProjectExport::manifest(p, ClipSelection(), &split.value())
                 .value(QStringLiteral("clips_sha256"))
                 .toString(),
             hash);
    QVERIFY(editor.setMarker(clips.at(0).id, Marker::Offset, 7));
    QVERIFY(ProjectExport::manifest(p, ClipSelection(), &split.value())
                .value(QStringLiteral("clips_sha256"))
                .toString()
            != hash);
    ClipSelection onlyIncluded;
    onlyIncluded.includePending = false;
    QCOMPARE(ProjectExport::manifest(p, onlyIncluded, nullptr)
                 .value(QStringLiteral("clip_count"))
                 .toInt(),
             1);
    // Unwritable target: a clear error.
    Result<bool> bad = ProjectExport::writeCsv(p, QStringLiteral("/proc/fm-export.csv"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QLatin1String("could not be written")));
}

void TestProjectImport::cliCreateImportInfoSplitExport()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("cli project"));
    Run r = cli({QStringLiteral("project"), QStringLiteral("create"), folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("project"), QStringLiteral("create"), folder});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("already holds a project")));
    const QString src = tmp.filePath(QStringLiteral("src"));
    layoutFolder(src, 3, 2, 2, 500);
    const QString pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    r = cli({QStringLiteral("project"), QStringLiteral("import"), folder, src,
             QStringLiteral("--pattern"), pattern, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("-> Proband 1 / Bewegung 2 / 2")));
    QVERIFY(Project::open(folder).value()->clipCount() == 0);
    r = cli({QStringLiteral("project"), QStringLiteral("import"), folder, src,
             QStringLiteral("--pattern"), pattern, QStringLiteral("--target"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("Imported 12 clips; 0 duplicates skipped; 0 failed.")));
    r = cli({QStringLiteral("project"), QStringLiteral("info"), folder, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("clips")).toInt(), 12);
    QCOMPARE(info.value(QStringLiteral("subjects")).toInt(), 3);
    QCOMPARE(info.value(QStringLiteral("completeness")).toArray().size(), 6);
    r = cli({QStringLiteral("project"), QStringLiteral("split"), folder, QStringLiteral("--folds"),
             QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("clips per fold: 4 4 4")));
    const QString manifest = tmp.filePath(QStringLiteral("manifest.json"));
    const QString csv = tmp.filePath(QStringLiteral("a.csv"));
    r = cli({QStringLiteral("project"), QStringLiteral("export"), folder, QStringLiteral("--csv"),
             csv, QStringLiteral("--manifest"), manifest, QStringLiteral("--split"),
             QStringLiteral("default")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile m(manifest);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QJsonObject mj = QJsonDocument::fromJson(m.readAll()).object();
    QCOMPARE(mj.value(QStringLiteral("clip_count")).toInt(), 12);
    QCOMPARE(mj.value(QStringLiteral("split")).toObject().value(QStringLiteral("seed")).toInt(), 5);
    QVERIFY(QFileInfo::exists(csv));
    // Usage errors and bad input.
    QCOMPARE(cli({QStringLiteral("project")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("export"), folder}).exitCode, 2);
    r = cli(
        {QStringLiteral("project"), QStringLiteral("info"), tmp.filePath(QStringLiteral("none"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("does not exist")));
    r = cli({QStringLiteral("project"), QStringLiteral("import"), folder, src,
             QStringLiteral("--pattern"), QStringLiteral("{motion}.mp4")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("{subject}")));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("--help")}).exitCode, 0);
}

void TestProjectImport::killedImportLeavesConsistentProject()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("many"));
    const int count = 150;
    for (int i = 0; i < count; ++i)
        QVERIFY(fmtest::writeVideo(
            QStringLiteral("%1/S%2_wink_%3.mp4").arg(src).arg(i % 15).arg(i / 15 + 1), 1000 + i,
            30));
    QProcess process;
    process.start(QStringLiteral(FM_CLI_PATH),
                  {QStringLiteral("project"), QStringLiteral("import"), folder, src});
    QVERIFY(process.waitForStarted());
    // Kill it once a good part has been imported.
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count("\n[") < 40 && timer.elapsed() < 60000) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
    }
    QVERIFY2(output.count("\n[") >= 40, output.constData());
    process.kill();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    auto opened = Project::open(folder);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Project &p = *opened.value();
    QCOMPARE(integrity(p), QStringLiteral("ok"));
    QCOMPARE(orphanRows(p), 0);
    const int stored = p.clipCount();
    QVERIFY2(stored >= 38 && stored < count, qPrintable(QString::number(stored)));
    for (const Clip &c : p.clips()) {
        const QString path = p.clipPath(c);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path)); // every row has its whole file
        QCOMPARE(contentHash(path).value(), c.contentHash);
    }
    // Finish the job: the finished clips are duplicates, the rest arrive.
    const Run r = cli({QStringLiteral("project"), QStringLiteral("import"), folder, src});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported %1 clips; %2 duplicates skipped")
                                .arg(count - stored)
                                .arg(stored)),
             qPrintable(r.out));
    QCOMPARE(p.clipCount(), count);
    // Whatever the killed run left in media/ (a half copy under a temporary name) belongs to
    // no clip and is removed by a clean; every clip keeps its file.
    QVERIFY(p.removeOrphanMedia(0));
    QVERIFY(p.orphanMedia().isEmpty());
    QVERIFY(p.missingClips().isEmpty());
}

void TestProjectImport::cleanRemovesOnlyUnusedMedia()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("src"));
    for (int i = 1; i <= 4; ++i)
        QVERIFY(fmtest::writeVideo(QStringLiteral("%1/S%2_wink_1.mp4").arg(src).arg(i), 700 + i));
    ImportOptions options;
    QVERIFY(ClipImporter::run(folder, ClipImporter::plan({src}, options).value(), options));
    auto opened = Project::open(folder);
    Project &p = *opened.value();
    QVERIFY(p.orphanMedia().isEmpty());
    ProjectEditor editor(&p);
    QVERIFY(editor.deleteSubject(p.subjectByCode(QStringLiteral("S2"))->id));
    QCOMPARE(p.orphanMedia().size(), 1);           // kept for undo
    QCOMPARE(p.removeOrphanMedia(600).value(), 0); // too fresh for the default age
    Run r = cli({QStringLiteral("project"), QStringLiteral("info"), folder});
    QVERIFY(r.out.contains(QLatin1String("1 files in media/ belong to no clip")));
    r = cli({QStringLiteral("project"), QStringLiteral("clean"), folder,
             QStringLiteral("--min-age"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Removed 1 files")));
    QVERIFY(p.orphanMedia().isEmpty());
    QCOMPARE(p.clipCount(), 3);
    QVERIFY(p.missingClips().isEmpty());
    p.undoStack()->undo(); // the row comes back; its file was cleaned, so it is flagged
    QCOMPARE(p.missingClips().size(), 1);
}

void TestProjectImport::fullDiskDuringCopyIsAClearError()
{
    // A file-size limit makes writes fail the way a full disk does, even for root: the CLI
    // runs with `ulimit -f` (SIGXFSZ ignored, so write() returns an error instead).
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    const QString src = tmp.filePath(QStringLiteral("big"));
    QVERIFY(fmtest::writeNoiseVideo(src + QStringLiteral("/S1_wink_1.mp4"), 1));
    QVERIFY(fmtest::writeNoiseVideo(src + QStringLiteral("/S1_wink_2.mp4"), 2));
    QVERIFY(QFileInfo(src + QStringLiteral("/S1_wink_1.mp4")).size() > 400 * 1024);
    QProcess process;
    process.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("trap '' XFSZ; ulimit -f 300; exec \"$0\" project import \"$1\" "
                                  "\"$2\""),
                   QStringLiteral(FM_CLI_PATH), folder, src});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(out.contains(QLatin1String("2 failed")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("is the disk full?")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("canceled by application")), qPrintable(out));
    auto p = Project::open(folder);
    QVERIFY(p);
    QCOMPARE(p.value()->clipCount(), 0);
    QVERIFY(p.value()->subjects().isEmpty()); // no subject without its clip
    QDirIterator it(p.value()->mediaDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), "a partial copy was left behind");
}

QTEST_GUILESS_MAIN(TestProjectImport)
#include "tst_projectimport.moc"
