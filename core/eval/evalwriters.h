#pragma once

#include "common/error.h"
#include "embeddingtable.h"
#include "pairevaluator.h"
#include "tsne.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace fm {

/**
 * The text of each run-folder file of an evaluation. Every CSV starts with '#' comment
 * lines describing its columns (pandas: read_csv(comment='#'); numpy: loadtxt skips them),
 * then one header line. Scores are cosine similarities printed with the fewest digits that
 * read back the same float; distance = 1 - score; a pair is accepted when
 * score >= threshold.
 */
namespace evalfiles {

/** metrics.json: counts, AP, peak F1, ROC AUC, EER, operating point, files; `extra` is
    merged in at the top level (config, timings, t-SNE figures). */
QByteArray metricsJson(const EmbeddingTable &table, const PairEvaluation &eval,
                       const QJsonObject &extra = {});
/** pr.csv: threshold,precision,recall,f1,tp,fp (corner points, decreasing threshold). */
QByteArray prCsv(const PairEvaluation &eval);
/** roc.csv: threshold,fpr,tpr,fp,tp (from (0,0) to (1,1)). */
QByteArray rocCsv(const PairEvaluation &eval);
/** pairs.csv: clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,label,score,distance,weight */
QByteArray pairsCsv(const EmbeddingTable &table, const PairEvaluation &eval);
/** failed.csv: kind,rank,clip_a,clip_b,subject_a,subject_b,motion_a,motion_b,score,distance,
    threshold,margin */
QByteArray failedCsv(const EmbeddingTable &table, const PairEvaluation &eval);
/** embeddings.csv: clip,subject,motion,e0..e{n-1} (L2-normalised; readable by
    EmbeddingTable::readCsv). */
QByteArray embeddingsCsv(const EmbeddingTable &table);
/** tsne.csv: clip,subject,motion,x,y */
QByteArray tsneCsv(const EmbeddingTable &table, const TsneResult &tsne);

} // namespace evalfiles

/**
 * Writes several files into a folder all or nothing: each goes to a QSaveFile, and they
 * are committed only once every one has been written completely. The folder is created
 * private (0700: embeddings describe faces). Returns the written paths.
 */
Result<QStringList> writeFileSet(const QString &dir,
                                 const std::vector<std::pair<QString, QByteArray>> &files);

} // namespace fm
