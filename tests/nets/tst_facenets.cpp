// The face-api networks ported to LibTorch against the reference library's own outputs
// (tests/nets/data/reference-outputs.json, from shared/spec), plus decoding and bad input.
#include "netstesthelpers.h"

#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/faceapifacefinder.h"
#include "nets/facefeaturenet.h"
#include "nets/faceinput.h"
#include "nets/facerecognizer.h"
#include "nets/tinyfacedetector.h"

#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace fm;
using fm::testing::maxAbsDiff;
using fm::testing::referenceVector;
using fm::testing::syntheticInput;

class TestFaceNets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void featureExtractor_data();
    void featureExtractor();
    void landmarkPositionsOnNonSquareCrop();
    void tinyDetectorRawOutput();
    void tinyDetectorFindsDemoFaces();
    void nonMaxSuppression();
    void faceApiFinderAgreesWithDlib();
    void descriptor();
    void legacyResize();
    void badInputs();

private:
    QJsonObject m_ref;
};

void TestFaceNets::initTestCase()
{
    m_ref = testing::referenceOutputs();
    QVERIFY2(!m_ref.isEmpty(), "tests/nets/data/reference-outputs.json is missing");
    QVERIFY2(ModelLocator::findModel(QStringLiteral("face_landmark_68_model.bin")).ok(),
             "face-api models are not installed (./fm setup)");
}

void TestFaceNets::featureExtractor_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("featureKey");
    QTest::addColumn<QString>("headKey");
    QTest::newRow("landmark68") << int(FaceFeatureNet::Kind::Landmark68)
                                << "synth112_landmark68_feature_256"
                                << "synth112_landmark68_fc_136";
    QTest::newRow("landmark68tiny") << int(FaceFeatureNet::Kind::Landmark68Tiny) << QString()
                                    << "synth112_landmark68tiny_fc_136";
    QTest::newRow("expression") << int(FaceFeatureNet::Kind::Expression) << QString()
                                << "synth112_expression_softmax_7";
}

void TestFaceNets::featureExtractor()
{
    QFETCH(int, kind);
    QFETCH(QString, featureKey);
    QFETCH(QString, headKey);
    const auto net = FaceFeatureNet::create(FaceFeatureNet::Kind(kind));
    QVERIFY2(net.ok(), qPrintable(net.ok() ? QString() : net.error().message));
    const cv::Mat input = syntheticInput(112, 112);
    // A batch of three identical crops must give three identical rows.
    const auto out = net.value()->runRgb({input, input, input}, true);
    QVERIFY(out.ok());
    QCOMPARE(out->head.rows, 3);
    const std::vector<float> head = referenceVector(m_ref, headKey);
    QCOMPARE(out->head.cols, int(head.size()));
    for (int row = 0; row < 3; ++row) {
        const double diff = maxAbsDiff(out->head.ptr<float>(row), head);
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("head max abs diff %1").arg(diff)));
    }
    qInfo("%s head max abs diff %.3g", qPrintable(headKey),
          maxAbsDiff(out->head.ptr<float>(0), head));
    if (!featureKey.isEmpty()) {
        const std::vector<float> feature = referenceVector(m_ref, featureKey);
        QCOMPARE(out->pooled.cols, int(feature.size()));
        const double diff = maxAbsDiff(out->pooled.ptr<float>(0), feature);
        qInfo("%s max abs diff %.3g", qPrintable(featureKey), diff);
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("feature max abs diff %1").arg(diff)));
    }
    QCOMPARE(out->spatial.cols, net.value()->featureDim(FeatureLayer::Spatial));
}

void TestFaceNets::landmarkPositionsOnNonSquareCrop()
{
    const auto net = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68);
    QVERIFY(net.ok());
    const cv::Mat crop = syntheticInput(80, 100);
    const auto out = net.value()->runRgb({crop});
    QVERIFY(out.ok());
    const Landmarks68 points = FaceFeatureNet::decodeLandmarks(out->head.ptr<float>(0), crop.size(),
                                                               {0.f, 0.f});
    const QJsonArray ref = m_ref.value(QStringLiteral("synthH80W100_landmark68_positions_px"))
                               .toArray();
    QCOMPARE(ref.size(), 68);
    double worst = 0.0;
    for (int i = 0; i < 68; ++i) {
        const QJsonArray p = ref.at(i).toArray();
        worst = std::max(worst, std::abs(points[size_t(i)].x - p.at(0).toDouble()));
        worst = std::max(worst, std::abs(points[size_t(i)].y - p.at(1).toDouble()));
    }
    qInfo("H80W100 landmark positions max abs diff %.3g px", worst);
    QVERIFY2(worst <= 1e-4, qPrintable(QStringLiteral("positions diff %1 px").arg(worst)));
}

