#include "clipimport.h"

#include "common/contenthash.h"
#include "common/privatedir.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "video/clipreader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ClipImporter", text);
}

const QStringList &videoSuffixes()
{
    static const QStringList list = {QStringLiteral("mp4"),  QStringLiteral("avi"),
                                     QStringLiteral("mov"),  QStringLiteral("mkv"),
                                     QStringLiteral("webm"), QStringLiteral("m4v"),
                                     QStringLiteral("mpg"),  QStringLiteral("mpeg"),
                                     QStringLiteral("wmv")};
    return list;
}

void sortNumerically(QStringList &paths)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(paths.begin(), paths.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
}

// Videos and image-sequence folders (folders with images and no sub-folders or videos).
void scan(const QString &dir, QStringList &clips, QStringList &ignored)
{
    const QDir d(dir);
    const QStringList subdirs = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QStringList files = d.entryList(QDir::Files, QDir::Name);
    QStringList videos;
    QStringList others;
    for (const QString &f : files)
        (ClipImporter::isVideoFile(f) ? videos : others).append(d.filePath(f));
    if (videos.isEmpty() && subdirs.isEmpty() && !ClipReader::sequenceFiles(dir).isEmpty()) {
        clips.append(QFileInfo(dir).absoluteFilePath());
        return;
    }
    for (const QString &v : videos)
        clips.append(QFileInfo(v).absoluteFilePath());
    ignored.append(others);
    for (const QString &s : subdirs)
        scan(d.filePath(s), clips, ignored);
}

Result<bool> copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("\"%1\" could not be read: %2").arg(from, in.errorString())};
    QSaveFile out(to); // a temporary name in the same folder, renamed by commit()
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("\"%1\" could not be written: %2").arg(to, out.errorString())};
    QByteArray buffer;
    while (!(buffer = in.read(1 << 20)).isEmpty()) {
        if (out.write(buffer) != buffer.size()) {
            const QString reason = out.errorString(); // before cancelWriting() replaces it
            out.cancelWriting();
            return Error{tr("Copying \"%1\" into the project failed (is the disk full?): %2")
                             .arg(from, reason)};
        }
    }
    if (in.error() != QFileDevice::NoError) {
        out.cancelWriting();
        return Error{tr("\"%1\" could not be read: %2").arg(from, in.errorString())};
    }
    if (!out.commit())
        return Error{tr("Copying \"%1\" into the project failed (is the disk full?): %2")
                         .arg(from, out.errorString())};
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

// An image sequence is copied into a hidden ".part" folder, then renamed in one step.
Result<bool> copyFolder(const QString &from, const QString &to)
{
    const QFileInfo target(to);
    const QString part = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                         + QStringLiteral(".part");
    QDir(part).removeRecursively();
    if (Result<QString> r = makePrivateDir(part); !r)
        return r.error();
    for (const QString &file : QDir(from).entryList(QDir::Files, QDir::Name)) {
        if (Result<bool> r = copyFile(QDir(from).filePath(file), QDir(part).filePath(file)); !r) {
            QDir(part).removeRecursively();
            return r;
        }
    }
    QDir(to).removeRecursively();
    if (!QDir().rename(part, to)) {
        QDir(part).removeRecursively();
        return Error{tr("The folder \"%1\" could not be moved into place.").arg(to)};
    }
    return true;
}

qint64 pathSize(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

} // namespace

bool ClipImporter::isVideoFile(const QString &path)
{
    return videoSuffixes().contains(QFileInfo(path).suffix().toLower());
}

