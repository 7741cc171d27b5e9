#pragma once

#include "trainconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fm {

/** One optimisation phase of a partition: SS/SS+ pretraining or supervised training. */
struct TrainPhase
{
    QString name; ///< "pretrain" or "train"
    int epochs = 0;
    double lr = 0;
    bool selfSupervised = false;
};

/** The phases a config trains: pretraining (when on) at its rate, then training at `lr`. */
std::vector<TrainPhase> phasesOf(const TrainConfig &c);

/** Where a partition's training stands; saved in its checkpoint. */
struct TrainState
{
    int phase = 0, epoch = 0, step = 0; ///< the next step to run
    double lossSum = 0;                 ///< of the steps already run in this epoch
    int lossCount = 0;
    bool done = false;
    QJsonArray history; ///< one entry per finished epoch: phase, epoch, loss, ap, peak_f1
    QJsonObject foldMetrics;

    QJsonObject toJson() const;
    static TrainState fromJson(const QJsonObject &o);
};

} // namespace fm
