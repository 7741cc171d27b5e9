// FaceQA and head pose: solvePnP recovers known rotations of the generic 3D model with the
// documented sign convention; eye-patch sharpness separates sharp from blurred real faces;
// the aligned crop is square, eyes level at the fixed distance; live preview on one frame.
#include "synthclip.h"

#include "common/modellocator.h"
#include "expr/demotriplets.h"
#include "face/dlibfacefinder.h"
#include "face/facealigner.h"
#include "face/faceqa.h"
#include "motion/clipanalyzer.h"
#include "synth/facewarper.h"
#include "synth/facialactions.h"

#include <dlib/matrix.h>
#include <dlib/serialize.h>

#include <QtTest>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <fstream>

using namespace fm;

namespace {

/** Landmarks whose six pose points are the 3D model rotated by (yaw, pitch, roll). */
Landmarks68 projectedModel(double yaw, double pitch, double roll, cv::Size size)
{
    const double d = M_PI / 180.0;
    // Camera-style model (y down, z away from the camera), as FaceQa::headPose uses it.
    std::vector<cv::Point3d> model;
    for (const cv::Point3d &p : FaceQa::modelPoints())
        model.emplace_back(p.x, -p.y, -p.z);
    // Yaw turns about the vertical axis, pitch about the horizontal, roll about the view axis.
    const cv::Matx33d ry(std::cos(-yaw * d), 0, std::sin(-yaw * d), 0, 1, 0, -std::sin(-yaw * d), 0,
                         std::cos(-yaw * d));
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(-pitch * d), -std::sin(-pitch * d), 0,
                         std::sin(-pitch * d), std::cos(-pitch * d));
    const cv::Matx33d rz(std::cos(roll * d), -std::sin(roll * d), 0, std::sin(roll * d),
                         std::cos(roll * d), 0, 0, 0, 1);
    const cv::Matx33d r = rz * ry * rx;
    cv::Mat rvec;
    cv::Rodrigues(cv::Mat(r), rvec);
    const double f = size.width;
    const cv::Matx33d camera(f, 0, size.width / 2.0, 0, f, size.height / 2.0, 0, 0, 1);
    std::vector<cv::Point2d> image;
    cv::projectPoints(model, rvec, cv::Vec3d(0, 0, 3000), camera, cv::noArray(), image);
    Landmarks68 points{};
    for (int i = 0; i < 6; ++i)
        points[size_t(FaceQa::kPoseLandmarks[i])] = cv::Point2f(image[size_t(i)]);
    return points;
}

} // namespace

class TestFaceQa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headPose_data();
    void headPose();
    void yawSign();
    void frontalFaceAnywhere_data();
    void frontalFaceAnywhere();
    void dlibMeanShapeIsFrontal();
    void frontalPhotoReadsLevel_data();
    void frontalPhotoReadsLevel();
    void generatorTiltedFace_data();
    void generatorTiltedFace();
    void eyeAspectRatio();
    void sharpness();
    void alignedCrop();
    void livePreview();
    void livePreviewNoFace();

private:
    testing::FaceFrame m_face;
    std::unique_ptr<ClipAnalyzer> m_analyzer;
};

void TestFaceQa::initTestCase()
{
    auto face = testing::demoFace(cv::Size(640, 480));
    QVERIFY2(face, qPrintable(face ? QString() : face.error().message));
    m_face = face.value();
    auto analyzer = ClipAnalyzer::create();
    QVERIFY(analyzer);
    m_analyzer = std::move(analyzer.value());
}

void TestFaceQa::headPose_data()
{
    QTest::addColumn<double>("yaw");
    QTest::addColumn<double>("pitch");
    QTest::addColumn<double>("roll");
    QTest::newRow("frontal") << 0.0 << 0.0 << 0.0;
    QTest::newRow("yaw +30") << 30.0 << 0.0 << 0.0;
    QTest::newRow("yaw -45") << -45.0 << 0.0 << 0.0;
    QTest::newRow("yaw 60 (rejected)") << 60.0 << 0.0 << 0.0;
    QTest::newRow("pitch up 15") << 0.0 << 15.0 << 0.0;
    QTest::newRow("pitch down 20") << 0.0 << -20.0 << 0.0;
    QTest::newRow("roll 20") << 0.0 << 0.0 << 20.0;
    QTest::newRow("mixed") << 25.0 << -10.0 << 8.0;
}

