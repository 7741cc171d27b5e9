#include "jobqueue.h"

#include "common/privatedir.h"
#include "experimentplan.h"
#include "nets/featurecache.h"
#include "project/project.h"
#include "projectfeatures.h"
#include "trainconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::JobQueue", text);
}

const int kLogTailLines = 200;
// Stored in jobs.json as they are; translated only where a message shows them.
const char *const kStateNames[] = {QT_TRANSLATE_NOOP("fm::JobQueue", "queued"),
                                   QT_TRANSLATE_NOOP("fm::JobQueue", "running"),
                                   QT_TRANSLATE_NOOP("fm::JobQueue", "done"),
                                   QT_TRANSLATE_NOOP("fm::JobQueue", "failed"),
                                   QT_TRANSLATE_NOOP("fm::JobQueue", "stopped")};

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Result<bool> writeJsonFile(const QString &path, const QJsonObject &o)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{tr("\"%1\" could not be written.").arg(path), file.errorString()};
    return true;
}

/** A job process gets SIGTERM (checkpoint, clean exit) if the studio dies without stopping it. */
void stopWithParent(QProcess *process)
{
#ifdef Q_OS_LINUX
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process)
#endif
}

/** "sfe-l/pooled" -> "sfe-l" (the id `fmstudio-cli features --sfe` takes). */
QString sfeOf(const QJsonObject &config)
{
    return config.value(QStringLiteral("sfe"))
        .toString(QStringLiteral("sfe-l/pooled"))
        .section(QLatin1Char('/'), 0, 0);
}

} // namespace

QString jobStateName(JobState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

struct JobQueue::Entry : TrainJob
{
    std::unique_ptr<QProcess> process;
    TrainProgressParser parser;
    bool stopRequested = false;
    QByteArray outBuffer, errBuffer;
    QStringList errTail;
    QString errorLine; ///< message of a JSON error line
    QElapsedTimer clock;
    double fractionAtStart = 0;
};

JobQueue::JobQueue(const QString &projectFolder, QObject *parent)
    : QAbstractListModel(parent), m_project(QDir(projectFolder).absolutePath()),
      m_cliPath(defaultCliPath())
{
    reload();
}

JobQueue::~JobQueue()
{
    for (auto &e : m_jobs) {
        if (e->process && e->process->state() != QProcess::NotRunning) {
            e->stopRequested = true;
            e->process->disconnect(this);
            e->process->terminate();
            if (!e->process->waitForFinished(m_closeTimeoutMs)) {
                e->process->kill();
                e->process->waitForFinished(5000);
            }
            e->state = JobState::Stopped;
        }
    }
    saveQueue();
}

QString JobQueue::defaultCliPath()
{
    const QString env = qEnvironmentVariable("FM_CLI_PATH");
    if (!env.isEmpty())
        return env;
    const QDir app(QCoreApplication::applicationDirPath());
    const QString next = app.filePath(QStringLiteral("fmstudio-cli"));
    if (QFileInfo(next).isExecutable())
        return next;
    const QString buildTree = app.filePath(QStringLiteral("../cli/fmstudio-cli")); // build dir
    if (QFileInfo(buildTree).isExecutable())
        return QDir::cleanPath(buildTree);
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("fmstudio-cli"));
    return inPath.isEmpty() ? next : inPath;
}

void JobQueue::setMaxRunning(int count)
{
    m_maxRunning = std::max(1, count);
    schedule();
}

QString JobQueue::runsDir() const
{
    return QDir(m_project).filePath(QStringLiteral("runs"));
}

const TrainJob &JobQueue::job(int row) const
{
    return *m_jobs[size_t(row)];
}

qint64 JobQueue::processId(int row) const
{
    if (row < 0 || row >= int(m_jobs.size()) || !m_jobs[size_t(row)]->process)
        return 0;
    return m_jobs[size_t(row)]->process->processId();
}

QStringList JobQueue::processArguments(int row) const
{
    if (row < 0 || row >= int(m_jobs.size()) || !m_jobs[size_t(row)]->process)
        return {};
    return m_jobs[size_t(row)]->process->arguments();
}

int JobQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_jobs.size()))
        return {};
    const Entry &e = *m_jobs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.message.isEmpty() ? e.runDir : e.message;
    case StateRole:
        return int(e.state);
    case FractionRole:
        return e.state == JobState::Done ? 1.0 : e.progress.fraction;
    case EpochRole:
        if (e.step == QLatin1String("features"))
            return tr("computing features");
        if (e.progress.epochs <= 0)
            return QString();
        if (e.progress.stage == QLatin1String("pretrain"))
            return (ssViews(e.config) > 0 ? tr("SS epoch %1/%2") : tr("SS+ epoch %1/%2"))
                .arg(e.progress.epoch)
                .arg(e.progress.epochs);
        return tr("epoch %1/%2").arg(e.progress.epoch).arg(e.progress.epochs);
    case EtaRole:
        return e.state == JobState::Running ? e.etaSeconds : -1.0;
    case MessageRole:
        return e.message;
    case RunDirRole:
        return e.runDir;
    default:
        return {};
    }
}

