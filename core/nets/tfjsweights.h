#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fm {

/** One named tensor of a TF.js model: its TF shape and float32 values, row-major. */
struct WeightTensor
{
    std::vector<int64_t> shape;
    std::vector<float> values;

    int64_t elementCount() const;
    QString shapeText() const;
};

/**
 * Reads a TF.js "weights manifest" (JSON groups of paths + weight specs) and its concatenated
 * .bin shards into float32 tensors: uint8/uint16 dequantisation (q * scale + min), float16,
 * int32 and raw little-endian float32 (spec/face-networks.md §1). Torch-free: the networks
 * convert layouts when they build their modules. Every failure names the file and tensor.
 */
class TfjsWeights
{
public:
    /** Reads the manifest at `manifestPath` and every shard it lists (same folder). */
    static Result<TfjsWeights> load(const QString &manifestPath);
    /** Finds "<modelName>-weights_manifest.json" with ModelLocator, or in `modelDir` if set. */
    static Result<TfjsWeights> loadModel(const QString &modelName, const QString &modelDir = {});

    /** The tensor `name` if it exists and has exactly `shape`; otherwise an Error naming both. */
    Result<const WeightTensor *> get(const std::string &name,
                                     const std::vector<int64_t> &shape) const;
    bool contains(const std::string &name) const { return m_tensors.count(name) > 0; }
    const std::map<std::string, WeightTensor> &tensors() const { return m_tensors; }
    const QString &manifestPath() const { return m_manifestPath; }
    /** Total number of float values over all tensors. */
    int64_t totalElements() const;

private:
    QString m_manifestPath;
    std::map<std::string, WeightTensor> m_tensors;
};

} // namespace fm
