#include "project.h"

#include "common/contenthash.h"
#include "common/privatedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>

namespace fm {

namespace {

qint64 pathSize(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace

Project::Project(const QString &folder)
    : m_folder(QFileInfo(folder).absoluteFilePath()), m_userName(defaultUserName()),
      m_undoStack(new QUndoStack(this))
{}

Project::~Project()
{
    close();
}

void Project::close()
{
    m_undoStack->clear();
    m_db.close();
}

bool Project::isProject(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(QLatin1String(kDatabaseFile))).isFile();
}

QString Project::databasePath() const
{
    return QDir(m_folder).filePath(QLatin1String(kDatabaseFile));
}

QString Project::mediaDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("media"));
}

QString Project::cacheDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("cache"));
}

QString Project::runsDir() const
{
    return QDir(m_folder).filePath(QStringLiteral("runs"));
}

Result<std::unique_ptr<Project>> Project::create(const QString &folder, int busyTimeoutMs)
{
    if (folder.trimmed().isEmpty())
        return Error{tr("No folder was given for the new project.")};
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{tr("\"%1\" exists and is not a folder.").arg(folder)};
    if (isProject(folder))
        return Error{tr("\"%1\" already holds a project; open it instead.").arg(folder)};
    if (info.exists()
        && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error{tr("The folder \"%1\" is not empty; choose an empty or new folder for the "
                        "project.")
                         .arg(folder)};
    std::unique_ptr<Project> project(new Project(folder));
    for (const QString &dir :
         {project->m_folder, project->mediaDir(), project->cacheDir(), project->runsDir()}) {
        if (Result<QString> r = makePrivateDir(dir); !r)
            return r.error();
    }
    if (Result<bool> r = project->openDatabase(true, busyTimeoutMs); !r)
        return r.error();
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &folder, int busyTimeoutMs)
{
    if (!QFileInfo(folder).isDir())
        return Error{tr("The project folder \"%1\" does not exist.").arg(folder)};
    if (!isProject(folder))
        return Error{tr("\"%1\" is not a FaceMotion project (it has no %2).")
                         .arg(folder, QLatin1String(kDatabaseFile))};
    std::unique_ptr<Project> project(new Project(folder));
    if (Result<bool> r = project->openDatabase(false, busyTimeoutMs); !r)
        return r.error();
    for (const QString &dir :
         {project->m_folder, project->mediaDir(), project->cacheDir(), project->runsDir()}) {
        if (Result<QString> r = makePrivateDir(dir); !r)
            return r.error();
    }
    return project;
}

Result<bool> Project::openDatabase(bool create, int busyTimeoutMs)
{
    if (Result<bool> r = m_db.open(databasePath(), create, busyTimeoutMs); !r)
        return r;
    if (create) {
        QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::WriteOwner);
        if (Result<bool> r = m_db.createSchema(); !r) {
            m_db.close();
            QFile::remove(databasePath());
            return r;
        }
        refreshIfChangedElsewhere();
        return true;
    }
    Result<QString> migrated = m_db.migrate(m_folder);
    if (!migrated) {
        m_db.close();
        return migrated.error();
    }
    m_migrationBackup = migrated.value();
    refreshIfChangedElsewhere(); // baseline for change detection
    return true;
}

template<typename F>
Result<bool> Project::inTransaction(F &&work)
{
    if (!m_db.isOpen())
        return Error{tr("The project is closed.")};
    WriteTransaction transaction(m_db);
    if (Result<bool> r = transaction.begin(); !r)
        return r;
    if (Result<bool> r = work(); !r)
        return r;
    return transaction.commit();
}

QString Project::clipPath(const Clip &clip) const
{
    return clip.referenced ? clip.file : QDir(m_folder).filePath(clip.file);
}

QVector<Clip> Project::missingClips()
{
    QVector<Clip> missing;
    for (const Clip &c : clips()) {
        if (!QFileInfo::exists(clipPath(c)))
            missing.append(c);
    }
    return missing;
}

