#include "trainer.h"

#include "batchassembly.h"
#include "clipaugment.h"
#include "encodermodule_p.h"
#include "losses_p.h"
#include "pairsampler.h"
#include "protocol.h"
#include "runfolder.h"
#include "sequenceencoder.h"
#include "trainstate.h"

#include "common/privatedir.h"
#include "eval/crossvalidation.h"
#include "eval/embeddingtable.h"
#include "eval/evalwriters.h"
#include "eval/pairevaluator.h"
#include "eval/tsne.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <map>
#include <optional>
#include <sstream>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::Trainer", text);
}

torch::optim::SGD makeOptimizer(train::EncoderModuleImpl &module, const TrainConfig &c, double lr)
{
    return torch::optim::SGD(module.parameters(), torch::optim::SGDOptions(lr)
                                                      .momentum(c.momentum)
                                                      .weight_decay(c.weightDecay));
}

double optimizerLr(torch::optim::SGD &optimizer)
{
    return static_cast<torch::optim::SGDOptions &>(optimizer.param_groups().front().options()).lr();
}

void setLearningRate(torch::optim::SGD &optimizer, double lr)
{
    for (torch::optim::OptimizerParamGroup &group : optimizer.param_groups())
        static_cast<torch::optim::SGDOptions &>(group.options()).lr(lr);
}

/** Trains and evaluates one partition. */
class PartitionTrainer
{
public:
    PartitionTrainer(const TrainConfig &config, const FeatureSet &set,
                     const DataPartition &partition, int partitionCount, const RunFolder &folder,
                     const TrainRunOptions &options, int &epochsThisRun, double &secondsPerStep)
        : m_c(config), m_set(set), m_p(partition), m_partitions(partitionCount), m_folder(folder),
          m_options(options), m_epochsThisRun(epochsThisRun), m_secondsPerStep(secondsPerStep)
    {
        for (int i : partition.train)
            m_train.push_back(set.clips[size_t(i)]);
        for (int i : partition.validation)
            m_validation.push_back(set.clips[size_t(i)]);
        if (config.compound) {
            const std::uint64_t fold = std::uint64_t(partition.fold + 1);
            m_train = synthesiseCompounds(m_train, set.dim, config.compoundCopies,
                                          mixSeed(config.seed, fold, 0xC0));
            m_validation = synthesiseCompounds(m_validation, set.dim, config.compoundCopies,
                                               mixSeed(config.seed, fold, 0xC1));
        }
        m_sampler = std::make_unique<PairSampler>(m_train, config.negativesAnySubject);
    }

    /** Checks the sampler can form pairs (before anything is written). */
    Result<bool> check() const
    {
        if (m_c.pretrain != PretrainMode::None) {
            for (const ClipFeatures &c : m_train) {
                if (int(c.views.size()) < m_c.pretrainViews)
                    return Error{tr("SS pretraining needs %1 image-transformed views of every "
                                    "clip, but \"%2\" has %3; compute the features with "
                                    "\"fmstudio-cli features PROJECT --ss-views %1\".")
                                     .arg(m_c.pretrainViews)
                                     .arg(c.id)
                                     .arg(c.views.size())};
            }
        }
        return m_sampler->check();
    }
    int trainClips() const { return int(m_train.size()); }
    int validationClips() const { return int(m_validation.size()); }
    int stepsPerEpoch(const TrainPhase &phase) const
    {
        return phase.selfSupervised
                   ? int((m_train.size() + size_t(m_c.batchPairs) - 1) / size_t(m_c.batchPairs))
                   : m_sampler->stepsPerEpoch(m_c.batchPairs);
    }

