// MobileFaceNet (SFE-M): parameter count, feature shapes, crop/augmentation geometry
// (flip with landmark index remap), a short real distillation run on demo faces with
// checkpoint save / load / resume / cancel, the pretrain-sfe command, and bad input.
#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/mobilefacenet.h"
#include "nets/sfedistiller.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <csignal>

using namespace fm;

class TestMobileFaceNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameterCount();
    void featureShapes();
    void mirrorIndex();
    void cropGeometry_data();
    void cropGeometry();
    void normalisedError();
    void distillSaveLoadResumeCancel();
    void collectFromVideo();
    void cliPretrain();
    void cliCancel();
    void badInput();

private:
    std::vector<LandmarkSample> demoFaces();
};

void TestMobileFaceNet::parameterCount()
{
    const MobileFaceNet net;
    QCOMPARE(net.parameterCount(), int64_t(1007248));
}

void TestMobileFaceNet::featureShapes()
{
    const MobileFaceNet net;
    QCOMPARE(net.id(), QStringLiteral("sfe-m@random"));
    std::vector<cv::Mat> crops(3, cv::Mat(112, 112, CV_8UC3, cv::Scalar(90, 120, 200)));
    crops[2] = cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(30)); // resized to 112
    const auto pooled = net.extract(crops, FeatureLayer::Pooled);
    QVERIFY(pooled.ok());
    QCOMPARE(pooled->rows, 3);
    QCOMPARE(pooled->cols, 512);
    const auto spatial = net.extract(crops, FeatureLayer::Spatial);
    QVERIFY(spatial.ok());
    QCOMPARE(spatial->cols, 512 * 7 * 7);
    const auto landmarks = net.predict(crops);
    QVERIFY(landmarks.ok());
    QCOMPARE(landmarks->cols, 136);
    // Identical crops give identical rows (eval mode, no batch statistics).
    QCOMPARE(cv::norm(pooled->row(0), pooled->row(1), cv::NORM_INF), 0.0);
}

void TestMobileFaceNet::mirrorIndex()
{
    const auto &m = SfeDistiller::mirrorIndex();
    for (int i = 0; i < 68; ++i)
        QCOMPARE(m[size_t(m[size_t(i)])], i);
    QCOMPARE(m[0], 16);
    QCOMPARE(m[8], 8);
    QCOMPARE(m[36], 45);
    QCOMPARE(m[39], 42);
    QCOMPARE(m[48], 54);
    QCOMPARE(m[30], 30);
    QCOMPARE(m[62], 62);
}

void TestMobileFaceNet::cropGeometry_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 6; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestMobileFaceNet::cropGeometry()
{
    // A synthetic "face": a white dot at every landmark on black. After any augmentation
    // the transformed landmarks must still sit on bright pixels, and the image-left eye
    // corner (36) must stay left of the image-right one (45) even when flipped.
    QFETCH(int, seed);
    LandmarkSample face;
    face.image = cv::Mat(400, 400, CV_8UC3, cv::Scalar::all(0));
    cv::RNG layout(99);
    for (size_t i = 0; i < 68; ++i) {
        face.points[i] = cv::Point2f(float(layout.uniform(140, 260)),
                                     float(layout.uniform(130, 270)));
        if (i == 36)
            face.points[i] = {150.f, 170.f};
        if (i == 45)
            face.points[i] = {250.f, 170.f};
        cv::circle(face.image, face.points[i], 4, cv::Scalar::all(255), cv::FILLED);
    }
    cv::RNG rng(static_cast<uint64>(seed));
    Landmarks68 points;
    const cv::Mat crop = SfeDistiller::makeCrop(face, &rng, &points);
    QCOMPARE(crop.rows, 112);
    QCOMPARE(crop.cols, 112);
    cv::Mat grey;
    cv::cvtColor(crop, grey, cv::COLOR_BGR2GRAY);
    int bright = 0;
    for (const cv::Point2f &p : points) {
        const cv::Point q(cvRound(p.x), cvRound(p.y));
        if (q.x >= 0 && q.y >= 0 && q.x < 112 && q.y < 112 && grey.at<uchar>(q) > 60)
            ++bright;
    }
    QVERIFY2(bright >= 66, qPrintable(QStringLiteral("%1 of 68 on their dots").arg(bright)));
    QVERIFY(points[36].x < points[45].x);
    // Without augmentation the crop is deterministic and centred.
    Landmarks68 plain;
    SfeDistiller::makeCrop(face, nullptr, &plain);
    QVERIFY(std::abs(plain[36].y - plain[45].y) < 0.01f);
}

