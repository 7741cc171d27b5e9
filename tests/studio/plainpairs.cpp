#include "plainpairs.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace fm::test {

std::vector<PlainPair> plainPairs(const QString &runDir)
{
    std::vector<PlainPair> out;
    QFile f(QDir(runDir).filePath(QStringLiteral("pairs.csv")));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    QTextStream in(&f);
    bool header = false;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!header) { // clip_a,clip_b,subject_a,...,positive,score
            header = true;
            continue;
        }
        const QStringList x = line.split(QLatin1Char(','));
        out.push_back({x[0], x[1], x[6] == QLatin1String("1"), x[7].toDouble()});
    }
    return out;
}

PlainCounts countAt(const std::vector<PlainPair> &pairs, double t)
{
    PlainCounts c;
    for (const PlainPair &p : pairs) {
        // Scores are float32 written to read back exactly: compare them as floats.
        const bool accepted = double(float(p.score)) >= t;
        (p.positive ? (accepted ? c.tp : c.fn) : (accepted ? c.fp : c.tn)) += 1;
    }
    return c;
}

} // namespace fm::test