    /** Runs to the end or to a stop; `stopped` tells which. Returns the partition state. */
    Result<TrainState> run(bool &stopped);

private:
    void report(QJsonObject line, const QString &text) const
    {
        if (m_p.fold >= 0) {
            line.insert(QStringLiteral("fold"), m_p.fold + 1);
            line.insert(QStringLiteral("folds"), m_partitions);
        }
        m_folder.log(text);
        m_folder.log(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        if (m_options.reporter)
            m_options.reporter(line, text);
    }
    bool stopRequested() const
    {
        return (m_options.stop && m_options.stop->load())
               || (m_options.epochLimit >= 0 && m_epochsThisRun >= m_options.epochLimit);
    }
    /** When a pretraining epoch's loss stays within 1.5 % of chance level (every candidate
        alike: the embeddings collapsed, seen with too high a pretraining learning rate), says
        so in a "warning" line, once per run. */
    void warnIfCollapsed(const TrainPhase &phase, int epoch, double loss, double chance,
                         double similarity)
    {
        if (m_warnedCollapse || epoch < 2 || chance <= 0 || loss < 0.985 * chance)
            return;
        m_warnedCollapse = true;
        const QString text = tr("%1 epoch %2: the loss %3 stays at chance level %4 (mean "
                                "cosine similarity within a batch %5): the embeddings have "
                                "collapsed and pretraining no longer learns; lower pretrain.lr "
                                "(now %6).")
                                 .arg(phase.name)
                                 .arg(epoch)
                                 .arg(loss, 0, 'f', 3)
                                 .arg(chance, 0, 'f', 3)
                                 .arg(similarity, 0, 'f', 3)
                                 .arg(phase.lr);
        report({{QStringLiteral("phase"), QStringLiteral("warning")},
                {QStringLiteral("stage"), phase.name},
                {QStringLiteral("epoch"), epoch},
                {QStringLiteral("collapsed"), true},
                {QStringLiteral("similarity"), similarity},
                {QStringLiteral("message"), text}},
               text);
    }
    Result<bool> saveCheckpoint(const TrainState &state, const torch::optim::SGD *optimizer) const;
    Result<bool> loadCheckpoint(TrainState &state, std::vector<TrainPhase> &phases,
                                std::unique_ptr<torch::optim::SGD> &optimizer);
    /** Embeddings (with gradients) of a step's sequences, in order. */
    torch::Tensor embed(const std::vector<std::vector<float>> &sequences);
    torch::Tensor supervisedLoss(const PairBatch &batch, std::mt19937_64 &rng);
    torch::Tensor selfSupervisedLoss(const std::vector<int> &clips, std::mt19937_64 &rng);
    /** Embeds the validation clips (full clips; with `activeSegment` only each clip's
        [onset, offset], seed 000 §4.1.1) and scores their pairs. The full evaluation's
        table is kept in m_table for the writers. */
    Result<PairEvaluation> evaluate(bool full, bool activeSegment = false);
    /** AP of a descriptor without learning on the same validation pairs (a reference). */
    std::optional<double> baselineAp() const;
    Result<bool> writeResults(TrainState &state);
    const TrainConfig &m_c;
    const FeatureSet &m_set;
    const DataPartition &m_p;
    int m_partitions;
    const RunFolder &m_folder;
    const TrainRunOptions &m_options;
    int &m_epochsThisRun;
    double &m_secondsPerStep;
    std::vector<ClipFeatures> m_train, m_validation;
    std::unique_ptr<PairSampler> m_sampler;
    std::unique_ptr<SequenceEncoder> m_encoder;
    std::optional<EmbeddingTable> m_table; ///< of the last evaluate()
    bool m_warnedCollapse = false;
    double m_similaritySum = 0; ///< mean within-batch cosine similarities of this epoch's steps
    double m_chanceSum = 0;     ///< InfoNCE at chance level of this epoch's steps
    int m_similarityCount = 0;
};

Result<bool> PartitionTrainer::saveCheckpoint(const TrainState &state,
                                              const torch::optim::SGD *optimizer) const
{
    std::ostringstream bytes;
    try {
        torch::serialize::OutputArchive archive;
        archive.write("state", c10::IValue(QJsonDocument(state.toJson())
                                               .toJson(QJsonDocument::Compact)
                                               .toStdString()));
        torch::serialize::OutputArchive model;
        m_encoder->module().save(model);
        archive.write("model", model);
        if (optimizer) {
            torch::serialize::OutputArchive opt;
            optimizer->save(opt);
            archive.write("optimizer", opt);
        }
        archive.save_to(bytes);
    } catch (const c10::Error &e) {
        return Error{tr("The checkpoint could not be serialised."),
                     QString::fromStdString(e.what_without_backtrace())};
    }
    const std::string data = bytes.str();
    QSaveFile file(m_folder.checkpointPath(m_p));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(data.data(), qint64(data.size())) != qint64(data.size()) || !file.commit())
        return Error{tr("The checkpoint \"%1\" could not be written.")
                         .arg(m_folder.checkpointPath(m_p)),
                     file.errorString()};
    return true;
}