int JobQueue::rowOf(const QString &name) const
{
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i]->name == name)
            return int(i);
    }
    return -1;
}

bool JobQueue::nameTaken(const QString &name) const
{
    return rowOf(name) >= 0 || QFileInfo::exists(QDir(runsDir()).filePath(name));
}

QString JobQueue::uniqueName(const QString &base) const
{
    if (!nameTaken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(base).arg(i);
        if (!nameTaken(name))
            return name;
    }
}

int JobQueue::runningCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(),
                             [](const auto &e) { return e->state == JobState::Running; }));
}

void JobQueue::readRunFolder(TrainJob &job) const
{
    const QDir dir(job.runDir);
    const QJsonObject config = readJsonFile(dir.filePath(QStringLiteral("config.json")));
    if (!config.isEmpty())
        job.config = config;
    TrainProgressParser parser = TrainProgressParser::forConfig(job.config);
    QFile log(dir.filePath(QStringLiteral("log.txt")));
    job.logTail.clear();
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            if (!parser.feed(line)) {
                job.logTail.append(QString::fromUtf8(line).trimmed());
                if (job.logTail.size() > kLogTailLines)
                    job.logTail.removeFirst();
            }
        }
    }
    job.progress = parser.progress();
    if (QFile::exists(dir.filePath(QStringLiteral("metrics.json")))) {
        job.state = JobState::Done;
        job.progress.fraction = 1.0;
    }
}

void JobQueue::reload()
{
    beginResetModel();
    for (auto &e : m_jobs) {
        if (e->process)
            e->process->disconnect(this);
    }
    m_jobs.clear();
    const QDir runs(runsDir());
    const QJsonObject queue = readJsonFile(runs.filePath(QStringLiteral("queue.json")));
    QSet<QString> seen;
    for (const QJsonValue &v : queue.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!isValidRunName(name) || seen.contains(name))
            continue;
        seen.insert(name);
        auto e = std::make_unique<Entry>();
        e->name = name;
        e->runDir = runs.filePath(name);
        e->config = o.value(QStringLiteral("config")).toObject();
        e->message = o.value(QStringLiteral("message")).toString();
        const QString state = o.value(QStringLiteral("state")).toString();
        const bool started = QFile::exists(QDir(e->runDir).filePath(QStringLiteral("config.json")));
        e->state = state == QLatin1String("failed")               ? JobState::Failed
                   : started || state == QLatin1String("stopped") ? JobState::Stopped
                                                                  : JobState::Queued;
        readRunFolder(*e);
        e->parser = TrainProgressParser::forConfig(e->config);
        m_jobs.push_back(std::move(e));
    }
    // Runs started elsewhere (the CLI, an older queue file).
    const QStringList folders = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        if (seen.contains(name) || !isValidRunName(name)
            || !QFile::exists(runs.filePath(name + QStringLiteral("/config.json"))))
            continue;
        auto e = std::make_unique<Entry>();
        e->name = name;
        e->runDir = runs.filePath(name);
        e->state = JobState::Stopped;
        readRunFolder(*e);
        e->parser = TrainProgressParser::forConfig(e->config);
        m_jobs.push_back(std::move(e));
    }
    endResetModel();
    // Queued jobs start from the event loop, after the owner had a chance to set the CLI path.
    QTimer::singleShot(0, this, &JobQueue::schedule);
}

void JobQueue::saveQueue() const
{
    QJsonArray jobs;
    for (const auto &e : m_jobs) {
        if (e->state == JobState::Done && e->config.isEmpty())
            continue;
        jobs.append(QJsonObject{{QStringLiteral("name"), e->name},
                                {QStringLiteral("state"), jobStateName(e->state)},
                                {QStringLiteral("message"), e->message},
                                {QStringLiteral("config"), e->config}});
    }
    if (!QDir(runsDir()).exists() && jobs.isEmpty())
        return;
    if (!makePrivateDir(runsDir()))
        return;
    writeJsonFile(QDir(runsDir()).filePath(QStringLiteral("queue.json")),
                  {{QStringLiteral("jobs"), jobs}});
}

