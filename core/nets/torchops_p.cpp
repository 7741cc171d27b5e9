#include "torchops_p.h"

#include "netthreads.h"
#include "tfjsweights.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace fm {

int faceNetThreads()
{
    nets::configureTorchThreads();
    return torch::get_num_threads();
}

} // namespace fm

namespace fm::nets {

void configureTorchThreads()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // One intra-op thread per core, at most 4; FM_TORCH_THREADS overrides (a busy shared
        // machine runs faster with 1: OpenMP threads then wait for each other's time slices).
        bool ok = false;
        const int env = qEnvironmentVariableIntValue("FM_TORCH_THREADS", &ok);
        int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
        if (ok && env > 0) {
            threads = env;
        } else {
            // A machine already busier than its core count: OpenMP's threads would spend
            // their time waiting for each other's slices (measured 3-10x slower), use one.
            QFile loadavg(QStringLiteral("/proc/loadavg"));
            if (loadavg.open(QIODevice::ReadOnly)
                && loadavg.readAll().split(' ').value(0).toDouble() >= QThread::idealThreadCount())
                threads = 1;
        }
        torch::set_num_threads(threads);
    });
}

namespace {

torch::Tensor fetch(const TfjsWeights &w, const std::string &name, const std::vector<int64_t> &shape)
{
    const Result<const WeightTensor *> found = w.get(name, shape);
    if (!found)
        throw WeightError{found.error()};
    const WeightTensor *t = found.value();
    return torch::from_blob(const_cast<float *>(t->values.data()), t->shape, torch::kFloat32).clone();
}

} // namespace

at::Tensor convFilter(const TfjsWeights &w, const std::string &name, int64_t k, int64_t in,
                      int64_t out)
{
    return fetch(w, name, {k, k, in, out})
        .permute({3, 2, 0, 1})
        .contiguous(at::MemoryFormat::ChannelsLast);
}

at::Tensor depthwiseFilter(const TfjsWeights &w, const std::string &name, int64_t k, int64_t c)
{
    return fetch(w, name, {k, k, c, 1})
        .permute({2, 3, 0, 1})
        .reshape({c, 1, k, k})
        .contiguous(at::MemoryFormat::ChannelsLast);
}

at::Tensor vectorTensor(const TfjsWeights &w, const std::string &name, int64_t n)
{
    return fetch(w, name, {n});
}

at::Tensor fcWeight(const TfjsWeights &w, const std::string &name, int64_t in, int64_t out)
{
    return fetch(w, name, {in, out}).t().contiguous();
}

at::Tensor conv(const at::Tensor &x, const at::Tensor &weight, const at::Tensor *bias,
                int64_t stride, int64_t padding, int64_t groups)
{
    const torch::Tensor input = x.contiguous(at::MemoryFormat::ChannelsLast);
    return torch::conv2d(input, weight, bias ? *bias : torch::Tensor(), stride, padding, 1, groups);
}

at::Tensor padSame(const at::Tensor &x, int64_t k, int64_t s, double value)
{
    auto amounts = [&](int64_t in) {
        const int64_t out = (in + s - 1) / s;
        const int64_t total = std::max<int64_t>((out - 1) * s + k - in, 0);
        return std::pair<int64_t, int64_t>(total / 2, total - total / 2);
    };
    const auto [top, bottom] = amounts(x.size(2));
    const auto [left, right] = amounts(x.size(3));
    if (top == 0 && bottom == 0 && left == 0 && right == 0)
        return x;
    return torch::constant_pad_nd(x, {left, right, top, bottom}, value);
}

at::Tensor imagesToTensor(const std::vector<cv::Mat> &rgb, const float mean[3], float divisor)
{
    const int64_t n = int64_t(rgb.size());
    const int64_t h = rgb.front().rows;
    const int64_t wd = rgb.front().cols;
    torch::Tensor nhwc = torch::empty({n, h, wd, 3}, torch::kFloat32);
    float *dst = nhwc.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) {
        const cv::Mat m = rgb[size_t(i)].isContinuous() ? rgb[size_t(i)] : rgb[size_t(i)].clone();
        const float *src = m.ptr<float>();
        float *out = dst + i * h * wd * 3;
        for (int64_t p = 0; p < h * wd; ++p) {
            for (int c = 0; c < 3; ++c)
                out[p * 3 + c] = (src[p * 3 + c] - mean[c]) / divisor;
        }
    }
    // NHWC memory viewed as NCHW = channels-last layout, what the convs want.
    return nhwc.permute({0, 3, 1, 2});
}

cv::Mat tensorToMat(const at::Tensor &t)
{
    const torch::Tensor c = t.to(torch::kFloat32).contiguous().reshape({t.size(0), -1});
    cv::Mat m(int(c.size(0)), int(c.size(1)), CV_32F);
    std::memcpy(m.ptr<float>(), c.data_ptr<float>(), size_t(c.numel()) * sizeof(float));
    return m;
}

Error badInputError(const char *context, int index)
{
    if (index < 0) {
        return Error{QCoreApplication::translate("fm::FaceNets", "%1: no images were given.")
                         .arg(QLatin1String(context))};
    }
    return Error{QCoreApplication::translate("fm::FaceNets",
                                             "%1: image %2 is empty or not an 8-bit (BGR, BGRA, "
                                             "grey) or float RGB image.")
                     .arg(QLatin1String(context))
                     .arg(index)};
}

} // namespace fm::nets