Result<bool> PartitionTrainer::loadCheckpoint(TrainState &state, std::vector<TrainPhase> &phases,
                                              std::unique_ptr<torch::optim::SGD> &optimizer)
{
    const QString path = m_folder.checkpointPath(m_p);
    if (!QFile::exists(path))
        return false;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        c10::IValue json;
        archive.read("state", json);
        state = TrainState::fromJson(
            QJsonDocument::fromJson(QByteArray::fromStdString(json.toStringRef())).object());
        torch::serialize::InputArchive model;
        archive.read("model", model);
        m_encoder->module().load(model);
        if (!state.done && state.phase < int(phases.size())) {
            optimizer = std::make_unique<torch::optim::SGD>(
                makeOptimizer(m_encoder->module(), m_c, phases[size_t(state.phase)].lr));
            torch::serialize::InputArchive opt;
            if (archive.try_read("optimizer", opt))
                optimizer->load(opt);
        }
    } catch (const c10::Error &e) {
        return Error{tr("The checkpoint \"%1\" could not be read; delete it to restart this "
                        "part of the run.")
                         .arg(path),
                     QString::fromStdString(e.what_without_backtrace())};
    }
    return true;
}

torch::Tensor PartitionTrainer::embed(const std::vector<std::vector<float>> &sequences)
{
    std::vector<const std::vector<float> *> pointers;
    for (const std::vector<float> &s : sequences)
        pointers.push_back(&s);
    const train::SequenceBatch packed = train::packSequences(pointers, m_set.dim);
    return m_encoder->module().forward(packed.x, packed.padding);
}

torch::Tensor PartitionTrainer::supervisedLoss(const PairBatch &batch, std::mt19937_64 &rng)
{
    const AssembledBatch step = assembleSupervised(m_train, m_set.dim, m_c, batch, rng);
    const torch::Tensor e = embed(step.sequences);
    const torch::Tensor ia = torch::tensor(step.rowA, torch::kLong);
    const torch::Tensor ib = torch::tensor(step.rowB, torch::kLong);
    switch (m_c.loss) {
    case LossKind::ContrastiveSimilarity:
        return losses::contrastiveSimilarity(e.index_select(0, ia), e.index_select(0, ib),
                                             torch::tensor(step.positive, torch::kLong),
                                             m_c.marginC);
    case LossKind::ContrastiveDistance:
        return losses::contrastiveDistance(e.index_select(0, ia), e.index_select(0, ib),
                                           torch::tensor(step.positive, torch::kLong), m_c.marginP,
                                           m_c.marginN);
    case LossKind::Triplet: {
        const int64_t n = int64_t(batch.pairs.size() / 2);
        return losses::triplet(e.index_select(0, ia.narrow(0, 0, n)),
                               e.index_select(0, ib.narrow(0, 0, n)),
                               e.index_select(0, ib.narrow(0, n, n)), m_c.tripletMargin);
    }
    case LossKind::NPair: {
        std::vector<int64_t> classOfRow;
        for (int clip : step.clipOfRow)
            classOfRow.push_back(m_sampler->classes()[size_t(clip)]);
        return losses::nPair(e, torch::tensor(classOfRow, torch::kLong), m_c.temperature);
    }
    }
    return {};
}

torch::Tensor PartitionTrainer::selfSupervisedLoss(const std::vector<int> &clips,
                                                   std::mt19937_64 &rng)
{
    const AssembledBatch step = assembleSelfSupervised(m_train, m_set.dim, m_c, clips, rng);
    const torch::Tensor e = embed(step.sequences);
    if (const int64_t n = e.size(0); n > 1) {
        torch::NoGradGuard noGrad;
        m_similaritySum += (e.mm(e.t()).sum().item<double>() - double(n)) / double(n * (n - 1));
        m_chanceSum += std::log(double(n - 1)); // InfoNCE when every candidate looks alike
        ++m_similarityCount;
    }
    return losses::infoNce(e, torch::tensor(step.labels, torch::kLong), m_c.pretrainTemperature);
}

