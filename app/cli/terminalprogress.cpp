#include "terminalprogress.h"

#include "clicommand.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace fm::cli {

TerminalProgress::TerminalProgress() : m_interactive(isatty(fileno(stderr)) != 0)
{
    m_timer.start();
}

void TerminalProgress::update(const QString &phase, int done, int total)
{
    if (phase != m_phase) {
        if (m_open)
            finish();
        m_phase = phase;
        m_phaseStartMs = m_timer.elapsed();
        m_lastPercent = -1;
    }
    const int percent = total > 0 ? int(100.0 * done / total) : 0;
    if (percent == m_lastPercent && done != total)
        return;
    if (!m_interactive) {
        // Logs and pipes get a line per 10%, not a stream of carriage returns.
        if (percent / 10 == m_lastPercent / 10 && done != total && m_lastPercent >= 0) {
            m_lastPercent = percent;
            return;
        }
        m_lastPercent = percent;
        err() << QStringLiteral("%1: %2% (%3/%4)\n").arg(phase).arg(percent).arg(done).arg(total);
        err().flush();
        return;
    }
    m_lastPercent = percent;
    const int width = 30;
    const int filled = total > 0 ? width * done / total : 0;
    QString eta;
    const qint64 elapsed = m_timer.elapsed() - m_phaseStartMs;
    if (done > 0 && done < total)
        eta = QStringLiteral(" ETA %1 s").arg(elapsed * (total - done) / done / 1000);
    err() << QStringLiteral("\r%1 [%2%3] %4% %5/%6%7   ")
                 .arg(phase, QString(filled, QLatin1Char('#')),
                      QString(width - filled, QLatin1Char('.')))
                 .arg(percent, 3)
                 .arg(done)
                 .arg(total)
                 .arg(eta);
    err().flush();
    m_open = true;
}

void TerminalProgress::finish()
{
    if (m_open && m_interactive) {
        err() << "\n";
        err().flush();
    }
    m_open = false;
}

} // namespace fm::cli