Result<int> JobQueue::enqueue(const QString &name, const QJsonObject &config)
{
    if (!isValidRunName(name))
        return Error{tr("\"%1\" is not a valid run name: use letters, digits, \".\", \"_\", "
                        "\"+\" and \"-\" (up to 80).")
                         .arg(name)};
    if (nameTaken(name))
        return Error{tr("A run named \"%1\" exists already.").arg(name)};
    const Result<TrainConfig> parsed = TrainConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    auto e = std::make_unique<Entry>();
    e->name = name;
    e->runDir = QDir(runsDir()).filePath(name);
    e->config = parsed->toJson();
    if (const int views = ssViews(config); views > 0) { // the features step reads it from here
        QJsonObject pretrain = e->config.value(QStringLiteral("pretrain")).toObject();
        if (!pretrain.contains(QStringLiteral("views"))) {
            pretrain.insert(QStringLiteral("views"), views);
            e->config.insert(QStringLiteral("pretrain"), pretrain);
        }
    }
    e->parser = TrainProgressParser::forConfig(e->config);
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.push_back(std::move(e));
    endInsertRows();
    saveQueue();
    schedule();
    return row;
}

Result<bool> JobQueue::stop(int row)
{
    if (row < 0 || row >= int(m_jobs.size()))
        return Error{tr("No such job.")};
    Entry &e = *m_jobs[size_t(row)];
    if (e.state == JobState::Queued) {
        e.state = JobState::Stopped;
        changed(e);
        saveQueue();
        return true;
    }
    if (e.state != JobState::Running || !e.process)
        return Error{tr("The job \"%1\" is not running.").arg(e.name)};
    e.stopRequested = true;
    e.process->terminate(); // SIGTERM: the trainer finishes the step and checkpoints
    appendLog(e, tr("Stopping: waiting for the checkpoint..."));
    changed(e);
    return true;
}

Result<bool> JobQueue::resume(int row)
{
    if (row < 0 || row >= int(m_jobs.size()))
        return Error{tr("No such job.")};
    Entry &e = *m_jobs[size_t(row)];
    if (e.state == JobState::Running || e.state == JobState::Queued)
        return Error{tr("The job \"%1\" is already %2.").arg(e.name, tr(kStateNames[int(e.state)]))};
    if (e.state == JobState::Done)
        return Error{tr("The job \"%1\" is done; use re-run for a new run.").arg(e.name)};
    if (e.config.isEmpty())
        return Error{tr("The job \"%1\" has no config to resume with.").arg(e.name)};
    e.state = JobState::Queued;
    e.message.clear();
    changed(e);
    saveQueue();
    schedule();
    return true;
}

Result<int> JobQueue::rerun(int row)
{
    if (row < 0 || row >= int(m_jobs.size()))
        return Error{tr("No such job.")};
    const QJsonObject config = m_jobs[size_t(row)]->config;
    if (config.isEmpty())
        return Error{tr("The job has no config to run again.")};
    QString base = m_jobs[size_t(row)]->name;
    base.remove(QRegularExpression(QStringLiteral("-\\d+$")));
    return enqueue(uniqueName(base), config);
}

Result<bool> JobQueue::remove(int row)
{
    if (row < 0 || row >= int(m_jobs.size()))
        return Error{tr("No such job.")};
    Entry &e = *m_jobs[size_t(row)];
    if (e.state == JobState::Running)
        return Error{tr("Stop the job \"%1\" before deleting it.").arg(e.name)};
    QDir dir(e.runDir);
    if (dir.exists() && !dir.removeRecursively())
        return Error{tr("The run folder \"%1\" could not be deleted completely.").arg(e.runDir)};
    QFile::remove(QDir(runsDir()).filePath(QStringLiteral(".jobs/%1.json").arg(e.name)));
    beginRemoveRows({}, row, row);
    m_jobs.erase(m_jobs.begin() + row);
    endRemoveRows();
    saveQueue();
    return true;
}

int JobQueue::missingFeatures(const QJsonObject &config, QString *error) const
{
    const Result<TrainConfig> c = TrainConfig::fromJson(config);
    if (!c) {
        *error = c.error().message;
        return -1;
    }
    auto project = Project::open(m_project);
    if (!project) {
        *error = project.error().message;
        return -1;
    }
    Project &p = *project.value();
    QHash<qint64, MotionKind> kinds;
    for (const Motion &m : p.motions())
        kinds.insert(m.id, m.kind);
    const QString cacheDir = QDir(p.cacheDir()).filePath(QStringLiteral("features"));
    const Result<QString> sfe = resolveSfeId(c->sfe, c->sfeCheckpoint);
    if (!sfe) {
        *error = sfe.error().message;
        return -1;
    }
    int missing = 0;
    for (const Clip &clip : p.clips()) {
        if (!c->kinds.isEmpty() && !c->kinds.contains(motionKindName(kinds.value(clip.motionId))))
            continue;
        const ReviewStatus status = p.review(clip.id).status;
        if ((status == ReviewStatus::Pending && !c->includePending)
            || (status == ReviewStatus::Excluded && !c->includeExcluded))
            continue;
        if (!FeatureCache(cacheDir, {clip.contentHash, sfe.value(), c->crop}).exists())
            ++missing;
    }
    return missing;
}

