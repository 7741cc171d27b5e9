#include "facefeaturenet.h"

#include "faceinput.h"
#include "tfjsweights.h"
#include "torchops_p.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

constexpr float kMeanRgb[3] = {122.782f, 117.001f, 104.298f};
constexpr float kDivisor = 255.0f;
constexpr int kBatchChunk = 16;

/** Depthwise 3x3 + pointwise 1x1 + bias (tf.separableConv2d then add). */
struct SeparableConv
{
    torch::Tensor depthwise, pointwise, bias;

    torch::Tensor forward(const torch::Tensor &x, int64_t stride) const
    {
        // Stride 2 uses TF 'same' padding (0 before, 1 after on even sizes); stride 1 is 1/1.
        const torch::Tensor padded = stride == 2 ? nets::padSame(x, 3, 2) : x;
        const int64_t pad = stride == 2 ? 0 : 1;
        const torch::Tensor dw = nets::conv(padded, depthwise, nullptr, stride, pad, x.size(1));
        return nets::conv(dw, pointwise, &bias);
    }
};

struct DenseBlock
{
    bool first = false;
    torch::Tensor conv0Filters, conv0Bias; // first block: regular conv
    std::vector<SeparableConv> convs;      // [conv0 (non-first)], conv1.. convN

    torch::Tensor forward(const torch::Tensor &x) const
    {
        torch::Tensor out1;
        size_t next = 0;
        if (first) {
            out1 = torch::relu(nets::conv(nets::padSame(x, 3, 2), conv0Filters, &conv0Bias, 2));
        } else {
            out1 = torch::relu(convs[0].forward(x, 2));
            next = 1;
        }
        torch::Tensor sum = out1;
        for (; next < convs.size(); ++next) {
            const torch::Tensor out = convs[next].forward(torch::relu(sum), 1);
            sum = sum + out;
        }
        return torch::relu(sum);
    }
};

SeparableConv loadSeparable(const TfjsWeights &w, const std::string &prefix, int64_t in, int64_t out)
{
    SeparableConv conv;
    conv.depthwise = nets::depthwiseFilter(w, prefix + "/depthwise_filter", 3, in);
    conv.pointwise = nets::convFilter(w, prefix + "/pointwise_filter", 1, in, out);
    conv.bias = nets::vectorTensor(w, prefix + "/bias", out);
    return conv;
}

} // namespace

struct FaceFeatureNet::Private
{
    Kind kind = Kind::Landmark68;
    std::vector<DenseBlock> blocks;
    torch::Tensor fcWeight, fcBias;
    int featureDim = 256;
    int headDim = 136;

    torch::Tensor features(const torch::Tensor &x) const
    {
        torch::Tensor y = x;
        for (const DenseBlock &block : blocks)
            y = block.forward(y);
        return y;
    }
};

FaceFeatureNet::FaceFeatureNet() : d(std::make_unique<Private>()) {}
FaceFeatureNet::~FaceFeatureNet() = default;

QString FaceFeatureNet::modelName(Kind kind)
{
    switch (kind) {
    case Kind::Expression:
        return QStringLiteral("face_expression_model");
    case Kind::Landmark68Tiny:
        return QStringLiteral("face_landmark_68_tiny_model");
    default:
        return QStringLiteral("face_landmark_68_model");
    }
}

QStringList FaceFeatureNet::expressionLabels()
{
    return {QStringLiteral("neutral"),  QStringLiteral("happy"),   QStringLiteral("sad"),
            QStringLiteral("angry"),    QStringLiteral("fearful"), QStringLiteral("disgusted"),
            QStringLiteral("surprised")};
}

Result<std::shared_ptr<FaceFeatureNet>> FaceFeatureNet::create(Kind kind, const QString &modelDir)
{
    nets::configureTorchThreads();
    const Result<TfjsWeights> weights = TfjsWeights::loadModel(modelName(kind), modelDir);
    if (!weights)
        return weights.error();
    const TfjsWeights &w = weights.value();
    std::shared_ptr<FaceFeatureNet> net(new FaceFeatureNet);
    Private &p = *net->d;
    p.kind = kind;
    const bool tiny = kind == Kind::Landmark68Tiny;
    const std::vector<int64_t> channels = tiny ? std::vector<int64_t>{32, 64, 128}
                                               : std::vector<int64_t>{32, 64, 128, 256};
    const int convsPerBlock = tiny ? 3 : 4;
    p.featureDim = int(channels.back());
    p.headDim = kind == Kind::Expression ? 7 : 136;
    try {
        int64_t in = 3;
        for (size_t b = 0; b < channels.size(); ++b) {
            const std::string prefix = "dense" + std::to_string(b);
            const int64_t out = channels[b];
            DenseBlock block;
            block.first = b == 0;
            if (block.first) {
                block.conv0Filters = nets::convFilter(w, prefix + "/conv0/filters", 3, in, out);
                block.conv0Bias = nets::vectorTensor(w, prefix + "/conv0/bias", out);
            } else {
                block.convs.push_back(loadSeparable(w, prefix + "/conv0", in, out));
            }
            for (int c = 1; c < convsPerBlock; ++c)
                block.convs.push_back(
                    loadSeparable(w, prefix + "/conv" + std::to_string(c), out, out));
            p.blocks.push_back(std::move(block));
            in = out;
        }
        p.fcWeight = nets::fcWeight(w, "fc/weights", p.featureDim, p.headDim);
        p.fcBias = nets::vectorTensor(w, "fc/bias", p.headDim);
    } catch (const nets::WeightError &e) {
        return e.error;
    }
    return net;
}

FaceFeatureNet::Kind FaceFeatureNet::kind() const
{
    return d->kind;
}

