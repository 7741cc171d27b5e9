#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVector>

namespace fm {

/** What the JSON progress lines of `fmstudio-cli train` said so far about one run. */
struct TrainProgress
{
    QString phase;     ///< last line's phase: start, pretrain, train, validate, error
    QString stage;     ///< optimisation stage: "pretrain" or "train"
    QString partition; ///< "split" or "fold-NN"
    int partitionIndex = 0;
    int epoch = 0, epochs = 0, step = 0, steps = 0;
    double loss = 0;             ///< running loss of the current epoch
    double lastAp = -1;          ///< validation AP of the last finished epoch (-1: none yet)
    double etaSeconds = -1;      ///< the trainer's estimate for the current stage (-1: unknown)
    double fraction = 0;         ///< 0..1 of the whole run (all partitions and stages)
    QString error;               ///< message of an "error" line
    QString warning;             ///< text of the last "warning" line (e.g. collapsed pretraining)
    QVector<QPointF> lossSeries; ///< (global step, running epoch loss) per progress line
    QVector<QPointF> apSeries;   ///< (global step at an epoch's end, validation AP)
    int lines = 0;               ///< JSON lines taken
};

/**
 * Turns the JSON lines of a training process (stdout, or log.txt whose lines carry a
 * timestamp before the JSON) into a TrainProgress: the fraction done over all partitions
 * (CV folds) and stages (SS+ pretraining, then training), the loss per step and the AP per
 * epoch on one global step axis. Text lines and broken JSON are ignored.
 */
class TrainProgressParser
{
public:
    /** `partitions`: folds of a CV run (1 for a split); `pretrainEpochs` 0 without SS+. */
    TrainProgressParser(int partitions = 1, int pretrainEpochs = 0, int epochs = 1);
    /** For a config JSON (TrainConfig keys). */
    static TrainProgressParser forConfig(const QJsonObject &config);

    /** Takes one line; true if it was a progress JSON object. */
    bool feed(const QByteArray &line);
    const TrainProgress &progress() const { return m_p; }
    void reset();

    /** The JSON object of a line ("{...}" or "<timestamp> {...}"); empty when none. */
    static QJsonObject jsonOfLine(const QByteArray &line);

private:
    void enterStage(const QString &partition, const QString &stage, int steps);

    int m_partitions, m_pretrainEpochs, m_epochs;
    TrainProgress m_p;
    double m_stepBase = 0; ///< global steps before the current stage
    QString m_stageKey;    ///< partition + stage of the current stage
    int m_stageSteps = 0;  ///< steps per epoch of the current stage
    int m_stageEpochs = 0;
};

} // namespace fm
