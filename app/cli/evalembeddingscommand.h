#pragma once

#include <QStringList>

namespace fm::cli {

/**
 * `fmstudio-cli eval-embeddings EMBEDDINGS.csv --out DIR`: scores every positive and negative
 * pair of the clips in the CSV (clip,subject,motion,e0..), computes AP, peak F1, ROC/EER,
 * the failed pairs and a t-SNE map, and writes metrics.json, pr.csv, roc.csv, pairs.csv,
 * failed.csv, embeddings.csv and tsne.csv into DIR, all or nothing.
 */
int runEvalEmbeddings(const QStringList &args);

} // namespace fm::cli
