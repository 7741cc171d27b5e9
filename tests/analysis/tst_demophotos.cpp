// 68-point landmarks on the face-api demo photos (group photos, faces ~100 px in 1920 px
// frames): every clearly visible frontal face is found and its landmarks are anatomically
// ordered. Set FM_TEST_OUTPUT=DIR to keep the annotated photos and a montage of aligned crops.
#include "common/modellocator.h"
#include "face/facealigner.h"
#include "face/faceqa.h"
#include "motion/clipanalyzer.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace fm;

class TestDemoPhotos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void photo_data();
    void photo();
    void cleanupTestCase();

private:
    std::unique_ptr<ClipAnalyzer> m_analyzer;
    QString m_demoDir;
    QString m_outDir;
    std::vector<cv::Mat> m_crops;
    int m_faces = 0;
};

void TestDemoPhotos::initTestCase()
{
    const auto dir = ModelLocator::demoPhotoDir();
    QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().message));
    m_demoDir = dir.value();
    auto analyzer = ClipAnalyzer::create();
    QVERIFY(analyzer);
    m_analyzer = std::move(analyzer.value());
    m_outDir = qEnvironmentVariable("FM_TEST_OUTPUT");
    if (!m_outDir.isEmpty())
        QDir().mkpath(m_outDir);
}

void TestDemoPhotos::photo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("frontalFaces"); // counted by eye: clearly visible, facing the camera
    QTest::newRow("sample1") << "sample1.jpg" << 3;
    QTest::newRow("sample2") << "sample2.jpg" << 1;
    QTest::newRow("sample3") << "sample3.jpg" << 3;
    QTest::newRow("sample4") << "sample4.jpg" << 3;
    QTest::newRow("sample5") << "sample5.jpg" << 5;
    QTest::newRow("sample6") << "sample6.jpg" << 4;
}

void TestDemoPhotos::photo()
{
    QFETCH(QString, name);
    QFETCH(int, frontalFaces);
    const QString path = QDir(m_demoDir).filePath(name);
    cv::Mat image = cv::imread(QFile::encodeName(path).toStdString());
    QVERIFY(!image.empty());
    const std::vector<FaceShape> faces = m_analyzer->findFaces(image, 60);
    qInfo("%s: %d face(s)", qPrintable(name), int(faces.size()));
    QVERIFY2(int(faces.size()) >= frontalFaces, qPrintable(QString::number(faces.size())));
    QVERIFY(int(faces.size()) <= frontalFaces + 2); // a stray false detection at most
    m_faces += int(faces.size());

    const FaceAligner aligner;
    cv::Mat grey;
    cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    int ordered = 0;
    for (const FaceShape &face : faces) {
        const Landmarks68 &p = face.points;
        const float eyes = (FaceAligner::leftEyeCentre(p).y + FaceAligner::rightEyeCentre(p).y) / 2;
        const bool order = eyes < p[30].y && p[30].y < p[62].y && p[62].y < p[8].y
                           && p[36].x < p[39].x && p[39].x < p[42].x && p[42].x < p[45].x
                           && p[48].x < p[54].x;
        cv::Rect2f wide(face.box.x - face.box.width * 0.3f, face.box.y - face.box.height * 0.3f,
                        face.box.width * 1.6f, face.box.height * 1.6f);
        int inside = 0;
        for (const cv::Point2f &q : p)
            inside += wide.contains(q) ? 1 : 0;
        ordered += order && inside == 68 ? 1 : 0;
        m_crops.push_back(aligner.crop(image, aligner.transformFor(p)));
        const FaceQuality q = FaceQa().assess(grey, p);
        qInfo("  face %.0fx%.0f at (%.0f,%.0f): sharpness %.1f yaw %.0f pitch %.0f roll %.0f %s",
              face.box.width, face.box.height, face.box.x, face.box.y, q.sharpness, q.pose.yaw,
              q.pose.pitch, q.pose.roll, q.accepted() ? "accepted" : "rejected");
    }
    QVERIFY2(ordered >= frontalFaces, qPrintable(QString::number(ordered)));

    if (!m_outDir.isEmpty()) {
        for (const FaceShape &face : faces) {
            cv::rectangle(image, face.box, cv::Scalar(0, 200, 255), 3);
            for (const cv::Point2f &q : face.points)
                cv::circle(image, q, 3, cv::Scalar(80, 255, 80), cv::FILLED);
        }
        cv::imwrite(QDir(m_outDir).filePath(QStringLiteral("landmarks_") + name).toStdString(),
                    image);
    }
}

void TestDemoPhotos::cleanupTestCase()
{
    qInfo("faces with landmarks in the 6 demo photos: %d", m_faces);
    if (m_outDir.isEmpty() || m_crops.empty())
        return;
    const int cols = 8;
    const int rows = (int(m_crops.size()) + cols - 1) / cols;
    cv::Mat montage(rows * 112, cols * 112, CV_8UC3, cv::Scalar(0, 0, 0));
    for (int i = 0; i < int(m_crops.size()); ++i)
        m_crops[size_t(i)].copyTo(montage(cv::Rect((i % cols) * 112, (i / cols) * 112, 112, 112)));
    cv::imwrite(QDir(m_outDir).filePath(QStringLiteral("crops.png")).toStdString(), montage);
}

QTEST_GUILESS_MAIN(TestDemoPhotos)
#include "tst_demophotos.moc"
