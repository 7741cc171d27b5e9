// The project store as a database: creating, opening, formats and migrations, two writers,
// full disks, odd names, the recent-projects list.
#include "project/completeness.h"
#include "project/project.h"
#include "project/projectdatabase.h"
#include "project/recentprojects.h"
#include "testclips.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fm;

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    static bool isPrivate(const QString &path)
    {
        return (QFile::permissions(path)
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                   | QFile::WriteOther | QFile::ExeOther))
               == QFile::Permissions();
    }

private Q_SLOTS:
    void createMakesPrivateLayout();
    void createRefusesBadFolders();
    void openRefusesNonProjects();
    void walAndForeignKeysAreOn();
    void newerFormatIsRefusedUntouched();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void namesWithSpacesAndNonLatinCharacters();
    void emptyProjectAndSubjectWithoutClips();
    void secondWriterWaitsThenGetsClearMessage();
    void secondProcessWritesWhileOpen();
    void diskFullIsAClearError();
    void readOnlyLocationIsAClearError();
    void recentProjectsList();
};

void TestProjectStore::createMakesPrivateLayout()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p1"));
    Result<std::unique_ptr<Project>> p = Project::create(folder);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p.value()->schemaVersion(), ProjectDatabase::kSchemaVersion);
    for (const QString &dir :
         {folder, folder + QStringLiteral("/media"), folder + QStringLiteral("/cache"),
          folder + QStringLiteral("/runs")}) {
        QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
        QVERIFY2(isPrivate(dir), qPrintable(dir));
    }
    QVERIFY(isPrivate(folder + QStringLiteral("/project.sqlite")));
    QVERIFY(p.value()->migrationBackup().isEmpty());
    QVERIFY(p.value()->subjects().isEmpty());
    p.value().reset();
    Result<std::unique_ptr<Project>> again = Project::open(folder);
    QVERIFY(again);
    QCOMPARE(again.value()->clipCount(), 0);
    QVERIFY(again.value()->migrationBackup().isEmpty());
}

void TestProjectStore::createRefusesBadFolders()
{
    QTemporaryDir tmp;
    QFile file(tmp.filePath(QStringLiteral("afile")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Result<std::unique_ptr<Project>> p = Project::create(file.fileName());
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("not a folder")),
             qPrintable(p.error().message));

    QDir(tmp.path()).mkpath(QStringLiteral("busy"));
    QFile other(tmp.filePath(QStringLiteral("busy/notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    p = Project::create(tmp.filePath(QStringLiteral("busy")));
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QLatin1String("not empty")));

    QVERIFY(Project::create(tmp.filePath(QStringLiteral("p"))));
    p = Project::create(tmp.filePath(QStringLiteral("p")));
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QLatin1String("already holds a project")));
}

void TestProjectStore::openRefusesNonProjects()
{
    QTemporaryDir tmp;
    Result<std::unique_ptr<Project>> p = Project::open(tmp.filePath(QStringLiteral("nope")));
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QLatin1String("does not exist")));
    p = Project::open(tmp.path());
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QLatin1String("not a FaceMotion project")));

    // A file that is not SQLite at all.
    QFile junk(tmp.filePath(QStringLiteral("project.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    p = Project::open(tmp.path());
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("damaged"))
                 || p.error().message.contains(QLatin1String("not a FaceMotion")),
             qPrintable(p.error().message));
}

void TestProjectStore::walAndForeignKeysAreOn()
{
    QTemporaryDir tmp;
    auto p = Project::create(tmp.filePath(QStringLiteral("p")));
    QVERIFY(p);
    QSqlDatabase db = p.value()->database().db();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    // The cascade works: a motion without its subject cannot remain.
    const qint64 s = p.value()->addSubject({0, QStringLiteral("S1"), {}, {}}).value();
    Motion m;
    m.subjectId = s;
    m.name = QStringLiteral("wink");
    QVERIFY(p.value()->addMotion(m));
    QVERIFY(p.value()->removeSubject(s));
    QCOMPARE(p.value()->motions().size(), 0);
    // And a motion for a missing subject is refused.
    m.subjectId = 9999;
    QVERIFY(!p.value()->addMotion(m));
}

