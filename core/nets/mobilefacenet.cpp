#include "mobilefacenet.h"

#include "mobilefacenet_p.h"

#include "common/contenthash.h"
#include "torchops_p.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <cstring>

namespace fm {

namespace {

namespace nn = torch::nn;

nn::Conv2dOptions convOptions(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t pad,
                              int64_t groups)
{
    return nn::Conv2dOptions(in, out, k).stride(stride).padding(pad).groups(groups).bias(false);
}

/** Conv2d (no bias) + BatchNorm2d + per-channel PReLU ("Conv_block"). */
struct ConvBlockImpl : nn::Module
{
    ConvBlockImpl(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t pad, int64_t groups,
                  bool prelu = true)
        : conv(register_module("conv", nn::Conv2d(convOptions(in, out, k, stride, pad, groups)))),
          bn(register_module("bn", nn::BatchNorm2d(out)))
    {
        if (prelu)
            act = register_module("prelu", nn::PReLU(nn::PReLUOptions().num_parameters(out)));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        torch::Tensor y = bn->forward(conv->forward(x));
        return act ? act->forward(y) : y;
    }

    nn::Conv2d conv;
    nn::BatchNorm2d bn;
    nn::PReLU act{nullptr};
};
TORCH_MODULE(ConvBlock);

/** 1x1 expand -> depthwise 3x3 -> 1x1 linear projection, optional shortcut ("Depth_Wise"). */
struct DepthWiseImpl : nn::Module
{
    DepthWiseImpl(int64_t in, int64_t out, int64_t groups, int64_t stride, bool residual)
        : conv(register_module("conv", ConvBlock(in, groups, 1, 1, 0, 1))),
          conv_dw(register_module("conv_dw", ConvBlock(groups, groups, 3, stride, 1, groups))),
          project(register_module("project", ConvBlock(groups, out, 1, 1, 0, 1, false))),
          m_residual(residual)
    {}

    torch::Tensor forward(const torch::Tensor &x)
    {
        const torch::Tensor y = project->forward(conv_dw->forward(conv->forward(x)));
        return m_residual ? x + y : y;
    }

    ConvBlock conv, conv_dw, project;
    bool m_residual;
};
TORCH_MODULE(DepthWise);

/** `blocks` residual Depth_Wise blocks in a Sequential named "model". */
nn::Sequential residualStage(int64_t channels, int blocks, int64_t groups)
{
    nn::Sequential seq;
    for (int i = 0; i < blocks; ++i)
        seq->push_back(DepthWise(channels, channels, groups, 1, true));
    return seq;
}

struct ResidualImpl : nn::Module
{
    ResidualImpl(int64_t channels, int blocks, int64_t groups)
        : model(register_module("model", residualStage(channels, blocks, groups)))
    {}
    torch::Tensor forward(const torch::Tensor &x) { return model->forward(x); }
    nn::Sequential model;
};
TORCH_MODULE(Residual);

struct OutputLayerImpl : nn::Module
{
    OutputLayerImpl()
        : conv_6_dw(register_module("conv_6_dw", ConvBlock(512, 512, 7, 1, 0, 512, false))),
          linear(register_module("linear", nn::Linear(nn::LinearOptions(512, 136).bias(false)))),
          bn(register_module("bn", nn::BatchNorm1d(136)))
    {}
    ConvBlock conv_6_dw;
    nn::Linear linear;
    nn::BatchNorm1d bn;
};
TORCH_MODULE(OutputLayer);

} // namespace

/** The whole network; module names follow the cunjian state_dict keys (spec §7). */
struct MobileFaceNetModuleImpl : nn::Module
{
    MobileFaceNetModuleImpl()
        : conv1(register_module("conv1", ConvBlock(3, 64, 3, 2, 1, 1))),
          conv2_dw(register_module("conv2_dw", ConvBlock(64, 64, 3, 1, 1, 64))),
          conv_23(register_module("conv_23", DepthWise(64, 64, 128, 2, false))),
          conv_3(register_module("conv_3", Residual(64, 4, 128))),
          conv_34(register_module("conv_34", DepthWise(64, 128, 256, 2, false))),
          conv_4(register_module("conv_4", Residual(128, 6, 256))),
          conv_45(register_module("conv_45", DepthWise(128, 128, 512, 2, false))),
          conv_5(register_module("conv_5", Residual(128, 2, 256))),
          conv_6_sep(register_module("conv_6_sep", ConvBlock(128, 512, 1, 1, 0, 1))),
          output_layer(register_module("output_layer", OutputLayer()))
    {}

    /** conv_6_sep output: N x 512 x 7 x 7 ("conv_features"). */
    torch::Tensor spatial(const torch::Tensor &x)
    {
        torch::Tensor y = conv2_dw->forward(conv1->forward(x));
        y = conv_3->forward(conv_23->forward(y));
        y = conv_4->forward(conv_34->forward(y));
        y = conv_5->forward(conv_45->forward(y));
        return conv_6_sep->forward(y);
    }
    /** GDConv output: N x 512. */
    torch::Tensor pooled(const torch::Tensor &map)
    {
        return output_layer->conv_6_dw->forward(map).flatten(1);
    }
    torch::Tensor head(const torch::Tensor &pooledFeatures)
    {
        return output_layer->bn->forward(output_layer->linear->forward(pooledFeatures));
    }
    torch::Tensor forward(const torch::Tensor &x) { return head(pooled(spatial(x))); }

