#include "projectdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectDatabase", text);
}

QAtomicInteger<quint64> g_connectionCounter;

// Schema v1: the first released layout. Never edit it; add a migration instead.
const char *const kSchemaV1[]
    = {"CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
       "CREATE TABLE subject ("
       " id INTEGER PRIMARY KEY,"
       " code TEXT NOT NULL UNIQUE,"
       " notes TEXT NOT NULL DEFAULT '',"
       " consent_date TEXT)",
       "CREATE TABLE motion ("
       " id INTEGER PRIMARY KEY,"
       " subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,"
       " name TEXT NOT NULL,"
       " description TEXT NOT NULL DEFAULT '',"
       " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2),"
       " word TEXT NOT NULL DEFAULT '',"
       " part_a TEXT NOT NULL DEFAULT '',"
       " part_b TEXT NOT NULL DEFAULT '',"
       " target_repetitions INTEGER NOT NULL DEFAULT 10 CHECK (target_repetitions >= 0),"
       " UNIQUE (subject_id, name))",
       "CREATE TABLE clip ("
       " id INTEGER PRIMARY KEY,"
       " motion_id INTEGER NOT NULL REFERENCES motion(id) ON DELETE CASCADE,"
       " repetition INTEGER NOT NULL CHECK (repetition >= 1),"
       " file TEXT NOT NULL,"
       " referenced INTEGER NOT NULL DEFAULT 0,"
       " content_hash TEXT NOT NULL UNIQUE,"
       " fps REAL NOT NULL,"
       " frames INTEGER NOT NULL,"
       " width INTEGER NOT NULL,"
       " height INTEGER NOT NULL,"
       " recorded_at TEXT,"
       " imported_at TEXT NOT NULL,"
       " source TEXT NOT NULL DEFAULT '',"
       " UNIQUE (motion_id, repetition))",
       "CREATE TABLE annotation ("
       " clip_id INTEGER PRIMARY KEY REFERENCES clip(id) ON DELETE CASCADE,"
       " auto_onset INTEGER, auto_apex INTEGER, auto_offset INTEGER, auto_confidence REAL,"
       " auto_method TEXT, auto_at TEXT, cache_file TEXT, cache_hash TEXT,"
       " rev_onset INTEGER, rev_apex INTEGER, rev_offset INTEGER,"
       " edited_by TEXT, edited_at TEXT)",
       "CREATE TABLE review ("
       " clip_id INTEGER PRIMARY KEY REFERENCES clip(id) ON DELETE CASCADE,"
       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
       " reason INTEGER NOT NULL DEFAULT 0 CHECK (reason BETWEEN 0 AND 6),"
       " note TEXT NOT NULL DEFAULT '',"
       " reviewer TEXT, reviewed_at TEXT)",
       nullptr};

// v1 -> v2: clip sizes (relinking moved files, spotting changed ones) and stored splits
// (a training manifest names the split it used).
const char *const kMigrationV1toV2[]
    = {"ALTER TABLE clip ADD COLUMN file_size INTEGER NOT NULL DEFAULT 0",
       "CREATE TABLE split ("
       " id INTEGER PRIMARY KEY,"
       " name TEXT NOT NULL UNIQUE,"
       " folds INTEGER NOT NULL CHECK (folds >= 2),"
       " seed INTEGER NOT NULL,"
       " validation_fraction REAL NOT NULL,"
       " created_at TEXT NOT NULL)",
       "CREATE TABLE split_subject ("
       " split_id INTEGER NOT NULL REFERENCES split(id) ON DELETE CASCADE,"
       " subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,"
       " fold INTEGER NOT NULL,"
       " validation INTEGER NOT NULL DEFAULT 0,"
       " PRIMARY KEY (split_id, subject_id))",
       nullptr};

qint64 pathSize(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.exists() ? info.size() : 0;
    qint64 total = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

ProjectDatabase::~ProjectDatabase()
{
    close();
}

Result<bool> ProjectDatabase::open(const QString &path, bool create, int busyTimeoutMs)
{
    close();
    if (!create && !QFileInfo::exists(path))
        return Error{tr("There is no project database at \"%1\".").arg(path)};
    m_path = path;
    m_connectionName = QStringLiteral("fm-project-%1").arg(++g_connectionCounter);
    const Result<bool> configured = configure(path, busyTimeoutMs);
    if (!configured)
        close();
    return configured;
    return true;
}

Result<bool> ProjectDatabase::configure(const QString &path, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    const QString what = tr("The project database \"%1\" could not be opened.").arg(path);
    if (!db.open())
        return sqlError(db.lastError(), what);
    QSqlQuery q(db);
    // Pragmas take no bound parameters; the values are program constants.
    const QString busy = QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs);
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), busy,
                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (!q.exec(pragma))
            return sqlError(q.lastError(), what);
        if (pragma.contains(QLatin1String("journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return Error{tr("The project database \"%1\" cannot use write-ahead logging (is the "
                            "folder read-only or on a network drive?).")
                             .arg(path)};
        }
    }
    return true;
}

void ProjectDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool ProjectDatabase::isOpen() const
{
    return !m_connectionName.isEmpty() && db().isOpen();
}

QSqlDatabase ProjectDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProjectDatabase::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<bool> ProjectDatabase::setSchemaVersion(int version)
{
    QSqlQuery q(db());
    // PRAGMA takes no parameters; `version` is a program constant, not user input.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return sqlError(q.lastError(), tr("The schema version could not be written."));
    return true;
}

