// Facial actions, visemes and repetition timelines: the ground truth the generator writes.
#include "synth/facialactions.h"
#include "synth/motionscript.h"

#include <QTest>

#include <cmath>

using namespace fm;

namespace {

/** A frontal, level face with an eye distance of 100 px (mean iBUG shape, roughly). */
Landmarks68 frontalFace()
{
    Landmarks68 p{};
    for (int i = 0; i <= 16; ++i) // jaw: a U from ear to ear
        p[i] = cv::Point2f(200 + 110 * std::cos(M_PI * (1.0 - i / 16.0)),
                           200 + 150 * std::sin(M_PI * i / 16.0));
    for (int i = 17; i <= 26; ++i)
        p[i] = cv::Point2f(120 + 18 * (i - 17) + (i >= 22 ? 16 : 0), 165);
    for (int i = 27; i <= 30; ++i)
        p[i] = cv::Point2f(200, 190 + 15 * (i - 27));
    for (int i = 31; i <= 35; ++i)
        p[i] = cv::Point2f(180 + 10 * (i - 31), 245);
    const float eye[6][2] = {{-20, 0}, {-7, -6}, {7, -6}, {20, 0}, {7, 6}, {-7, 6}};
    for (int k = 0; k < 6; ++k) {
        p[36 + k] = cv::Point2f(150 + eye[k][0], 190 + eye[k][1]);
        p[42 + k] = cv::Point2f(250 + eye[k][0], 190 + eye[k][1]);
    }
    for (int i = 48; i < 60; ++i) { // outer lip ellipse
        const double a = 2 * M_PI * (i - 48) / 12.0;
        p[i] = cv::Point2f(200 - 45 * std::cos(a), 290 - 15 * std::sin(a));
    }
    for (int i = 60; i < 68; ++i) {
        const double a = 2 * M_PI * (i - 60) / 8.0;
        p[i] = cv::Point2f(200 - 35 * std::cos(a), 290 - 4 * std::sin(a));
    }
    return p;
}

float meanDy(const LandmarkOffsets &o, int from, int to)
{
    float sum = 0;
    for (int i = from; i <= to; ++i)
        sum += o[i].y;
    return sum / float(to - from + 1);
}

} // namespace

class TestMotionScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionMovesSomething();
    void actionsMoveTheRightWay();
    void sidesAreTheSubjects();
    void sidesOnATurnedFace();
    void offsetsFollowFaceSize();
    void visemesOfWords_data();
    void visemesOfWords();
    void timelineHasNeutralEnds();
    void flashIsTwoOrThreeFrames();
    void heldApexLastsToTheEnd();
    void microExpressionIsFaint();
    void tongueOnlyWhileMouthOpen();
    void sameSeedSameRepetition();
};

void TestMotionScript::everyActionMovesSomething()
{
    const Landmarks68 face = frontalFace();
    for (FacialAction a : allFacialActions()) {
        const float moved = meanOffsetLength(facialActionOffsets(a, face));
        QVERIFY2(moved > 0.5f, qPrintable(facialActionId(a)));
        QVERIFY(!facialActionName(a).isEmpty());
    }
}

void TestMotionScript::actionsMoveTheRightWay()
{
    const Landmarks68 face = frontalFace();
    QVERIFY(meanDy(facialActionOffsets(FacialAction::BrowRaise, face), 17, 26) < -10);
    QVERIFY(meanDy(facialActionOffsets(FacialAction::BrowLower, face), 17, 26) > 5);
    const LandmarkOffsets open = facialActionOffsets(FacialAction::MouthOpen, face);
    QVERIFY(open[8].y > 25);               // chin drops
    QVERIFY(open[66].y - open[62].y > 25); // lips part
    const LandmarkOffsets smile = facialActionOffsets(FacialAction::Smile, face);
    QVERIFY(smile[48].x < -10 && smile[48].y < -5); // corners out and up
    QVERIFY(smile[54].x > 10 && smile[54].y < -5);
    const LandmarkOffsets pucker = facialActionOffsets(FacialAction::Pucker, face);
    QVERIFY(pucker[48].x > 5 && pucker[54].x < -5); // corners in
    const LandmarkOffsets blink = facialActionOffsets(FacialAction::Blink, face);
    // The lids meet (a closed eye, not a squashed one), nearer the lower lid: the upper lid
    // travels most of the way, the lower one rises a little.
    for (const auto &[upper, lower] : {std::pair{37, 41}, {38, 40}, {43, 47}, {44, 46}}) {
        QVERIFY(std::abs(face[upper].y + blink[upper].y - face[lower].y - blink[lower].y) < 0.5f);
        QVERIFY(blink[lower].y < 0);
        QVERIFY(blink[upper].y > -3 * blink[lower].y);
    }
}

