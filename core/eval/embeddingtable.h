#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fm {

/**
 * The clips of one evaluation: an embedding per clip (stored L2-normalised, row-major) with
 * its subject and motion labels. This is the input of pair scoring and t-SNE.
 */
class EmbeddingTable
{
public:
    /** Builds a table; `values` holds clips.size() rows of `dim` floats. Validates
        everything (see validate()) and L2-normalises each row. */
    static Result<EmbeddingTable> create(int dim, std::vector<float> values, QStringList clips,
                                         QStringList subjects, QStringList motions);
    /** Reads an embeddings CSV: header `clip,subject,motion,e0,...,e{n-1}`, one clip a line;
        lines starting with '#' are comments. Any defect is an Error naming the line. */
    static Result<EmbeddingTable> readCsv(const QString &path);

    int size() const { return int(m_clips.size()); }
    int dim() const { return m_dim; }
    /** Row stride in floats (dim rounded up to 8, zero padded) of normalisedData(). */
    int stride() const { return m_stride; }
    const float *row(int i) const { return m_values.data() + size_t(i) * m_stride; }
    const QStringList &clips() const { return m_clips; }
    const QStringList &subjects() const { return m_subjects; }
    const QStringList &motions() const { return m_motions; }
    /** Dense ids: subjectId(i) indexes subjectNames(), classId(i) one (subject, motion). */
    int subjectId(int i) const { return m_subjectId[size_t(i)]; }
    int classId(int i) const { return m_classId[size_t(i)]; }
    int subjectCount() const { return int(m_subjectNames.size()); }
    int classCount() const { return m_classCount; }
    int motionCount() const { return m_motionCount; }
    /** Embeddings as dim floats per row without padding (for t-SNE and writers). */
    std::vector<float> denseValues() const;

    /** The score of a pair: cosine similarity of the two embeddings. Every caller (metrics,
        pairs.csv, failed pairs) uses this one function, so a pair always has the same score
        to the last bit, whatever the pass, block or thread that computed it. */
    float score(int a, int b) const;

private:
    int m_dim = 0;
    int m_stride = 0;
    std::vector<float> m_values;
    QStringList m_clips, m_subjects, m_motions, m_subjectNames;
    std::vector<int> m_subjectId, m_classId;
    int m_classCount = 0;
    int m_motionCount = 0;
};

/** Dot product of two zero-padded rows of `stride` floats (a multiple of 8) with a fixed
    summation order: eight lane sums, added pairwise. Vectorises without -ffast-math. */
inline float dotPadded(const float *a, const float *b, int stride)
{
    float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < stride; i += 8) {
        for (int k = 0; k < 8; ++k)
            acc[k] += a[i + k] * b[i + k];
    }
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

inline float EmbeddingTable::score(int a, int b) const
{
    return dotPadded(row(a), row(b), m_stride);
}

} // namespace fm