Result<bool> ProjectDatabase::execScript(const char *const *statements, const QString &what)
{
    QSqlQuery q(db());
    for (const char *const *s = statements; *s; ++s) {
        if (!q.exec(QString::fromLatin1(*s)))
            return sqlError(q.lastError(), what);
    }
    return true;
}

Result<bool> ProjectDatabase::createSchema(int version)
{
    if (version < 1 || version > kSchemaVersion)
        return Error{tr("Unknown project schema version %1.").arg(version)};
    if (schemaVersion() != 0)
        return Error{tr("The database \"%1\" is not empty.").arg(m_path)};
    WriteTransaction transaction(*this);
    if (Result<bool> r = transaction.begin(); !r)
        return r;
    if (Result<bool> r = execScript(kSchemaV1, tr("The project tables could not be created.")); !r)
        return r;
    for (int v = 1; v < version; ++v) {
        if (Result<bool> r = applyMigration(v, QFileInfo(m_path).absolutePath()); !r)
            return r;
    }
    if (Result<bool> r = setSchemaVersion(version); !r)
        return r;
    return transaction.commit();
}

Result<bool> ProjectDatabase::applyMigration(int fromVersion, const QString &projectFolder)
{
    const QString what = tr("Updating the project from schema %1 to %2 failed.")
                             .arg(fromVersion)
                             .arg(fromVersion + 1);
    switch (fromVersion) {
    case 1: {
        if (Result<bool> r = execScript(kMigrationV1toV2, what); !r)
            return r;
        // Data step: record each clip's size from disk where the file is present.
        QSqlQuery select(db());
        if (!select.exec(QStringLiteral("SELECT id, file, referenced FROM clip")))
            return sqlError(select.lastError(), what);
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE clip SET file_size = ? WHERE id = ?"));
        while (select.next()) {
            const QString file = select.value(1).toString();
            const QString path = select.value(2).toBool() ? file
                                                          : QDir(projectFolder).filePath(file);
            update.addBindValue(pathSize(path));
            update.addBindValue(select.value(0));
            if (Result<bool> r = exec(update, what); !r)
                return r;
        }
        return true;
    }
    default:
        return Error{what};
    }
}

Result<QString> ProjectDatabase::migrate(const QString &projectFolder)
{
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        return Error{tr("This project was saved by a newer FaceMotion Studio (project format %1; "
                        "this program reads formats up to %2). Update FaceMotion Studio to "
                        "open it; the project was not changed.")
                         .arg(version)
                         .arg(kSchemaVersion)};
    }
    if (version < 1)
        return Error{tr("\"%1\" is not a FaceMotion project database.").arg(m_path)};
    if (version == kSchemaVersion)
        return QString();

    // A complete, consistent copy (including WAL content) before anything changes.
    QString backup = QStringLiteral("%1.v%2-backup-%3")
                         .arg(m_path)
                         .arg(version)
                         .arg(QDateTime::currentDateTimeUtc().toString(
                             QStringLiteral("yyyyMMdd-HHmmss")));
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = backup.section(QLatin1Char('~'), 0, 0) + QStringLiteral("~%1").arg(n);
    QSqlQuery vacuum(db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(backup);
    if (!vacuum.exec()) {
        QFile::remove(backup);
        return sqlError(vacuum.lastError(),
                        tr("The backup copy \"%1\" could not be written before updating the "
                           "project; the project was not changed.")
                            .arg(backup));
    }
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);

    WriteTransaction transaction(*this);
    if (Result<bool> r = transaction.begin(); !r)
        return r.error();
    for (int v = version; v < kSchemaVersion; ++v) {
        if (Result<bool> r = applyMigration(v, projectFolder); !r)
            return r.error();
    }
    if (Result<bool> r = setSchemaVersion(kSchemaVersion); !r)
        return r.error();
    if (Result<bool> r = transaction.commit(); !r)
        return r.error();
    return backup;
}

Result<bool> ProjectDatabase::beginWrite()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q.lastError(), tr("The project could not be changed."));
    return true;
}

Result<bool> ProjectDatabase::commit()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(q.lastError(), tr("The change could not be saved."));
        rollback();
        return e;
    }
    return true;
}

void ProjectDatabase::rollback()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<bool> ProjectDatabase::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return true;
}

Error ProjectDatabase::sqlError(const QSqlError &error, const QString &what)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString reason;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        reason = tr("Another program (the studio or an fmstudio-cli job such as an import) is "
                    "writing to this project right now. Try again when it has finished.");
        break;
    case 13: // SQLITE_FULL
        reason = tr("The disk holding the project is full. Free some space and try again; "
                    "nothing was changed.");
        break;
    case 8: // SQLITE_READONLY
        reason = tr("The project is read-only: its folder or database file cannot be written.");
        break;
    case 14: // SQLITE_CANTOPEN
        reason = tr("The database file cannot be opened: the folder is missing, not "
                    "accessible or read-only.");
        break;
    case 10: // SQLITE_IOERR
        reason = tr("The disk reported an error while reading or writing the project.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        reason = tr("The file is damaged or is not a FaceMotion project database.");
        break;
    case 19: // SQLITE_CONSTRAINT
        reason = tr("The change was refused by a rule of the project (a duplicate name, "
                    "repetition or clip, or a missing value).");
        break;
    default:
        break;
    }
    const QString text = error.text().trimmed();
    if (reason.isEmpty())
        return Error{what, text};
    return Error{what + QLatin1Char(' ') + reason, text};
}

} // namespace fm
