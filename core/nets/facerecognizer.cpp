#include "facerecognizer.h"

#include "faceinput.h"
#include "tfjsweights.h"
#include "torchops_p.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

constexpr float kMeanRgb[3] = {122.782f, 117.001f, 104.298f};
constexpr float kDivisor = 255.0f; // vladmandic 1.7.15 (face-api.js 0.22.2 and dlib: 256)
constexpr int kBatchChunk = 16;

/** conv + per-channel affine ("scale" layer = dlib affine / folded batch norm). */
struct ConvLayer
{
    torch::Tensor filters, bias, scaleWeights, scaleBiases;
    int64_t stride = 1;
    int64_t padding = 1;

    torch::Tensor forward(const torch::Tensor &x) const
    {
        const torch::Tensor y = nets::conv(x, filters, &bias, stride, padding);
        return y * scaleWeights.view({1, -1, 1, 1}) + scaleBiases.view({1, -1, 1, 1});
    }
};

struct Residual
{
    bool down = false;
    ConvLayer conv1, conv2;

    torch::Tensor forward(const torch::Tensor &x) const
    {
        torch::Tensor y = conv2.forward(torch::relu(conv1.forward(x)));
        if (!down)
            return torch::relu(y + x);
        torch::Tensor shortcut = torch::avg_pool2d(x, 2, 2);
        const int64_t extra = y.size(1) - shortcut.size(1);
        if (extra > 0) {
            // New channels are zeros appended after the existing ones.
            shortcut = torch::constant_pad_nd(shortcut, {0, 0, 0, 0, 0, extra}, 0.0);
        }
        if (y.size(2) < shortcut.size(2)) {
            // One zero row at the bottom, then one zero column at the right.
            y = torch::constant_pad_nd(y,
                                       {0, shortcut.size(3) - y.size(3), 0,
                                        shortcut.size(2) - y.size(2)},
                                       0.0);
        }
        return torch::relu(shortcut + y);
    }
};

ConvLayer loadConvLayer(const TfjsWeights &w, const std::string &prefix, int64_t k, int64_t in,
                        int64_t out, int64_t stride, int64_t padding)
{
    ConvLayer layer;
    layer.filters = nets::convFilter(w, prefix + "/conv/filters", k, in, out);
    layer.bias = nets::vectorTensor(w, prefix + "/conv/bias", out);
    layer.scaleWeights = nets::vectorTensor(w, prefix + "/scale/weights", out);
    layer.scaleBiases = nets::vectorTensor(w, prefix + "/scale/biases", out);
    layer.stride = stride;
    layer.padding = padding;
    return layer;
}

Residual loadResidual(const TfjsWeights &w, const std::string &prefix, int64_t in, int64_t out,
                      bool down)
{
    Residual block;
    block.down = down;
    // residualDown: conv1 3x3 stride 2 'valid'; everything else 3x3 stride 1 'same' (pad 1).
    block.conv1 = loadConvLayer(w, prefix + "/conv1", 3, in, out, down ? 2 : 1, down ? 0 : 1);
    block.conv2 = loadConvLayer(w, prefix + "/conv2", 3, out, out, 1, 1);
    return block;
}

} // namespace

struct FaceRecognizer::Private
{
    ConvLayer stem;
    std::vector<Residual> blocks;
    torch::Tensor fc;

    torch::Tensor forward(const torch::Tensor &x) const
    {
        torch::Tensor y = torch::relu(stem.forward(x));
        y = torch::max_pool2d(y, 3, 2);
        for (const Residual &block : blocks)
            y = block.forward(y);
        return torch::linear(y.mean({2, 3}), fc);
    }
};

FaceRecognizer::FaceRecognizer() : d(std::make_unique<Private>()) {}
FaceRecognizer::~FaceRecognizer() = default;