Result<ImportPattern> ImportPattern::parse(const QString &pattern)
{
    const QString text = QDir::fromNativeSeparators(pattern.trimmed());
    if (!text.contains(QLatin1String("{subject}")) || !text.contains(QLatin1String("{motion}")))
        return Error{tr("The naming pattern \"%1\" must contain {subject} and {motion} (and "
                        "usually {rep}).")
                         .arg(pattern)};
    if (text.startsWith(QLatin1Char('/')) || text.endsWith(QLatin1Char('/')))
        return Error{tr("The naming pattern \"%1\" must not start or end with \"/\".").arg(pattern)};
    QString regex = QStringLiteral("^");
    int seen = 0;
    for (int i = 0; i < text.size();) {
        bool token = false;
        for (const auto &[name, group] :
             {std::pair{QStringLiteral("{subject}"), QStringLiteral("(?<subject>[^/]+?)")},
              std::pair{QStringLiteral("{motion}"), QStringLiteral("(?<motion>[^/]+?)")},
              std::pair{QStringLiteral("{rep}"), QStringLiteral("(?<rep>\\d+)")}}) {
            if (text.mid(i, name.size()) == name) {
                if (regex.contains(group))
                    return Error{tr("The naming pattern uses %1 twice.").arg(name)};
                regex += group;
                i += int(name.size());
                token = true;
                ++seen;
                break;
            }
        }
        if (token)
            continue;
        if (text.at(i) == QLatin1Char('*'))
            regex += QStringLiteral("[^/]*");
        else if (text.at(i) == QLatin1Char('{') || text.at(i) == QLatin1Char('}'))
            return Error{tr("Unknown token in the naming pattern \"%1\"; use {subject}, {motion} "
                            "and {rep}.")
                             .arg(pattern)};
        else
            regex += QRegularExpression::escape(QString(text.at(i)));
        ++i;
    }
    regex += QLatin1Char('$');
    ImportPattern p;
    p.m_text = text;
    p.m_regex = QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption);
    p.m_components = int(text.count(QLatin1Char('/'))) + 1;
    return p;
}

std::optional<ImportPattern::Match> ImportPattern::match(const QString &path) const
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(QLatin1Char('/'),
                                                                     Qt::SkipEmptyParts);
    if (parts.size() < m_components)
        return std::nullopt;
    const QString tail = parts.mid(parts.size() - m_components).join(QLatin1Char('/'));
    const QRegularExpressionMatch m = m_regex.match(tail);
    if (!m.hasMatch())
        return std::nullopt;
    Match result;
    result.subject = m.captured(QStringLiteral("subject")).trimmed();
    result.motion = m.captured(QStringLiteral("motion")).trimmed();
    result.repetition = m.captured(QStringLiteral("rep")).toInt();
    if (result.subject.isEmpty() || result.motion.isEmpty())
        return std::nullopt;
    return result;
}

Result<ImportPlan> ClipImporter::plan(const QStringList &sources, const ImportOptions &options)
{
    const Result<ImportPattern> pattern = ImportPattern::parse(options.pattern);
    if (!pattern)
        return pattern.error();
    if (sources.isEmpty())
        return Error{tr("Nothing to import: no files or folders were given.")};
    QStringList clips;
    ImportPlan plan;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.exists())
            return Error{tr("\"%1\" does not exist.").arg(source)};
        if (info.isDir())
            scan(info.absoluteFilePath(), clips, plan.ignored);
        else
            clips.append(info.absoluteFilePath()); // named explicitly: probed, even if odd
    }
    sortNumerically(clips);
    clips.removeDuplicates();
    for (const QString &path : clips) {
        const std::optional<ImportPattern::Match> m = pattern->match(path);
        if (!m) {
            plan.unmatched.append(path);
            continue;
        }
        plan.items.append({path, QFileInfo(path).isDir(), m->subject, m->motion, m->repetition});
    }
    return plan;
}

