#include "tinyfacedetector.h"

#include "faceinput.h"
#include "tfjsweights.h"
#include "torchops_p.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fm {

namespace {

constexpr float kMeanRgb[3] = {117.001f, 114.697f, 97.404f};
constexpr float kDivisor = 255.0f; // @vladmandic/face-api 1.7.15 (face-api.js 0.22.2: 256)
constexpr int kAnchors = 5;
constexpr double kAnchorSizes[kAnchors][2] = {{1.603231, 2.094468},
                                              {6.041143, 7.080126},
                                              {2.882459, 3.518061},
                                              {4.266906, 5.178857},
                                              {9.041765, 10.66308}};

torch::Tensor leaky(const torch::Tensor &x)
{
    return torch::leaky_relu(x, 0.1);
}

/** TF max-pool 'same': the padded cells never win (padding value -inf). */
torch::Tensor maxPoolSame(const torch::Tensor &x, int64_t stride)
{
    return torch::max_pool2d(nets::padSame(x, 2, stride, -std::numeric_limits<double>::infinity()),
                             2, stride);
}

double sigmoid(double v)
{
    return 1.0 / (1.0 + std::exp(-v));
}

} // namespace

struct TinyFaceDetector::Private
{
    torch::Tensor conv0Filters, conv0Bias;
    struct Separable
    {
        torch::Tensor depthwise, pointwise, bias;
    };
    std::vector<Separable> convs; // conv1..conv5
    torch::Tensor conv8Filters, conv8Bias;

    torch::Tensor forward(const torch::Tensor &x) const
    {
        torch::Tensor y = leaky(nets::conv(x, conv0Filters, &conv0Bias));
        y = maxPoolSame(y, 2);
        for (size_t i = 0; i < convs.size(); ++i) {
            const Separable &c = convs[i];
            const torch::Tensor dw = nets::conv(y, c.depthwise, nullptr, 1, 1, y.size(1));
            y = leaky(nets::conv(dw, c.pointwise, &c.bias));
            y = maxPoolSame(y, i + 1 < convs.size() ? 2 : 1);
        }
        return nets::conv(y, conv8Filters, &conv8Bias);
    }
};

TinyFaceDetector::TinyFaceDetector() : d(std::make_unique<Private>()) {}
TinyFaceDetector::~TinyFaceDetector() = default;

Result<std::shared_ptr<TinyFaceDetector>> TinyFaceDetector::create(const QString &modelDir)
{
    nets::configureTorchThreads();
    const Result<TfjsWeights> weights = TfjsWeights::loadModel(QStringLiteral(
                                                                   "tiny_face_detector_model"),
                                                               modelDir);
    if (!weights)
        return weights.error();
    const TfjsWeights &w = weights.value();
    std::shared_ptr<TinyFaceDetector> detector(new TinyFaceDetector);
    Private &p = *detector->d;
    try {
        p.conv0Filters = nets::convFilter(w, "conv0/filters", 3, 3, 16);
        p.conv0Bias = nets::vectorTensor(w, "conv0/bias", 16);
        const int64_t channels[] = {16, 32, 64, 128, 256, 512};
        for (int i = 1; i <= 5; ++i) {
            const std::string prefix = "conv" + std::to_string(i);
            const int64_t in = channels[i - 1];
            const int64_t out = channels[i];
            p.convs.push_back({nets::depthwiseFilter(w, prefix + "/depthwise_filter", 3, in),
                               nets::convFilter(w, prefix + "/pointwise_filter", 1, in, out),
                               nets::vectorTensor(w, prefix + "/bias", out)});
        }
        p.conv8Filters = nets::convFilter(w, "conv8/filters", 1, 512, kAnchors * 5);
        p.conv8Bias = nets::vectorTensor(w, "conv8/bias", kAnchors * 5);
    } catch (const nets::WeightError &e) {
        return e.error;
    }
    return detector;
}

void TinyFaceDetector::setInputSize(int size)
{
    m_inputSize = std::max(32, (size + 16) / 32 * 32);
}

Result<cv::Mat> TinyFaceDetector::rawOutputRgb(const cv::Mat &rgbImage) const
{
    if (rgbImage.empty() || rgbImage.type() != CV_32FC3)
        return nets::badInputError("TinyFaceDetector", 0);
    const cv::Mat input = faceinput::assemble(rgbImage, m_inputSize, false);
    torch::NoGradGuard noGrad;
    const torch::Tensor x = nets::imagesToTensor({input}, kMeanRgb, kDivisor);
    const torch::Tensor out = d->forward(x); // 1 x 25 x G x G
    const torch::Tensor nhwc = out[0].permute({1, 2, 0}).reshape({-1, kAnchors * 5});
    return nets::tensorToMat(nhwc);
}

std::vector<FaceDetection> TinyFaceDetector::detect(const cv::Mat &bgrImage) const
{
    if (bgrImage.empty() || bgrImage.depth() != CV_8U)
        return {};
    return detectRgb(faceinput::toRgbFloat(bgrImage));
}

std::vector<FaceDetection> TinyFaceDetector::detectRgb(const cv::Mat &rgbImage) const
{
    const Result<cv::Mat> raw = rawOutputRgb(rgbImage);
    if (!raw)
        return {};
    const int grid = m_inputSize / 32;
    const double W = rgbImage.cols;
    const double H = rgbImage.rows;
    const double longSide = std::max(W, H);
    // Correction for the bottom/right padding: boxes are relative to the unpadded image.
    const double rw = std::round(W * m_inputSize / longSide);
    const double rh = std::round(H * m_inputSize / longSide);
    const double corrX = std::max(rw, rh) / rw;
    const double corrY = std::max(rw, rh) / rh;
    std::vector<FaceDetection> found;
    for (int row = 0; row < grid; ++row) {
        for (int col = 0; col < grid; ++col) {
            const float *cell = raw->ptr<float>(row * grid + col);
            for (int a = 0; a < kAnchors; ++a) {
                const float *v = cell + a * 5;
                const double score = sigmoid(v[4]);
                if (score <= m_scoreThreshold)
                    continue;
                const double ctX = (col + sigmoid(v[0])) / grid * corrX;
                const double ctY = (row + sigmoid(v[1])) / grid * corrY;
                const double bw = std::exp(v[2]) * kAnchorSizes[a][0] / grid * corrX;
                const double bh = std::exp(v[3]) * kAnchorSizes[a][1] / grid * corrY;
                const cv::Rect2f box(float((ctX - bw / 2) * W), float((ctY - bh / 2) * H),
                                     float(bw * W), float(bh * H));
                found.push_back({box, float(score)});
            }
        }
    }
    return nonMaxSuppression(std::move(found), m_iouThreshold);
}

std::vector<FaceDetection> TinyFaceDetector::nonMaxSuppression(std::vector<FaceDetection> detections,
                                                               float iou)
{
    std::stable_sort(detections.begin(), detections.end(),
                     [](const FaceDetection &a, const FaceDetection &b) {
                         return a.score > b.score;
                     });
    std::vector<FaceDetection> kept;
    for (const FaceDetection &candidate : detections) {
        bool overlaps = false;
        for (const FaceDetection &k : kept) {
            const float inter = (candidate.box & k.box).area();
            const float uni = candidate.box.area() + k.box.area() - inter;
            if (uni > 0.f && inter / uni > iou) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps)
            kept.push_back(candidate);
    }
    return kept;
}

} // namespace fm
