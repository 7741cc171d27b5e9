#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace fm::test {

/** One row of a run's pairs.csv, read independently of the run reader under test. */
struct PlainPair
{
    QString a, b;
    bool positive = false;
    double score = 0;
};

/** Every row of `runDir`/pairs.csv (empty when the file cannot be read). */
std::vector<PlainPair> plainPairs(const QString &runDir);

/** Confusion counts of `pairs` at threshold `t` (accepted when score >= t). */
struct PlainCounts
{
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
};
PlainCounts countAt(const std::vector<PlainPair> &pairs, double t);

} // namespace fm::test
