// Identity descriptors on the real face-api demo photos: faces found with the tiny detector,
// landmarks from the landmark-68 net, crops by face-api's alignedRect rule. Two crops of the
// same face must be closer than crops of different people; clip medians and bad input.
#include "common/modellocator.h"
#include "nets/facefeaturenet.h"
#include "nets/facerecognizer.h"
#include "nets/identitydescriptor.h"
#include "nets/tinyfacedetector.h"

#include <QDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace fm;

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alignedRect();
    void sameFaceCloserThanOthers();
    void clipMedian();
    void badInput();

private:
    std::shared_ptr<FaceRecognizer> m_recognizer;
    std::vector<cv::Mat> m_photos;
    std::vector<std::vector<Landmarks68>> m_faces; // per photo
};

void TestIdentity::initTestCase()
{
    auto recognizer = FaceRecognizer::create();
    QVERIFY(recognizer.ok());
    m_recognizer = recognizer.value();
    const auto detector = TinyFaceDetector::create();
    const auto landmarks = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68);
    QVERIFY(detector.ok() && landmarks.ok());
    detector.value()->setInputSize(608);
    const auto dir = ModelLocator::demoPhotoDir();
    QVERIFY(dir.ok());
    for (const QString &name :
         QDir(dir.value()).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        const cv::Mat photo = cv::imread(QDir(dir.value()).filePath(name).toStdString());
        QVERIFY(!photo.empty());
        std::vector<Landmarks68> faces;
        for (const FaceDetection &det : detector.value()->detect(photo)) {
            const auto points = landmarks.value()->landmarks(photo, det.box);
            QVERIFY(points.ok());
            faces.push_back(points.value());
        }
        m_photos.push_back(photo);
        m_faces.push_back(faces);
    }
    int total = 0;
    for (const auto &f : m_faces)
        total += int(f.size());
    qInfo("%d faces in %d demo photos", total, int(m_photos.size()));
    QVERIFY(total >= 15);
}

void TestIdentity::alignedRect()
{
    Landmarks68 points{};
    for (size_t i = 0; i < points.size(); ++i)
        points[i] = cv::Point2f(100.f + float(i % 10) * 10.f, 50.f + float(i / 10) * 20.f);
    // bbox x 100..190, y 50..170 -> grown by 10% of w/h on each side.
    const cv::Rect2f r = FaceRecognizer::alignedRect(points);
    QCOMPARE(r.x, 91.f);
    QCOMPARE(r.y, 38.f);
    QCOMPARE(r.width, 108.f);
    QCOMPARE(r.height, 144.f);
    const cv::Mat image(120, 250, CV_8UC3, cv::Scalar::all(9));
    const cv::Mat crop = FaceRecognizer::alignedCrop(image, points);
    QCOMPARE(crop.cols, 108);
    QCOMPARE(crop.rows, 120 - 38); // clipped at the bottom border
}