    ConvBlock conv1, conv2_dw;
    DepthWise conv_23;
    Residual conv_3;
    DepthWise conv_34;
    Residual conv_4;
    DepthWise conv_45;
    Residual conv_5;
    ConvBlock conv_6_sep;
    OutputLayer output_layer;
};
TORCH_MODULE(MobileFaceNetModule);

struct MobileFaceNet::Private
{
    MobileFaceNetModule module;
};

MobileFaceNet::MobileFaceNet() : d(std::make_unique<Private>())
{
    nets::configureTorchThreads();
    d->module->eval();
}

MobileFaceNet::~MobileFaceNet() = default;

Result<std::shared_ptr<MobileFaceNet>> MobileFaceNet::load(const QString &checkpointPath)
{
    if (!QFile::exists(checkpointPath)) {
        return Error{QCoreApplication::translate("fm::MobileFaceNet",
                                                 "The SFE-M checkpoint \"%1\" does not exist.")
                         .arg(checkpointPath)};
    }
    auto net = std::make_shared<MobileFaceNet>();
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(checkpointPath).toStdString());
        torch::serialize::InputArchive model;
        archive.read("model", model);
        net->d->module->load(model);
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("fm::MobileFaceNet",
                                                 "The SFE-M checkpoint \"%1\" could not be read.")
                         .arg(checkpointPath),
                     QString::fromLocal8Bit(e.what()).left(400)};
    }
    net->d->module->eval();
    // Different weights are a different SFE: the id carries the checkpoint's content hash.
    const Result<QString> hash = contentHash(checkpointPath);
    if (hash)
        net->m_id = QStringLiteral("sfe-m@") + hash.value().left(12);
    return net;
}

int64_t MobileFaceNet::parameterCount() const
{
    int64_t n = 0;
    for (const torch::Tensor &p : d->module->parameters())
        n += p.numel();
    return n;
}

int MobileFaceNet::featureDim(FeatureLayer layer) const
{
    return layer == FeatureLayer::Spatial ? 512 * 7 * 7 : 512;
}

namespace {

bool validCrops(const std::vector<cv::Mat> &crops, int *bad)
{
    for (size_t i = 0; i < crops.size(); ++i) {
        if (crops[i].empty() || crops[i].depth() != CV_8U) {
            *bad = int(i);
            return false;
        }
    }
    *bad = crops.empty() ? -1 : 0;
    return !crops.empty();
}

} // namespace

Result<cv::Mat> MobileFaceNet::extract(const std::vector<cv::Mat> &bgrCrops,
                                       FeatureLayer layer) const
{
    int bad = 0;
    if (!validCrops(bgrCrops, &bad))
        return nets::badInputError("MobileFaceNet", bad);
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (size_t start = 0; start < bgrCrops.size(); start += 16) {
        const size_t end = std::min(bgrCrops.size(), start + 16);
        const torch::Tensor x = nets::MobileFaceNetAccess::toInput(
            {bgrCrops.begin() + long(start), bgrCrops.begin() + long(end)});
        const torch::Tensor map = d->module->spatial(x);
        parts.push_back(layer == FeatureLayer::Spatial ? map.reshape({map.size(0), -1})
                                                       : d->module->pooled(map));
    }
    return nets::tensorToMat(torch::cat(parts));
}

Result<cv::Mat> MobileFaceNet::predict(const std::vector<cv::Mat> &bgrCrops) const
{
    int bad = 0;
    if (!validCrops(bgrCrops, &bad))
        return nets::badInputError("MobileFaceNet", bad);
    torch::NoGradGuard noGrad;
    return nets::tensorToMat(d->module->forward(nets::MobileFaceNetAccess::toInput(bgrCrops)));
}

Landmarks68 MobileFaceNet::toPoints(const float *normalised, float cropSide, cv::Point2f offset)
{
    Landmarks68 points{};
    for (size_t i = 0; i < points.size(); ++i)
        points[i] = cv::Point2f(normalised[2 * i] * cropSide + offset.x,
                                normalised[2 * i + 1] * cropSide + offset.y);
    return points;
}

namespace nets {

torch::nn::Module &MobileFaceNetAccess::module(MobileFaceNet &net)
{
    return *net.d->module;
}

at::Tensor MobileFaceNetAccess::forward(MobileFaceNet &net, const at::Tensor &input)
{
    return net.d->module->forward(input);
}

at::Tensor MobileFaceNetAccess::toInput(const std::vector<cv::Mat> &bgrCrops)
{
    const int64_t n = int64_t(bgrCrops.size());
    const int64_t s = MobileFaceNet::kInputSize;
    torch::Tensor nhwc = torch::empty({n, s, s, 3}, torch::kFloat32);
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat crop = bgrCrops[size_t(i)];
        if (crop.channels() == 1)
            cv::cvtColor(crop, crop, cv::COLOR_GRAY2BGR);
        else if (crop.channels() == 4)
            cv::cvtColor(crop, crop, cv::COLOR_BGRA2BGR);
        if (crop.rows != s || crop.cols != s)
            cv::resize(crop, crop, cv::Size(int(s), int(s)), 0, 0, cv::INTER_LINEAR);
        cv::Mat f;
        crop.convertTo(f, CV_32FC3, 1.0 / 255.0);
        if (!f.isContinuous())
            f = f.clone();
        std::memcpy(nhwc[i].data_ptr<float>(), f.ptr<float>(), size_t(s * s * 3) * sizeof(float));
    }
    return nhwc.permute({0, 3, 1, 2}).contiguous(at::MemoryFormat::ChannelsLast);
}

} // namespace nets

} // namespace fm
