#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace fm {

/**
 * Runs work(chunk, worker) for chunk = 0..chunks-1 on `threads` workers (the calling thread
 * is worker 0) taking chunks in order from a shared counter. The calling thread reports
 * progress(fraction) between its chunks; when that returns false the remaining chunks are
 * skipped and the function returns false. Results must not depend on which worker ran a
 * chunk (callers keep per-worker accumulators whose merge is order-independent).
 */
inline bool runChunks(int chunks, int threads, const std::function<void(int, int)> &work,
                      const std::function<bool(double)> &progress = {})
{
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = std::max(1, std::min(threads, chunks));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    auto loop = [&](int worker) {
        while (!cancelled.load(std::memory_order_relaxed)) {
            const int chunk = next.fetch_add(1);
            if (chunk >= chunks)
                return;
            work(chunk, worker);
            done.fetch_add(1);
            if (worker == 0 && progress && !progress(double(done.load()) / chunks))
                cancelled = true;
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(loop, w);
    loop(0);
    for (std::thread &t : pool)
        t.join();
    return !cancelled.load();
}

/** Resolves a thread-count option: 0 means one worker per core. */
inline int workerCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

} // namespace fm