void TestIdentity::sameFaceCloserThanOthers()
{
    std::vector<cv::Mat> cropsA, cropsB;
    for (size_t p = 0; p < m_photos.size(); ++p) {
        for (const Landmarks68 &face : m_faces[p]) {
            cropsA.push_back(FaceRecognizer::alignedCrop(m_photos[p], face));
            // Second crop: box shifted by 5% and grown 8%, brighter and slightly blurred.
            Landmarks68 moved = face;
            const cv::Rect2f r = FaceRecognizer::alignedRect(face);
            const cv::Point2f centre(r.x + r.width / 2, r.y + r.height / 2);
            for (cv::Point2f &pt : moved)
                pt = centre + (pt - centre) * 1.08f
                     + cv::Point2f(0.05f * r.width, -0.04f * r.height);
            cv::Mat b = FaceRecognizer::alignedCrop(m_photos[p], moved);
            b.convertTo(b, -1, 1.1, 12);
            cv::GaussianBlur(b, b, cv::Size(3, 3), 0.8);
            cropsB.push_back(b);
        }
    }
    const auto a = m_recognizer->descriptors(cropsA);
    const auto b = m_recognizer->descriptors(cropsB);
    QVERIFY(a.ok() && b.ok());
    const int n = a->rows;
    double sameSum = 0.0, differentSum = 0.0, sameMax = 0.0, differentMin = 1e9;
    int differentCount = 0, rankOne = 0;
    for (int i = 0; i < n; ++i) {
        const float same = FaceRecognizer::distance(a->ptr<float>(i), b->ptr<float>(i));
        sameSum += same;
        sameMax = std::max(sameMax, double(same));
        bool closest = true;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const float other = FaceRecognizer::distance(a->ptr<float>(i), b->ptr<float>(j));
            differentSum += other;
            differentMin = std::min(differentMin, double(other));
            ++differentCount;
            if (other <= same)
                closest = false;
        }
        rankOne += closest ? 1 : 0;
    }
    qInfo("descriptor distances over %d faces: same face mean %.3f max %.3f; different people "
          "mean %.3f min %.3f; rank-1 %d/%d",
          n, sameSum / n, sameMax, differentSum / differentCount, differentMin, rankOne, n);
    QCOMPARE(rankOne, n);
    QVERIFY(sameMax < FaceRecognizer::kSamePersonDistance);
    QVERIFY(differentSum / differentCount > FaceRecognizer::kSamePersonDistance);
}

void TestIdentity::clipMedian()
{
    // A "clip" of 5 frames of one face (different jitters), one frame marked bad.
    QVERIFY(!m_faces.empty() && !m_faces[0].empty());
    std::vector<cv::Mat> frames;
    std::vector<Landmarks68> points;
    for (int i = 0; i < 5; ++i) {
        frames.push_back(m_photos[0]);
        Landmarks68 p = m_faces[0][0];
        for (cv::Point2f &pt : p)
            pt += cv::Point2f(float(i - 2) * 2.f, float(2 - i));
        points.push_back(p);
    }
    frames[4] = cv::Mat(m_photos[0].size(), CV_8UC3, cv::Scalar::all(0)); // black frame
    const std::vector<bool> good = {true, true, true, true, false};
    const auto clip = IdentityDescriptor::forClip(*m_recognizer, frames, points, good);
    QVERIFY(clip.ok());
    QCOMPARE(clip->framesUsed, 4);
    QCOMPARE(int(clip->descriptor.size()), 128);
    const auto single = m_recognizer->descriptors(
        {FaceRecognizer::alignedCrop(m_photos[0], m_faces[0][0])});
    QVERIFY(single.ok());
    const std::vector<float> one(single->ptr<float>(0), single->ptr<float>(0) + 128);
    QVERIFY(IdentityDescriptor::distance(clip->descriptor, one) < 0.2f);
    // Median per dimension (even count: mean of the middle two).
    const cv::Mat rows = (cv::Mat_<float>(4, 2) << 1, 10, 3, 40, 2, 20, 100, 30);
    const auto med = IdentityDescriptor::median(rows);
    QVERIFY(med.ok());
    QCOMPARE(med.value()[0], 2.5f);
    QCOMPARE(med.value()[1], 25.f);
    const auto masked = IdentityDescriptor::median(rows, {true, true, true, false});
    QCOMPARE(masked.value()[0], 2.f);
}

void TestIdentity::badInput()
{
    QVERIFY(!IdentityDescriptor::median(cv::Mat()).ok());
    const cv::Mat rows = cv::Mat::ones(3, 4, CV_32F);
    QVERIFY(!IdentityDescriptor::median(rows, {false, false, false}).ok());
    QVERIFY(!IdentityDescriptor::median(rows, {true}).ok());
    QVERIFY(!IdentityDescriptor::forClip(*m_recognizer, {}, {}).ok());
    QVERIFY(!IdentityDescriptor::forClip(*m_recognizer, {cv::Mat()}, {Landmarks68{}}).ok());
    QVERIFY(!IdentityDescriptor::forClip(*m_recognizer, {m_photos[0]}, {}).ok());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
