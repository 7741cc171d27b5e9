#include "protocol.h"

#include "clipaugment.h"

#include <QCoreApplication>

#include <cmath>
#include <random>

namespace fm {

Result<std::vector<DataPartition>> makePartitions(const TrainConfig &config, const FeatureSet &set)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("fm::Protocol", text); };
    QStringList subjects = set.subjects();
    std::mt19937_64 rng(mixSeed(config.splitSeed, 0x5B117));
    for (int i = int(subjects.size()) - 1; i > 0; --i)
        subjects.swapItemsAt(i, uniformInt(rng, 0, i));

    std::vector<QStringList> held; // validation subjects of each partition
    if (config.protocol == QLatin1String("cv")) {
        if (config.folds > subjects.size())
            return Error{tr("%1 folds need at least %1 subjects; the data has %2 (a fold would "
                            "be empty).")
                             .arg(config.folds)
                             .arg(subjects.size())};
        held.resize(size_t(config.folds));
        for (int i = 0; i < subjects.size(); ++i)
            held[size_t(i % config.folds)].append(subjects[i]);
        if (config.onlyFold >= config.folds)
            return Error{tr("Fold %1 does not exist (there are %2 folds, numbered from 0).")
                             .arg(config.onlyFold)
                             .arg(config.folds)};
    } else {
        const int count = std::max(1, int(std::lround(config.validationFraction * subjects.size())));
        if (count >= subjects.size())
            return Error{tr("A train/validation split needs at least two subjects; the data has "
                            "%1.")
                             .arg(subjects.size())};
        held.push_back(subjects.mid(0, count));
    }

    std::vector<DataPartition> out;
    for (size_t k = 0; k < held.size(); ++k) {
        if (config.protocol == QLatin1String("cv") && config.onlyFold >= 0
            && int(k) != config.onlyFold)
            continue;
        DataPartition p;
        p.fold = config.protocol == QLatin1String("cv") ? int(k) : -1;
        p.name = p.fold < 0 ? QStringLiteral("split")
                            : QStringLiteral("fold-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        p.validationSubjects = held[k];
        p.validationSubjects.sort();
        for (size_t i = 0; i < set.clips.size(); ++i)
            (held[k].contains(set.clips[i].subject) ? p.validation : p.train).push_back(int(i));
        if (p.train.empty() || p.validation.empty())
            return Error{tr("Partition %1 has an empty training or validation set.").arg(p.name)};
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace fm
