// Which face the tracker follows when a frame holds several: the largest, most central one;
// and when the detector misses that face in the opening frame and the tracker takes someone at
// the edge, it switches to the subject while settling and withdraws the frames it spent on the
// other face. Real demo-photo faces on a plain background.
#include "synthclip.h"

#include "face/facetracker.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace fm;

namespace {

constexpr int kFrames = 12;

cv::Point2f centreOf(const cv::Rect2f &r)
{
    return cv::Point2f(r.x + r.width / 2, r.y + r.height / 2);
}

} // namespace

class TestFaceTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void centralFaceIsChosen();
    void switchesToTheSubjectWhileSettling();
    void withoutSettlingStaysOnTheFirstFace();
    void centredFaceIsNotReconsidered();
    void centralFaceBeatsALargerOneAtTheEdge();

private:
    /** Frame `t`: the subject in the middle (absent in frame 0 if `subjectLate`), a second
     *  person at the right edge. */
    cv::Mat frame(int t, bool subjectLate, bool withBystander = true) const;
    /** Tracks kFrames frames; returns what each frame gave. */
    std::vector<TrackedFace> run(bool subjectLate, int settleFrames,
                                 bool withBystander = true) const;
    bool onSubject(const TrackedFace &face) const;
    bool onBystander(const TrackedFace &face) const;

    testing::FaceFrame m_subject, m_bystander;
    cv::Rect m_subjectRect, m_bystanderRect;
};

void TestFaceTracker::initTestCase()
{
    auto subject = testing::demoFace(cv::Size(280, 320), 0);
    QVERIFY2(subject.ok(), subject.ok() ? "" : qPrintable(subject.error().message));
    auto bystander = testing::demoFace(cv::Size(200, 240), 1);
    QVERIFY2(bystander.ok(), bystander.ok() ? "" : qPrintable(bystander.error().message));
    m_subject = subject.value();
    m_bystander = bystander.value();
    m_subjectRect = cv::Rect(260, 80, 280, 320);
    m_bystanderRect = cv::Rect(600, 120, 200, 240);
}

cv::Mat TestFaceTracker::frame(int t, bool subjectLate, bool withBystander) const
{
    cv::Mat canvas(480, 800, CV_8UC3, cv::Scalar(120, 125, 130));
    if (!(subjectLate && t == 0))
        m_subject.image.copyTo(canvas(m_subjectRect));
    if (withBystander)
        m_bystander.image.copyTo(canvas(m_bystanderRect));
    return canvas;
}

std::vector<TrackedFace> TestFaceTracker::run(bool subjectLate, int settleFrames,
                                              bool withBystander) const
{
    FaceTrackerOptions options;
    options.detectLongSide = 0; // both faces at full resolution
    options.settleFrames = settleFrames;
    auto tracker = FaceTracker::createDefault(options);
    std::vector<TrackedFace> faces;
    if (!tracker.ok())
        return faces;
    for (int t = 0; t < kFrames; ++t)
        faces.push_back(tracker.value()->track(frame(t, subjectLate, withBystander)));
    return faces;
}

bool TestFaceTracker::onSubject(const TrackedFace &face) const
{
    return face.found && cv::Rect2f(m_subjectRect).contains(centreOf(face.shape.box));
}

bool TestFaceTracker::onBystander(const TrackedFace &face) const
{
    return face.found && cv::Rect2f(m_bystanderRect).contains(centreOf(face.shape.box));
}

void TestFaceTracker::centralFaceIsChosen()
{
    const std::vector<TrackedFace> faces = run(false, 30);
    QCOMPARE(int(faces.size()), kFrames);
    for (int t = 0; t < kFrames; ++t) {
        QVERIFY2(onSubject(faces[size_t(t)]), qPrintable(QStringLiteral("frame %1").arg(t)));
        QCOMPARE(faces[size_t(t)].retract, 0);
    }
}