void TestMobileFaceNet::normalisedError()
{
    Landmarks68 ref{};
    for (size_t i = 0; i < 68; ++i)
        ref[i] = cv::Point2f(float(i), 0.f);
    ref[36] = {0.f, 0.f};
    ref[45] = {50.f, 0.f};
    Landmarks68 pred = ref;
    QCOMPARE(SfeDistiller::normalisedError(pred, ref), 0.0);
    for (cv::Point2f &p : pred)
        p.y += 5.f; // every point 5 px off, inter-ocular 50 px
    QVERIFY(std::abs(SfeDistiller::normalisedError(pred, ref) - 0.1) < 1e-9);
}

std::vector<LandmarkSample> TestMobileFaceNet::demoFaces()
{
    auto finder = DlibFaceFinder::create();
    const auto dir = ModelLocator::demoPhotoDir();
    if (!finder || !dir)
        return {};
    finder.value()->setDetectSide(0);
    const auto faces
        = SfeDistiller::collectFaces({QDir(dir.value()).filePath(QStringLiteral("sample1.jpg")),
                                      QDir(dir.value()).filePath(QStringLiteral("sample5.jpg"))},
                                     *finder.value());
    return faces ? faces.value() : std::vector<LandmarkSample>{};
}

void TestMobileFaceNet::distillSaveLoadResumeCancel()
{
    const std::vector<LandmarkSample> faces = demoFaces();
    QVERIFY2(faces.size() >= 5, "dlib should find the faces of sample1.jpg and sample5.jpg");
    std::vector<LandmarkSample> train, held;
    SfeDistiller::splitHeldOut(faces, train, held);
    QVERIFY(!train.empty() && !held.empty());
    QTemporaryDir tmp;
    SfeTrainingOptions options;
    options.checkpointPath = tmp.filePath(QStringLiteral("sfe-m.pt"));
    options.epochs = 2;
    options.samplesPerFace = 2;
    options.batchSize = 4;
    std::vector<SfeEpochReport> reports;
    const auto result = SfeDistiller::train(train, held, options,
                                            [&](const SfeEpochReport &r) { reports.push_back(r); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(int(reports.size()), 2);
    QCOMPARE(reports[1].epoch, 2);
    QVERIFY(std::isfinite(reports[1].trainLoss) && reports[1].trainLoss < 0.2);
    QVERIFY(result->heldOutNme > 0 && result->heldOutNme < 1.0);
    QVERIFY(result->meanShapeNme > 0 && result->meanShapeNme < 1.0);
    QVERIFY(QFile::exists(options.checkpointPath));
    QVERIFY(!QFile::exists(options.checkpointPath + QStringLiteral(".part")));
    QCOMPARE(QFile::permissions(options.checkpointPath)
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions()); // owner-only

    // The checkpoint loads as an SFE and predicts what training evaluated.
    const auto loaded = MobileFaceNet::load(options.checkpointPath);
    QVERIFY(loaded.ok());
    // Its id names the weights, so feature caches of different checkpoints never mix.
    QVERIFY(loaded.value()->id().startsWith(QStringLiteral("sfe-m@")));
    QCOMPARE(loaded.value()->id().size(), 6 + 12);
    QVERIFY(loaded.value()->id() != MobileFaceNet().id());
    Landmarks68 heldPoints;
    const cv::Mat crop = SfeDistiller::makeCrop(held[0], nullptr, &heldPoints);
    const auto pred = loaded.value()->predict({crop});
    QVERIFY(pred.ok());
    const double nme = SfeDistiller::normalisedError(MobileFaceNet::toPoints(pred->ptr<float>(0),
                                                                             112.f, {0.f, 0.f}),
                                                     heldPoints);
    QVERIFY(nme < 1.0);

    // Resume: epochs 2 -> 3 runs exactly one more epoch.
    options.resume = true;
    options.epochs = 3;
    reports.clear();
    const auto resumed = SfeDistiller::train(train, held, options, [&](const SfeEpochReport &r) {
        reports.push_back(r);
    });
    QVERIFY(resumed.ok());
    QCOMPARE(int(reports.size()), 1);
    QCOMPARE(reports[0].epoch, 3);
    QCOMPARE(resumed->epochsDone, 3);
    const auto reloaded = MobileFaceNet::load(options.checkpointPath);
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.value()->id() != loaded.value()->id()); // new weights, new id

    // Cancel: a set flag stops at once and still leaves a loadable checkpoint.
    const std::atomic<bool> cancel{true};
    options.resume = false;
    options.checkpointPath = tmp.filePath(QStringLiteral("cancelled.pt"));
    const auto cancelled = SfeDistiller::train(train, held, options, {}, &cancel);
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->cancelled);
    QVERIFY(MobileFaceNet::load(options.checkpointPath).ok());
}

