#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fm {

class ExperimentDialog;
class JobQueue;
class Project;
class TrainingChart;

/**
 * The Experiments tab: the project's training jobs (state, progress with epoch and ETA),
 * stop / resume / re-run / delete, "New experiment…" (Ctrl+Shift+E), the selected job's log
 * tail and its live loss/AP chart. Jobs run as fmstudio-cli processes (JobQueue).
 */
class ExperimentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsPage(Project *project, QWidget *parent = nullptr);
    ~ExperimentsPage() override;

    JobQueue *queue() const { return m_queue; }
    QListView *jobList() const { return m_list; }
    TrainingChart *chart() const { return m_chart; }
    QPlainTextEdit *logView() const { return m_log; }
    int currentRow() const;
    void selectRow(int row);
    /** Opens the non-modal "New experiment" dialog (also Ctrl+Shift+E). */
    ExperimentDialog *newExperiment();

Q_SIGNALS:
    /** A job ended done; its run folder holds metrics.json. */
    void runFinished(const QString &runDir);
    /** The user asked to see a run's results (Enter or double-click on a done job). */
    void openRunRequested(const QString &runDir);
    void message(const QString &text);

private:
    void updateActions();
    void showJob(int row);
    void onJobChanged(int row);
    void refreshLog();
    void stopJob();
    void resumeJob();
    void rerunJob();
    void deleteJob();
    void openJob();
    void report(const QString &error);

    Project *m_project = nullptr;
    JobQueue *m_queue = nullptr;
    QListView *m_list = nullptr;
    TrainingChart *m_chart = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_logTimer = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_rerunAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_openAction = nullptr;
    int m_shownRow = -1;
    int m_shownLoss = 0, m_shownAp = 0;
};

} // namespace fm
