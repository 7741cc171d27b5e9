#include "torchprobe.h"

#include <torch/torch.h>
#include <torch/version.h>

namespace fm {

QString torchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

double torchSmokeTest()
{
    try {
        torch::NoGradGuard noGrad;
        const torch::Tensor a = torch::tensor({1.0, 2.0, 3.0, 4.0}, torch::kFloat64).reshape({2, 2});
        const torch::Tensor b = torch::matmul(a, a.t()); // [[5, 11], [11, 25]]
        return b.trace().item<double>();
    } catch (const std::exception &) {
        return -1.0;
    }
}

} // namespace fm