void JobQueue::schedule()
{
    for (auto &e : m_jobs) {
        if (runningCount() >= m_maxRunning)
            return;
        if (e->state == JobState::Queued)
            startProcess(*e);
    }
}

void JobQueue::startProcess(Entry &e)
{
    e.state = JobState::Running;
    e.message.clear();
    e.errTail.clear();
    e.errorLine.clear();
    e.stopRequested = false;
    e.etaSeconds = -1;
    QString error;
    const int missing = missingFeatures(e.config, &error);
    if (missing < 0) {
        e.state = JobState::Failed;
        e.message = error;
        changed(e);
        saveQueue();
        return;
    }
    // SS pretraining needs transformed views of every clip: the features command computes the
    // missing ones (and skips what its cache holds), so it runs even when the plain features
    // are all cached.
    const int views = ssViews(e.config);
    if (missing == 0 && views == 0) {
        startTrain(e);
        return;
    }
    const QString sfe = sfeOf(e.config);
    e.step = QStringLiteral("features");
    if (missing > 0)
        appendLog(e, tr("%1 clips have no %2 features yet: computing them first.")
                         .arg(missing)
                         .arg(sfe));
    if (views > 0)
        appendLog(e, tr("SS pretraining: computing %1 transformed %2 view(s) per clip first.")
                         .arg(views)
                         .arg(sfe));
    launch(e, featuresArguments(m_project, e.config));
}

int JobQueue::ssViews(const QJsonObject &config)
{
    const QJsonObject pretrain = config.value(QStringLiteral("pretrain")).toObject();
    if (pretrain.value(QStringLiteral("mode")).toString() != QLatin1String("ss"))
        return 0;
    return std::max(1, pretrain.value(QStringLiteral("views")).toInt(2));
}

QStringList JobQueue::featuresArguments(const QString &projectFolder, const QJsonObject &config)
{
    QStringList arguments{QStringLiteral("features"), projectFolder, QStringLiteral("--sfe"),
                          sfeOf(config)};
    const QString checkpoint = config.value(QStringLiteral("sfe_checkpoint")).toString();
    if (!checkpoint.isEmpty()) // SFE-M
        arguments << QStringLiteral("--sfe-checkpoint") << checkpoint;
    if (const int views = ssViews(config); views > 0)
        arguments << QStringLiteral("--ss-views") << QString::number(views);
    return arguments;
}

QStringList JobQueue::trainArguments(const QString &projectFolder, const QString &configPath,
                                     const QString &runDir)
{
    return {QStringLiteral("train"),
            QStringLiteral("--project"),
            projectFolder,
            QStringLiteral("--config"),
            configPath,
            QStringLiteral("--run"),
            runDir};
}

void JobQueue::launch(Entry &e, const QStringList &arguments)
{
    e.process = std::make_unique<QProcess>();
    QProcess *p = e.process.get();
    Entry *entry = &e;
    connect(p, &QProcess::readyReadStandardOutput, this, [this, entry] { onOutput(*entry, false); });
    connect(p, &QProcess::readyReadStandardError, this, [this, entry] { onOutput(*entry, true); });
    connect(p, &QProcess::finished, this, [this, entry](int code, QProcess::ExitStatus status) {
        onFinished(*entry, code, status);
    });
    connect(p, &QProcess::errorOccurred, this, [this, entry](QProcess::ProcessError err) {
        if (err == QProcess::FailedToStart)
            onFinished(*entry, -1, QProcess::CrashExit);
    });
    stopWithParent(p);
    p->start(m_cliPath, arguments);
    changed(e);
    saveQueue();
}