Result<PairEvaluation> PartitionTrainer::evaluate(bool full, bool activeSegment)
{
    // Evaluation embeds the full clips (seed 000 §2.5); the active-segment variant is reported
    // beside it. A clip without markers counts as active throughout.
    std::vector<const float *> data;
    std::vector<int> frames;
    QStringList ids, subjects, motions;
    for (const ClipFeatures &c : m_validation) {
        const bool cut = activeSegment && c.onset && c.offset && *c.offset >= *c.onset;
        data.push_back(c.values.data() + (cut ? size_t(*c.onset) * size_t(m_set.dim) : 0));
        frames.push_back(cut ? *c.offset - *c.onset + 1 : c.frames);
        ids.append(c.id);
        subjects.append(c.subject);
        motions.append(c.motion);
    }
    const Result<std::vector<float>> embedded = m_encoder->embed(data, frames);
    if (!embedded)
        return embedded.error();
    Result<EmbeddingTable> table = EmbeddingTable::create(m_encoder->config().outputDim(),
                                                          embedded.value(), ids, subjects, motions);
    if (!table)
        return table.error();
    PairEvalOptions options;
    options.negatives = m_c.negativesAnySubject ? NegativePairs::AllNonPositive
                                                : NegativePairs::SameSubject;
    options.threads = m_c.threads;
    options.maxFailedPairs = full ? 1000 : 0;
    options.maxPairRows = full ? m_c.maxPairRows : 1000;
    options.sampleSeed = m_c.seed;
    if (activeSegment)
        return evaluatePairs(table.value(), options);
    m_table = std::move(table.value());
    return evaluatePairs(*m_table, options);
}

std::optional<double> PartitionTrainer::baselineAp() const
{
    // A reference without learning: each clip described by how much each feature dimension
    // varies over the clip (its temporal standard deviation), scored like the model.
    const int dim = m_set.dim;
    std::vector<float> values;
    QStringList ids, subjects, motions;
    for (const ClipFeatures &c : m_validation) {
        for (int k = 0; k < dim; ++k) {
            double sum = 0, squares = 0;
            for (int f = 0; f < c.frames; ++f) {
                const double v = c.frame(f, dim)[k];
                sum += v;
                squares += v * v;
            }
            const double mean = sum / c.frames;
            values.push_back(
                float(std::sqrt(std::max(0.0, squares / c.frames - mean * mean)) + 1e-12));
        }
        ids.append(c.id);
        subjects.append(c.subject);
        motions.append(c.motion);
    }
    const Result<EmbeddingTable> table = EmbeddingTable::create(dim, std::move(values), ids,
                                                                subjects, motions);
    if (!table)
        return std::nullopt;
    PairEvalOptions options;
    options.negatives = m_c.negativesAnySubject ? NegativePairs::AllNonPositive
                                                : NegativePairs::SameSubject;
    options.threads = m_c.threads;
    options.maxFailedPairs = 0;
    options.maxPairRows = 1000; // only the metrics are kept
    const Result<PairEvaluation> eval = evaluatePairs(*table, options);
    if (!eval)
        return std::nullopt;
    return eval->metrics.averagePrecision;
}

