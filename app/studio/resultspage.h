#pragma once

#include "eval/runresults.h"

#include <QProcess>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace fm {

class FailedPairGallery;
class PairPlayer;
class PrCurveView;
class Project;
class RunBrowser;

/**
 * The Results page: the run browser, the PR/ROC curves with the threshold slider, the
 * failed-pair gallery with its pair player, re-evaluation of a run on the current project
 * data (fmstudio-cli evaluate as a QProcess) and chart export. More result views (t-SNE)
 * are added as tabs with addResultTab().
 */
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(Project *project, QWidget *parent = nullptr);
    ~ResultsPage() override;

    /** Loads a run folder in the background; runOpened() or runFailed() follows. */
    void openRun(const QString &runDir);
    const RunResults *run() const { return m_run.get(); }
    void addResultTab(QWidget *widget, const QString &title);

    /** Re-evaluates the open run (its training run for a reeval-* folder). */
    void reevaluate();
    void cancelReevaluation();
    bool isReevaluating() const;
    /** fmstudio-cli (default: next to the studio executable, else the build tree's). */
    void setCliPath(const QString &path) { m_cliPath = path; }
    QString cliPath() const;

    /** Export helpers (the buttons ask for a file name and call these). */
    Result<bool> exportPrChart(const QString &path);
    Result<bool> exportRocChart(const QString &path);
    Result<bool> exportCurvesCsv(const QString &path);
    Result<bool> exportFailedCsv(const QString &path);

    QTabWidget *tabs() const { return m_tabs; }
    RunBrowser *browser() const { return m_browser; }
    PrCurveView *curves() const { return m_curves; }
    FailedPairGallery *gallery() const { return m_gallery; }
    PairPlayer *pairPlayer() const { return m_player; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *reevaluateButton() const { return m_reevalButton; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void runOpened(const QString &runDir);
    void runFailed(const QString &message);
    /** The selected failed pair changed (clip ids as in the run's CSVs). */
    void pairSelected(const QString &clipA, const QString &clipB);
    void openClipRequested(qint64 clipId);
    void reevaluationFinished(bool ok, const QString &outDir);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onRunLoaded(const QString &dir, const std::shared_ptr<Result<RunResults>> &result);
    void openPair(const QString &clipA, const QString &clipB);
    void onProcessOutput();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void setBusy(bool busy);
    void askExport(int which);

    Project *m_project;
    std::unique_ptr<RunResults> m_run;
    QString m_loading;
    QString m_cliPath;
    QTabWidget *m_tabs;
    RunBrowser *m_browser;
    PrCurveView *m_curves;
    FailedPairGallery *m_gallery;
    PairPlayer *m_player = nullptr; ///< a child dialog, made on first use
    QLabel *m_runLabel;
    QLabel *m_message;
    QPushButton *m_reevalButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QProcess *m_process = nullptr;
    QByteArray m_processBuffer;
    QString m_processOut;
    QString m_processError;
    bool m_cancelRequested = false;
};

} // namespace fm