void TestProjectStore::newerFormatIsRefusedUntouched()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    {
        auto p = Project::create(folder);
        QVERIFY(p);
        QSqlQuery q(p.value()->database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto p = Project::open(folder);
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("newer FaceMotion Studio")),
             qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(QLatin1String("not changed")));
    ProjectDatabase raw;
    QVERIFY(raw.open(folder + QStringLiteral("/project.sqlite"), false));
    QCOMPARE(raw.schemaVersion(), 99);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*backup*")}, QDir::Files).size(), 0);
}

void TestProjectStore::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < ProjectDatabase::kSchemaVersion; ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void TestProjectStore::migratesFromEveryOlderVersion()
{
    QFETCH(int, version);
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("old project"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/media")));
    QVERIFY(fmtest::writeVideo(folder + QStringLiteral("/media/a.mp4"), 1));
    const qint64 size = QFileInfo(folder + QStringLiteral("/media/a.mp4")).size();
    {
        // A database as that version wrote it, with data in the v1 columns.
        ProjectDatabase old;
        QVERIFY(old.open(folder + QStringLiteral("/project.sqlite"), true));
        QVERIFY(old.createSchema(version));
        QCOMPARE(old.schemaVersion(), version);
        QSqlQuery q(old.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO subject (code) VALUES ('S01')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO motion (subject_id, name) VALUES (1, 'wink')")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO clip (motion_id, repetition, file, content_hash, fps, frames, width, "
            "height, imported_at) VALUES (1, 1, 'media/a.mp4', 'abc', 25, 10, 64, 48, ?)")));
        q.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO review (clip_id, status) VALUES (1, 1)")));
    }
    auto p = Project::open(folder);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p.value()->schemaVersion(), ProjectDatabase::kSchemaVersion);
    const QString backup = p.value()->migrationBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(isPrivate(backup));
    {
        ProjectDatabase b;
        QVERIFY(b.open(backup, false));
        QCOMPARE(b.schemaVersion(), version);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM clip")).toInt(), 1);
    }
    // Data kept, the v2 data step filled the size from disk.
    QCOMPARE(p.value()->subjects().size(), 1);
    const QVector<Clip> clips = p.value()->clips();
    QCOMPARE(clips.size(), 1);
    QCOMPARE(clips.first().fileSize, size);
    QCOMPARE(p.value()->review(clips.first().id).status, ReviewStatus::Included);
    QCOMPARE(scalar(p.value()->database().db(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // Opening again does not migrate again.
    p.value().reset();
    auto again = Project::open(folder);
    QVERIFY(again);
    QVERIFY(again.value()->migrationBackup().isEmpty());
}

void TestProjectStore::namesWithSpacesAndNonLatinCharacters()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("Études de visage 顔 проект"));
    auto p = Project::create(folder);
    QVERIFY(p);
    const QString code = QStringLiteral("Zoë 01 李");
    const qint64 s = p.value()
                         ->addSubject(
                             {0, code, QStringLiteral("note \"quoted\", comma"), QDate(2026, 3, 1)})
                         .value();
    Motion m;
    m.subjectId = s;
    m.name = QStringLiteral("lächeln schief 微笑");
    m.kind = MotionKind::LipMovement;
    m.word = QStringLiteral("пароль");
    QVERIFY(p.value()->addMotion(m));
    p.value().reset();
    auto again = Project::open(folder);
    QVERIFY(again);
    const std::optional<Subject> back = again.value()->subjectByCode(code);
    QVERIFY(back);
    QCOMPARE(back->notes, QStringLiteral("note \"quoted\", comma"));
    QCOMPARE(back->consentDate, QDate(2026, 3, 1));
    const QVector<Motion> motions = again.value()->motions(back->id);
    QCOMPARE(motions.size(), 1);
    QCOMPARE(motions.first().name, m.name);
    QCOMPARE(motions.first().word, m.word);
    QCOMPARE(motions.first().kind, MotionKind::LipMovement);
}