Result<bool> PartitionTrainer::writeResults(TrainState &state)
{
    const Result<PairEvaluation> active = evaluate(false, true);
    if (!active)
        return active.error();
    const Result<PairEvaluation> eval = evaluate(true);
    if (!eval)
        return eval.error();
    const FoldMetrics fold = FoldMetrics::from(std::max(1, m_p.fold + 1), eval->metrics,
                                               eval->operating);
    state.foldMetrics = fold.toJson();
    QJsonObject extra{{QStringLiteral("partition"), m_p.name},
                      {QStringLiteral("history"), state.history},
                      {QStringLiteral("train_clips"), int(m_train.size())},
                      {QStringLiteral("validation_clips"), int(m_validation.size())},
                      {QStringLiteral("validation_subjects"),
                       QJsonArray::fromStringList(m_p.validationSubjects)},
                      {QStringLiteral("config"), m_c.toJson()}};
    extra.insert(QStringLiteral("active_segment"),
                 QJsonObject{{QStringLiteral("average_precision"), active->metrics.averagePrecision},
                             {QStringLiteral("peak_f1"), active->metrics.peakF1},
                             {QStringLiteral("eer"), active->metrics.eer},
                             {QStringLiteral("what"),
                              QStringLiteral("each validation clip cut to its [onset, offset] "
                                             "(reviewed, else automatic) before embedding")}});
    if (const std::optional<double> baseline = baselineAp()) {
        extra.insert(QStringLiteral("baseline_ap"), *baseline);
        extra.insert(QStringLiteral("baseline"),
                     QStringLiteral("per-dimension temporal standard deviation of the input "
                                    "features, no learning; same pairs"));
    }
    std::vector<std::pair<QString, QByteArray>> files;
    if (m_c.tsne && m_table->size() > 4) {
        TsneOptions tsneOptions;
        tsneOptions.seed = m_c.seed;
        tsneOptions.threads = m_c.threads;
        tsneOptions.perplexity = std::min(30.0, (m_table->size() - 1) / 3.0);
        const Result<TsneResult> tsne = runTsne(m_table->denseValues(), m_table->size(),
                                                m_table->dim(), tsneOptions);
        if (!tsne)
            return tsne.error();
        files.emplace_back(QStringLiteral("tsne.csv"), evalfiles::tsneCsv(*m_table, *tsne));
        extra.insert(QStringLiteral("tsne_kl_divergence"), tsne->klDivergence);
    }
    files.emplace_back(QStringLiteral("metrics.json"),
                       evalfiles::metricsJson(*m_table, *eval, extra));
    files.emplace_back(QStringLiteral("pr.csv"), evalfiles::prCsv(*eval));
    files.emplace_back(QStringLiteral("roc.csv"), evalfiles::rocCsv(*eval));
    files.emplace_back(QStringLiteral("pairs.csv"), evalfiles::pairsCsv(*m_table, *eval));
    files.emplace_back(QStringLiteral("failed.csv"), evalfiles::failedCsv(*m_table, *eval));
    files.emplace_back(QStringLiteral("embeddings.csv"), evalfiles::embeddingsCsv(*m_table));
    const QString dir = m_folder.partitionDir(m_p);
    const Result<QString> made = makePrivateDir(dir);
    if (!made)
        return made.error();
    // The model first: results without their model would be misleading.
    const Result<bool> saved = m_encoder->save(QDir(dir).filePath(QStringLiteral("model.pt")));
    if (!saved)
        return saved.error();
    const Result<QStringList> written = writeFileSet(dir, files);
    if (!written)
        return written.error();
    return true;
}