Result<bool> Project::relinkClip(qint64 clipId, const QString &newPath)
{
    const std::optional<Clip> c = clip(clipId);
    if (!c)
        return Error{tr("The clip no longer exists.")};
    const Result<QString> hash = contentHash(newPath);
    if (!hash)
        return hash.error();
    if (hash.value() != c->contentHash) {
        return Error{tr("\"%1\" is not the same recording as clip %2 (its content differs); it "
                        "was not linked.")
                         .arg(newPath)
                         .arg(clipId)};
    }
    const QString absolute = QFileInfo(newPath).absoluteFilePath();
    const QString relative = QDir(m_folder).relativeFilePath(absolute);
    const bool inside = !relative.startsWith(QLatin1String(".."));
    return setClipFile(clipId, inside ? relative : absolute, !inside);
}

Result<int> Project::relinkMissingUnder(const QString &folder)
{
    const QVector<Clip> missing = missingClips();
    if (missing.isEmpty())
        return 0;
    QHash<QString, QStringList> byName;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        byName[it.fileName()].append(path);
    }
    int relinked = 0;
    for (const Clip &c : missing) {
        const QString name = QFileInfo(c.file).fileName();
        for (const QString &candidate : byName.value(name)) {
            if (relinkClip(c.id, candidate)) {
                ++relinked;
                break;
            }
        }
    }
    return relinked;
}

QStringList Project::orphanMedia()
{
    QSet<QString> used;
    for (const Clip &c : clips()) {
        if (!c.referenced)
            used.insert(QDir::cleanPath(clipPath(c)));
    }
    QStringList orphans;
    // media/<2 hex>/<entry>: an entry is a video file, an image-sequence folder, or a leftover
    // temporary file (QSaveFile's "name.XXXXXX") or ".name.part" folder.
    const QDir media(mediaDir());
    for (const QString &bucket : media.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(media.filePath(bucket));
        for (const QString &entry :
             dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QString path = QDir::cleanPath(dir.filePath(entry));
            if (!used.contains(path))
                orphans.append(path);
        }
    }
    return orphans;
}

Result<int> Project::removeOrphanMedia(int minAgeSeconds)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    int removed = 0;
    for (const QString &path : orphanMedia()) {
        const QFileInfo info(path);
        if (info.lastModified().toUTC() > cutoff)
            continue;
        const bool ok = info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!ok)
            return Error{tr("\"%1\" could not be removed.").arg(path)};
        ++removed;
    }
    return removed;
}

Result<qint64> Project::addSubject(const Subject &subject)
{
    qint64 id = 0;
    Result<bool> r = inTransaction([&]() -> Result<bool> {
        Result<qint64> inserted = store::insertSubject(m_db, subject);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return true;
    });
    if (!r)
        return r.error();
    Q_EMIT subjectsChanged();
    return id;
}

Result<bool> Project::updateSubject(const Subject &subject)
{
    Result<bool> r = inTransaction([&] { return store::updateSubject(m_db, subject); });
    if (r)
        Q_EMIT subjectsChanged();
    return r;
}

Result<bool> Project::removeSubject(qint64 id)
{
    Result<bool> r = inTransaction([&] { return store::deleteSubject(m_db, id); });
    if (r) {
        Q_EMIT subjectsChanged();
        Q_EMIT clipsChanged();
    }
    return r;
}

Result<qint64> Project::addMotion(const Motion &motion)
{
    qint64 id = 0;
    Result<bool> r = inTransaction([&]() -> Result<bool> {
        Result<qint64> inserted = store::insertMotion(m_db, motion);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return true;
    });
    if (!r)
        return r.error();
    Q_EMIT motionsChanged(motion.subjectId);
    return id;
}

Result<bool> Project::updateMotion(const Motion &motion)
{
    const std::optional<Motion> before = store::motion(m_db, motion.id);
    Result<bool> r = inTransaction([&] { return store::updateMotion(m_db, motion); });
    if (r) {
        if (before && before->subjectId != motion.subjectId)
            Q_EMIT motionsChanged(before->subjectId);
        Q_EMIT motionsChanged(motion.subjectId);
    }
    return r;
}

Result<bool> Project::removeMotion(qint64 id)
{
    const std::optional<Motion> before = store::motion(m_db, id);
    Result<bool> r = inTransaction([&] { return store::deleteMotion(m_db, id); });
    if (r) {
        Q_EMIT motionsChanged(before ? before->subjectId : 0);
        Q_EMIT clipsChanged();
    }
    return r;
}

