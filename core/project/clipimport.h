#pragma once

#include "common/error.h"
#include "project/projecttypes.h"

#include <QMetaType>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace fm {

/**
 * A naming pattern that maps a clip's path to subject, motion and repetition, e.g.
 * "{subject}_{motion}_{rep}.mp4" (file names) or "{subject}/{motion}/{rep}.*" (one folder per
 * subject and motion). Tokens: {subject}, {motion}, {rep}; "*" matches any text within one
 * path component. A pattern with N components is matched against the last N of the path.
 */
class ImportPattern
{
public:
    struct Match
    {
        QString subject;
        QString motion;
        int repetition = 0; ///< 0: the pattern has no {rep}; the next free index is used
    };

    static Result<ImportPattern> parse(const QString &pattern);
    std::optional<Match> match(const QString &path) const;
    QString text() const { return m_text; }

private:
    QString m_text;
    QRegularExpression m_regex;
    int m_components = 1;
};

/** How an import stores what it finds. */
struct ImportOptions
{
    QString pattern = QStringLiteral("{subject}_{motion}_{rep}.*");
    bool copy = true; ///< copy into media/ (true) or reference the files where they are
    MotionKind kind = MotionKind::FacialMotion; ///< for motions the import creates
    int targetRepetitions = 10;                 ///< for motions the import creates
    double sequenceFps = 30.0;                  ///< image-sequence folders
    int busyTimeoutMs = 30000;                  ///< wait this long for another writer
};

/** One clip an import will add: where it is and where it goes. */
struct ImportItem
{
    QString path; ///< absolute file or image-sequence folder
    bool imageSequence = false;
    QString subject;
    QString motion;
    int repetition = 0;
};

/** The mapping shown to a person before anything is written. */
struct ImportPlan
{
    QVector<ImportItem> items;
    QStringList unmatched; ///< clips whose path the pattern does not match
    QStringList ignored;   ///< files that are neither videos nor image sequences
};

/** A file an import skipped, and why. */
struct ImportProblem
{
    QString path;
    QString message;
};

/** What an import did. */
struct ImportReport
{
    int imported = 0;
    QVector<qint64> clipIds;
    QVector<ImportProblem> duplicates; ///< same content as a clip already in the project
    QVector<ImportProblem> failures;   ///< unreadable, not a video, or could not be stored
    QVector<ImportProblem> renumbered; ///< repetition taken; stored under the next free one
    bool cancelled = false;
};

/**
 * Imports clips into a project: plan() maps paths without touching the project; run() hashes,
 * probes (fm::ClipReader), copies (temp name, then rename) and inserts each clip in its own
 * transaction, so a cancel or a killed process leaves every finished clip and no half row.
 * run() opens its own connection: call it on a worker thread or in a CLI process.
 */
class ClipImporter
{
public:
    /** done, total, current path; return false to cancel. */
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    static Result<ImportPlan> plan(const QStringList &sources, const ImportOptions &options);
    static Result<ImportReport> run(const QString &projectFolder, const ImportPlan &plan,
                                    const ImportOptions &options, const Progress &progress = {},
                                    const std::atomic<bool> *cancel = nullptr);
    static bool isVideoFile(const QString &path);
};

/** Runs ClipImporter::run on the thread it is moved to; results return through signals. */
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &projectFolder, const ImportPlan &plan, const ImportOptions &options);
    /** Thread-safe: the import stops after the clip in progress. */
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(int done, int total, const QString &path);
    void finished(const fm::ImportReport &report);
    void failed(const QString &message);

private:
    QString m_projectFolder;
    ImportPlan m_plan;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
};

} // namespace fm

Q_DECLARE_METATYPE(fm::ImportReport)
