#include "trainstate.h"

namespace fm {

std::vector<TrainPhase> phasesOf(const TrainConfig &c)
{
    std::vector<TrainPhase> phases;
    if (c.pretrain != PretrainMode::None)
        phases.push_back({QStringLiteral("pretrain"), c.pretrainEpochs,
                          c.effectivePretrainLearningRate(), true});
    phases.push_back({QStringLiteral("train"), c.epochs, c.learningRate, false});
    return phases;
}

QJsonObject TrainState::toJson() const
{
    return {{QStringLiteral("phase"), phase},      {QStringLiteral("epoch"), epoch},
            {QStringLiteral("step"), step},        {QStringLiteral("done"), done},
            {QStringLiteral("loss_sum"), lossSum}, {QStringLiteral("loss_count"), lossCount},
            {QStringLiteral("history"), history},  {QStringLiteral("fold_metrics"), foldMetrics}};
}

TrainState TrainState::fromJson(const QJsonObject &o)
{
    TrainState s;
    s.phase = o[QStringLiteral("phase")].toInt();
    s.epoch = o[QStringLiteral("epoch")].toInt();
    s.step = o[QStringLiteral("step")].toInt();
    s.done = o[QStringLiteral("done")].toBool();
    s.lossSum = o[QStringLiteral("loss_sum")].toDouble();
    s.lossCount = o[QStringLiteral("loss_count")].toInt();
    s.history = o[QStringLiteral("history")].toArray();
    s.foldMetrics = o[QStringLiteral("fold_metrics")].toObject();
    return s;
}

} // namespace fm
