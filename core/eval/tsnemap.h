#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace fm {

/** A run's t-SNE map as read from tsne.csv: one 2-d point per clip with its labels. */
struct TsneMap
{
    QStringList clips, subjects, motions;
    std::vector<float> xy; ///< clips.size() rows of (x, y)

    int size() const { return int(clips.size()); }

    /** Reads tsne.csv (`clip,subject,motion,x,y`, '#' comment lines); defects name the line. */
    static Result<TsneMap> readCsv(const QString &path);
};

/**
 * Computes a run folder's tsne.csv from its embeddings.csv (Barnes-Hut t-SNE with the
 * trainer's settings: perplexity min(30, (N-1)/3), seed 1) and writes it atomically.
 * progress(iteration, iterations) returning false, or `cancel`, stops it and writes nothing.
 * Returns the map.
 */
Result<TsneMap> computeRunTsne(const QString &runDir,
                               const std::function<bool(int, int)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);

} // namespace fm