void TestProjectStore::emptyProjectAndSubjectWithoutClips()
{
    QTemporaryDir tmp;
    auto p = Project::create(tmp.filePath(QStringLiteral("p")));
    QVERIFY(p);
    QVERIFY(completeness(p.value()->database()).isEmpty());
    QCOMPARE(summarize({}).clips, 0);
    QVERIFY(p.value()->missingClips().isEmpty());
    const qint64 s = p.value()->addSubject({0, QStringLiteral("S9"), {}, {}}).value();
    QVector<CompletenessRow> rows = completeness(p.value()->database());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().motionId, 0);
    QVERIFY(!rows.first().complete());
    Motion m;
    m.subjectId = s;
    m.name = QStringLiteral("wink");
    QVERIFY(p.value()->addMotion(m));
    rows = completeness(p.value()->database());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().target, 10);
    QCOMPARE(rows.first().included, 0);
    QCOMPARE(rows.first().missing(), 10);
    const CompletenessSummary sum = summarize(rows);
    QCOMPARE(sum.subjects, 1);
    QCOMPARE(sum.motions, 1);
    QCOMPARE(sum.missingRepetitions, 10);
}

void TestProjectStore::secondWriterWaitsThenGetsClearMessage()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    auto studio = Project::create(folder);
    QVERIFY(studio);
    auto job = Project::open(folder, 300); // a second connection, short busy timeout
    QVERIFY(job);
    QVERIFY(studio.value()->database().beginWrite()); // the studio holds the write lock
    QElapsedTimer timer;
    timer.start();
    Result<qint64> r = job.value()->addSubject({0, QStringLiteral("S1"), {}, {}});
    QVERIFY(!r);
    QVERIFY(timer.elapsed() >= 250); // it waited for the busy timeout
    QVERIFY2(r.error().message.contains(QLatin1String("Another program")),
             qPrintable(r.error().message));
    // Readers are not blocked by the writer (WAL).
    QCOMPARE(job.value()->subjects().size(), 0);
    studio.value()->database().rollback();
    QVERIFY(job.value()->addSubject({0, QStringLiteral("S1"), {}, {}}));
    QCOMPARE(studio.value()->subjects().size(), 1);
}

void TestProjectStore::secondProcessWritesWhileOpen()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("shared project"));
    auto studio = Project::create(folder);
    QVERIFY(studio);
    const QString sources = tmp.filePath(QStringLiteral("in"));
    for (int i = 0; i < 12; ++i)
        QVERIFY(fmtest::writeVideo(
            QStringLiteral("%1/P%2_wink_%3.mp4").arg(sources).arg(i % 3).arg(i / 3 + 1), i));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("project"), QStringLiteral("import"), folder, sources});
    QVERIFY(cli.waitForStarted());
    // Meanwhile the studio keeps writing through its own connection.
    int studioWrites = 0;
    while (cli.state() != QProcess::NotRunning) {
        Result<qint64> r = studio.value()->addSubject(
            {0, QStringLiteral("studio-%1").arg(studioWrites), {}, {}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        ++studioWrites;
        cli.waitForFinished(20);
    }
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(studio.value()->clipCount(), 12);
    QCOMPARE(studio.value()->subjects().size(), 3 + studioWrites);
    QCOMPARE(scalar(studio.value()->database().db(), QStringLiteral("PRAGMA integrity_check"))
                 .toString(),
             QStringLiteral("ok"));
}

void TestProjectStore::diskFullIsAClearError()
{
    QTemporaryDir tmp;
    auto p = Project::create(tmp.filePath(QStringLiteral("p")));
    QVERIFY(p);
    // SQLite's own page limit produces the same SQLITE_FULL a full disk does.
    QSqlQuery q(p.value()->database().db());
    const int pages = scalar(p.value()->database().db(), QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    Result<qint64> r = p.value()->addSubject(
        {0, QStringLiteral("S1"), QString(200000, QLatin1Char('n')), {}});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("disk holding the project is full")),
             qPrintable(r.error().message));
    QCOMPARE(p.value()->subjects().size(), 0); // nothing half-written
}