void TestFaceQa::headPose()
{
    QFETCH(double, yaw);
    QFETCH(double, pitch);
    QFETCH(double, roll);
    const cv::Size size(640, 480);
    const HeadPose pose = FaceQa::headPose(projectedModel(yaw, pitch, roll, size), size);
    QVERIFY(pose.valid);
    QVERIFY2(std::abs(pose.yaw - yaw) < 1.0, qPrintable(QString::number(pose.yaw)));
    QVERIFY2(std::abs(pose.pitch - pitch) < 1.0, qPrintable(QString::number(pose.pitch)));
    QVERIFY2(std::abs(pose.roll - roll) < 1.0, qPrintable(QString::number(pose.roll)));
    FaceQuality q;
    q.pose = pose;
    const bool frontal = std::abs(pose.yaw) <= FaceQaOptions().maxAbsYaw;
    QCOMPARE(frontal, std::abs(yaw) <= 50.0);
}

void TestFaceQa::yawSign()
{
    // Positive yaw: the nose tip (30) moves towards image-right of the eye-corner midpoint.
    const cv::Size size(640, 480);
    const Landmarks68 p = projectedModel(30, 0, 0, size);
    const float mid = (p[36].x + p[45].x) / 2;
    QVERIFY(p[30].x > mid);
}

namespace {

/** The iBUG-68 index of each point's mirror image (left and right swapped). */
int mirrorIndex(int k)
{
    static const int pairs[][2] = {{31, 35}, {32, 34}, {36, 45}, {37, 44}, {38, 43}, {39, 42},
                                   {40, 47}, {41, 46}, {48, 54}, {49, 53}, {50, 52}, {59, 55},
                                   {58, 56}, {60, 64}, {61, 63}, {67, 65}};
    if (k <= 16)
        return 16 - k;
    if (k <= 26)
        return 43 - k;
    for (const auto &p : pairs) {
        if (p[0] == k)
            return p[1];
        if (p[1] == k)
            return p[0];
    }
    return k;
}

} // namespace

void TestFaceQa::frontalFaceAnywhere_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("roll");
    QTest::newRow("centre") << QPointF(320, 240) << 0.0;
    QTest::newRow("left edge") << QPointF(110, 240) << 0.0;
    QTest::newRow("lower right") << QPointF(500, 360) << 0.0;
    QTest::newRow("top left, rolled 20") << QPointF(130, 120) << 20.0;
    QTest::newRow("right, rolled -15") << QPointF(520, 220) << -15.0;
}

void TestFaceQa::frontalFaceAnywhere()
{
    // A real demo face's dlib landmarks made exactly frontal (averaged with their mirror
    // image), moved around the frame and rolled: yaw must stay ~0 wherever the face is.
    QFETCH(QPointF, centre);
    QFETCH(double, roll);
    const Landmarks68 &real = m_face.points;
    cv::Point2f mean(0, 0);
    for (const cv::Point2f &p : real)
        mean += p * (1.0f / 68.0f);
    const double a = roll * M_PI / 180.0;
    Landmarks68 frontal{};
    for (int k = 0; k < 68; ++k) {
        const cv::Point2f p = real[size_t(k)] - mean;
        const cv::Point2f q = real[size_t(mirrorIndex(k))] - mean;
        const cv::Point2f s((p.x - q.x) / 2, (p.y + q.y) / 2);
        frontal[size_t(k)] = cv::Point2f(float(std::cos(a) * s.x - std::sin(a) * s.y + centre.x()),
                                         float(std::sin(a) * s.x + std::cos(a) * s.y + centre.y()));
    }
    const HeadPose pose = FaceQa::headPose(frontal, cv::Size(640, 480));
    QVERIFY(pose.valid);
    qInfo("yaw %.2f pitch %.2f roll %.2f", pose.yaw, pose.pitch, pose.roll);
    QVERIFY2(std::abs(pose.yaw) < 2.0, qPrintable(QString::number(pose.yaw)));
    QVERIFY2(std::abs(pose.roll - roll) < 2.0, qPrintable(QString::number(pose.roll)));
}

void TestFaceQa::dlibMeanShapeIsFrontal()
{
    // The shape predictor's initial shape (its mean face, a frontal face in a unit box) read
    // from the model file: FaceQA's calibrated model must read it as 0/0/0.
    const auto path = ModelLocator::dlibShapePredictor();
    QVERIFY(path.ok());
    std::ifstream in(path.value().toStdString(), std::ios::binary);
    QVERIFY(in.good());
    int version = 0;
    dlib::matrix<float, 0, 1> shape;
    dlib::deserialize(version, in);
    dlib::deserialize(shape, in);
    QCOMPARE(int(shape.size()), 136);
    for (const double side : {120.0, 260.0}) {
        Landmarks68 points{};
        for (int k = 0; k < 68; ++k)
            points[size_t(k)] = cv::Point2f(float(200 + side * shape(2 * k)),
                                            float(100 + side * shape(2 * k + 1)));
        const HeadPose pose = FaceQa::headPose(points, cv::Size(640, 480));
        qInfo("dlib mean shape (%.0f px): yaw %.2f pitch %.2f roll %.2f", side, pose.yaw,
              pose.pitch, pose.roll);
        QVERIFY(pose.valid);
        QVERIFY2(std::abs(pose.yaw) < 2.0, qPrintable(QString::number(pose.yaw)));
        QVERIFY2(std::abs(pose.pitch) < 3.0, qPrintable(QString::number(pose.pitch)));
        QVERIFY2(std::abs(pose.roll) < 2.0, qPrintable(QString::number(pose.roll)));
    }
}

