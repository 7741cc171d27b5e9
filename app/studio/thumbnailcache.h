#pragma once

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <QVector>

#include <array>

namespace fm {

class Project;

/**
 * Filmstrips of project clips (faces at onset, apex and offset) decoded in the background on
 * a small thread pool, newest request first, with an LRU cache; a view asks strip() while
 * painting, draws placeholders until stripReady() and then repaints.
 */
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFrames = 3;
    static constexpr int kSide = 64; ///< thumbnails are kSide x kSide pixels

    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /** The project the clip ids refer to; clears the cache. */
    void setProject(Project *project);
    /** The strip of a clip when decoded, else nullptr (and the clip is queued). */
    const QVector<QImage> *strip(qint64 clipId);
    bool isPending(qint64 clipId) const { return m_pending.contains(clipId); }
    int decodedCount() const { return m_decoded; }
    /** Strips decoded on the GUI thread in this process, over all caches (0 by design). */
    static int guiThreadDecodes();

Q_SIGNALS:
    void stripReady(qint64 clipId);

private:
    struct Job
    {
        qint64 clipId = 0;
        QString path;
        QString analysisPath; ///< absolute, may be empty
        std::array<int, kFrames> frames{};
    };
    static QVector<QImage> decode(const Job &job);
    void startNext();
    void onDecoded(qint64 clipId, const QVector<QImage> &strip);

    Project *m_project = nullptr;
    QCache<qint64, QVector<QImage>> m_cache{3000};
    QSet<qint64> m_pending;
    QList<Job> m_queue; ///< newest last; taken from the back
    int m_running = 0;
    int m_decoded = 0;
    int m_generation = 0;
    QThreadPool m_pool;
};

} // namespace fm
