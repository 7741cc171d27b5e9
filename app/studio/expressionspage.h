#pragma once

#include <QFutureWatcher>
#include <QMutex>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSlider;

namespace fm {

class ClipReader;
class ExprRateBars;
class ExprTimeline;
struct ExpressionReport;
struct ExprPageEngine;
struct ExprTaskOutput;

/**
 * The expression-analysis page (seed 002): open a video, keep a library of reference faces
 * (add one by picking a frame), run the pipeline on a worker thread with progress and cancel,
 * then browse identities (a face each), per-identity timelines of tagged segments (a click
 * seeks the video), appearance-rate bars and the expression-summary grid.
 */
class ExpressionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExpressionsPage(QWidget *parent = nullptr);
    ~ExpressionsPage() override;

    /** Starts opening a video for viewing and analysis on a worker thread (the page shows
     *  "Opening…" meanwhile); videoOpened() tells the outcome. False (with a status message)
     *  when busy or the path does not exist. */
    bool openVideo(const QString &path);
    /** Uses `folder` as the reference library (created when a face is first added). */
    void setReferenceFolder(const QString &folder);
    QString referenceFolder() const { return m_refsFolder; }
    /** Uses a trained FEENet head from now on (empty: the untrained head); false while busy. */
    bool setHeadPath(const QString &path);
    /** Starts the analysis in the background; false when one is running or no video is open. */
    bool startAnalysis();
    void cancelAnalysis();
    /** Adds the current frame's largest face to the library under `name` with `tags`. */
    bool addReferenceFromCurrentFrame(const QString &name, const QStringList &tags);

    bool isBusy() const;
    int currentFrame() const;
    void seek(int frame);
    const ExpressionReport *report() const { return m_report.get(); }
    ExprTimeline *timeline() const { return m_timeline; }
    QListWidget *identityList() const { return m_identities; }
    QListWidget *referenceList() const { return m_references; }
    QListWidget *summaryGrid() const { return m_summary; }
    QString statusText() const;

Q_SIGNALS:
    void analysisFinished(bool ok);
    /** An openVideo() finished: `ok` false leaves the previous video (status says why). */
    void videoOpened(bool ok);
    void referencesChanged();
    void frameShown(int frame);

private:
    void onOpenClicked();
    void onRefsFolderClicked();
    void onAddReferenceClicked();
    void onAnalysisDone();
    void onVideoOpened();
    void onIdentitySelected();
    void requestFrame(int frame);
    void showReport();
    void loadReferences();
    void setBusy(bool busy, const QString &message);
    void setStatus(const QString &text);

    QString m_video;
    QString m_refsFolder;
    bool m_busy = false; ///< a task runs or its result is not shown yet
    std::shared_ptr<ExprPageEngine> m_engine;
    std::shared_ptr<ExprTaskOutput> m_output;
    std::shared_ptr<ExpressionReport> m_report;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<QString> m_watcher; ///< analysis / library work: empty string = success
    QFutureWatcher<QImage> m_frameWatcher;
    QFutureWatcher<QString> m_openWatcher; ///< opening a video: empty string = success
    std::shared_ptr<ClipReader> m_opened;  ///< the reader the open task made
    QString m_opening;                     ///< the path being opened
    bool m_refsPending = false;            ///< a library load waits for the open to end
    int m_pendingFrame = -1;
    int m_frameCount = 0;
    double m_fps = 30.0;
    QImage m_currentImage;
    std::shared_ptr<ClipReader> m_reader;
    std::shared_ptr<QMutex> m_readerMutex;

    QPushButton *m_open;
    QPushButton *m_refsButton;
    QPushButton *m_headButton;
    QPushButton *m_addRef;
    QPushButton *m_run;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_model;
    QLabel *m_frameView;
    QSlider *m_slider;
    QLabel *m_time;
    QListWidget *m_identities;
    QListWidget *m_references;
    QListWidget *m_summary;
    ExprTimeline *m_timeline;
    ExprRateBars *m_rates;
};

} // namespace fm