void TestMotionScript::sidesOnATurnedFace()
{
    // Head turned to the subject's left: nose and mouth shift to the image's right, the left
    // half of the face (image right) is narrower. Inner lip points then lie on the other side
    // of the eye midline, and still move to their own side.
    Landmarks68 face = frontalFace();
    for (int i = 27; i <= 35; ++i)
        face[i].x += 30;
    for (int i = 48; i < 68; ++i)
        face[i].x += 30;
    for (int i = 9; i <= 16; ++i)
        face[i].x = 230 + (face[i].x - 230) * 0.5f;
    QVERIFY(face[61].x > 200 && face[67].x > 200); // right of the eye midline
    const LandmarkOffsets stretch = facialActionOffsets(FacialAction::LipStretch, face);
    for (int i : {48, 49, 59, 60, 61, 67})
        QVERIFY2(stretch[i].x < -1, qPrintable(QString::number(i)));
    for (int i : {53, 54, 55, 63, 64, 65})
        QVERIFY2(stretch[i].x > 1, qPrintable(QString::number(i)));
    // Sideways movement on the narrower, far half is drawn shorter.
    QVERIFY(stretch[54].x < -stretch[48].x * 0.8f);
    // The pout's whole-mouth shift moves the midline points towards the subject's left.
    const LandmarkOffsets pout = facialActionOffsets(FacialAction::PoutLeft, face);
    QVERIFY(pout[51].x > 5 && pout[57].x > 5);
}

void TestMotionScript::sidesAreTheSubjects()
{
    // The subject's left eye is on the image's right (points 42-47).
    const Landmarks68 face = frontalFace();
    const LandmarkOffsets wink = facialActionOffsets(FacialAction::WinkLeft, face);
    QVERIFY(cv::norm(wink[43]) > 5);
    QCOMPARE(cv::norm(wink[37]), 0.0);
    const LandmarkOffsets smile = facialActionOffsets(FacialAction::SmileLeft, face);
    QVERIFY(cv::norm(smile[54]) > 10);
    QCOMPARE(cv::norm(smile[48]), 0.0);
    const LandmarkOffsets pout = facialActionOffsets(FacialAction::PoutRight, face);
    QVERIFY(pout[51].x < -5); // towards the image's left
}

void TestMotionScript::offsetsFollowFaceSize()
{
    Landmarks68 face = frontalFace(), twice{};
    for (int i = 0; i < 68; ++i)
        twice[i] = face[i] * 2.0f;
    const float a = meanOffsetLength(facialActionOffsets(FacialAction::Smile, face));
    const float b = meanOffsetLength(facialActionOffsets(FacialAction::Smile, twice));
    QVERIFY(std::abs(b / a - 2.0f) < 0.01f);
}

void TestMotionScript::visemesOfWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("visemes");
    QTest::newRow("hello") << "hello"
                           << "EE CONS OH";
    QTest::newRow("banana") << "banana"
                            << "MBP AA CONS AA CONS AA";
    QTest::newRow("moving") << "moving"
                            << "MBP OH FV EE CONS";
    QTest::newRow("pizza") << "pizza"
                           << "MBP EE CONS AA";
}