void TestProjectStore::readOnlyLocationIsAClearError()
{
    // /proc refuses new folders even to root.
    Result<std::unique_ptr<Project>> p = Project::create(QStringLiteral("/proc/fm-project-test"));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(QLatin1String("could not be created")),
             qPrintable(p.error().message));
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder));
    if (geteuid() == 0) {
        // Root ignores permissions: run the CLI as "nobody" on a project nobody owns read-only.
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("Running as root without setpriv; the /proc case is checked above.");
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ExeGroup | QFile::ExeOther);
        QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        QVERIFY(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        while (it.hasNext())
            QVERIFY(::chown(QFile::encodeName(it.next()).constData(), 65534, 65534) == 0);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    QFile::setPermissions(folder + QStringLiteral("/project.sqlite"), QFile::ReadOwner);
    QString message;
    if (geteuid() == 0) {
        QProcess process;
        process.start(QStringLiteral("setpriv"),
                      {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), QStringLiteral(FM_CLI_PATH),
                       QStringLiteral("project"), QStringLiteral("info"), folder});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        message = QString::fromUtf8(process.readAllStandardError());
    } else {
        auto opened = Project::open(folder);
        if (opened) {
            Result<qint64> r = opened.value()->addSubject({0, QStringLiteral("S1"), {}, {}});
            QVERIFY(!r);
            message = r.error().message;
        } else {
            message = opened.error().message;
        }
    }
    QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestProjectStore::recentProjectsList()
{
    QTemporaryDir tmp;
    RecentProjects recent(tmp.filePath(QStringLiteral("config/FaceMotion/recent.json")));
    QVERIFY(recent.entries());
    QVERIFY(recent.entries().value().isEmpty());
    const QString real = tmp.filePath(QStringLiteral("real"));
    QVERIFY(Project::create(real));
    for (int i = 0; i < 12; ++i)
        QVERIFY(recent.add(tmp.filePath(QStringLiteral("gone%1").arg(i))));
    QVERIFY(recent.add(real));
    QVector<RecentProjects::Entry> list = recent.entries().value();
    QCOMPARE(list.size(), RecentProjects::kMaxEntries);
    QCOMPARE(list.first().folder, QFileInfo(real).absoluteFilePath());
    QVERIFY(list.first().exists);
    QVERIFY(!list.at(1).exists);
    QCOMPARE(QFileInfo(list.at(1).folder).fileName(), QStringLiteral("gone11"));
    QVERIFY(recent.add(tmp.filePath(QStringLiteral("gone11")))); // re-adding moves it up
    list = recent.entries().value();
    QCOMPARE(QFileInfo(list.first().folder).fileName(), QStringLiteral("gone11"));
    QCOMPARE(list.size(), RecentProjects::kMaxEntries);
    QVERIFY(recent.remove(real));
    QCOMPARE(recent.entries().value().size(), RecentProjects::kMaxEntries - 1);
    QVERIFY(isPrivate(QFileInfo(recent.file()).absolutePath()));

    QFile damaged(recent.file());
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{not json");
    damaged.close();
    QVERIFY(!recent.entries());
    QVERIFY(recent.entries().error().message.contains(QLatin1String("damaged")));
    QVERIFY(recent.add(real)); // adding repairs it
    QCOMPARE(recent.entries().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
