#include "truthcheck.h"

#include "clicommand.h"

#include "synth/spottingcheck.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::analyze", text);
}

void printRow(const SpottingStats &s)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6   %7 %8 %9\n")
                 .arg(s.group, -22)
                 .arg(s.clips, 5)
                 .arg(100.0 * s.missRate(), 6, 'f', 1)
                 .arg(s.onsetMedian, 6, 'f', 1)
                 .arg(s.onsetP90, 6, 'f', 1)
                 .arg(s.onsetMax, 6, 'f', 0)
                 .arg(s.offsetMedian, 6, 'f', 1)
                 .arg(s.offsetP90, 6, 'f', 1)
                 .arg(s.offsetMax, 6, 'f', 0);
}

void printHeader()
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6   %7 %8 %9\n")
                 .arg(tr("group"), -22)
                 .arg(tr("clips"), 5)
                 .arg(tr("miss%"), 6)
                 .arg(tr("on-med"), 6)
                 .arg(tr("on-p90"), 6)
                 .arg(tr("on-max"), 6)
                 .arg(tr("off-med"), 6)
                 .arg(tr("off-p90"), 6)
                 .arg(tr("off-max"), 6);
}

} // namespace

int runSpottingCheck(const QString &projectDir, bool respot, int listWorst,
                     const MotionOptions &options)
{
    const Result<SpottingCheck> check = checkSpottingAgainstTruth(projectDir, respot, options);
    if (!check) {
        err() << check.error().message << "\n";
        if (!check.error().detail.isEmpty())
            err() << check.error().detail << "\n";
        err().flush();
        return 1;
    }
    out() << (respot ? tr("Onset/offset spotted again from the cached landmarks against the "
                          "demo ground truth (frames).")
                     : tr("Stored automatic onset/offset against the demo ground truth "
                          "(frames)."))
          << "\n";
    printHeader();
    for (const SpottingStats &s : check->groups)
        printRow(s);
    printRow(check->clean);
    out() << tr("Hard cases (flagged in the ground truth; they may miss):") << "\n";
    for (const SpottingStats &s : check->hard)
        printRow(s);
    if (check->missingAnalyses > 0)
        out() << tr("%1 clips have no analysis and were left out.").arg(check->missingAnalyses)
              << "\n";
    if (listWorst > 0) {
        std::vector<SpottingCase> clean;
        for (const SpottingCase &c : check->cases) {
            if (c.clean())
                clean.push_back(c);
        }
        const auto worst = [](const SpottingCase &c) {
            return c.found ? std::max(c.onsetError(), c.offsetError()) : 1000;
        };
        std::stable_sort(clean.begin(), clean.end(),
                         [&](const SpottingCase &a, const SpottingCase &b) {
                             return worst(a) > worst(b);
                         });
        out() << tr("Worst clean clips (truth onset-offset / found onset-offset):") << "\n";
        for (int i = 0; i < listWorst && i < int(clean.size()); ++i) {
            const SpottingCase &c = clean[size_t(i)];
            out() << QStringLiteral("  %1/%2/rep%3  %4 frames  truth %5-%6  found %7%8\n")
                         .arg(c.subject, c.motion)
                         .arg(c.repetition, 2, 10, QLatin1Char('0'))
                         .arg(c.frames)
                         .arg(c.truthOnset)
                         .arg(c.truthOffset)
                         .arg(c.found ? QStringLiteral("%1-%2").arg(c.onset).arg(c.offset)
                                      : tr("nothing"))
                         .arg(c.incidentalBlink ? tr("  (incidental blink)") : QString());
        }
    }
    out().flush();
    return 0;
}

} // namespace fm::cli
