#pragma once

// Private helpers shared by the network .cpp files. Torch types are only forward-declared
// here so that this header stays cheap; every includer is a torch .cpp anyway.

#include "common/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace at {
class Tensor;
}
namespace cv {
class Mat;
}

namespace fm {
class TfjsWeights;
}

namespace fm::nets {

/** Thrown while building a network from weights; carries the error value to return. */
struct WeightError
{
    Error error;
};

/**
 * Sets torch's intra-op thread count once per process: $FM_TORCH_THREADS if set, otherwise
 * the ideal thread count (max 4), or 1 when the load average already exceeds the core count.
 */
void configureTorchThreads();

/** conv2d `filters` [kh,kw,in,out] -> [out,in,kh,kw]. Throws WeightError. */
at::Tensor convFilter(const TfjsWeights &w, const std::string &name, int64_t k, int64_t in,
                      int64_t out);
/** `depthwise_filter` [kh,kw,C,1] -> [C,1,kh,kw] (groups = C). Throws WeightError. */
at::Tensor depthwiseFilter(const TfjsWeights &w, const std::string &name, int64_t k, int64_t c);
/** A 1-D tensor such as a bias or a per-channel scale. Throws WeightError. */
at::Tensor vectorTensor(const TfjsWeights &w, const std::string &name, int64_t n);
/** FC weights [in,out] -> [out,in] for linear(). Throws WeightError. */
at::Tensor fcWeight(const TfjsWeights &w, const std::string &name, int64_t in, int64_t out);

/**
 * conv2d in channels-last layout: oneDNN's NHWC kernels are 5-10x faster here than the NCHW
 * paths (depthwise convs especially); `x` is converted if needed.
 */
at::Tensor conv(const at::Tensor &x, const at::Tensor &weight, const at::Tensor *bias,
                int64_t stride = 1, int64_t padding = 0, int64_t groups = 1);

/** TF 'same' padding for kernel k / stride s on x (NCHW), filled with `value`. */
at::Tensor padSame(const at::Tensor &x, int64_t k, int64_t s, double value = 0.0);

/**
 * Stacks CV_32FC3 RGB images of equal size into an NCHW float tensor, computing
 * (x - mean) / divisor per channel.
 */
at::Tensor imagesToTensor(const std::vector<cv::Mat> &rgb, const float mean[3], float divisor);

/** A contiguous 2-D float tensor as a CV_32F cv::Mat (copied). */
cv::Mat tensorToMat(const at::Tensor &t);

/** Translated "no images" / "image is not 8-bit or float RGB" errors for batch inputs. */
Error badInputError(const char *context, int index);

} // namespace fm::nets
