#include "trainprogress.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace fm {

TrainProgressParser::TrainProgressParser(int partitions, int pretrainEpochs, int epochs)
    : m_partitions(std::max(1, partitions)), m_pretrainEpochs(std::max(0, pretrainEpochs)),
      m_epochs(std::max(1, epochs))
{}

TrainProgressParser TrainProgressParser::forConfig(const QJsonObject &config)
{
    const bool cv = config.value(QStringLiteral("protocol")).toString() == QLatin1String("cv");
    const int onlyFold = config.value(QStringLiteral("fold")).toInt(-1);
    const int partitions = cv && onlyFold < 0 ? config.value(QStringLiteral("folds")).toInt(10) : 1;
    const QJsonObject pretrain = config.value(QStringLiteral("pretrain")).toObject();
    const QString mode = pretrain.value(QStringLiteral("mode")).toString(QStringLiteral("none"));
    const int pretrainEpochs = mode != QLatin1String("none")
                                   ? pretrain.value(QStringLiteral("epochs")).toInt()
                                   : 0; // SS and SS+ both pretrain for "epochs"
    return TrainProgressParser(partitions, pretrainEpochs,
                               config.value(QStringLiteral("epochs")).toInt(20));
}

void TrainProgressParser::reset()
{
    m_p = {};
    m_stepBase = 0;
    m_stageKey.clear();
    m_stageSteps = 0;
    m_stageEpochs = 0;
}

QJsonObject TrainProgressParser::jsonOfLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    int brace = -1;
    if (trimmed.startsWith('{')) {
        brace = 0;
    } else {
        // log.txt: "2026-11-21T10:33:33Z {...}"
        const int space = trimmed.indexOf(' ');
        if (space > 0 && space + 1 < trimmed.size() && trimmed.at(space + 1) == '{')
            brace = space + 1;
    }
    if (brace < 0 || !trimmed.endsWith('}'))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.mid(brace), &error);
    return doc.isObject() ? doc.object() : QJsonObject{};
}

void TrainProgressParser::enterStage(const QString &partition, const QString &stage, int steps)
{
    const QString key = partition + QLatin1Char('/') + stage;
    if (key == m_stageKey) {
        if (steps > 0)
            m_stageSteps = steps;
        return;
    }
    if (!m_stageKey.isEmpty())
        m_stepBase += double(m_stageSteps) * m_stageEpochs;
    m_stageKey = key;
    m_stageSteps = steps;
    m_stageEpochs = stage == QLatin1String("pretrain") ? m_pretrainEpochs : m_epochs;
}

bool TrainProgressParser::feed(const QByteArray &line)
{
    const QJsonObject o = jsonOfLine(line);
    const QString phase = o.value(QStringLiteral("phase")).toString();
    if (phase.isEmpty())
        return false;
    ++m_p.lines;
    if (phase == QLatin1String("warning")) { // an aside: the phase stays what it was
        m_p.warning = o.value(QStringLiteral("message")).toString();
        return true;
    }
    m_p.phase = phase;
    if (phase == QLatin1String("error")) {
        m_p.error = o.value(QStringLiteral("message")).toString();
        return true;
    }
    if (phase == QLatin1String("start")) {
        m_p.partition = o.value(QStringLiteral("partition")).toString();
        m_p.partitionIndex = 0;
        if (m_partitions > 1 && m_p.partition.startsWith(QLatin1String("fold-")))
            m_p.partitionIndex = std::clamp(m_p.partition.mid(5).toInt() - 1, 0, m_partitions - 1);
        return true;
    }
    const bool validate = phase == QLatin1String("validate");
    const QString stage = validate ? o.value(QStringLiteral("stage")).toString() : phase;
    if (stage != QLatin1String("train") && stage != QLatin1String("pretrain"))
        return true;
    m_p.stage = stage;
    enterStage(m_p.partition, stage, o.value(QStringLiteral("steps")).toInt());
    m_p.epoch = o.value(QStringLiteral("epoch")).toInt();
    m_p.epochs = o.value(QStringLiteral("epochs")).toInt(m_stageEpochs);
    m_stageEpochs = std::max(1, m_p.epochs);
    m_p.steps = m_stageSteps;
    m_p.step = validate ? m_stageSteps : o.value(QStringLiteral("step")).toInt();
    m_p.loss = o.value(QStringLiteral("loss")).toDouble();
    if (o.contains(QStringLiteral("eta_s")))
        m_p.etaSeconds = o.value(QStringLiteral("eta_s")).toDouble();
    const double x = m_stepBase + double(std::max(0, m_p.epoch - 1)) * m_stageSteps + m_p.step;
    if (validate) {
        m_p.lastAp = o.value(QStringLiteral("ap")).toDouble();
        m_p.apSeries.append(QPointF(x, m_p.lastAp));
    } else {
        m_p.lossSeries.append(QPointF(x, m_p.loss));
    }
    // Fraction in epoch units over partitions x (pretrain + train epochs).
    const double perPartition = m_pretrainEpochs + m_epochs;
    double done = m_p.partitionIndex * perPartition;
    if (stage == QLatin1String("train"))
        done += m_pretrainEpochs;
    done += std::max(0, m_p.epoch - 1);
    if (m_stageSteps > 0)
        done += double(m_p.step) / m_stageSteps;
    m_p.fraction = std::clamp(done / (m_partitions * perPartition), 0.0, 1.0);
    return true;
}

} // namespace fm
