#include "cliploader.h"

#include "framesource.h"

#include "common/contenthash.h"
#include "common/privatedir.h"
#include "motion/clipanalyzer.h"
#include "video/clipreader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <opencv2/imgproc.hpp>

namespace fm {

namespace {
const char *const kMethod = "energy-multiscale/1";

QImage toImage(const cv::Mat &bgr)
{
    cv::Mat shown = bgr;
    const int longSide = std::max(bgr.cols, bgr.rows);
    if (longSide > ClipLoadWorker::kMaxDisplaySide) {
        const double s = double(ClipLoadWorker::kMaxDisplaySide) / longSide;
        cv::resize(bgr, shown, cv::Size(), s, s, cv::INTER_AREA);
    }
    return bgrToImage(shown);
}
} // namespace

ClipLoadWorker::ClipLoadWorker(qint64 clipId, const QString &clipPath, const QString &projectFolder,
                               const QString &cacheFile, const QString &contentHash, double fps)
    : m_clipId(clipId), m_path(clipPath), m_projectFolder(projectFolder), m_cacheFile(cacheFile),
      m_contentHash(contentHash), m_fps(fps)
{}

void ClipLoadWorker::run()
{
    if (decodeFrames() && !m_cancel)
        analyse();
    Q_EMIT finished(m_clipId);
}

bool ClipLoadWorker::decodeFrames()
{
    auto reader = ClipReader::open(m_path, m_fps > 0 ? m_fps : ClipReader::kDefaultSequenceFps);
    if (!reader) {
        Q_EMIT failed(m_clipId, reader.error().message);
        return false;
    }
    const int total = reader.value()->info().frameCount;
    QVector<QImage> batch;
    int first = 0;
    int index = 0;
    cv::Mat frame;
    while (!m_cancel && reader.value()->read(frame)) {
        batch.append(toImage(frame));
        ++index;
        // Small batches first so the first frame shows at once, then larger ones.
        if (batch.size() >= (index <= 8 ? 1 : 16)) {
            Q_EMIT framesDecoded(m_clipId, first, batch, total);
            first = index;
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        Q_EMIT framesDecoded(m_clipId, first, batch, total);
    return !m_cancel;
}

void ClipLoadWorker::analyse()
{
    if (!m_cacheFile.isEmpty()) {
        const QString path = QDir(m_projectFolder).filePath(m_cacheFile);
        if (QFileInfo::exists(path)) {
            Q_EMIT progress(m_clipId, tr("Loading analysis"), 0, 1);
            auto loaded = ClipAnalysis::load(path);
            if (loaded) {
                Q_EMIT analysisReady(m_clipId, std::make_shared<ClipAnalysis>(loaded.value()),
                                     false, AutoAnnotation());
                return;
            }
        }
    }
    Q_EMIT progress(m_clipId, tr("Analysing"), 0, 1);
    auto analyzer = ClipAnalyzer::create();
    if (!analyzer) {
        Q_EMIT failed(m_clipId, analyzer.error().message);
        return;
    }
    auto result = analyzer.value()->analyze(
        m_path,
        [this](int done, int total) {
            Q_EMIT progress(m_clipId, tr("Analysing"), done, total);
            return !m_cancel.load();
        },
        &m_cancel);
    if (m_cancel)
        return;
    if (!result) {
        Q_EMIT failed(m_clipId, result.error().message);
        return;
    }
    AutoAnnotation automatic;
    const MotionSpot &spot = result.value().motion;
    if (spot.found()) {
        automatic.onset = spot.onset;
        automatic.apex = spot.apex;
        automatic.offset = spot.offset;
    }
    automatic.confidence = spot.confidence;
    automatic.method = QString::fromLatin1(kMethod);
    automatic.analysedAt = QDateTime::currentDateTimeUtc();
    // Cache the per-frame result in the project's private cache folder.
    const QString dir = QDir(m_projectFolder).filePath(QStringLiteral("cache/analysis"));
    if (makePrivateDir(dir)) {
        const QString name = (m_contentHash.isEmpty() ? QString::number(m_clipId) : m_contentHash)
                             + QStringLiteral(".json");
        const QString path = QDir(dir).filePath(name);
        if (result.value().save(path)) {
            automatic.cacheFile = QDir(m_projectFolder).relativeFilePath(path);
            if (auto hash = contentHash(path))
                automatic.cacheHash = hash.value();
        }
    }
    Q_EMIT analysisReady(m_clipId, std::make_shared<ClipAnalysis>(std::move(result.value())), true,
                         automatic);
}

ClipLoader::ClipLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fm::ClipAnalysisPtr>();
    qRegisterMetaType<fm::AutoAnnotation>();
    qRegisterMetaType<QVector<QImage>>();
}

ClipLoader::~ClipLoader()
{
    cancel();
    // Waits only for workers told to stop: they end after the frame in progress.
    for (const Job &job : std::as_const(m_jobs)) {
        job.worker->cancel();
        job.thread->wait();
        delete job.worker;
    }
}

void ClipLoader::load(qint64 clipId, const QString &clipPath, const QString &projectFolder,
                      const QString &cacheFile, const QString &contentHash, double fps)
{
    cancel();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ClipLoader"));
    m_worker = new ClipLoadWorker(clipId, clipPath, projectFolder, cacheFile, contentHash, fps);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ClipLoadWorker::run);
    connect(m_worker, &ClipLoadWorker::framesDecoded, this, &ClipLoader::framesDecoded);
    connect(m_worker, &ClipLoadWorker::progress, this, &ClipLoader::progress);
    connect(m_worker, &ClipLoadWorker::analysisReady, this, &ClipLoader::analysisReady);
    connect(m_worker, &ClipLoadWorker::failed, this, &ClipLoader::failed);
    connect(m_worker, &ClipLoadWorker::finished, this, &ClipLoader::finished);
    connect(m_worker, &ClipLoadWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    QThread *thread = m_thread;
    ClipLoadWorker *worker = m_worker;
    m_jobs.append({thread, worker});
    connect(m_thread, &QThread::finished, this, [this, thread, worker] {
        if (m_thread == thread) {
            m_thread = nullptr;
            m_worker = nullptr;
        }
        m_jobs.removeIf([thread](const Job &j) { return j.thread == thread; });
        delete worker; // its thread has ended: nothing runs in it any more
        thread->deleteLater();
    });
    m_thread->start(QThread::LowPriority);
}

void ClipLoader::cancel()
{
    if (!m_thread)
        return;
    // The old worker stops between frames; its late signals are no longer forwarded.
    m_worker->cancel();
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread = nullptr;
    m_worker = nullptr;
}

} // namespace fm
