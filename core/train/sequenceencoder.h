#pragma once

#include "common/error.h"
#include "trainconfig.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace fm {

namespace train {
struct EncoderModuleImpl;
}

/**
 * A trained (or freshly initialised) facial-motion sequence encoder: per-frame SFE features
 * of a clip in, an L2-normalised n-d embedding out (seed 000 §2.2). Saved as model.pt in a
 * run folder together with its hyper-parameters. Use from one thread at a time.
 */
class SequenceEncoder
{
public:
    /** A new encoder with weights drawn from `seed` (config.inputDim must be set). */
    static Result<std::unique_ptr<SequenceEncoder>> create(const EncoderConfig &config,
                                                           std::uint64_t seed);
    /** Loads a model.pt written by save() or by a training run. */
    static Result<std::unique_ptr<SequenceEncoder>> load(const QString &path);
    ~SequenceEncoder();

    /** Writes the weights and config atomically. */
    Result<bool> save(const QString &path) const;
    const EncoderConfig &config() const;
    std::int64_t parameterCount() const;
    /** Every parameter value in a fixed order (to compare two models exactly). */
    std::vector<float> parameterValues() const;

    /**
     * Embeds clips (clip i: frames[i] x inputDim floats at data[i]) in eval mode, in batches
     * of `batchSize` clips; returns clips x n floats. Clips longer than maxFrames are an
     * error.
     */
    Result<std::vector<float>> embed(const std::vector<const float *> &data,
                                     const std::vector<int> &frames, int batchSize = 64) const;

    /**
     * Fits the input normalisation (EncoderConfig::inputNorm) to training clips, laid out as
     * for embed(); the statistics are saved with the model. No effect with "none".
     */
    void fitInputNormalisation(const std::vector<const float *> &data,
                               const std::vector<int> &frames);

    /** The torch module (for the trainer inside core/train). */
    train::EncoderModuleImpl &module() const;

private:
    SequenceEncoder();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
