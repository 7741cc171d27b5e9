#pragma once

#include <QElapsedTimer>
#include <QString>

namespace fm::cli {

/** A one-line progress bar on stderr: "phase [#####.....] 45% 180/400 ETA 12 s". */
class TerminalProgress
{
public:
    TerminalProgress();
    void update(const QString &phase, int done, int total);
    /** Ends the line. */
    void finish();

private:
    QElapsedTimer m_timer;
    QString m_phase;
    qint64 m_phaseStartMs = 0;
    int m_lastPercent = -1;
    bool m_open = false;
    bool m_interactive = false; ///< stderr is a terminal
};

} // namespace fm::cli
