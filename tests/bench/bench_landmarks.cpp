// Landmark agreement between dlib (reference: HOG detector at full resolution + shape
// predictor) and face-api's landmark nets on the real demo photos, as mean point error over
// the inter-ocular distance (outer eye corners 36-45), plus SFE-M when a checkpoint is given:
//   bench_landmarks [SFE-M-CHECKPOINT]
#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/facefeaturenet.h"
#include "nets/mobilefacenet.h"
#include "nets/sfedistiller.h"
#include "nets/tinyfacedetector.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>

using namespace fm;

namespace {

struct Stats
{
    std::vector<double> errors;
    void add(double e) { errors.push_back(e); }
    QString text() const
    {
        if (errors.empty())
            return QStringLiteral("n/a");
        std::vector<double> s = errors;
        std::sort(s.begin(), s.end());
        double mean = 0.0;
        for (double e : s)
            mean += e / double(s.size());
        return QStringLiteral("mean %1  median %2  max %3  (%4 faces)")
            .arg(mean, 0, 'f', 4)
            .arg(s[s.size() / 2], 0, 'f', 4)
            .arg(s.back(), 0, 'f', 4)
            .arg(s.size());
    }
};

cv::Point2f centre(const cv::Rect2f &r)
{
    return {r.x + r.width / 2, r.y + r.height / 2};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto dir = ModelLocator::demoPhotoDir();
    const auto finder = DlibFaceFinder::create();
    const auto tiny = TinyFaceDetector::create();
    const auto lm68 = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68);
    const auto lmTiny = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68Tiny);
    if (!dir || !finder || !tiny || !lm68 || !lmTiny) {
        std::printf("models or demo photos missing\n");
        return 1;
    }
    std::shared_ptr<MobileFaceNet> sfeM;
    if (argc > 1) {
        const auto loaded = MobileFaceNet::load(QString::fromLocal8Bit(argv[1]));
        if (!loaded) {
            std::printf("%s\n", qPrintable(loaded.error().message));
            return 1;
        }
        sfeM = loaded.value();
    }
    finder.value()->setDetectSide(0);
    tiny.value()->setInputSize(608);
    Stats onDlibBox68, onDlibBoxTiny, pipeline68, pipelineTiny, dlibOnTinyBox, mobile;
    const auto expression = FaceFeatureNet::create(FaceFeatureNet::Kind::Expression);
    std::vector<int> expressionCounts(7, 0);
    int dlibFaces = 0, matched = 0;
    for (const QString &name :
         QDir(dir.value()).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        const cv::Mat photo = cv::imread(QDir(dir.value()).filePath(name).toStdString());
        const std::vector<FaceShape> faces = finder.value()->findFaces(photo);
        const std::vector<FaceDetection> detections = tiny.value()->detect(photo);
        dlibFaces += int(faces.size());
        for (size_t i = 0; i < faces.size(); ++i) {
            const FaceShape &ref = faces[i];
            const double interOcular = cv::norm(ref.points[36] - ref.points[45]);
            // face-api landmark nets on dlib's box.
            const auto a = lm68.value()->landmarks(photo, ref.box);
            const auto b = lmTiny.value()->landmarks(photo, ref.box);
            if (a)
                onDlibBox68.add(SfeDistiller::normalisedError(a.value(), ref.points));
            if (b)
                onDlibBoxTiny.add(SfeDistiller::normalisedError(b.value(), ref.points));
            // The face-api pipeline: its own detector's box (nearest centre, within the face).
            const FaceDetection *best = nullptr;
            double bestDistance = interOcular;
            for (const FaceDetection &d : detections) {
                const double dist = cv::norm(centre(d.box) - centre(ref.box));
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = &d;
                }
            }
            if (best) {
                ++matched;
                const auto c = lm68.value()->landmarks(photo, best->box);
                const auto e = lmTiny.value()->landmarks(photo, best->box);
                if (c)
                    pipeline68.add(SfeDistiller::normalisedError(c.value(), ref.points));
                // SFE-E sanity check: the most likely expression of the detected face.
                if (expression) {
                    const cv::Rect roi = cv::Rect(best->box)
                                         & cv::Rect(0, 0, photo.cols, photo.rows);
                    const auto probs = expression.value()->run({photo(roi)});
                    if (probs) {
                        cv::Point top;
                        cv::minMaxLoc(probs->head, nullptr, nullptr, nullptr, &top);
                        ++expressionCounts[size_t(top.x)];
                    }
                }
                if (e)
                    pipelineTiny.add(SfeDistiller::normalisedError(e.value(), ref.points));
                // dlib's shape predictor fed with the tiny detector's box instead of its own.
                dlibOnTinyBox.add(
                    SfeDistiller::normalisedError(finder.value()->landmarks(photo, best->box),
                                                  ref.points));
            }
            if (sfeM) {
                Landmarks68 cropPoints;
                const LandmarkSample sample{photo, ref.points, name};
                const cv::Mat crop = SfeDistiller::makeCrop(sample, nullptr, &cropPoints);
                const auto p = sfeM->predict({crop});
                if (p) {
                    mobile.add(
                        SfeDistiller::normalisedError(MobileFaceNet::toPoints(p->ptr<float>(0),
                                                                              112.f, {0.f, 0.f}),
                                                      cropPoints));
                }
            }
        }
    }
    std::printf("bench_landmarks: agreement with dlib on %d dlib faces of the demo photos "
                "(error / inter-ocular distance)\n",
                dlibFaces);
    std::printf("  face-api landmark-68,      dlib box:          %s\n",
                qPrintable(onDlibBox68.text()));
    std::printf("  face-api landmark-68-tiny, dlib box:          %s\n",
                qPrintable(onDlibBoxTiny.text()));
    std::printf("  face-api landmark-68,      tiny-detector box: %s\n",
                qPrintable(pipeline68.text()));
    std::printf("  face-api landmark-68-tiny, tiny-detector box: %s\n",
                qPrintable(pipelineTiny.text()));
    std::printf("  dlib shape predictor,      tiny-detector box: %s\n",
                qPrintable(dlibOnTinyBox.text()));
    std::printf("  (tiny detector at 608 matched %d of %d dlib faces)\n", matched, dlibFaces);
    std::printf("  SFE-E most likely expression on the tiny-detector faces:");
    for (int i = 0; i < 7; ++i) {
        std::printf(" %s %d", qPrintable(FaceFeatureNet::expressionLabels().at(i)),
                    expressionCounts[size_t(i)]);
    }
    std::printf("\n");
    if (sfeM)
        std::printf("  SFE-M (all faces, incl. its training faces):  %s\n",
                    qPrintable(mobile.text()));
    return 0;
}