void TestMobileFaceNet::collectFromVideo()
{
    // A user's video: every step-th frame, all faces of the clip in one group.
    const auto dir = ModelLocator::demoPhotoDir();
    QVERIFY(dir.ok());
    const cv::Mat photo = cv::imread(
        QDir(dir.value()).filePath(QStringLiteral("sample1.jpg")).toStdString());
    QVERIFY(!photo.empty());
    cv::Mat frame;
    cv::resize(photo, frame, cv::Size(960, 640), 0, 0, cv::INTER_AREA);
    QTemporaryDir tmp;
    const QString video = tmp.filePath(QStringLiteral("clip.avi"));
    cv::VideoWriter writer(video.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                           frame.size());
    QVERIFY(writer.isOpened());
    for (int i = 0; i < 6; ++i) {
        cv::Mat shifted;
        const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, 0, 2 * i, 0, 1, i);
        cv::warpAffine(frame, shifted, m, frame.size());
        writer.write(shifted);
    }
    writer.release();
    auto finder = DlibFaceFinder::create();
    QVERIFY(finder.ok());
    finder.value()->setDetectSide(0);
    const auto faces = SfeDistiller::collectFaces({video}, *finder.value(), 3);
    QVERIFY2(faces.ok(), qPrintable(faces.ok() ? QString() : faces.error().message));
    // Frames 0 and 3, three faces each.
    QCOMPARE(int(faces->size()), 6);
    for (const LandmarkSample &s : faces.value())
        QCOMPARE(s.group, QFileInfo(video).absoluteFilePath());
}

void TestMobileFaceNet::cliPretrain()
{
    QTemporaryDir tmp;
    const QString checkpoint = tmp.filePath(QStringLiteral("ckpt/sfe-m.pt"));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("pretrain-sfe"), QStringLiteral("--out"), checkpoint,
               QStringLiteral("--epochs"), QStringLiteral("1"),
               QStringLiteral("--samples-per-face"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(110000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(output + cli.readAllStandardError()));
    QVERIFY(output.contains(QStringLiteral("\"epoch\":1")));
    QVERIFY(output.contains(QStringLiteral("\"heldout_nme\"")));
    QVERIFY(QFile::exists(checkpoint));
    QCOMPARE(QFileInfo(QFileInfo(checkpoint).absolutePath()).permissions() & 0x0077,
             QFileDevice::Permissions());
}

void TestMobileFaceNet::cliCancel()
{
    QTemporaryDir tmp;
    const QString checkpoint = tmp.filePath(QStringLiteral("sfe-m.pt"));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("pretrain-sfe"), QStringLiteral("--out"), checkpoint,
               QStringLiteral("--epochs"), QStringLiteral("100"),
               QStringLiteral("--samples-per-face"), QStringLiteral("1")});
    QVERIFY(cli.waitForStarted());
    QString output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(QStringLiteral("epoch 1/100")) && timer.elapsed() < 90000) {
        cli.waitForReadyRead(1000);
        output += QString::fromUtf8(cli.readAllStandardOutput());
    }
    QVERIFY2(output.contains(QStringLiteral("epoch 1/100")), qPrintable(output));
    ::kill(pid_t(cli.processId()), SIGINT);
    QVERIFY(cli.waitForFinished(60000));
    output += QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(output.contains(QStringLiteral("Cancelled")), qPrintable(output));
    QVERIFY(MobileFaceNet::load(checkpoint).ok());
}

void TestMobileFaceNet::badInput()
{
    QTemporaryDir tmp;
    QVERIFY(!MobileFaceNet::load(tmp.filePath(QStringLiteral("missing.pt"))).ok());
    const QString garbage = tmp.filePath(QStringLiteral("garbage.pt"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a checkpoint");
    f.close();
    const auto broken = MobileFaceNet::load(garbage);
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(garbage));
    const MobileFaceNet net;
    QVERIFY(!net.extract({}).ok());
    QVERIFY(!net.predict({cv::Mat()}).ok());
    SfeTrainingOptions options;
    QVERIFY(!SfeDistiller::train({}, {}, options, {}).ok());
    auto finder = DlibFaceFinder::create();
    QVERIFY(finder.ok());
    QVERIFY(
        !SfeDistiller::collectFaces({tmp.filePath(QStringLiteral("nope"))}, *finder.value()).ok());
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("pretrain-sfe")});
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("pretrain-sfe"), QStringLiteral("--out"), garbage,
               QStringLiteral("--batch"), QStringLiteral("1")});
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestMobileFaceNet)
#include "tst_mobilefacenet.moc"