void TestMotionScript::visemesOfWords()
{
    QFETCH(QString, word);
    QFETCH(QString, visemes);
    QCOMPARE(visemesOf(word).join(QLatin1Char(' ')), visemes);
    const MotionSpec spec = lipMovement(word);
    QCOMPARE(spec.kind, SynthMotionKind::LipMovement);
    QCOMPARE(int(spec.segments.size()), int(visemesOf(word).size()));
}

void TestMotionScript::timelineHasNeutralEnds()
{
    RepetitionParams p;
    p.leadIn = 12;
    p.trailing = 9;
    const MotionTimeline tl = buildTimeline(compoundMotion(FacialAction::WinkLeft,
                                                           FacialAction::Smile),
                                            p);
    for (int f = 0; f <= p.leadIn; ++f) {
        for (float a : tl.motion[f])
            QCOMPARE(a, 0.0f);
    }
    for (int f = tl.frameCount() - p.trailing; f < tl.frameCount(); ++f) {
        for (float a : tl.motion[f])
            QCOMPARE(a, 0.0f);
    }
    // The wink comes before the smile.
    int winkPeak = 0, smilePeak = 0;
    for (int f = 0; f < tl.frameCount(); ++f) {
        if (tl.motion[f][int(FacialAction::WinkLeft)]
            > tl.motion[winkPeak][int(FacialAction::WinkLeft)])
            winkPeak = f;
        if (tl.motion[f][int(FacialAction::Smile)] > tl.motion[smilePeak][int(FacialAction::Smile)])
            smilePeak = f;
    }
    QVERIFY(winkPeak < smilePeak);
}

void TestMotionScript::flashIsTwoOrThreeFrames()
{
    RepetitionParams p;
    p.hardCase = HardCase::Flash;
    const MotionTimeline tl = buildTimeline(singleActionMotion(FacialAction::BrowRaise), p);
    int active = 0;
    for (const auto &frame : tl.motion)
        active += frame[int(FacialAction::BrowRaise)] > 0.1f ? 1 : 0;
    QVERIFY2(active >= 2 && active <= 3, qPrintable(QString::number(active)));
}

void TestMotionScript::heldApexLastsToTheEnd()
{
    RepetitionParams p;
    p.holdToEnd = true;
    const MotionTimeline tl = buildTimeline(singleActionMotion(FacialAction::Pucker), p);
    QCOMPARE(tl.motion.back()[int(FacialAction::Pucker)], 1.0f);
}

void TestMotionScript::microExpressionIsFaint()
{
    std::mt19937_64 rng(5);
    const RepetitionParams p = sampleRepetition(rng, HardCase::MicroExpression);
    QVERIFY(p.intensity < 0.25f);
    QVERIFY(p.intensity > 0.1f);
}

void TestMotionScript::tongueOnlyWhileMouthOpen()
{
    RepetitionParams p;
    p.hardCase = HardCase::Tongue;
    const MotionTimeline tl = buildTimeline(singleActionMotion(FacialAction::MouthOpen), p);
    int tongueFrames = 0;
    for (int f = 0; f < tl.frameCount(); ++f) {
        if (tl.tongue[f]) {
            ++tongueFrames;
            QVERIFY(tl.motion[f][int(FacialAction::MouthOpen)] > 0.45f);
        }
    }
    QVERIFY(tongueFrames > 3);
}

void TestMotionScript::sameSeedSameRepetition()
{
    std::mt19937_64 a(42), b(42), c(43);
    const RepetitionParams pa = sampleRepetition(a, HardCase::None);
    const RepetitionParams pb = sampleRepetition(b, HardCase::None);
    const RepetitionParams pc = sampleRepetition(c, HardCase::None);
    QCOMPARE(pa.leadIn, pb.leadIn);
    QCOMPARE(pa.speed, pb.speed);
    QCOMPARE(pa.gain, pb.gain);
    QVERIFY(pa.speed != pc.speed || pa.leadIn != pc.leadIn);
    QVERIFY(pa.speed >= 0.75f && pa.speed <= 1.25f);
    QVERIFY(pa.intensity >= 0.8f && pa.intensity <= 1.2f);
}

QTEST_GUILESS_MAIN(TestMotionScript)
#include "tst_motionscript.moc"