Result<ImportReport> ClipImporter::run(const QString &projectFolder, const ImportPlan &plan,
                                       const ImportOptions &options, const Progress &progress,
                                       const std::atomic<bool> *cancel)
{
    Result<std::unique_ptr<Project>> opened = Project::open(projectFolder, options.busyTimeoutMs);
    if (!opened)
        return opened.error();
    Project &project = *opened.value();
    ProjectDatabase &db = project.database();
    ImportReport report;
    const int total = int(plan.items.size());
    for (int i = 0; i < total; ++i) {
        const ImportItem &item = plan.items.at(i);
        const bool goOn = !progress || progress(i, total, item.path);
        if (!goOn || (cancel && *cancel)) {
            report.cancelled = true;
            break;
        }
        const Result<QString> hash = contentHash(item.path);
        if (!hash) {
            report.failures.append({item.path, hash.error().message});
            continue;
        }
        if (const std::optional<Clip> existing = store::clipByHash(db, hash.value())) {
            report.duplicates.append(
                {item.path, tr("Same content as clip %1 (%2), already in the project.")
                                .arg(existing->id)
                                .arg(project.clipPath(*existing))});
            continue;
        }
        const Result<std::unique_ptr<ClipReader>> reader = ClipReader::open(item.path,
                                                                            options.sequenceFps);
        if (!reader) {
            report.failures.append({item.path, reader.error().message});
            continue;
        }
        const ClipInfo info = reader.value()->info();

        Clip clip;
        clip.contentHash = hash.value();
        clip.fps = info.fps;
        clip.frames = info.frameCount;
        clip.width = info.size.width();
        clip.height = info.size.height();
        clip.fileSize = pathSize(item.path);
        clip.recordedAt = QFileInfo(item.path).lastModified().toUTC();
        clip.importedAt = QDateTime::currentDateTimeUtc();
        clip.source = item.path;
        QString copiedTo;
        if (options.copy) {
            // Content-addressed: renames and moves in the project never move files.
            const QString suffix = item.imageSequence
                                       ? QString()
                                       : QLatin1Char('.') + QFileInfo(item.path).suffix().toLower();
            clip.file = QStringLiteral("media/%1/%2%3")
                            .arg(hash.value().left(2), hash.value(), suffix);
            const QString target = QDir(projectFolder).filePath(clip.file);
            if (Result<QString> dir = makePrivateDir(QFileInfo(target).absolutePath()); !dir) {
                report.failures.append({item.path, dir.error().message});
                continue;
            }
            const Result<bool> copied = item.imageSequence ? copyFolder(item.path, target)
                                                           : copyFile(item.path, target);
            if (!copied) {
                report.failures.append({item.path, copied.error().message});
                continue;
            }
            copiedTo = target;
        } else {
            clip.file = item.path;
            clip.referenced = true;
        }

        // One transaction per clip: subject, motion and clip appear together or not at all.
        WriteTransaction transaction(db);
        auto storeClip = [&]() -> Result<qint64> {
            if (Result<bool> r = transaction.begin(); !r)
                return r.error();
            std::optional<Subject> subject = store::subjectByCode(db, item.subject);
            if (!subject) {
                Subject s;
                s.code = item.subject;
                Result<qint64> id = store::insertSubject(db, s);
                if (!id)
                    return id.error();
                s.id = id.value();
                subject = s;
            }
            std::optional<Motion> motion = store::motionByName(db, subject->id, item.motion);
            if (!motion) {
                Motion m;
                m.subjectId = subject->id;
                m.name = item.motion;
                m.kind = options.kind;
                m.targetRepetitions = options.targetRepetitions;
                Result<qint64> id = store::insertMotion(db, m);
                if (!id)
                    return id.error();
                m.id = id.value();
                motion = m;
            }
            clip.motionId = motion->id;
            clip.repetition = item.repetition;
            if (clip.repetition <= 0 || store::repetitionTaken(db, motion->id, clip.repetition)) {
                const int wanted = clip.repetition;
                clip.repetition = store::nextFreeRepetition(db, motion->id);
                if (wanted > 0)
                    report.renumbered.append(
                        {item.path, tr("Repetition %1 of %2 / %3 already exists; stored as "
                                       "repetition %4.")
                                        .arg(wanted)
                                        .arg(item.subject, item.motion)
                                        .arg(clip.repetition)});
            }
            Result<qint64> id = store::insertClip(db, clip);
            if (!id)
                return id;
            if (Result<bool> r = transaction.commit(); !r)
                return r.error();
            return id;
        };
        const Result<qint64> stored = storeClip();
        if (!stored) {
            // Keep the copy if another import stored the same content meanwhile.
            if (!copiedTo.isEmpty() && !store::clipByHash(db, clip.contentHash)) {
                if (item.imageSequence)
                    QDir(copiedTo).removeRecursively();
                else
                    QFile::remove(copiedTo);
            }
            report.failures.append({item.path, stored.error().message});
            continue;
        }
        ++report.imported;
        report.clipIds.append(stored.value());
    }
    if (progress && !report.cancelled)
        progress(total, total, QString());
    return report;
}

ImportWorker::ImportWorker(const QString &projectFolder, const ImportPlan &plan,
                           const ImportOptions &options)
    : m_projectFolder(projectFolder), m_plan(plan), m_options(options)
{
    qRegisterMetaType<fm::ImportReport>();
}

void ImportWorker::run()
{
    const Result<ImportReport> report = ClipImporter::run(
        m_projectFolder, m_plan, m_options,
        [this](int done, int total, const QString &path) {
            Q_EMIT progress(done, total, path);
            return true;
        },
        &m_cancel);
    if (report)
        Q_EMIT finished(report.value());
    else
        Q_EMIT failed(report.error().message);
}

} // namespace fm
