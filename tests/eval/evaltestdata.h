#pragma once

#include "eval/embeddingtable.h"

#include <QFile>
#include <QString>

#include <cmath>
#include <random>
#include <vector>

namespace fm::evaltest {

/** Synthetic clip embeddings: each (subject, motion) has a random centre in `dim`
    dimensions, each repetition is the centre plus Gaussian noise of std `spread`. */
struct SyntheticSet
{
    int dim = 16;
    std::vector<float> values;
    QStringList clips, subjects, motions;
};

inline SyntheticSet makeSynthetic(int subjects, int motions, int reps, int dim, double spread,
                                  unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    SyntheticSet set;
    set.dim = dim;
    for (int s = 0; s < subjects; ++s) {
        for (int m = 0; m < motions; ++m) {
            std::vector<double> centre(static_cast<size_t>(dim));
            for (double &c : centre)
                c = normal(rng);
            for (int r = 0; r < reps; ++r) {
                for (int k = 0; k < dim; ++k)
                    set.values.push_back(float(centre[size_t(k)] + spread * normal(rng)));
                set.clips.append(QStringLiteral("s%1/m%2/r%3.mp4").arg(s).arg(m).arg(r));
                set.subjects.append(QStringLiteral("s%1").arg(s));
                set.motions.append(QStringLiteral("m%1").arg(m));
            }
        }
    }
    return set;
}

inline EmbeddingTable tableOf(const SyntheticSet &set)
{
    return EmbeddingTable::create(set.dim, set.values, set.clips, set.subjects, set.motions).value();
}

/** Writes rows of floats as CSV (for the Python reference). */
inline bool writeMatrixCsv(const QString &path, const std::vector<float> &values, int cols)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text;
    for (size_t i = 0; i < values.size(); ++i) {
        text += QByteArray::number(double(values[i]), 'g', 9);
        text += (i + 1) % size_t(cols) == 0 ? '\n' : ',';
    }
    return file.write(text) == text.size();
}

} // namespace fm::evaltest