void TestFaceNets::tinyDetectorRawOutput()
{
    const auto detector = TinyFaceDetector::create();
    QVERIFY2(detector.ok(), qPrintable(detector.ok() ? QString() : detector.error().message));
    const auto raw = detector.value()->rawOutputRgb(syntheticInput(416, 416));
    QVERIFY(raw.ok());
    QCOMPARE(raw->rows, 13 * 13);
    QCOMPARE(raw->cols, 25);
    const std::vector<float> ref = referenceVector(m_ref, QStringLiteral("synth416_tiny_NHWC"));
    QCOMPARE(int(ref.size()), 13 * 13 * 25);
    const double diff = maxAbsDiff(raw->ptr<float>(0), ref);
    int worstIndex = 0;
    double relative = 0.0;
    for (int i = 0; i < int(ref.size()); ++i) {
        const double e = std::abs(raw->ptr<float>(0)[i] - ref[size_t(i)]);
        relative = std::max(relative, e / std::max(1.0, std::abs(double(ref[size_t(i)]))));
        if (e >= diff)
            worstIndex = i;
    }
    qInfo("synth416_tiny_NHWC max abs diff %.3g at %d (reference %g), max relative %.3g", diff,
          worstIndex, double(ref[size_t(worstIndex)]), relative);
    QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max abs diff %1").arg(diff)));
}

void TestFaceNets::tinyDetectorFindsDemoFaces()
{
    const auto detector = TinyFaceDetector::create();
    QVERIFY(detector.ok());
    const auto dir = ModelLocator::demoPhotoDir();
    QVERIFY(dir.ok());
    const cv::Mat image = cv::imread((dir.value() + QStringLiteral("/sample1.jpg")).toStdString());
    QVERIFY(!image.empty());
    const std::vector<FaceDetection> faces = detector.value()->detect(image);
    // sample1.jpg shows three women side by side.
    QCOMPARE(int(faces.size()), 3);
    for (const FaceDetection &f : faces) {
        QVERIFY(f.score > 0.5f && f.score <= 1.f);
        QVERIFY(f.box.width > 50 && f.box.width < 600);
        QVERIFY(f.box.y < image.rows / 2);
    }
}

void TestFaceNets::nonMaxSuppression()
{
    std::vector<FaceDetection> boxes = {{{0, 0, 10, 10}, 0.6f},
                                        {{1, 1, 10, 10}, 0.9f},   // overlaps the first (IoU 0.68)
                                        {{20, 20, 10, 10}, 0.7f}, // separate
                                        {{0, 5, 10, 10}, 0.8f}};  // IoU with #2 ~0.38: kept
    const auto kept = TinyFaceDetector::nonMaxSuppression(boxes, 0.4f);
    QCOMPARE(int(kept.size()), 3);
    QCOMPARE(kept[0].score, 0.9f);
    QCOMPARE(kept[1].score, 0.8f);
    QCOMPARE(kept[2].score, 0.7f);
}

void TestFaceNets::faceApiFinderAgreesWithDlib()
{
    // The dlib-compatible face-api finder on a real photo: same faces, landmarks close to
    // dlib's (mean error under 20% of the inter-ocular distance for every face).
    const auto finder = FaceApiFaceFinder::create();
    QVERIFY(finder.ok());
    const auto dlibFinder = DlibFaceFinder::create();
    QVERIFY(dlibFinder.ok());
    dlibFinder.value()->setDetectSide(0);
    const auto dir = ModelLocator::demoPhotoDir();
    QVERIFY(dir.ok());
    const cv::Mat image = cv::imread((dir.value() + QStringLiteral("/sample5.jpg")).toStdString());
    QVERIFY(!image.empty());
    const std::vector<FaceShape> ours = finder.value()->findFaces(image);
    const std::vector<FaceShape> reference = dlibFinder.value()->findFaces(image);
    QCOMPARE(int(ours.size()), int(reference.size()));
    for (const FaceShape &ref : reference) {
        const double interOcular = cv::norm(ref.points[36] - ref.points[45]);
        double best = 1e9;
        for (const FaceShape &face : ours) {
            double sum = 0.0;
            for (size_t i = 0; i < 68; ++i)
                sum += cv::norm(face.points[i] - ref.points[i]);
            best = std::min(best, sum / 68.0 / interOcular);
        }
        qInfo("face at (%.0f, %.0f): error vs dlib %.3f of the inter-ocular distance",
              double(ref.box.x), double(ref.box.y), best);
        QVERIFY(best < 0.2);
    }
}

