#pragma once

#include "common/error.h"
#include "trainprogress.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fm {

enum class JobState { Queued, Running, Done, Failed, Stopped };

QString jobStateName(JobState state);

/** One training job of a project: a run folder under <project>/runs and its process. */
struct TrainJob
{
    QString name;       ///< run folder name
    QString runDir;     ///< absolute path of <project>/runs/<name>
    QJsonObject config; ///< TrainConfig JSON
    JobState state = JobState::Queued;
    QString message; ///< why it failed (the process's last error lines)
    QString step;    ///< "features" while computing features, "train" while training
    TrainProgress progress;
    QStringList logTail; ///< last lines of the process output (text and JSON)
    double etaSeconds = -1;
};

/**
 * The training jobs of one project as a list model. Each job runs as a separate
 * `fmstudio-cli` process (first `features PROJECT --sfe X` when the SFE's features are not
 * cached or SS pretraining needs its transformed views, `--ss-views K`, then `train --project
 * P --config C --run R`), at most maxRunning() at a time; a
 * crashing process marks its job failed and nothing else. Progress comes from the JSON lines
 * on stdout. Stop sends SIGTERM (the trainer checkpoints and exits: "stopped"); resume runs
 * the same command again. The state survives closing: runs/queue.json lists the jobs (queued
 * ones with their config) and every run folder is re-read (metrics.json = done, config.json
 * without it = stopped, log.txt gives the curves).
 */
class JobQueue : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        StateRole,    ///< int(JobState)
        FractionRole, ///< 0..1
        EpochRole,    ///< "epoch 3/20"
        EtaRole,      ///< seconds, -1 unknown
        MessageRole,
        RunDirRole
    };

    explicit JobQueue(const QString &projectFolder, QObject *parent = nullptr);
    /** Stops running jobs (SIGTERM, waits for their checkpoint) and saves the queue. */
    ~JobQueue() override;

    /** fmstudio-cli next to the running program (FM_CLI_PATH in tests: setCliPath). */
    static QString defaultCliPath();
    void setCliPath(const QString &path) { m_cliPath = path; }
    QString cliPath() const { return m_cliPath; }
    void setMaxRunning(int count);
    int maxRunning() const { return m_maxRunning; }
    /** Milliseconds to wait for a stopped process when the queue closes (default 60 s). */
    void setCloseTimeout(int ms) { m_closeTimeoutMs = ms; }

    QString projectFolder() const { return m_project; }
    QString runsDir() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const TrainJob &job(int row) const;
    int rowOf(const QString &name) const;
    /** True if `name` is a job or a folder under runs/. */
    bool nameTaken(const QString &name) const;
    /** `base` if free, else base-2, base-3, ... */
    QString uniqueName(const QString &base) const;

    /** Adds a queued job (the config is validated) and starts it when a slot is free. */
    Result<int> enqueue(const QString &name, const QJsonObject &config);
    Result<bool> stop(int row);
    /** Starts a stopped or failed job again; the trainer resumes from its run folder. */
    Result<bool> resume(int row);
    /** A new job (name-2, ...) with the same config. */
    Result<int> rerun(int row);
    /** Removes the job and its run folder (not while it runs). */
    Result<bool> remove(int row);
    /** Process id of the job's running fmstudio-cli (0 when none). */
    qint64 processId(int row) const;
    /** Arguments of the job's running fmstudio-cli (empty when none). */
    QStringList processArguments(int row) const;
    /** Re-reads the jobs from runs/ (done by the constructor). */
    void reload();

    /** Transformed feature views per clip a config's SS pretraining needs ("pretrain":
        {"mode": "ss", "views": K}, default 2); 0 when the config does not pretrain with SS. */
    static int ssViews(const QJsonObject &config);
    /** Arguments of the `fmstudio-cli features` process for a config: `features PROJECT --sfe
        X`, plus `--ss-views K` when it pretrains with SS. */
    static QStringList featuresArguments(const QString &projectFolder, const QJsonObject &config);
    /** Arguments of the `fmstudio-cli train` process. */
    static QStringList trainArguments(const QString &projectFolder, const QString &configPath,
                                      const QString &runDir);

Q_SIGNALS:
    /** New progress lines or a state change of the job in `row`. */
    void jobChanged(int row);
    void jobFinished(const QString &runDir, fm::JobState state);

private:
    struct Entry;
    void schedule();
    void startProcess(Entry &entry);
    void startTrain(Entry &entry);
    /** Starts `fmstudio-cli arguments` as the entry's process (output, finish, crash wired). */
    void launch(Entry &entry, const QStringList &arguments);
    void onOutput(Entry &entry, bool stdErr);
    void onFinished(Entry &entry, int exitCode, QProcess::ExitStatus status);
    void appendLog(Entry &entry, const QString &line);
    void readRunFolder(TrainJob &job) const;
    void changed(const Entry &entry);
    void saveQueue() const;
    int missingFeatures(const QJsonObject &config, QString *error) const;
    int runningCount() const;

    QString m_project;
    QString m_cliPath;
    int m_maxRunning = 1;
    int m_closeTimeoutMs = 60000;
    std::vector<std::unique_ptr<Entry>> m_jobs;
};

} // namespace fm