void TestFaceQa::frontalPhotoReadsLevel_data()
{
    // Demo faces by rank (most frontal in yaw and roll first), looked at: ranks 3 and 4 face
    // the camera level, rank 0 is photographed from above (chin down, short chin in the image).
    QTest::addColumn<int>("rank");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("level face (rank 3)") << 3 << -8.0 << 8.0;
    QTest::newRow("level face (rank 4)") << 4 << -8.0 << 8.0;
    QTest::newRow("face seen from above (rank 0)") << 0 << -45.0 << -15.0;
}

void TestFaceQa::frontalPhotoReadsLevel()
{
    // Real photos with dlib's landmarks: a level face reads near 0 (the uncalibrated generic
    // model read about -22 degrees on every face), a face seen from above reads down.
    QFETCH(int, rank);
    QFETCH(double, low);
    QFETCH(double, high);
    auto face = testing::demoFace(cv::Size(640, 480), rank);
    QVERIFY(face.ok());
    const HeadPose pose = FaceQa::headPose(face.value().points, face.value().image.size());
    qInfo("%s: yaw %.2f pitch %.2f roll %.2f",
          qPrintable(QFileInfo(face.value().source).fileName()), pose.yaw, pose.pitch, pose.roll);
    QVERIFY(pose.valid);
    QVERIFY2(pose.pitch > low && pose.pitch < high, qPrintable(QString::number(pose.pitch)));
}

void TestFaceQa::generatorTiltedFace_data()
{
    QTest::addColumn<double>("tilt");
    QTest::newRow("chin up 20") << 20.0;
    QTest::newRow("chin up 10") << 10.0;
    QTest::newRow("chin down 10") << -10.0;
    QTest::newRow("chin down 20") << -20.0;
}

void TestFaceQa::generatorTiltedFace()
{
    // The demo generator tilts a level real face (texture warped with the moved landmarks);
    // dlib finds the landmarks again on the rendered image and FaceQA reads the pitch's sign,
    // further from the untilted render the more it is tilted.
    QFETCH(double, tilt);
    auto face = testing::demoFace(cv::Size(640, 480), 4);
    QVERIFY(face.ok());
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    const FaceWarper warper(face.value().image, face.value().points);
    auto pitchOf = [&](double degrees, double *pitch) {
        const cv::Mat image = renderTiltedFace(warper, degrees);
        const std::vector<FaceShape> faces = dlib.value()->findFaces(image);
        QVERIFY(!faces.empty());
        const HeadPose pose = FaceQa::headPose(faces[0].points, image.size());
        QVERIFY(pose.valid);
        *pitch = pose.pitch;
    };
    double level = 0, tilted = 0, half = 0;
    pitchOf(0.0, &level);
    pitchOf(tilt, &tilted);
    pitchOf(tilt / 2, &half);
    qInfo("generator tilt %+.0f: pitch %.2f (half the tilt %.2f, untilted render %.2f)", tilt,
          tilted, half, level);
    QVERIFY2(std::abs(level) < 8.0, qPrintable(QString::number(level)));
    QVERIFY2(tilt > 0 ? tilted > 0 : tilted < 0, qPrintable(QString::number(tilted)));
    QVERIFY2(tilt > 0 ? tilted > half && half > level : tilted < half && half < level,
             qPrintable(QString::number(half)));
}

void TestFaceQa::sharpness()
{
    const FaceQa qa;
    cv::Mat grey;
    cv::cvtColor(m_face.image, grey, cv::COLOR_BGR2GRAY);
    double previous = qa.sharpness(grey, m_face.points);
    qInfo("sharpness of the demo face: %.2f", previous);
    QVERIFY(previous >= qa.options().minSharpness);
    for (double sigma : {1.0, 2.0, 4.0}) {
        cv::Mat blurred;
        cv::GaussianBlur(grey, blurred, cv::Size(0, 0), sigma);
        const double s = qa.sharpness(blurred, m_face.points);
        qInfo("  blurred sigma %.0f: %.2f", sigma, s);
        QVERIFY(s < previous);
        previous = s;
    }
    QVERIFY(previous < qa.options().minSharpness);
    cv::Mat heavy;
    cv::GaussianBlur(grey, heavy, cv::Size(0, 0), 4.0);
    const FaceQuality q = qa.assess(heavy, m_face.points);
    QVERIFY(!q.sharpEnough);
    QVERIFY(!q.accepted());
    // The threshold is configurable.
    FaceQaOptions lenient;
    lenient.minSharpness = 0.1;
    QVERIFY(FaceQa(lenient).assess(heavy, m_face.points).sharpEnough);
}

