#include "encodermodule_p.h"

#include <cmath>

namespace fm::train {

namespace {
/** Frames averaged as a clip's resting face by the "start" input normalisation. */
constexpr int64_t kStartFrames = 3;
} // namespace

EncoderModuleImpl::EncoderModuleImpl(const EncoderConfig &c) : config(c)
{
    if (c.inputDim != c.dModel)
        projection = register_module("projection", torch::nn::Linear(c.inputDim, c.dModel));
    auto layer = torch::nn::TransformerEncoderLayer(
        torch::nn::TransformerEncoderLayerOptions(c.dModel, c.heads)
            .dim_feedforward(c.feedForward)
            .dropout(c.dropout));
    transformer = register_module("transformer",
                                  torch::nn::TransformerEncoder(
                                      torch::nn::TransformerEncoderOptions(layer, c.layers)));
    const int64_t pooled = c.dModel + (c.pooling == QLatin1String("max+std") ? c.inputDim : 0);
    output = register_module("output", torch::nn::Linear(pooled, c.embeddingDim));
    // Sinusoidal positional encoding (Vaswani et al. 2017), as a buffer so it is saved too.
    torch::Tensor pe = torch::zeros({c.maxFrames, c.dModel});
    const torch::Tensor position = torch::arange(0, c.maxFrames, torch::kFloat).unsqueeze(1);
    const torch::Tensor div = torch::exp(torch::arange(0, c.dModel, 2, torch::kFloat)
                                         * (-std::log(10000.0) / c.dModel));
    pe.index_put_({torch::indexing::Slice(), torch::indexing::Slice(0, torch::indexing::None, 2)},
                  torch::sin(position * div));
    pe.index_put_({torch::indexing::Slice(), torch::indexing::Slice(1, torch::indexing::None, 2)},
                  torch::cos(position * div).narrow(1, 0, c.dModel / 2));
    positional = register_buffer("positional", pe);
    if (c.inputNorm != QLatin1String("none")) {
        inputMean = register_buffer("input_mean", torch::zeros({c.inputDim}));
        inputScale = register_buffer("input_scale", torch::ones({c.inputDim}));
    }
}

torch::Tensor EncoderModuleImpl::clipCentre(const torch::Tensor &x,
                                            const torch::Tensor &padding) const
{
    torch::Tensor valid = padding.logical_not().to(x.dtype()).unsqueeze(2); // (B, L, 1)
    if (config.inputNorm == QLatin1String("start")) {
        const int64_t n = std::min<int64_t>(kStartFrames, x.size(1));
        return (x.narrow(1, 0, n) * valid.narrow(1, 0, n)).sum(1, true)
               / valid.narrow(1, 0, n).sum(1, true).clamp_min(1.0);
    }
    return (x * valid).sum(1, true) / valid.sum(1, true).clamp_min(1.0);
}

void EncoderModuleImpl::fitInputNorm(const std::vector<const float *> &data,
                                     const std::vector<int> &frames)
{
    if (!inputMean.defined() || data.empty())
        return;
    torch::NoGradGuard noGrad;
    const int64_t dim = config.inputDim;
    torch::Tensor sum = torch::zeros({dim}, torch::kDouble);
    torch::Tensor squares = torch::zeros({dim}, torch::kDouble);
    int64_t count = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        torch::Tensor clip = torch::from_blob(const_cast<float *>(data[i]), {frames[i], dim})
                                 .to(torch::kDouble);
        if (centresClips())
            clip = clip - clip.mean(0, true);
        else if (config.inputNorm == QLatin1String("start"))
            clip = clip
                   - clip.narrow(0, 0, std::min<int64_t>(kStartFrames, frames[i])).mean(0, true);
        sum += clip.sum(0);
        squares += (clip * clip).sum(0);
        count += frames[i];
    }
    const torch::Tensor mean = sum / double(count);
    const torch::Tensor sd = (squares / double(count) - mean * mean).clamp_min(0).sqrt();
    // Dimensions that hardly vary (dead ReLU units) must not be blown up into noise: the
    // floor is a tenth of the median dimension's spread.
    const double floor = 0.1 * sd.median().item<double>() + 1e-12;
    inputMean.copy_(mean.to(torch::kFloat));
    if (config.inputNorm == QLatin1String("clip-rms")) {
        // One scale for every dimension: the dimensions keep their relative sizes, so the ones
        // a motion moves most stay the loudest (as in the no-learning descriptor).
        const double rms = std::sqrt((sd * sd).mean().item<double>()) + 1e-12;
        inputScale.fill_(float(1.0 / rms));
    } else {
        inputScale.copy_((1.0 / (sd + floor)).to(torch::kFloat));
    }
}