void TestFaceTracker::switchesToTheSubjectWhileSettling()
{
    const std::vector<TrackedFace> faces = run(true, 30);
    QCOMPARE(int(faces.size()), kFrames);
    // Frame 0 has only the bystander: the tracker takes them.
    QVERIFY(onBystander(faces[0]));
    int switched = -1;
    for (int t = 1; t < kFrames && switched < 0; ++t) {
        if (onSubject(faces[size_t(t)]))
            switched = t;
        else
            QCOMPARE(faces[size_t(t)].retract, 0);
    }
    // Off-centre faces are checked against a full detection every third frame.
    QCOMPARE(switched, 3);
    QVERIFY(faces[size_t(switched)].detected);
    QCOMPARE(faces[size_t(switched)].retract, switched); // frames 0..2 followed the bystander
    for (int t = switched + 1; t < kFrames; ++t) {
        QVERIFY2(onSubject(faces[size_t(t)]), qPrintable(QStringLiteral("frame %1").arg(t)));
        QCOMPARE(faces[size_t(t)].retract, 0);
    }
}

void TestFaceTracker::withoutSettlingStaysOnTheFirstFace()
{
    // The behaviour settling corrects: with it off, the bystander is followed throughout.
    const std::vector<TrackedFace> faces = run(true, 0);
    QCOMPARE(int(faces.size()), kFrames);
    for (int t = 0; t < kFrames; ++t)
        QVERIFY2(onBystander(faces[size_t(t)]), qPrintable(QStringLiteral("frame %1").arg(t)));
}

void TestFaceTracker::centredFaceIsNotReconsidered()
{
    // A lone subject in the middle who appears after frame 0 is simply followed: no switch,
    // nothing withdrawn.
    const std::vector<TrackedFace> faces = run(true, 30, false);
    QCOMPARE(int(faces.size()), kFrames);
    QVERIFY(!faces[0].found);
    for (int t = 1; t < kFrames; ++t) {
        QVERIFY2(onSubject(faces[size_t(t)]), qPrintable(QStringLiteral("frame %1").arg(t)));
        QCOMPARE(faces[size_t(t)].retract, 0);
    }
}

void TestFaceTracker::centralFaceBeatsALargerOneAtTheEdge()
{
    // Swap the sizes: the bystander at the edge now has about twice the subject's area. The
    // subject in the middle is still the one followed, from the first frame.
    auto subject = testing::demoFace(cv::Size(200, 240), 0);
    auto bystander = testing::demoFace(cv::Size(320, 360), 1);
    QVERIFY(subject.ok() && bystander.ok());
    m_subject = subject.value();
    m_bystander = bystander.value();
    m_subjectRect = cv::Rect(260, 120, 200, 240);
    m_bystanderRect = cv::Rect(480, 60, 320, 360);
    const std::vector<TrackedFace> faces = run(false, 30);
    QCOMPARE(int(faces.size()), kFrames);
    for (int t = 0; t < kFrames; ++t) {
        QVERIFY2(onSubject(faces[size_t(t)]), qPrintable(QStringLiteral("frame %1").arg(t)));
        QCOMPARE(faces[size_t(t)].retract, 0);
    }
    // The set-up holds: both faces are found and the bystander's is the larger.
    FaceTrackerOptions options;
    options.detectLongSide = 0;
    auto tracker = FaceTracker::createDefault(options);
    QVERIFY(tracker.ok());
    const std::vector<FaceShape> all = tracker.value()->findAll(frame(0, false));
    QCOMPARE(int(all.size()), 2);
    QVERIFY(cv::Rect2f(m_bystanderRect).contains(centreOf(all[0].box))); // largest first
    QVERIFY2(all[0].box.area() > 1.5f * all[1].box.area(),
             qPrintable(QStringLiteral("%1 vs %2").arg(all[0].box.area()).arg(all[1].box.area())));
}

QTEST_GUILESS_MAIN(TestFaceTracker)
#include "tst_facetracker.moc"
