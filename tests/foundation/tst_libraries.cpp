// fmcore links and runs LibTorch, OpenCV and dlib for real.
#include "common/libraryversions.h"
#include "common/modellocator.h"
#include "common/torchprobe.h"
#include "face/dlibfacefinder.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace fm;

class TestLibraries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void torchComputes();
    void opencvComputes();
    void versionsAreRuntimeValues();
    void dlibFindsFacesInDemoPhotos_data();
    void dlibFindsFacesInDemoPhotos();
    void dlibModelMissingIsAClearError();
};

void TestLibraries::torchComputes()
{
    // [[1,2],[3,4]] x its transpose = [[5,11],[11,25]]: trace 30.
    QCOMPARE(torchSmokeTest(), 30.0);
}

void TestLibraries::opencvComputes()
{
    cv::Mat image(64, 64, CV_8UC3, cv::Scalar(10, 20, 30));
    cv::rectangle(image, cv::Rect(16, 16, 32, 32), cv::Scalar(200, 100, 50), cv::FILLED);
    cv::Mat grey;
    cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    QCOMPARE(grey.channels(), 1);
    // BT.601 luma of BGR (200,100,50): 0.114*200 + 0.587*100 + 0.299*50 = 96.45
    QCOMPARE(int(grey.at<uchar>(32, 32)), 96);
    QCOMPARE(cv::countNonZero(grey > 90), 32 * 32);
}

void TestLibraries::versionsAreRuntimeValues()
{
    const LibraryVersions v = LibraryVersions::current();
    QVERIFY(v.qt.startsWith(QLatin1String("6.")));
    QVERIFY2(v.torch.startsWith(QLatin1String("1.13")), qPrintable(v.torch));
    QVERIFY2(v.opencv.startsWith(QLatin1String("4.")), qPrintable(v.opencv));
    QVERIFY2(v.dlib.startsWith(QLatin1String("19.")), qPrintable(v.dlib));
    QVERIFY(v.toText().contains(QLatin1String("LibTorch ")));
}

void TestLibraries::dlibFindsFacesInDemoPhotos_data()
{
    QTest::addColumn<QString>("photo");
    const Result<QString> dir = ModelLocator::demoPhotoDir();
    QVERIFY2(dir.ok(), dir.ok() ? "" : qPrintable(dir.error().message));
    for (const QString &name : QDir(dir.value()).entryList({QStringLiteral("*.jpg")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << QDir(dir.value()).filePath(name);
}

void TestLibraries::dlibFindsFacesInDemoPhotos()
{
    QFETCH(QString, photo);
    const auto finder = DlibFaceFinder::create();
    QVERIFY2(finder.ok(), finder.ok() ? "" : qPrintable(finder.error().message));
    // Group photos: faces are ~100 px in a 1920 px frame, so detect at full resolution.
    finder.value()->setDetectSide(0);
    const cv::Mat image = cv::imread(QFile::encodeName(photo).toStdString(), cv::IMREAD_COLOR);
    QVERIFY(!image.empty());

    const std::vector<FaceShape> faces = finder.value()->findFaces(image);
    QVERIFY2(!faces.empty(), "no face found");
    int wellInside = 0;
    for (const FaceShape &face : faces) {
        QVERIFY(face.box.area() > 0);
        // dlib's HOG box spans brows to upper chin; the jaw line (points 0-16) reaches past
        // its lower edge by up to a fifth of its height, so check against the box grown by 25%.
        const float mx = face.box.width * 0.25f;
        const float my = face.box.height * 0.25f;
        const cv::Rect2f loose(face.box.x - mx, face.box.y - my, face.box.width + 2 * mx,
                               face.box.height + 2 * my);
        int inside = 0;
        for (const cv::Point2f &p : face.points)
            inside += loose.contains(p) ? 1 : 0;
        // The inner face (brows, eyes, nose, mouth: 17-67) lies inside the box itself.
        int innerInside = 0;
        for (int i = 17; i < 68; ++i)
            innerInside += face.box.contains(face.points[i]) ? 1 : 0;
        QVERIFY2(innerInside >= 48, qPrintable(QString::number(innerInside)));
        wellInside += inside == 68 ? 1 : 0;
        // iBUG layout sanity: the chin (8) is below the nose tip (30), which is below the
        // eyes (36, 45); eye corner 36 is image-left of 45.
        QVERIFY(face.points[8].y > face.points[30].y);
        QVERIFY(face.points[30].y > face.points[36].y);
        QVERIFY(face.points[36].x < face.points[45].x);
    }
    // Strongly turned faces may swing the jaw line further out; most faces must not.
    QVERIFY2(wellInside * 2 >= int(faces.size()), qPrintable(QString::number(wellInside)));
}

void TestLibraries::dlibModelMissingIsAClearError()
{
    const auto finder = DlibFaceFinder::create(QStringLiteral("/nonexistent/shape.dat"));
    QVERIFY(!finder.ok());
    QVERIFY(finder.error().message.contains(QLatin1String("/nonexistent/shape.dat")));

    // A file that exists but is not a dlib model.
    const QString bogus = QDir::temp().filePath(QStringLiteral("fm-not-a-model.dat"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("definitely not a shape predictor");
    file.close();
    const auto broken = DlibFaceFinder::create(bogus);
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(QLatin1String("could not be read")));
    QFile::remove(bogus);
}

QTEST_GUILESS_MAIN(TestLibraries)
#include "tst_libraries.moc"