QString FaceFeatureNet::id() const
{
    switch (d->kind) {
    case Kind::Expression:
        return QStringLiteral("sfe-e");
    case Kind::Landmark68Tiny:
        return QStringLiteral("sfe-l-tiny");
    default:
        return QStringLiteral("sfe-l");
    }
}

int FaceFeatureNet::featureDim(FeatureLayer layer) const
{
    const int side = d->kind == Kind::Landmark68Tiny ? 14 : 7;
    return layer == FeatureLayer::Spatial ? d->featureDim * side * side : d->featureDim;
}

Result<FaceFeatureNet::Output> FaceFeatureNet::run(const std::vector<cv::Mat> &bgrCrops,
                                                   bool withSpatial) const
{
    std::vector<cv::Mat> rgb;
    rgb.reserve(bgrCrops.size());
    for (size_t i = 0; i < bgrCrops.size(); ++i) {
        const cv::Mat &m = bgrCrops[i];
        if (m.empty() || m.depth() != CV_8U)
            return nets::badInputError("FaceFeatureNet", int(i));
        rgb.push_back(faceinput::toRgbFloat(m));
    }
    return runRgb(rgb, withSpatial);
}

Result<FaceFeatureNet::Output> FaceFeatureNet::runRgb(const std::vector<cv::Mat> &rgbCrops,
                                                      bool withSpatial) const
{
    if (rgbCrops.empty())
        return nets::badInputError("FaceFeatureNet", -1);
    std::vector<cv::Mat> inputs;
    inputs.reserve(rgbCrops.size());
    for (size_t i = 0; i < rgbCrops.size(); ++i) {
        if (rgbCrops[i].empty() || rgbCrops[i].type() != CV_32FC3)
            return nets::badInputError("FaceFeatureNet", int(i));
        inputs.push_back(faceinput::assemble(rgbCrops[i], kInputSize, true));
    }
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> pooled, spatial, head;
    for (size_t start = 0; start < inputs.size(); start += kBatchChunk) {
        const size_t end = std::min(inputs.size(), start + kBatchChunk);
        const std::vector<cv::Mat> chunk(inputs.begin() + long(start), inputs.begin() + long(end));
        const torch::Tensor x = nets::imagesToTensor(chunk, kMeanRgb, kDivisor);
        const torch::Tensor map = d->features(x);
        // avgPool 7x7 (14x14 tiny) 'valid' over the whole map = global mean.
        const torch::Tensor feat = map.mean({2, 3});
        torch::Tensor out = torch::linear(feat, d->fcWeight, d->fcBias);
        if (d->kind == Kind::Expression)
            out = torch::softmax(out, 1);
        pooled.push_back(feat);
        head.push_back(out);
        if (withSpatial)
            spatial.push_back(map.reshape({map.size(0), -1}));
    }
    Output output;
    output.pooled = nets::tensorToMat(torch::cat(pooled));
    output.head = nets::tensorToMat(torch::cat(head));
    if (withSpatial)
        output.spatial = nets::tensorToMat(torch::cat(spatial));
    return output;
}

Result<cv::Mat> FaceFeatureNet::extract(const std::vector<cv::Mat> &bgrCrops,
                                        FeatureLayer layer) const
{
    const bool spatial = layer == FeatureLayer::Spatial;
    const Result<Output> out = run(bgrCrops, spatial);
    if (!out)
        return out.error();
    return spatial ? out->spatial : out->pooled;
}

Landmarks68 FaceFeatureNet::decodeLandmarks(const float *raw, cv::Size cropSize, cv::Point2f offset)
{
    const double W = cropSize.width;
    const double H = cropSize.height;
    const double s = double(kInputSize) / std::max(W, H);
    const double w = W * s;
    const double h = H * s;
    const double padX = w < h ? (h - w) / 2.0 : 0.0;
    const double padY = h < w ? (w - h) / 2.0 : 0.0;
    Landmarks68 points{};
    for (size_t i = 0; i < points.size(); ++i) {
        const double xRel = (raw[2 * i] * double(kInputSize) - padX) / w;
        const double yRel = (raw[2 * i + 1] * double(kInputSize) - padY) / h;
        points[i] = cv::Point2f(float(xRel * W + offset.x), float(yRel * H + offset.y));
    }
    return points;
}

Result<Landmarks68> FaceFeatureNet::landmarks(const cv::Mat &bgrImage, const cv::Rect2f &box) const
{
    if (d->kind == Kind::Expression) {
        return Error{QCoreApplication::translate("fm::FaceNets",
                                                 "The expression network gives no landmarks.")};
    }
    if (bgrImage.empty() || bgrImage.depth() != CV_8U)
        return nets::badInputError("FaceFeatureNet::landmarks", 0);
    // face-api Box.clipAtImageBorders (x, y, width, height each floored), then slice.
    const double cx = std::max(0.0, double(box.x));
    const double cy = std::max(0.0, double(box.y));
    const double cw = std::min(double(box.x) + box.width - cx, bgrImage.cols - cx);
    const double ch = std::min(double(box.y) + box.height - cy, bgrImage.rows - cy);
    const int x0 = int(std::floor(cx));
    const int y0 = int(std::floor(cy));
    const int x1 = std::min(bgrImage.cols, x0 + int(std::floor(cw)));
    const int y1 = std::min(bgrImage.rows, y0 + int(std::floor(ch)));
    if (x1 - x0 < 2 || y1 - y0 < 2) {
        return Error{
            QCoreApplication::translate("fm::FaceNets", "The face box lies outside the image.")};
    }
    const cv::Rect rect(x0, y0, x1 - x0, y1 - y0);
    const Result<Output> out = run({bgrImage(rect)});
    if (!out)
        return out.error();
    return decodeLandmarks(out->head.ptr<float>(0), rect.size(), cv::Point2f(float(x0), float(y0)));
}

} // namespace fm
