// Which SFE layer to use per frame: pooled vector or the spatial map before pooling.
// On the demo faces (dlib landmarks, 112x112 crops), each face is cropped 6 times with small
// jitter (shift <= 4%, scale +-4%, rotation +-4 deg: what frame-to-frame tracking noise
// looks like). For each SFE and layer it prints
//   jitter ratio = mean within-face distance / mean between-face distance (lower = the
//                  feature is stable under crop jitter relative to how faces differ),
//   1-NN         = share of crops whose nearest other crop is of the same face,
//   bytes/frame  = float16 cache size per frame.
// Distances are cosine distances of the L2-normalised rows.
//   bench_featurelayer [SFE-M-CHECKPOINT]
#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/facefeaturenet.h"
#include "nets/mobilefacenet.h"
#include "nets/sfedistiller.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

using namespace fm;

namespace {

constexpr int kJitters = 6;

/** A crop with small tracking-like jitter (no flip, no colour change). */
cv::Mat jitteredCrop(const LandmarkSample &face, cv::RNG &rng)
{
    LandmarkSample moved = face;
    cv::Point2f c(0, 0);
    for (const cv::Point2f &p : face.points)
        c += p * (1.f / 68.f);
    const double angle = rng.uniform(-4.0, 4.0) * CV_PI / 180.0;
    const double scale = rng.uniform(0.96, 1.04);
    const double extent = cv::norm(face.points[0] - face.points[16]);
    const cv::Point2f shift(float(rng.uniform(-0.04, 0.04) * extent),
                            float(rng.uniform(-0.04, 0.04) * extent));
    for (cv::Point2f &p : moved.points) {
        const cv::Point2f d = p - c;
        p = c + shift
            + cv::Point2f(float(scale * (std::cos(angle) * d.x - std::sin(angle) * d.y)),
                          float(scale * (std::sin(angle) * d.x + std::cos(angle) * d.y)));
    }
    return SfeDistiller::makeCrop(moved, nullptr, nullptr);
}

void measure(const char *name, const SpatialFeatureExtractor &sfe, FeatureLayer layer,
             const std::vector<cv::Mat> &crops, int faces)
{
    const Result<cv::Mat> features = sfe.extract(crops, layer);
    if (!features) {
        std::printf("  %s: %s\n", name, qPrintable(features.error().message));
        return;
    }
    cv::Mat f = features.value().clone();
    for (int r = 0; r < f.rows; ++r)
        f.row(r) /= std::max(1e-12, cv::norm(f.row(r)));
    const cv::Mat sim = f * f.t();
    double within = 0.0, between = 0.0;
    int nWithin = 0, nBetween = 0, correct = 0;
    for (int i = 0; i < f.rows; ++i) {
        int best = -1;
        float bestSim = -2.f;
        for (int j = 0; j < f.rows; ++j) {
            if (i == j)
                continue;
            const double d = 1.0 - sim.at<float>(i, j);
            if (i / kJitters == j / kJitters) {
                within += d;
                ++nWithin;
            } else {
                between += d;
                ++nBetween;
            }
            if (sim.at<float>(i, j) > bestSim) {
                bestSim = sim.at<float>(i, j);
                best = j;
            }
        }
        correct += best / kJitters == i / kJitters ? 1 : 0;
    }
    std::printf("  %-22s %-8s dim %6d  jitter ratio %.3f  1-NN %5.1f%%  bytes/frame %6d\n", name,
                layer == FeatureLayer::Pooled ? "pooled" : "spatial", f.cols,
                (within / nWithin) / (between / nBetween), 100.0 * correct / f.rows, f.cols * 2);
    (void) faces;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto dir = ModelLocator::demoPhotoDir();
    const auto finder = DlibFaceFinder::create();
    if (!dir || !finder) {
        std::printf("demo photos or dlib model missing\n");
        return 1;
    }
    finder.value()->setDetectSide(0);
    const auto faces = SfeDistiller::collectFaces({dir.value()}, *finder.value());
    if (!faces || faces->empty()) {
        std::printf("no faces\n");
        return 1;
    }
    cv::RNG rng(2024);
    std::vector<cv::Mat> crops;
    for (const LandmarkSample &face : faces.value())
        for (int k = 0; k < kJitters; ++k)
            crops.push_back(jitteredCrop(face, rng));
    std::printf("bench_featurelayer: %d demo faces x %d jittered 112x112 crops\n",
                int(faces->size()), kJitters);
    for (const auto kind : {FaceFeatureNet::Kind::Landmark68, FaceFeatureNet::Kind::Expression,
                            FaceFeatureNet::Kind::Landmark68Tiny}) {
        const auto net = FaceFeatureNet::create(kind);
        if (!net)
            continue;
        const QByteArray id = net.value()->id().toUtf8();
        measure(id.constData(), *net.value(), FeatureLayer::Pooled, crops, int(faces->size()));
        measure(id.constData(), *net.value(), FeatureLayer::Spatial, crops, int(faces->size()));
    }
    const MobileFaceNet untrained;
    measure("sfe-m (untrained)", untrained, FeatureLayer::Pooled, crops, int(faces->size()));
    if (argc > 1) {
        const auto trained = MobileFaceNet::load(QString::fromLocal8Bit(argv[1]));
        if (trained) {
            measure("sfe-m (pretrained)", *trained.value(), FeatureLayer::Pooled, crops,
                    int(faces->size()));
            measure("sfe-m (pretrained)", *trained.value(), FeatureLayer::Spatial, crops,
                    int(faces->size()));
        }
    }
    return 0;
}
