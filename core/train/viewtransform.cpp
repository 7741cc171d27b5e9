#include "viewtransform.h"

#include "clipaugment.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace fm {

namespace {

/** A uniform double in [lo, hi) from the top 53 bits of one draw (platform independent). */
double uniform(std::mt19937_64 &rng, double lo, double hi)
{
    return lo + (hi - lo) * double(rng() >> 11) * (1.0 / 9007199254740992.0);
}

cv::Mat saturate8(const cv::Mat &image)
{
    cv::Mat out;
    image.convertTo(out, CV_8U);
    return out;
}

} // namespace

ViewTransform ViewTransform::random(std::uint64_t seed)
{
    // SimCLR's colour jitter (strength 0.5: brightness, contrast, saturation 0.4, hue 0.1) with
    // probability 0.8, greyscale 0.2, Gaussian blur 0.5 with sigma 0.1..2.0.
    std::mt19937_64 rng(seed);
    ViewTransform t;
    if (uniform(rng, 0, 1) < 0.8) {
        t.brightness = uniform(rng, -0.4, 0.4);
        t.contrast = uniform(rng, 0.6, 1.4);
        t.saturation = uniform(rng, 0.6, 1.4);
        t.hue = uniform(rng, -0.1, 0.1);
    }
    t.grey = uniform(rng, 0, 1) < 0.2;
    if (uniform(rng, 0, 1) < 0.5)
        t.blurSigma = uniform(rng, 0.1, 2.0);
    if (t.contrast == 1.0 && !t.grey && t.blurSigma == 0) {
        // Drew nothing (8 %): a twin identical to its clip teaches nothing, so jitter colours.
        t.brightness = uniform(rng, -0.4, 0.4);
        t.contrast = uniform(rng, 0.6, 1.4);
        t.saturation = uniform(rng, 0.6, 1.4);
        t.hue = uniform(rng, -0.1, 0.1);
    }
    return t;
}

ViewTransform ViewTransform::forClip(const QString &clipHash, int view)
{
    const QByteArray digest = QCryptographicHash::hash(clipHash.toUtf8(),
                                                       QCryptographicHash::Sha256);
    return random(
        mixSeed(qFromLittleEndian<quint64>(digest.constData()), std::uint64_t(view), 0x55));
}

cv::Mat ViewTransform::apply(const cv::Mat &bgr) const
{
    cv::Mat colour = bgr;
    if (bgr.channels() == 1)
        cv::cvtColor(bgr, colour, cv::COLOR_GRAY2BGR);
    else if (bgr.channels() == 4)
        cv::cvtColor(bgr, colour, cv::COLOR_BGRA2BGR);
    cv::Mat f;
    colour.convertTo(f, CV_32FC3, 1.0 / 255.0);
    f += cv::Scalar::all(brightness);
    const cv::Scalar mean = cv::mean(f);
    const double meanGrey = (mean[0] + mean[1] + mean[2]) / 3.0;
    f = (f - cv::Scalar::all(meanGrey)) * contrast + cv::Scalar::all(meanGrey);
    // Scalar::all: a plain double would be Scalar(v, 0, 0, 0) and clip green and red to 0.
    cv::Mat clipped;
    cv::max(f, cv::Scalar::all(0.0), clipped);
    cv::min(clipped, cv::Scalar::all(1.0), clipped);

    cv::Mat hsv;
    cv::cvtColor(clipped, hsv, cv::COLOR_BGR2HSV); // float: H in degrees, S and V in 0..1
    std::vector<cv::Mat> channels;
    cv::split(hsv, channels);
    const float shift = float(hue * 360.0) + 360.0f; // hue wraps around the circle
    for (int r = 0; r < channels[0].rows; ++r) {
        float *h = channels[0].ptr<float>(r);
        for (int c = 0; c < channels[0].cols; ++c)
            h[c] = std::fmod(h[c] + shift, 360.0f);
    }
    channels[1] = cv::min(channels[1] * saturation, 1.0);
    cv::merge(channels, hsv);
    cv::cvtColor(hsv, clipped, cv::COLOR_HSV2BGR);

    if (grey) {
        cv::Mat luma;
        cv::cvtColor(clipped, luma, cv::COLOR_BGR2GRAY);
        cv::cvtColor(luma, clipped, cv::COLOR_GRAY2BGR);
    }
    if (blurSigma > 0) {
        // Kernel of about a tenth of the image side (SimCLR), odd.
        const int k = std::max(3, (bgr.cols / 10) | 1);
        cv::GaussianBlur(clipped, clipped, cv::Size(k, k), blurSigma, blurSigma,
                         cv::BORDER_REFLECT_101);
    }
    return saturate8(clipped * 255.0);
}

QString viewCropSettings(const QString &cropSettings, int view)
{
    return cropSettings + QStringLiteral(";ss1-view%1").arg(view);
}

} // namespace fm
