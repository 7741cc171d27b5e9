#pragma once

#include "motion/clipanalysis.h"
#include "motion/clipanalyzer.h"

#include <QObject>
#include <QSharedPointer>
#include <QStringList>

#include <atomic>
#include <memory>

namespace fm {

/**
 * Analyses a list of clips off the GUI thread (for the studio): runs ClipAnalyzer on worker
 * threads, reports through queued signals, and can be cancelled. Results are shared pointers
 * so the receiver can keep them without copying.
 */
class AnalysisJob : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisJob(QStringList clips, AnalysisOptions options = {}, QObject *parent = nullptr);
    ~AnalysisJob() override;

    /** Starts the work (at most `threads` clips at once) and returns at once. */
    void start(int threads = 0);
    /** Asks the work to stop; finished() still follows. */
    void cancel();
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    /** Frames done / expected of clip `index` (throttled to every few frames). */
    void progress(int index, int done, int total);
    void clipAnalysed(int index, QSharedPointer<const fm::ClipAnalysis> analysis);
    void clipFailed(int index, const QString &message);
    /** All clips done, failed or cancelled. */
    void finished(bool cancelled);

private:
    void run(int threads);

    QStringList m_clips;
    AnalysisOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::unique_ptr<class QThread> m_thread;
};

} // namespace fm