void TestFaceNets::descriptor()
{
    const auto net = FaceRecognizer::create();
    QVERIFY2(net.ok(), qPrintable(net.ok() ? QString() : net.error().message));
    const auto out = net.value()->descriptorsRgb({syntheticInput(150, 150)});
    QVERIFY(out.ok());
    const std::vector<float> ref = referenceVector(m_ref,
                                                   QStringLiteral("synth150_descriptor_128"));
    QCOMPARE(out->cols, 128);
    const double diff = maxAbsDiff(out->ptr<float>(0), ref);
    qInfo("synth150_descriptor_128 max abs diff %.3g", diff);
    QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max abs diff %1").arg(diff)));
}

void TestFaceNets::legacyResize()
{
    // 2x2 -> 4x4 with src = dst * 0.5: rows/cols 0,0.5,1,1.5 (the last clamps to the edge).
    cv::Mat in(2, 2, CV_32FC3);
    in.at<cv::Vec3f>(0, 0) = {0, 0, 0};
    in.at<cv::Vec3f>(0, 1) = {10, 10, 10};
    in.at<cv::Vec3f>(1, 0) = {20, 20, 20};
    in.at<cv::Vec3f>(1, 1) = {30, 30, 30};
    const cv::Mat out = faceinput::resizeBilinearLegacy(in, 4, 4);
    const float expected[4][4] = {{0, 5, 10, 10},
                                  {10, 15, 20, 20},
                                  {20, 25, 30, 30},
                                  {20, 25, 30, 30}};
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            QCOMPARE(out.at<cv::Vec3f>(y, x)[1], expected[y][x]);
    // Centered padding: 80x100 -> 10 rows before, 10 after; 3x6 -> 1 before, 2 after (round up).
    const cv::Mat padded = faceinput::padToSquare(cv::Mat(3, 6, CV_32FC3, cv::Scalar::all(7)), true);
    QCOMPARE(padded.rows, 6);
    QCOMPARE(padded.at<cv::Vec3f>(0, 0)[0], 0.f);
    QCOMPARE(padded.at<cv::Vec3f>(1, 0)[0], 7.f);
    QCOMPARE(padded.at<cv::Vec3f>(3, 0)[0], 7.f);
    QCOMPARE(padded.at<cv::Vec3f>(4, 0)[0], 0.f);
    const cv::Mat corner = faceinput::padToSquare(cv::Mat(3, 6, CV_32FC3, cv::Scalar::all(7)),
                                                  false);
    QCOMPARE(corner.at<cv::Vec3f>(2, 0)[0], 7.f);
    QCOMPARE(corner.at<cv::Vec3f>(3, 0)[0], 0.f);
}

void TestFaceNets::badInputs()
{
    const auto net = FaceFeatureNet::create(FaceFeatureNet::Kind::Expression);
    QVERIFY(net.ok());
    QVERIFY(!net.value()->run({}).ok());
    QVERIFY(!net.value()->run({cv::Mat()}).ok());
    QVERIFY(!net.value()->run({cv::Mat(10, 10, CV_16UC3)}).ok());
    QVERIFY(!net.value()->landmarks(cv::Mat(50, 50, CV_8UC3), {0, 0, 40, 40}).ok());
    const auto landmarks = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68Tiny);
    QVERIFY(landmarks.ok());
    QVERIFY(!landmarks.value()->landmarks(cv::Mat(50, 50, CV_8UC3), {60, 60, 40, 40}).ok());
    const auto detector = TinyFaceDetector::create();
    QVERIFY(detector.ok());
    QVERIFY(detector.value()->detect(cv::Mat()).empty());
    QVERIFY(!detector.value()->rawOutputRgb(cv::Mat(10, 10, CV_8UC3)).ok());
    const auto recognizer = FaceRecognizer::create();
    QVERIFY(recognizer.ok());
    QVERIFY(!recognizer.value()->descriptors({cv::Mat()}).ok());
}

QTEST_GUILESS_MAIN(TestFaceNets)
#include "tst_facenets.moc"