Result<TrainState> PartitionTrainer::run(bool &stopped)
{
    stopped = false;
    EncoderConfig ec = m_c.encoder;
    ec.inputDim = m_set.dim;
    Result<std::unique_ptr<SequenceEncoder>> encoder
        = SequenceEncoder::create(ec, mixSeed(m_c.seed, std::uint64_t(m_p.fold + 1), 0xE1));
    if (!encoder)
        return encoder.error();
    m_encoder = std::move(encoder.value());
    {
        // Input statistics of the training clips; a resumed run's checkpoint restores them.
        std::vector<const float *> data;
        std::vector<int> frames;
        for (const ClipFeatures &c : m_train) {
            data.push_back(c.values.data());
            frames.push_back(c.frames);
        }
        m_encoder->fitInputNormalisation(data, frames);
    }
    std::vector<TrainPhase> phases = phasesOf(m_c);
    TrainState state;
    std::unique_ptr<torch::optim::SGD> optimizer;
    const Result<bool> loaded = loadCheckpoint(state, phases, optimizer);
    if (!loaded)
        return loaded.error();
    if (state.done)
        return state;
    report({{QStringLiteral("phase"), QStringLiteral("start")},
            {QStringLiteral("partition"), m_p.name},
            {QStringLiteral("train_clips"), int(m_train.size())},
            {QStringLiteral("validation_clips"), int(m_validation.size())},
            {QStringLiteral("resumed"), loaded.value()},
            {QStringLiteral("parameters"), double(m_encoder->parameterCount())}},
           tr("%1: %2 training clips, %3 validation clips%4")
               .arg(m_p.name)
               .arg(m_train.size())
               .arg(m_validation.size())
               .arg(loaded.value() ? tr(", resuming at epoch %1 step %2 of %3")
                                         .arg(state.epoch + 1)
                                         .arg(state.step + 1)
                                         .arg(phases[size_t(state.phase)].name)
                                   : QString()));

    QElapsedTimer clock;
    clock.start();
    for (; state.phase < int(phases.size());
         ++state.phase, state.epoch = 0, state.step = 0, optimizer.reset()) {
        const TrainPhase &phase = phases[size_t(state.phase)];
        if (!optimizer)
            optimizer = std::make_unique<torch::optim::SGD>(
                makeOptimizer(m_encoder->module(), m_c, phase.lr));
        const int steps = stepsPerEpoch(phase);
        const std::int64_t totalSteps = std::int64_t(steps) * phase.epochs;
        for (; state.epoch < phase.epochs; ++state.epoch, state.step = 0) {
            const std::uint64_t phaseSeed = mixSeed(m_c.seed, std::uint64_t(m_p.fold + 1),
                                                    std::uint64_t(state.phase));
            std::vector<PairBatch> batches;
            std::vector<int> order;
            if (phase.selfSupervised) {
                std::mt19937_64 shuffle(mixSeed(phaseSeed, std::uint64_t(state.epoch), 0x55));
                for (int i = 0; i < int(m_train.size()); ++i)
                    order.push_back(i);
                for (int i = int(order.size()) - 1; i > 0; --i)
                    std::swap(order[size_t(i)], order[size_t(uniformInt(shuffle, 0, i))]);
            } else {
                batches = m_sampler->epoch(phaseSeed, state.epoch, m_c.batchPairs);
            }
            m_encoder->module().train();
            double &lossSum = state.lossSum; // kept in the state: a mid-epoch stop resumes it
            int &lossCount = state.lossCount;
            QElapsedTimer lastReport;
            lastReport.start();
            for (; state.step < steps; ++state.step) {
                QElapsedTimer stepClock;
                stepClock.start();
                const std::int64_t t = std::int64_t(state.epoch) * steps + state.step;
                const double lr = m_c.minLearningRate
                                  + 0.5 * (phase.lr - m_c.minLearningRate)
                                        * (1.0 + std::cos(M_PI * double(t) / double(totalSteps)));
                setLearningRate(*optimizer, lr);
                const std::uint64_t stepSeed = mixSeed(phaseSeed, std::uint64_t(state.epoch),
                                                       std::uint64_t(state.step));
                torch::manual_seed(stepSeed); // dropout: a function of the step alone
                std::mt19937_64 rng(mixSeed(stepSeed, 0xA6));
                optimizer->zero_grad();
                torch::Tensor loss;
                try {
                    if (phase.selfSupervised) {
                        const size_t begin = size_t(state.step) * size_t(m_c.batchPairs);
                        const size_t end = std::min(order.size(), begin + size_t(m_c.batchPairs));
                        loss = selfSupervisedLoss({order.begin() + std::ptrdiff_t(begin),
                                                   order.begin() + std::ptrdiff_t(end)},
                                                  rng);
                    } else {
                        loss = supervisedLoss(batches[size_t(state.step)], rng);
                    }
                    const double value = loss.item<double>();
                    if (!std::isfinite(value))
                        return Error{tr("The loss is not a number (NaN or infinite) at %1 epoch %2 "
                                        "step %3; lower the learning rate or check the features. "
                                        "The last checkpoint is kept.")
                                         .arg(phase.name)
                                         .arg(state.epoch + 1)
                                         .arg(state.step + 1)};
                    loss.backward();
                    optimizer->step();
                    lossSum += value;
                    ++lossCount;
                } catch (const c10::Error &e) {
                    return Error{tr("A training step failed."),
                                 QString::fromStdString(e.what_without_backtrace())};
                }
                const double seconds = stepClock.nsecsElapsed() * 1e-9;
                m_secondsPerStep = m_secondsPerStep <= 0 ? seconds
                                                         : 0.9 * m_secondsPerStep + 0.1 * seconds;
                const std::int64_t left = totalSteps - (t + 1);
                const bool stop = m_options.stop && m_options.stop->load();
                if (lastReport.elapsed() >= 500 || state.step + 1 == steps || stop) {
                    lastReport.restart();
                    report({{QStringLiteral("phase"), phase.name},
                            {QStringLiteral("epoch"), state.epoch + 1},
                            {QStringLiteral("epochs"), phase.epochs},
                            {QStringLiteral("step"), state.step + 1},
                            {QStringLiteral("steps"), steps},
                            {QStringLiteral("loss"), lossSum / lossCount},
                            {QStringLiteral("lr"), lr},
                            {QStringLiteral("eta_s"), double(left) * m_secondsPerStep}},
                           tr("%1 epoch %2/%3 step %4/%5 loss %6")
                               .arg(phase.name)
                               .arg(state.epoch + 1)
                               .arg(phase.epochs)
                               .arg(state.step + 1)
                               .arg(steps)
                               .arg(lossSum / lossCount, 0, 'f', 4));
                }
                if (stop && state.step + 1 < steps) {
                    ++state.step; // resume at the next step of this epoch
                    const Result<bool> saved = saveCheckpoint(state, optimizer.get());
                    if (!saved)
                        return saved.error();
                    stopped = true;
                    return state;
                }
            }
            // End of epoch: validation AP (full clips), then the checkpoint.
            const Result<PairEvaluation> eval = evaluate(false);
            if (!eval)
                return eval.error();
            const double ap = eval->metrics.averagePrecision;
            state.history.append(QJsonObject{{QStringLiteral("phase"), phase.name},
                                             {QStringLiteral("epoch"), state.epoch + 1},
                                             {QStringLiteral("loss"), lossSum / lossCount},
                                             {QStringLiteral("lr_end"), optimizerLr(*optimizer)},
                                             {QStringLiteral("ap"), ap},
                                             {QStringLiteral("peak_f1"), eval->metrics.peakF1}});
            const double epochLoss = lossSum / lossCount;
            lossSum = 0;
            lossCount = 0;
            const double similarity = m_similarityCount > 0 ? m_similaritySum / m_similarityCount
                                                            : 0;
            const double chance = m_similarityCount > 0 ? m_chanceSum / m_similarityCount : 0;
            m_similaritySum = m_chanceSum = 0;
            m_similarityCount = 0;
            TrainState next = state;
            ++next.epoch;
            next.step = 0;
            if (next.epoch >= phase.epochs) { // the next phase starts with a fresh optimiser
                ++next.phase;
                next.epoch = 0;
            }
            const Result<bool> saved = saveCheckpoint(next, next.phase == state.phase
                                                                ? optimizer.get()
                                                                : nullptr);
            if (!saved)
                return saved.error();
            ++m_epochsThisRun;
            const std::int64_t left = totalSteps - std::int64_t(state.epoch + 1) * steps;
            QJsonObject line{{QStringLiteral("phase"), QStringLiteral("validate")},
                             {QStringLiteral("stage"), phase.name},
                             {QStringLiteral("epoch"), state.epoch + 1},
                             {QStringLiteral("epochs"), phase.epochs},
                             {QStringLiteral("loss"), epochLoss},
                             {QStringLiteral("ap"), ap},
                             {QStringLiteral("peak_f1"), eval->metrics.peakF1},
                             {QStringLiteral("eta_s"), double(left) * m_secondsPerStep}};
            if (phase.selfSupervised) { // mean within-batch cosine similarity; chance-level loss
                line.insert(QStringLiteral("similarity"), similarity);
                line.insert(QStringLiteral("chance_loss"), chance);
            }
            report(line, tr("%1 epoch %2/%3: loss %4, validation AP %5, peak F1 %6")
                             .arg(phase.name)
                             .arg(state.epoch + 1)
                             .arg(phase.epochs)
                             .arg(epochLoss, 0, 'f', 4)
                             .arg(ap, 0, 'f', 4)
                             .arg(eval->metrics.peakF1, 0, 'f', 4));
            if (phase.selfSupervised)
                warnIfCollapsed(phase, state.epoch + 1, epochLoss, chance, similarity);
            if (stopRequested() && (next.phase < int(phases.size()))) {
                state = next;
                stopped = true;
                return state;
            }
        }
    }
    const Result<bool> written = writeResults(state);
    if (!written)
        return written.error();
    state.done = true;
    const Result<bool> saved = saveCheckpoint(state, nullptr);
    if (!saved)
        return saved.error();
    return state;
}

} // namespace