Result<std::shared_ptr<FaceRecognizer>> FaceRecognizer::create(const QString &modelDir)
{
    nets::configureTorchThreads();
    const Result<TfjsWeights> weights = TfjsWeights::loadModel(QStringLiteral(
                                                                   "face_recognition_model"),
                                                               modelDir);
    if (!weights)
        return weights.error();
    const TfjsWeights &w = weights.value();
    std::shared_ptr<FaceRecognizer> net(new FaceRecognizer);
    Private &p = *net->d;
    try {
        p.stem = loadConvLayer(w, "conv32_down", 7, 3, 32, 2, 0);
        struct Spec
        {
            const char *name;
            int64_t in, out;
            bool down;
        };
        const Spec specs[] = {
            {"conv32_1", 32, 32, false},      {"conv32_2", 32, 32, false},
            {"conv32_3", 32, 32, false},      {"conv64_down", 32, 64, true},
            {"conv64_1", 64, 64, false},      {"conv64_2", 64, 64, false},
            {"conv64_3", 64, 64, false},      {"conv128_down", 64, 128, true},
            {"conv128_1", 128, 128, false},   {"conv128_2", 128, 128, false},
            {"conv256_down", 128, 256, true}, {"conv256_1", 256, 256, false},
            {"conv256_2", 256, 256, false},   {"conv256_down_out", 256, 256, true},
        };
        for (const Spec &s : specs)
            p.blocks.push_back(loadResidual(w, s.name, s.in, s.out, s.down));
        p.fc = nets::fcWeight(w, "fc", 256, kDescriptorSize);
    } catch (const nets::WeightError &e) {
        return e.error;
    }
    return net;
}

Result<cv::Mat> FaceRecognizer::descriptors(const std::vector<cv::Mat> &bgrCrops) const
{
    std::vector<cv::Mat> rgb;
    rgb.reserve(bgrCrops.size());
    for (size_t i = 0; i < bgrCrops.size(); ++i) {
        if (bgrCrops[i].empty() || bgrCrops[i].depth() != CV_8U)
            return nets::badInputError("FaceRecognizer", int(i));
        rgb.push_back(faceinput::toRgbFloat(bgrCrops[i]));
    }
    return descriptorsRgb(rgb);
}

Result<cv::Mat> FaceRecognizer::descriptorsRgb(const std::vector<cv::Mat> &rgbCrops) const
{
    if (rgbCrops.empty())
        return nets::badInputError("FaceRecognizer", -1);
    std::vector<cv::Mat> inputs;
    for (size_t i = 0; i < rgbCrops.size(); ++i) {
        if (rgbCrops[i].empty() || rgbCrops[i].type() != CV_32FC3)
            return nets::badInputError("FaceRecognizer", int(i));
        inputs.push_back(faceinput::assemble(rgbCrops[i], kInputSize, true));
    }
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (size_t start = 0; start < inputs.size(); start += kBatchChunk) {
        const size_t end = std::min(inputs.size(), start + kBatchChunk);
        const std::vector<cv::Mat> chunk(inputs.begin() + long(start), inputs.begin() + long(end));
        parts.push_back(d->forward(nets::imagesToTensor(chunk, kMeanRgb, kDivisor)));
    }
    return nets::tensorToMat(torch::cat(parts));
}

cv::Rect2f FaceRecognizer::alignedRect(const Landmarks68 &points)
{
    float minX = points[0].x, maxX = points[0].x, minY = points[0].y, maxY = points[0].y;
    for (const cv::Point2f &p : points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // face-api alignMinBbox(0.2): Box.pad(0.2 w, 0.2 h) grows by half of that on each side.
    const float w = maxX - minX;
    const float h = maxY - minY;
    return cv::Rect2f(minX - 0.1f * w, minY - 0.1f * h, 1.2f * w, 1.2f * h);
}

cv::Mat FaceRecognizer::alignedCrop(const cv::Mat &image, const Landmarks68 &points)
{
    const cv::Rect2f r = alignedRect(points);
    const double cx = std::max(0.0, double(r.x));
    const double cy = std::max(0.0, double(r.y));
    const int x0 = int(std::floor(cx));
    const int y0 = int(std::floor(cy));
    const int w = int(std::floor(std::min(double(r.x) + r.width - cx, image.cols - cx)));
    const int h = int(std::floor(std::min(double(r.y) + r.height - cy, image.rows - cy)));
    if (w < 2 || h < 2 || x0 + w > image.cols || y0 + h > image.rows)
        return {};
    return image(cv::Rect(x0, y0, w, h)).clone();
}

float FaceRecognizer::distance(const float *a, const float *b, int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        sum += double(a[i] - b[i]) * double(a[i] - b[i]);
    return float(std::sqrt(sum));
}

} // namespace fm