void JobQueue::startTrain(Entry &e)
{
    e.step = QStringLiteral("train");
    const QString jobsDir = QDir(runsDir()).filePath(QStringLiteral(".jobs"));
    const QString configPath = QDir(jobsDir).filePath(e.name + QStringLiteral(".json"));
    if (!makePrivateDir(jobsDir) || !writeJsonFile(configPath, e.config)) {
        e.state = JobState::Failed;
        e.message = tr("The job's config could not be written to \"%1\".").arg(configPath);
        changed(e);
        saveQueue();
        return;
    }
    // A resumed run replays its log so the curves continue where they stopped.
    e.parser = TrainProgressParser::forConfig(e.config);
    QFile log(QDir(e.runDir).filePath(QStringLiteral("log.txt")));
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd())
            e.parser.feed(log.readLine());
    }
    e.progress = e.parser.progress();
    e.fractionAtStart = e.progress.fraction;
    e.clock.start();
    launch(e, trainArguments(m_project, configPath, e.runDir));
}

void JobQueue::appendLog(Entry &e, const QString &line)
{
    e.logTail.append(line);
    while (e.logTail.size() > kLogTailLines)
        e.logTail.removeFirst();
}

void JobQueue::onOutput(Entry &e, bool stdErr)
{
    QByteArray &buffer = stdErr ? e.errBuffer : e.outBuffer;
    buffer += stdErr ? e.process->readAllStandardError() : e.process->readAllStandardOutput();
    static const QRegularExpression featuresProgress(QStringLiteral("\\((\\d+)/(\\d+)\\)\\s*$"));
    int newline;
    bool any = false;
    while ((newline = int(buffer.indexOf('\n'))) >= 0) {
        const QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        any = true;
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        if (!stdErr && e.parser.feed(line)) {
            e.progress = e.parser.progress();
            if (!e.progress.error.isEmpty())
                e.errorLine = e.progress.error;
            const double gained = e.progress.fraction - e.fractionAtStart;
            const double elapsed = e.clock.elapsed() / 1000.0;
            // The trainer's own estimate covers its current stage; the wall clock covers the
            // rest of a CV run or a pretrain+train run once some progress was made.
            e.etaSeconds = gained > 0.02 ? elapsed * (1.0 - e.progress.fraction) / gained
                                         : e.progress.etaSeconds;
            continue;
        }
        if (stdErr) {
            e.errTail.append(text);
            if (e.errTail.size() > 8)
                e.errTail.removeFirst();
            if (e.step == QLatin1String("features")) {
                const QRegularExpressionMatch m = featuresProgress.match(text);
                if (m.hasMatch() && m.captured(2).toInt() > 0) // share of the features step
                    e.progress.fraction = m.captured(1).toDouble() / m.captured(2).toDouble();
            }
        }
        appendLog(e, text);
    }
    if (any)
        changed(e);
}

void JobQueue::onFinished(Entry &e, int exitCode, QProcess::ExitStatus status)
{
    if (!e.process)
        return;
    // Take the last partial lines.
    e.outBuffer += e.process->readAllStandardOutput() + '\n';
    e.errBuffer += e.process->readAllStandardError() + '\n';
    onOutput(e, false);
    onOutput(e, true);
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    const QString step = e.step;
    e.process->disconnect(this);
    e.process.release()->deleteLater();
    if (ok && step == QLatin1String("features") && !e.stopRequested) {
        startTrain(e);
        return;
    }
    e.step.clear();
    if (ok && QFile::exists(QDir(e.runDir).filePath(QStringLiteral("metrics.json")))) {
        e.state = JobState::Done;
        e.progress.fraction = 1.0;
    } else if (e.stopRequested) { // SIGTERM before the handler was set kills: still a stop
        e.state = JobState::Stopped;
        appendLog(e, tr("Stopped; resume continues from the last checkpoint."));
    } else {
        e.state = JobState::Failed;
        QString why = status == QProcess::CrashExit
                          ? (exitCode == -1 && !QFileInfo(m_cliPath).isExecutable()
                                 ? tr("fmstudio-cli could not be started (%1).").arg(m_cliPath)
                                 : tr("The %1 process crashed or was killed.").arg(step))
                          : tr("The %1 process ended with exit code %2.").arg(step).arg(exitCode);
        if (!e.errorLine.isEmpty())
            why += QLatin1Char('\n') + e.errorLine;
        else if (!e.errTail.isEmpty())
            why += QLatin1Char('\n')
                   + e.errTail.mid(std::max(0, int(e.errTail.size()) - 4)).join(QLatin1Char('\n'));
        e.message = why;
        appendLog(e, why);
    }
    e.etaSeconds = -1;
    changed(e);
    saveQueue();
    Q_EMIT jobFinished(e.runDir, e.state);
    schedule();
}

void JobQueue::changed(const Entry &entry)
{
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].get() == &entry) {
            const QModelIndex index = this->index(int(i));
            Q_EMIT dataChanged(index, index);
            Q_EMIT jobChanged(int(i));
            return;
        }
    }
}

} // namespace fm