Result<TrainOutcome> Trainer::run(const TrainConfig &config, const FeatureSet &features,
                                  const QString &runDir, const TrainRunOptions &options)
{
    const Result<bool> valid = features.validate();
    if (!valid)
        return valid.error();
    const Result<std::vector<DataPartition>> partitions = makePartitions(config, features);
    if (!partitions)
        return partitions.error();
    torch::set_num_threads(config.threads);
    int epochsThisRun = 0;
    double secondsPerStep = 0;
    // Build and check every partition before the run folder is touched.
    std::vector<std::unique_ptr<PartitionTrainer>> trainers;
    RunFolder placeholder; // filled by prepare() below, once everything is checked
    for (const DataPartition &p : partitions.value()) {
        trainers.push_back(std::make_unique<PartitionTrainer>(config, features, p,
                                                              int(partitions->size()), placeholder,
                                                              options, epochsThisRun,
                                                              secondsPerStep));
        const Result<bool> ok = trainers.back()->check();
        if (!ok)
            return Error{tr("%1: %2").arg(p.name, ok.error().message)};
    }
    bool resumed = false;
    Result<RunFolder> prepared = RunFolder::prepare(runDir, config, features, partitions.value(),
                                                    &resumed);
    if (!prepared)
        return prepared.error();
    placeholder = prepared.value(); // the trainers hold a reference to it

    TrainOutcome outcome;
    outcome.resumed = resumed;
    std::vector<FoldMetrics> folds;
    QJsonObject histories;
    for (size_t i = 0; i < trainers.size(); ++i) {
        bool stopped = false;
        const Result<TrainState> state = trainers[i]->run(stopped);
        if (!state) {
            placeholder.log(state.error().message + QLatin1Char(' ') + state.error().detail);
            return state.error();
        }
        if (stopped) {
            outcome.stopped = true;
            if (options.reporter)
                options.reporter({{QStringLiteral("phase"), QStringLiteral("stopped")},
                                  {QStringLiteral("partition"), partitions->at(i).name}},
                                 tr("Stopped; a checkpoint is saved. Start the same command again "
                                    "to resume."));
            placeholder.log(QStringLiteral("stopped"));
            return outcome;
        }
        const QJsonObject m = state->foldMetrics;
        FoldMetrics f;
        f.fold = partitions->at(i).fold + 1;
        f.averagePrecision = m[QStringLiteral("average_precision")].toDouble();
        f.peakF1 = m[QStringLiteral("peak_f1")].toDouble();
        f.peakF1Threshold = m[QStringLiteral("peak_f1_threshold")].toDouble();
        f.rocAuc = m[QStringLiteral("roc_auc")].toDouble();
        f.eer = m[QStringLiteral("eer")].toDouble();
        f.far = m[QStringLiteral("far")].toDouble();
        f.frr = m[QStringLiteral("frr")].toDouble();
        f.positives = m[QStringLiteral("positives")].toInteger();
        f.negatives = m[QStringLiteral("negatives")].toInteger();
        folds.push_back(f);
        histories.insert(partitions->at(i).name, state->history);
        outcome.modelPath = QDir(placeholder.partitionDir(partitions->at(i)))
                                .filePath(QStringLiteral("model.pt"));
    }
    const QString metricsPath = QDir(placeholder.dir()).filePath(QStringLiteral("metrics.json"));
    if (config.protocol == QLatin1String("cv")) {
        QJsonObject summary = CrossValidationSummary::of(folds).toJson();
        summary.insert(QStringLiteral("history"), histories);
        summary.insert(QStringLiteral("config"), config.toJson());
        const Result<QStringList> written = writeFileSet(placeholder.dir(),
                                                         {{QStringLiteral("metrics.json"),
                                                           QJsonDocument(summary).toJson(
                                                               QJsonDocument::Indented)}});
        if (!written)
            return written.error();
    }
    QFile file(metricsPath);
    if (file.open(QIODevice::ReadOnly))
        outcome.metrics = QJsonDocument::fromJson(file.readAll()).object();
    const bool cv = config.protocol == QLatin1String("cv");
    auto summaryMean = [&](const char *key) {
        return outcome.metrics[QStringLiteral("summary")]
            .toObject()[QLatin1String(key)]
            .toObject()[QStringLiteral("mean")]
            .toDouble();
    };
    const double ap = cv ? summaryMean("average_precision") : folds.front().averagePrecision;
    const double f1 = cv ? summaryMean("peak_f1") : folds.front().peakF1;
    if (options.reporter)
        options.reporter({{QStringLiteral("phase"), QStringLiteral("done")},
                          {QStringLiteral("ap"), ap},
                          {QStringLiteral("peak_f1"), f1},
                          {QStringLiteral("metrics"), metricsPath}},
                         tr("Done: AP %1; results in %2").arg(ap, 0, 'f', 4).arg(placeholder.dir()));
    placeholder.log(QStringLiteral("done"));
    return outcome;
}

} // namespace fm
