#pragma once

#include "common/error.h"
#include "project/projectdatabase.h"
#include "project/projectstore.h"
#include "project/projecttypes.h"

#include <QObject>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>

class QTimer;
class QUndoStack;

namespace fm {

/**
 * An open project: a private folder holding project.sqlite, media/ (copied clips), cache/
 * (analysis results) and runs/ (training runs). Reads return values; writes are transactions
 * that emit change signals. A person's edits go through ProjectEditor so they can be undone;
 * the direct write functions are for commands, imports and the analysis pipeline.
 */
class Project : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kDatabaseFile = "project.sqlite";

    /** Creates a new project in `folder` (missing or empty) and opens it. */
    static Result<std::unique_ptr<Project>> create(
        const QString &folder, int busyTimeoutMs = ProjectDatabase::kDefaultBusyTimeoutMs);
    /**
     * Opens an existing project; an older format is migrated after a backup copy, a newer one
     * is refused with a message saying so.
     */
    static Result<std::unique_ptr<Project>> open(
        const QString &folder, int busyTimeoutMs = ProjectDatabase::kDefaultBusyTimeoutMs);
    /** True if `folder` holds a project database. */
    static bool isProject(const QString &folder);

    ~Project() override;
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString mediaDir() const;
    QString cacheDir() const;
    QString runsDir() const;
    /** The backup written when opening migrated an older format (empty otherwise). */
    QString migrationBackup() const { return m_migrationBackup; }
    int schemaVersion() const { return m_db.schemaVersion(); }
    ProjectDatabase &database() { return m_db; }

    /** Undo history of the edits made through ProjectEditor. */
    QUndoStack *undoStack() const { return m_undoStack; }
    /** Recorded as reviewer/editor on reviews and annotation changes ($USER by default). */
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // Reading.
    QVector<Subject> subjects() { return store::subjects(m_db); }
    std::optional<Subject> subject(qint64 id) { return store::subject(m_db, id); }
    std::optional<Subject> subjectByCode(const QString &code)
    {
        return store::subjectByCode(m_db, code);
    }
    QVector<Motion> motions(qint64 subjectId = 0) { return store::motions(m_db, subjectId); }
    std::optional<Motion> motion(qint64 id) { return store::motion(m_db, id); }
    QVector<Clip> clips(qint64 motionId = 0) { return store::clips(m_db, motionId); }
    std::optional<Clip> clip(qint64 id) { return store::clip(m_db, id); }
    int clipCount() { return store::clipCount(m_db); }
    Annotation annotation(qint64 clipId) { return store::annotation(m_db, clipId); }
    Review review(qint64 clipId) { return store::review(m_db, clipId); }

    /** Absolute path of a clip's file or folder. */
    QString clipPath(const Clip &clip) const;
    /** Clips whose file or folder is no longer where the project expects it. */
    QVector<Clip> missingClips();
    /**
     * Points a clip at `newPath` (a moved file) after checking that its content hash is the
     * clip's. Use ProjectEditor::relinkClip for an undoable relink by a person.
     */
    Result<bool> relinkClip(qint64 clipId, const QString &newPath);
    /** Relinks every missing clip found under `folder` (by name, then verified by hash). */
    Result<int> relinkMissingUnder(const QString &folder);

    /**
     * Files and folders in media/ that no clip uses: copies left by an interrupted import or
     * by deleted subjects and motions (kept so deletes can be undone).
     */
    QStringList orphanMedia();
    /**
     * Deletes orphanMedia() entries older than `minAgeSeconds` (a running import's fresh copy
     * is younger) and returns how many were removed.
     */
    Result<int> removeOrphanMedia(int minAgeSeconds = 600);

    // Writing: one transaction each, then a change signal.
    Result<qint64> addSubject(const Subject &subject);
    Result<bool> updateSubject(const Subject &subject);
    Result<bool> removeSubject(qint64 id);
    Result<qint64> addMotion(const Motion &motion);
    Result<bool> updateMotion(const Motion &motion);
    Result<bool> removeMotion(qint64 id);
    Result<bool> moveClip(qint64 clipId, qint64 motionId, int repetition);
    Result<bool> setClipFile(qint64 clipId, const QString &file, bool referenced);
    Result<bool> writeReview(const Review &review);
    Result<bool> writeAnnotation(const Annotation &annotation);
    /** Stores the analysis pipeline's result, keeping the reviewer's values. */
    Result<bool> setAutoAnnotation(qint64 clipId, const AutoAnnotation &automatic);
    /**
     * Deletes a subject or motion with everything under it and returns what was deleted
     * (read and deleted in one transaction, so a concurrent import cannot slip in between).
     */
    Result<ProjectSnapshot> takeSubject(qint64 id);
    Result<ProjectSnapshot> takeMotion(qint64 id);
    Result<bool> restoreSnapshot(const ProjectSnapshot &snapshot);

    /** Commands report a failed write here (they cannot return it); see editFailed(). */
    void reportEditError(const Error &error);
    std::optional<Error> takeLastEditError() { return std::exchange(m_lastEditError, {}); }

    /**
     * Checks whether another connection (a CLI job, a worker thread) committed since the last
     * check (SQLite's data_version) and if so emits the change signals; returns true then.
     * Cheap enough to call from a timer; see setWatchInterval().
     */
    bool refreshIfChangedElsewhere();
    /** Calls refreshIfChangedElsewhere() every `ms` milliseconds (0 stops). */
    void setWatchInterval(int ms);

    /** Tells views that another connection (an import worker, a CLI job) changed the data. */
    void notifyExternalChange();

Q_SIGNALS:
    void subjectsChanged();
    void motionsChanged(qint64 subjectId);
    /** Clips were added, removed or moved. */
    void clipsChanged();
    /** One clip's file, annotation or review changed. */
    void clipChanged(qint64 clipId);
    /** An undo, redo or edit could not be written (e.g. another program held the lock). */
    void editFailed(const QString &message);

private:
    explicit Project(const QString &folder);
    Result<bool> openDatabase(bool create, int busyTimeoutMs);
    template<typename F>
    Result<bool> inTransaction(F &&work);

    QString m_folder;
    QString m_migrationBackup;
    QString m_userName;
    std::optional<Error> m_lastEditError;
    ProjectDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_watchTimer = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace fm
