#pragma once

#include "motion/clipanalysis.h"
#include "project/projecttypes.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace fm {

using ClipAnalysisPtr = std::shared_ptr<const ClipAnalysis>;

/**
 * Prepares one clip for the annotator on a worker thread: decodes every frame (for smooth
 * scrubbing), then loads the cached analysis or analyses the clip and caches the result.
 * Everything reaches the GUI through queued signals; cancel() stops it between frames.
 */
class ClipLoadWorker : public QObject
{
    Q_OBJECT

public:
    /** `cacheFile`: the analysis cache the project knows (relative), or empty to analyse. */
    ClipLoadWorker(qint64 clipId, const QString &clipPath, const QString &projectFolder,
                   const QString &cacheFile, const QString &contentHash, double fps);
    void cancel() { m_cancel = true; }

    /** Longest side frames are decoded at (larger clips are scaled down for display). */
    static constexpr int kMaxDisplaySide = 960;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void framesDecoded(qint64 clipId, int first, const QVector<QImage> &frames, int total);
    void progress(qint64 clipId, const QString &phase, int done, int total);
    /** `automatic` is set when the analysis was computed now (the page stores it). */
    void analysisReady(qint64 clipId, const fm::ClipAnalysisPtr &analysis, bool computed,
                       const fm::AutoAnnotation &automatic);
    void failed(qint64 clipId, const QString &message);
    void finished(qint64 clipId);

private:
    bool decodeFrames();
    void analyse();

    qint64 m_clipId;
    QString m_path;
    QString m_projectFolder;
    QString m_cacheFile;
    QString m_contentHash;
    double m_fps;
    std::atomic<bool> m_cancel{false};
};

/** Starts and stops ClipLoadWorkers, one at a time; a new clip cancels the previous load. */
class ClipLoader : public QObject
{
    Q_OBJECT

public:
    explicit ClipLoader(QObject *parent = nullptr);
    ~ClipLoader() override;

    void load(qint64 clipId, const QString &clipPath, const QString &projectFolder,
              const QString &cacheFile, const QString &contentHash, double fps);
    void cancel();
    bool isBusy() const { return m_worker != nullptr; }

Q_SIGNALS:
    void framesDecoded(qint64 clipId, int first, const QVector<QImage> &frames, int total);
    void progress(qint64 clipId, const QString &phase, int done, int total);
    void analysisReady(qint64 clipId, const fm::ClipAnalysisPtr &analysis, bool computed,
                       const fm::AutoAnnotation &automatic);
    void failed(qint64 clipId, const QString &message);
    void finished(qint64 clipId);

private:
    QThread *m_thread = nullptr;
    struct Job
    {
        QThread *thread;
        ClipLoadWorker *worker;
    };
    QList<Job> m_jobs;                  ///< running, including cancelled ones finishing their frame
    ClipLoadWorker *m_worker = nullptr; ///< deleted here (GUI thread) after its thread ends
};

} // namespace fm

Q_DECLARE_METATYPE(fm::ClipAnalysisPtr)
Q_DECLARE_METATYPE(fm::AutoAnnotation)
