#include "thumbnailcache.h"

#include "motion/clipanalysis.h"
#include "project/project.h"
#include "video/clipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

#include <opencv2/imgproc.hpp>

namespace fm {

namespace {

/** Most queued requests kept; older ones are dropped (a repaint asks again). */
constexpr int kMaxQueue = 96;

/** Decodes that ran on the GUI thread (by design none: the benchmark checks it). */
std::atomic<int> g_guiThreadDecodes{0};

QImage placeholder(const QString &text)
{
    QImage image(ThumbnailCache::kSide, ThumbnailCache::kSide, QImage::Format_RGB32);
    image.fill(QColor(70, 70, 70));
    QPainter p(&image);
    p.setPen(QColor(220, 220, 220));
    QFont f = p.font();
    f.setPixelSize(10);
    p.setFont(f);
    p.drawText(image.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_queue.clear();
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setProject(Project *project)
{
    m_project = project;
    m_cache.clear();
    m_pending.clear();
    m_queue.clear();
    ++m_generation;
}

const QVector<QImage> *ThumbnailCache::strip(qint64 clipId)
{
    if (const QVector<QImage> *s = m_cache.object(clipId))
        return s;
    if (!m_project || m_pending.contains(clipId))
        return nullptr;
    Job job;
    job.clipId = clipId;
    const std::optional<Clip> clip = m_project->clip(clipId);
    if (!clip) {
        m_cache.insert(clipId,
                       new QVector<QImage>(kFrames, placeholder(tr("no clip %1").arg(clipId))));
        return m_cache.object(clipId);
    }
    job.path = m_project->clipPath(*clip);
    const Annotation a = m_project->annotation(clipId);
    if (!a.automatic.cacheFile.isEmpty())
        job.analysisPath = QDir(m_project->folder()).filePath(a.automatic.cacheFile);
    const int n = std::max(1, clip->frames);
    const int onset = a.effective(Marker::Onset).value_or(n / 4);
    const int offset = a.effective(Marker::Offset).value_or(3 * n / 4);
    const int apex = a.effective(Marker::Apex).value_or((onset + offset) / 2);
    job.frames = {std::clamp(onset, 0, n - 1), std::clamp(apex, 0, n - 1),
                  std::clamp(offset, 0, n - 1)};
    m_pending.insert(clipId);
    m_queue.append(job);
    while (m_queue.size() > kMaxQueue)
        m_pending.remove(m_queue.takeFirst().clipId);
    startNext();
    return nullptr;
}

void ThumbnailCache::startNext()
{
    while (m_running < m_pool.maxThreadCount() && !m_queue.isEmpty()) {
        const Job job = m_queue.takeLast(); // newest first: what the view shows now
        ++m_running;
        const int generation = m_generation;
        (void) QtConcurrent::run(&m_pool, [this, job, generation]() {
            const QVector<QImage> strip = decode(job);
            QMetaObject::invokeMethod(
                this,
                [this, job, strip, generation]() {
                    --m_running;
                    if (generation == m_generation)
                        onDecoded(job.clipId, strip);
                    startNext();
                },
                Qt::QueuedConnection);
        });
    }
}

void ThumbnailCache::onDecoded(qint64 clipId, const QVector<QImage> &strip)
{
    m_pending.remove(clipId);
    m_cache.insert(clipId, new QVector<QImage>(strip));
    ++m_decoded;
    Q_EMIT stripReady(clipId);
}

int ThumbnailCache::guiThreadDecodes()
{
    return g_guiThreadDecodes.load();
}

QVector<QImage> ThumbnailCache::decode(const Job &job)
{
    if (QCoreApplication::instance()
        && QThread::currentThread() == QCoreApplication::instance()->thread())
        ++g_guiThreadDecodes;
    QVector<QImage> out;
    auto reader = ClipReader::open(job.path);
    if (!reader)
        return QVector<QImage>(kFrames,
                               placeholder(
                                   tr("cannot read %1").arg(QFileInfo(job.path).fileName())));
    std::optional<ClipAnalysis> analysis;
    if (!job.analysisPath.isEmpty()) {
        if (auto loaded = ClipAnalysis::load(job.analysisPath))
            analysis = std::move(loaded.value());
    }
    for (int index : job.frames) {
        cv::Mat frame;
        if (!reader.value()->frameAt(index, frame) || frame.empty()) {
            out.append(placeholder(tr("frame %1 missing").arg(index)));
            continue;
        }
        cv::Rect roi(0, 0, frame.cols, frame.rows);
        if (analysis && index < int(analysis->frames.size())
            && analysis->frames[size_t(index)].face) {
            const cv::Rect2f b = analysis->frames[size_t(index)].box;
            const float side = 1.5f * std::max(b.width, b.height);
            const cv::Point2f c(b.x + b.width / 2, b.y + b.height / 2);
            roi = cv::Rect(int(c.x - side / 2), int(c.y - side / 2), int(side), int(side))
                  & cv::Rect(0, 0, frame.cols, frame.rows);
        } else {
            const int side = std::min(frame.cols, frame.rows);
            roi = cv::Rect((frame.cols - side) / 2, (frame.rows - side) / 2, side, side);
        }
        if (roi.width < 2 || roi.height < 2)
            roi = cv::Rect(0, 0, frame.cols, frame.rows);
        cv::Mat small;
        cv::resize(frame(roi), small, cv::Size(kSide, kSide), 0, 0, cv::INTER_AREA);
        cv::Mat rgb;
        cv::cvtColor(small, rgb, small.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
        out.append(
            QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy());
    }
    return out;
}

} // namespace fm