Result<bool> Project::moveClip(qint64 clipId, qint64 motionId, int repetition)
{
    Result<bool> r = inTransaction(
        [&] { return store::moveClip(m_db, clipId, motionId, repetition); });
    if (r) {
        Q_EMIT clipsChanged();
        Q_EMIT clipChanged(clipId);
    }
    return r;
}

Result<bool> Project::setClipFile(qint64 clipId, const QString &file, bool referenced)
{
    const QString absolute = referenced ? file : QDir(m_folder).filePath(file);
    Result<bool> r = inTransaction(
        [&] { return store::setClipFile(m_db, clipId, file, referenced, pathSize(absolute)); });
    if (r)
        Q_EMIT clipChanged(clipId);
    return r;
}

Result<bool> Project::writeReview(const Review &review)
{
    Result<bool> r = inTransaction([&] { return store::writeReview(m_db, review); });
    if (r)
        Q_EMIT clipChanged(review.clipId);
    return r;
}

Result<bool> Project::writeAnnotation(const Annotation &annotation)
{
    Result<bool> r = inTransaction([&] { return store::writeAnnotation(m_db, annotation); });
    if (r)
        Q_EMIT clipChanged(annotation.clipId);
    return r;
}

Result<bool> Project::setAutoAnnotation(qint64 clipId, const AutoAnnotation &automatic)
{
    if (!store::clip(m_db, clipId))
        return Error{tr("The clip no longer exists.")};
    Result<bool> r = inTransaction([&] {
        Annotation a = store::annotation(m_db, clipId); // read inside the write lock
        a.automatic = automatic;
        if (!a.automatic.analysedAt.isValid())
            a.automatic.analysedAt = QDateTime::currentDateTimeUtc();
        return store::writeAnnotation(m_db, a);
    });
    if (r)
        Q_EMIT clipChanged(clipId);
    return r;
}

Result<ProjectSnapshot> Project::takeSubject(qint64 id)
{
    ProjectSnapshot snapshot;
    Result<bool> r = inTransaction([&]() -> Result<bool> {
        Result<ProjectSnapshot> taken = store::snapshotSubject(m_db, id);
        if (!taken)
            return taken.error();
        snapshot = taken.value();
        return store::deleteSubject(m_db, id);
    });
    if (!r)
        return r.error();
    Q_EMIT subjectsChanged();
    Q_EMIT clipsChanged();
    return snapshot;
}

Result<ProjectSnapshot> Project::takeMotion(qint64 id)
{
    ProjectSnapshot snapshot;
    Result<bool> r = inTransaction([&]() -> Result<bool> {
        Result<ProjectSnapshot> taken = store::snapshotMotion(m_db, id);
        if (!taken)
            return taken.error();
        snapshot = taken.value();
        return store::deleteMotion(m_db, id);
    });
    if (!r)
        return r.error();
    Q_EMIT motionsChanged(snapshot.motions.isEmpty() ? 0 : snapshot.motions.first().subjectId);
    Q_EMIT clipsChanged();
    return snapshot;
}

Result<bool> Project::restoreSnapshot(const ProjectSnapshot &snapshot)
{
    Result<bool> r = inTransaction([&] { return store::restoreSnapshot(m_db, snapshot); });
    if (r) {
        if (snapshot.subject)
            Q_EMIT subjectsChanged();
        for (const Motion &m : snapshot.motions)
            Q_EMIT motionsChanged(m.subjectId);
        Q_EMIT clipsChanged();
    }
    return r;
}

void Project::reportEditError(const Error &error)
{
    m_lastEditError = error;
    Q_EMIT editFailed(error.message);
}

bool Project::refreshIfChangedElsewhere()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        notifyExternalChange();
    return changed;
}

void Project::setWatchInterval(int ms)
{
    if (ms <= 0) {
        if (m_watchTimer)
            m_watchTimer->stop();
        return;
    }
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &Project::refreshIfChangedElsewhere);
    }
    refreshIfChangedElsewhere(); // take the current version as the baseline
    m_watchTimer->start(ms);
}

void Project::notifyExternalChange()
{
    Q_EMIT subjectsChanged();
    Q_EMIT motionsChanged(0);
    Q_EMIT clipsChanged();
}

} // namespace fm