void TestFaceQa::alignedCrop()
{
    const FaceAligner aligner;
    // Rotate the face by 15 degrees: the crop must level the eyes anyway.
    const cv::Point2f centre(320, 240);
    const cv::Mat rotation = cv::getRotationMatrix2D(centre, 15, 1.0);
    cv::Mat rotated;
    cv::warpAffine(m_face.image, rotated, rotation, m_face.image.size());
    Landmarks68 points{};
    const cv::Matx23d r(rotation);
    for (size_t k = 0; k < 68; ++k)
        points[k] = FaceAligner::map(r, m_face.points[k]);
    const cv::Matx23d t = aligner.transformFor(points);
    const cv::Mat crop = aligner.crop(rotated, t);
    QCOMPARE(crop.cols, 112);
    QCOMPARE(crop.rows, 112);
    const cv::Point2f l = FaceAligner::map(t, FaceAligner::leftEyeCentre(points));
    const cv::Point2f rr = FaceAligner::map(t, FaceAligner::rightEyeCentre(points));
    QVERIFY(std::abs(l.y - rr.y) < 0.01);
    QVERIFY(std::abs((rr.x - l.x) - 0.30 * 112) < 0.01);
    QVERIFY(std::abs((l.x + rr.x) / 2 - 56) < 0.01);
    QVERIFY(std::abs(l.y - 0.40 * 112) < 0.01);
}

void TestFaceQa::livePreview()
{
    cv::Mat crop;
    const auto start = std::chrono::steady_clock::now();
    const FrameAnalysis f = m_analyzer->preview(m_face.image, false, &crop);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now()
                                                                - start)
                          .count();
    qInfo("live preview of one 640x480 frame: %.1f ms", ms);
    QVERIFY(f.face);
    QVERIFY(f.detected);
    QCOMPARE(crop.size(), cv::Size(112, 112));
    QVERIFY(f.quality.pose.valid);
    QVERIFY(f.quality.sharpness > 0);
    // Landmarks agree with those found on the photo (a few pixels).
    double error = 0;
    for (size_t k = 0; k < 68; ++k)
        error += cv::norm(f.points[k] - m_face.points[k]);
    QVERIFY2(error / 68 < 4.0, qPrintable(QString::number(error / 68)));
    // Following the face on the next frame skips detection.
    const FrameAnalysis next = m_analyzer->preview(m_face.image, true);
    QVERIFY(next.face);
    QVERIFY(!next.detected);
}

void TestFaceQa::livePreviewNoFace()
{
    const cv::Mat blank(480, 640, CV_8UC3, cv::Scalar(90, 120, 140));
    const FrameAnalysis f = m_analyzer->preview(blank, false);
    QVERIFY(!f.face);
    QVERIFY(!m_analyzer->preview(cv::Mat(), false).face);
}

void TestFaceQa::eyeAspectRatio()
{
    // Open eyes on a real face read well above 0.2; the same face made to blink (the demo
    // generator's blink at full strength), landmarks found again by dlib, reads below it.
    auto face = testing::demoFace(cv::Size(640, 480), 0);
    QVERIFY(face.ok());
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    const FaceWarper warper(face.value().image, face.value().points);
    const auto earOf = [&](const cv::Mat &image, double *ear) {
        const std::vector<FaceShape> faces = dlib.value()->findFaces(image);
        QVERIFY(!faces.empty());
        *ear = FaceQa::eyeAspectRatio(faces[0].points);
    };
    double open = 0, closed = 0;
    earOf(face.value().image, &open);
    earOf(warper.render(facialActionOffsets(FacialAction::Blink, face.value().points)), &closed);
    qInfo("eye aspect ratio: open %.3f, blinking %.3f", open, closed);
    QVERIFY2(open > 0.22 && open < 0.5, qPrintable(QString::number(open)));
    QVERIFY2(closed < 0.2, qPrintable(QString::number(closed)));

    // Lids on the corner line read 0; a shape without eye width reads 0, not a division by 0.
    Landmarks68 flat = face.value().points;
    for (int corner : {36, 42}) {
        for (int k = 1; k <= 5; ++k) {
            if (k != 3)
                flat[size_t(corner + k)] = 0.5f * (flat[size_t(corner)] + flat[size_t(corner + 3)]);
        }
    }
    QCOMPARE(FaceQa::eyeAspectRatio(flat), 0.0);
    QCOMPARE(FaceQa::eyeAspectRatio(Landmarks68{}), 0.0);
}

QTEST_GUILESS_MAIN(TestFaceQa)
#include "tst_faceqa.moc"
