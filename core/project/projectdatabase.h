#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace fm {

/**
 * One SQLite connection to a project's database (QSQLITE, WAL, foreign keys on, a busy
 * timeout), the schema with its migrations, and the mapping of SQLite failures to sentences
 * a person can act on. Each thread opens its own ProjectDatabase.
 */
class ProjectDatabase
{
public:
    /** The schema this program writes; older databases are migrated on open. */
    static constexpr int kSchemaVersion = 2;
    /** How long a writer waits for another process's write to finish before giving up. */
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    ProjectDatabase() = default;
    ~ProjectDatabase();
    ProjectDatabase(const ProjectDatabase &) = delete;
    ProjectDatabase &operator=(const ProjectDatabase &) = delete;

    /** Opens `path` (creating the file only if `create`), sets the pragmas. */
    Result<bool> open(const QString &path, bool create, int busyTimeoutMs = kDefaultBusyTimeoutMs);
    void close();
    bool isOpen() const;

    QSqlDatabase db() const;
    QString path() const { return m_path; }

    /** PRAGMA user_version: 0 for an empty file. */
    int schemaVersion() const;
    /**
     * Creates the schema of `version` (1..kSchemaVersion) in an empty database. Normal
     * creation builds v1 and runs the migrations, so every project takes the migration path;
     * tests use older versions to prove each migration.
     */
    Result<bool> createSchema(int version = kSchemaVersion);
    /**
     * Brings an older database to kSchemaVersion in one transaction after writing a backup
     * copy next to it (returned; empty if nothing was migrated). A newer schema is refused.
     * `projectFolder` resolves copied clip paths for data migrations.
     */
    Result<QString> migrate(const QString &projectFolder);

    /** BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout). */
    Result<bool> beginWrite();
    Result<bool> commit();
    void rollback();

    /** A translated, actionable sentence for a failed statement (busy, full, read-only...). */
    static Error sqlError(const QSqlError &error, const QString &what);
    /** Executes a prepared query, mapping a failure with sqlError(). */
    static Result<bool> exec(QSqlQuery &query, const QString &what);

private:
    Result<bool> configure(const QString &path, int busyTimeoutMs);
    Result<bool> execScript(const char *const *statements, const QString &what);
    Result<bool> applyMigration(int fromVersion, const QString &projectFolder);
    Result<bool> setSchemaVersion(int version);

    QString m_connectionName;
    QString m_path;
};

/** Rolls back a write transaction unless commit() was called (RAII for early returns). */
class WriteTransaction
{
public:
    explicit WriteTransaction(ProjectDatabase &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Result<bool> begin()
    {
        Result<bool> r = m_db.beginWrite();
        m_active = r.ok();
        return r;
    }
    Result<bool> commit()
    {
        Result<bool> r = m_db.commit();
        if (r)
            m_active = false;
        return r;
    }

private:
    ProjectDatabase &m_db;
    bool m_active = false;
};

} // namespace fm
