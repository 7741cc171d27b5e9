#include "sequenceencoder.h"

#include "encodermodule_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <sstream>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::SequenceEncoder", text);
}

Result<EncoderConfig> configFromJson(const QJsonObject &o)
{
    EncoderConfig c;
    c.inputDim = o[QStringLiteral("input_dim")].toInt();
    c.dModel = o[QStringLiteral("d_model")].toInt();
    c.heads = o[QStringLiteral("heads")].toInt();
    c.feedForward = o[QStringLiteral("ff")].toInt();
    c.layers = o[QStringLiteral("layers")].toInt();
    c.embeddingDim = o[QStringLiteral("dim")].toInt();
    c.dropout = o[QStringLiteral("dropout")].toDouble();
    c.maxFrames = o[QStringLiteral("max_frames")].toInt();
    c.inputNorm = o[QStringLiteral("input_norm")].toString(QStringLiteral("none"));
    c.pooling = o[QStringLiteral("pooling")].toString(QStringLiteral("max"));
    c.output = o[QStringLiteral("output")].toString(QStringLiteral("linear"));
    if (c.inputDim <= 0 || c.dModel <= 0 || c.heads <= 0 || c.dModel % c.heads != 0
        || c.feedForward <= 0 || c.layers <= 0 || c.embeddingDim <= 0 || c.maxFrames <= 0
        || !QStringList{QStringLiteral("none"), QStringLiteral("global"), QStringLiteral("clip"),
                        QStringLiteral("clip-rms"), QStringLiteral("start")}
                .contains(c.inputNorm)
        || !QStringList{QStringLiteral("max"), QStringLiteral("max+std")}.contains(c.pooling)
        || !QStringList{QStringLiteral("linear"), QStringLiteral("linear+std")}.contains(c.output))
        return Error{tr("The model file has an invalid encoder configuration.")};
    return c;
}

} // namespace

struct SequenceEncoder::Private
{
    train::EncoderModule module{nullptr};
};

SequenceEncoder::SequenceEncoder() : d(std::make_unique<Private>()) {}
SequenceEncoder::~SequenceEncoder() = default;

Result<std::unique_ptr<SequenceEncoder>> SequenceEncoder::create(const EncoderConfig &config,
                                                                 std::uint64_t seed)
{
    if (config.inputDim <= 0 || config.dModel % config.heads != 0)
        return Error{tr("The encoder needs an input dimension and d_model divisible by the "
                        "number of heads.")};
    std::unique_ptr<SequenceEncoder> encoder(new SequenceEncoder);
    torch::manual_seed(seed);
    try {
        encoder->d->module = train::EncoderModule(config);
    } catch (const c10::Error &e) {
        return Error{tr("The encoder could not be built."),
                     QString::fromStdString(e.what_without_backtrace())};
    }
    return encoder;
}

Result<std::unique_ptr<SequenceEncoder>> SequenceEncoder::load(const QString &path)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        c10::IValue json;
        archive.read("config", json);
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json.toStringRef()))
                                  .object();
        const Result<EncoderConfig> config = configFromJson(o);
        if (!config)
            return config.error();
        std::unique_ptr<SequenceEncoder> encoder(new SequenceEncoder);
        encoder->d->module = train::EncoderModule(config.value());
        torch::serialize::InputArchive weights;
        archive.read("model", weights);
        encoder->d->module->load(weights);
        return encoder;
    } catch (const c10::Error &e) {
        return Error{tr("The model \"%1\" could not be loaded.").arg(path),
                     QString::fromStdString(e.what_without_backtrace())};
    }
}

Result<bool> SequenceEncoder::save(const QString &path) const
{
    std::ostringstream bytes;
    try {
        torch::serialize::OutputArchive archive;
        QJsonObject o = d->module->config.toJson();
        o.insert(QStringLiteral("input_dim"), d->module->config.inputDim);
        archive.write("config",
                      c10::IValue(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString()));
        torch::serialize::OutputArchive weights;
        d->module->save(weights);
        archive.write("model", weights);
        archive.save_to(bytes);
    } catch (const c10::Error &e) {
        return Error{tr("The model could not be serialised."),
                     QString::fromStdString(e.what_without_backtrace())};
    }
    const std::string data = bytes.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(data.data(), qint64(data.size())) != qint64(data.size()) || !file.commit())
        return Error{tr("The model \"%1\" could not be written.").arg(path), file.errorString()};
    return true;
}

const EncoderConfig &SequenceEncoder::config() const
{
    return d->module->config;
}

std::int64_t SequenceEncoder::parameterCount() const
{
    std::int64_t n = 0;
    for (const torch::Tensor &p : d->module->parameters())
        n += p.numel();
    return n;
}

std::vector<float> SequenceEncoder::parameterValues() const
{
    std::vector<float> out;
    for (const torch::Tensor &p : d->module->parameters()) {
        const torch::Tensor c = p.detach().contiguous();
        out.insert(out.end(), c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    }
    return out;
}

Result<std::vector<float>> SequenceEncoder::embed(const std::vector<const float *> &data,
                                                  const std::vector<int> &frames,
                                                  int batchSize) const
{
    const EncoderConfig &c = d->module->config;
    for (int f : frames) {
        if (f <= 0 || f > c.maxFrames)
            return Error{
                tr("A clip has %1 frames; the encoder takes 1 to %2.").arg(f).arg(c.maxFrames)};
    }
    std::vector<float> out;
    out.reserve(data.size() * size_t(c.outputDim()));
    torch::NoGradGuard noGrad;
    const bool wasTraining = d->module->is_training();
    d->module->eval();
    try {
        for (size_t start = 0; start < data.size(); start += size_t(batchSize)) {
            const size_t end = std::min(data.size(), start + size_t(batchSize));
            const train::SequenceBatch batch
                = train::packSequences({data.begin() + std::ptrdiff_t(start),
                                        data.begin() + std::ptrdiff_t(end)},
                                       {frames.begin() + std::ptrdiff_t(start),
                                        frames.begin() + std::ptrdiff_t(end)},
                                       c.inputDim);
            const torch::Tensor e = d->module->forward(batch.x, batch.padding).contiguous();
            out.insert(out.end(), e.data_ptr<float>(), e.data_ptr<float>() + e.numel());
        }
    } catch (const c10::Error &e) {
        d->module->train(wasTraining);
        return Error{tr("The clips could not be embedded."),
                     QString::fromStdString(e.what_without_backtrace())};
    }
    d->module->train(wasTraining);
    return out;
}

void SequenceEncoder::fitInputNormalisation(const std::vector<const float *> &data,
                                            const std::vector<int> &frames)
{
    d->module->fitInputNorm(data, frames);
}

train::EncoderModuleImpl &SequenceEncoder::module() const
{
    return *d->module;
}

} // namespace fm
