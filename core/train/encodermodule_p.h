#pragma once

// The sequence encoder as a torch module. Private to core/train: included only by the torch
// .cpp files of this folder (sequenceencoder.cpp, trainer.cpp), never by a public header.

#include "trainconfig.h"

#include <torch/torch.h>

#include <vector>

namespace fm::train {

/**
 * Seed 000 Fig. 3: optional linear projection D -> d_model, sinusoidal positional encoding
 * added, a stack of transformer encoder layers, max-pooling over the valid frames (with
 * "max+std" pooling also the input's temporal SD), a linear layer to n dimensions and L2
 * normalisation.
 */
struct EncoderModuleImpl : torch::nn::Module
{
    explicit EncoderModuleImpl(const EncoderConfig &config);

    /** x: (B, L, D) zero-padded; padding: (B, L) bool, true = padded frame. -> (B, n). */
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &padding);

    /** Sets the input normalisation from training clips (each frames x D floats). */
    void fitInputNorm(const std::vector<const float *> &data, const std::vector<int> &frames);

    EncoderConfig config;
    torch::nn::Linear projection{nullptr}; ///< only when D != d_model
    torch::nn::TransformerEncoder transformer{nullptr};
    torch::nn::Linear output{nullptr};
    torch::Tensor positional; ///< (maxFrames, d_model) buffer
    torch::Tensor inputMean;  ///< (D) buffer, unless inputNorm is "none"
    torch::Tensor inputScale; ///< (D) buffer: 1 / regularised standard deviation

private:
    /** Whether each clip's mean frame is subtracted ("clip" and "clip-rms"). */
    bool centresClips() const
    {
        return config.inputNorm == QLatin1String("clip")
               || config.inputNorm == QLatin1String("clip-rms");
    }
    /** The per-clip mean frame over the valid frames when inputNorm is "clip": (B, 1, D). */
    torch::Tensor clipCentre(const torch::Tensor &x, const torch::Tensor &padding) const;
};
TORCH_MODULE(EncoderModule);

/** A padded batch of variable-length sequences. */
struct SequenceBatch
{
    torch::Tensor x;       ///< (B, L, D)
    torch::Tensor padding; ///< (B, L) bool
};

/** Packs sequences (each frames x dim floats) into a zero-padded batch with its mask. */
SequenceBatch packSequences(const std::vector<const std::vector<float> *> &sequences, int dim);
SequenceBatch packSequences(const std::vector<const float *> &data, const std::vector<int> &frames,
                            int dim);

} // namespace fm::train