torch::Tensor EncoderModuleImpl::forward(const torch::Tensor &x, const torch::Tensor &padding)
{
    const int64_t length = x.size(1);
    torch::Tensor h = x;
    if (inputMean.defined()) {
        if (centresClips() || config.inputNorm == QLatin1String("start"))
            h = h - clipCentre(h, padding);
        h = (h - inputMean) * inputScale;
    }
    torch::Tensor movement; // (B, D): each normalised input dimension's SD over valid frames
    const bool movementOut = config.output == QLatin1String("linear+std");
    if (config.pooling == QLatin1String("max+std") || movementOut) {
        const torch::Tensor valid = padding.logical_not().to(h.dtype()).unsqueeze(2);
        const torch::Tensor count = valid.sum(1).clamp_min(1.0);
        const torch::Tensor mean = (h * valid).sum(1) / count;
        const torch::Tensor centred = (h - mean.unsqueeze(1)) * valid;
        movement = ((centred * centred).sum(1) / count + 1e-8).sqrt();
    }
    h = projection ? projection->forward(h) : h;
    h = h + positional.narrow(0, 0, length).unsqueeze(0);
    // LibTorch 1.13's transformer takes (L, B, E).
    h = transformer->forward(h.transpose(0, 1), {}, padding).transpose(0, 1);
    h = h.masked_fill(padding.unsqueeze(2), -std::numeric_limits<float>::infinity());
    h = std::get<0>(h.max(1));
    if (config.pooling == QLatin1String("max+std"))
        h = torch::cat({h, movement}, 1);
    const auto unit = torch::nn::functional::NormalizeFuncOptions().p(2).dim(1);
    const torch::Tensor e = torch::nn::functional::normalize(output->forward(h), unit);
    if (!movementOut)
        return e;
    // Equal halves: cos(a, b) = (cos_learned + cos_movement) / 2.
    return torch::cat({e, torch::nn::functional::normalize(movement, unit)}, 1)
           * float(1.0 / std::sqrt(2.0));
}

SequenceBatch packSequences(const std::vector<const float *> &data, const std::vector<int> &frames,
                            int dim)
{
    const int64_t b = int64_t(data.size());
    int64_t length = 1;
    for (int f : frames)
        length = std::max<int64_t>(length, f);
    SequenceBatch batch;
    batch.x = torch::zeros({b, length, dim});
    batch.padding = torch::ones({b, length}, torch::kBool);
    float *x = batch.x.data_ptr<float>();
    bool *pad = batch.padding.data_ptr<bool>();
    for (int64_t i = 0; i < b; ++i) {
        std::copy_n(data[size_t(i)], size_t(frames[size_t(i)]) * size_t(dim), x + i * length * dim);
        std::fill_n(pad + i * length, frames[size_t(i)], false);
    }
    return batch;
}

SequenceBatch packSequences(const std::vector<const std::vector<float> *> &sequences, int dim)
{
    std::vector<const float *> data;
    std::vector<int> frames;
    for (const std::vector<float> *s : sequences) {
        data.push_back(s->data());
        frames.push_back(int(s->size() / size_t(dim)));
    }
    return packSequences(data, frames, dim);
}

} // namespace fm::train
