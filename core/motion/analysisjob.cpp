#include "analysisjob.h"

#include <QCoreApplication>
#include <QThread>

#include <thread>
#include <vector>

namespace fm {

AnalysisJob::AnalysisJob(QStringList clips, AnalysisOptions options, QObject *parent)
    : QObject(parent), m_clips(std::move(clips)), m_options(options)
{
    qRegisterMetaType<QSharedPointer<const fm::ClipAnalysis>>();
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void AnalysisJob::start(int threads)
{
    if (m_running.exchange(true))
        return;
    m_cancel = false;
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, threads] { run(threads); }));
    m_thread->start();
}

void AnalysisJob::cancel()
{
    m_cancel = true;
}

void AnalysisJob::run(int threads)
{
    // Signals are emitted from worker threads; Qt queues them to receivers in other threads.
    const int count = int(m_clips.size());
    const int workers = std::max(1, std::min(threads > 0 ? threads : QThread::idealThreadCount(),
                                             count));
    std::atomic<int> next{0};
    const auto work = [&]() {
        auto analyzer = ClipAnalyzer::create(m_options);
        while (!m_cancel.load()) {
            const int index = next.fetch_add(1);
            if (index >= count)
                return;
            if (!analyzer) {
                Q_EMIT clipFailed(index, analyzer.error().message);
                continue;
            }
            auto result = analyzer.value()->analyze(
                m_clips.at(index),
                [this, index](int done, int total) {
                    Q_EMIT progress(index, done, total);
                    return !m_cancel.load();
                },
                &m_cancel);
            if (result) {
                Q_EMIT clipAnalysed(index, QSharedPointer<const ClipAnalysis>(
                                               new ClipAnalysis(std::move(result.value()))));
            } else {
                Q_EMIT clipFailed(index, result.error().message);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < workers; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    const bool cancelled = m_cancel.load();
    m_running = false;
    Q_EMIT finished(cancelled);
}

} // namespace fm
