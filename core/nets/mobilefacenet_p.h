#pragma once

// Trainer access to MobileFaceNet's torch module. Torch types are only forward-declared.

#include <QString>

#include <vector>

namespace at {
class Tensor;
}
namespace torch::nn {
class Module;
}
namespace cv {
class Mat;
}

namespace fm {
class MobileFaceNet;
}

namespace fm::nets {

/** What pretrain-sfe needs from a MobileFaceNet beyond its public API. */
struct MobileFaceNetAccess
{
    static torch::nn::Module &module(MobileFaceNet &net);
    /** 136 normalised landmark outputs for an N x 3 x 112 x 112 input. */
    static at::Tensor forward(MobileFaceNet &net, const at::Tensor &input);
    /** 112x112 8-bit BGR crops -> N x 3 x 112 x 112 float in [0,1] (BGR order, as trained). */
    static at::Tensor toInput(const std::vector<cv::Mat> &bgrCrops);
};

} // namespace fm::nets
