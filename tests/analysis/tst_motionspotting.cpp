// Motion spotting against ground truth: real demo-photo faces rendered into video files
// (ClipWriter) with a region displaced from a known onset to a known offset, plus head
// jitter and sensor noise, analysed by the real pipeline. Also pure-landmark unit cases.
#include "synthclip.h"

#include "motion/clipanalyzer.h"
#include "motion/motionspotter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace fm;
using namespace fm::testing;

namespace {

double percentile(std::vector<int> v, double q)
{
    std::sort(v.begin(), v.end());
    const double pos = q * (v.size() - 1);
    const size_t i = size_t(std::floor(pos));
    const double f = pos - i;
    return i + 1 < v.size() ? v[i] * (1 - f) + v[i + 1] * f : v[i];
}

Landmarks68 templateShape()
{
    // A plausible frontal shape: a face ~200 px wide; exact geometry does not matter here.
    Landmarks68 p{};
    for (int k = 0; k < 17; ++k) {
        const double a = M_PI * (0.05 + 0.9 * k / 16.0);
        p[size_t(k)] = cv::Point2f(float(320 - 100 * std::cos(a)), float(220 + 110 * std::sin(a)));
    }
    for (int k = 17; k < 27; ++k)
        p[size_t(k)] = cv::Point2f(float(250 + (k - 17) * 15.5f),
                                   170.f - (k == 19 || k == 24 ? 8.f : 4.f));
    for (int k = 27; k < 36; ++k)
        p[size_t(k)] = k < 31 ? cv::Point2f(320.f, float(190 + (k - 27) * 14))
                              : cv::Point2f(float(300 + (k - 31) * 10), 250.f);
    for (int k = 36; k < 48; ++k) {
        const double cx = k < 42 ? 275 : 365;
        const double a = 2 * M_PI * ((k - 36) % 6) / 6.0;
        p[size_t(k)] = cv::Point2f(float(cx - 15 * std::cos(a)), float(195 - 6 * std::sin(a)));
    }
    for (int k = 48; k < 68; ++k) {
        const int n = k < 60 ? 12 : 8, i = k < 60 ? k - 48 : k - 60;
        const double r = k < 60 ? 35 : 25;
        const double a = 2 * M_PI * i / n;
        p[size_t(k)] = cv::Point2f(float(320 - r * std::cos(a)),
                                   float(285 - 0.35 * r * std::sin(a)));
    }
    return p;
}

} // namespace

class TestMotionSpotting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rigidMotionOnly();
    void landmarkMotion();
    void tooShort();
    void heldToEnd();
    void incidentalBlinkLeftOut();
    void winkAlone();
    void groundTruth_data();
    void groundTruth();
    void noMotionClip();
    void errorSummary();

private:
    QTemporaryDir m_dir;
    FaceFrame m_face;
    FaceFrame m_otherFace;
    std::unique_ptr<ClipAnalyzer> m_analyzer;
    std::vector<int> m_onsetErrors, m_offsetErrors;
};

void TestMotionSpotting::initTestCase()
{
    auto face = demoFace(cv::Size(640, 480));
    QVERIFY2(face, qPrintable(face ? QString() : face.error().message));
    m_face = face.value();
    auto other = demoFace(cv::Size(640, 480), 1);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    m_otherFace = other.value();
    auto analyzer = ClipAnalyzer::create();
    QVERIFY(analyzer);
    m_analyzer = std::move(analyzer.value());
}

void TestMotionSpotting::rigidMotionOnly()
{
    // Large head translation, rotation and scale with landmark noise: no facial motion.
    const Landmarks68 base = templateShape();
    cv::RNG rng(7);
    std::vector<Landmarks68> frames;
    for (int t = 0; t < 80; ++t) {
        const double angle = 0.15 * std::sin(t / 9.0), scale = 1.0 + 0.2 * std::sin(t / 13.0);
        const cv::Point2f shift(float(40 * std::sin(t / 7.0)), float(25 * std::cos(t / 11.0)));
        Landmarks68 s{};
        for (size_t k = 0; k < 68; ++k) {
            const cv::Point2f c = base[k] - cv::Point2f(320, 240);
            s[k] = cv::Point2f(float(scale * (std::cos(angle) * c.x - std::sin(angle) * c.y)),
                               float(scale * (std::sin(angle) * c.x + std::cos(angle) * c.y)))
                   + cv::Point2f(320, 240) + shift
                   + cv::Point2f(float(rng.gaussian(0.5)), float(rng.gaussian(0.5)));
        }
        frames.push_back(s);
    }
    const MotionSpot spot = MotionSpotter().spot(frames, std::vector<bool>(frames.size(), true), 30);
    QCOMPARE(MotionSpotter::statusName(spot.status), QStringLiteral("no-motion"));
    QVERIFY(spot.message.contains(QStringLiteral("No facial motion")));
}

void TestMotionSpotting::landmarkMotion()
{
    // Mouth opens from frame 25 to 54 while the head drifts; frames 40-42 have no face.
    const Landmarks68 base = templateShape();
    cv::RNG rng(3);
    std::vector<Landmarks68> frames;
    std::vector<bool> present;
    for (int t = 0; t < 90; ++t) {
        double s = 0.0;
        if (t >= 25 && t <= 54)
            s = std::sin(M_PI * (t - 24) / 31.0);
        Landmarks68 shape = base;
        for (int k : {5, 6, 7, 8, 9, 10, 11, 55, 56, 57, 58, 59, 65, 66, 67})
            shape[size_t(k)].y += float(30 * s);
        for (cv::Point2f &p : shape)
            p += cv::Point2f(float(0.5 * t + rng.gaussian(0.4)), float(rng.gaussian(0.4)));
        frames.push_back(shape);
        present.push_back(t < 40 || t > 42);
    }
    const MotionSpot spot = MotionSpotter().spot(frames, present, 30);
    QVERIFY2(spot.found(), qPrintable(spot.message));
    QVERIFY2(std::abs(spot.onset - 25) <= 2, qPrintable(QString::number(spot.onset)));
    QVERIFY2(std::abs(spot.offset - 54) <= 2, qPrintable(QString::number(spot.offset)));
    QVERIFY2(std::abs(spot.apex - 39.5) <= 3, qPrintable(QString::number(spot.apex)));
    QCOMPARE(spot.dominantRegion, QStringLiteral("mouth"));
    QVERIFY(spot.confidence > 0.5);
    QCOMPARE(int(spot.energy.size()), 90);
    QCOMPARE(int(spot.regions.size()), 5);
}

void TestMotionSpotting::tooShort()
{
    const Landmarks68 base = templateShape();
    const MotionSpot one = MotionSpotter().spot({base}, {true}, 30);
    QCOMPARE(one.status, MotionStatus::TooShort);
    QVERIFY(!one.message.isEmpty());
    const MotionSpot none = MotionSpotter().spot(std::vector<Landmarks68>(10, base),
                                                 std::vector<bool>(10, false), 30);
    QCOMPARE(none.status, MotionStatus::TooShort);
    QVERIFY(none.message.contains(QStringLiteral("No frame has a face")));
}

namespace {

/** Template frames with landmark noise and a slow head drift; `shape(t, s)` edits frame t. */
std::vector<Landmarks68> noisyClip(int frames, unsigned seed,
                                   const std::function<void(int, Landmarks68 &)> &shape)
{
    const Landmarks68 base = templateShape();
    cv::RNG rng(seed);
    std::vector<Landmarks68> out;
    for (int t = 0; t < frames; ++t) {
        Landmarks68 s = base;
        shape(t, s);
        for (cv::Point2f &p : s)
            p += cv::Point2f(float(0.3 * t + rng.gaussian(0.4)), float(rng.gaussian(0.4)));
        out.push_back(s);
    }
    return out;
}

/** Closes one eye of the template (upper lid onto the lower) by `amount` 0..1. */
void closeEye(Landmarks68 &s, bool imageLeft, double amount)
{
    const int up1 = imageLeft ? 37 : 43, up2 = imageLeft ? 38 : 44;
    const int low1 = imageLeft ? 41 : 47, low2 = imageLeft ? 40 : 46;
    s[size_t(up1)] += (s[size_t(low1)] - s[size_t(up1)]) * float(0.9 * amount);
    s[size_t(up2)] += (s[size_t(low2)] - s[size_t(up2)]) * float(0.9 * amount);
}

double ramp(int t, int start, int length)
{
    return std::clamp(double(t - start + 1) / length, 0.0, 1.0);
}

} // namespace

void TestMotionSpotting::heldToEnd()
{
    // Brows rise from frame 14 over 6 frames and stay up to the end: the tail is the apex,
    // not rest, so the rest shape must come from the lead-in.
    const auto frames = noisyClip(34, 5, [](int t, Landmarks68 &s) {
        for (int k = 17; k <= 26; ++k)
            s[size_t(k)].y -= float(14 * ramp(t, 14, 6));
    });
    const MotionSpot spot = MotionSpotter().spot(frames, std::vector<bool>(frames.size(), true), 30);
    QVERIFY2(spot.found(), qPrintable(spot.message));
    QVERIFY2(std::abs(spot.onset - 14) <= 2, qPrintable(QString::number(spot.onset)));
    QCOMPARE(spot.offset, 33);
    QCOMPARE(spot.dominantRegion, QStringLiteral("brows"));
}

void TestMotionSpotting::incidentalBlinkLeftOut()
{
    // A blink at frames 2-6, then the mouth opens at 20 and closes by 33: the blink is no part
    // of the motion.
    const auto frames = noisyClip(44, 9, [](int t, Landmarks68 &s) {
        if (t >= 2 && t <= 6) {
            const double amount = std::sin(M_PI * (t - 1) / 6.0);
            closeEye(s, true, amount);
            closeEye(s, false, amount);
        }
        const double open = t >= 20 && t <= 33 ? std::sin(M_PI * (t - 19) / 15.0) : 0.0;
        for (int k : {5, 6, 7, 8, 9, 10, 11, 55, 56, 57, 58, 59, 65, 66, 67})
            s[size_t(k)].y += float(25 * open);
    });
    const MotionSpot spot = MotionSpotter().spot(frames, std::vector<bool>(frames.size(), true), 30);
    QVERIFY2(spot.found(), qPrintable(spot.message));
    QVERIFY2(std::abs(spot.onset - 20) <= 2, qPrintable(QString::number(spot.onset)));
    QVERIFY2(std::abs(spot.offset - 33) <= 2, qPrintable(QString::number(spot.offset)));
    QVERIFY2(spot.message.contains(QStringLiteral("blink")), qPrintable(spot.message));

    // The same blink alone is what moved: it is reported, not dropped.
    const auto blinkOnly = noisyClip(30, 9, [](int t, Landmarks68 &s) {
        if (t >= 12 && t <= 16) {
            const double amount = std::sin(M_PI * (t - 11) / 6.0);
            closeEye(s, true, amount);
            closeEye(s, false, amount);
        }
    });
    const MotionSpot only = MotionSpotter().spot(blinkOnly,
                                                 std::vector<bool>(blinkOnly.size(), true), 30);
    QVERIFY2(only.found(), qPrintable(only.message));
    QVERIFY2(std::abs(only.onset - 12) <= 2, qPrintable(QString::number(only.onset)));
    QVERIFY2(std::abs(only.offset - 16) <= 2, qPrintable(QString::number(only.offset)));
}

void TestMotionSpotting::winkAlone()
{
    // One eye closes (2 of the 51 inner points move) from 15 to 26: tested per eye, it is found.
    const auto frames = noisyClip(40, 13, [](int t, Landmarks68 &s) {
        if (t >= 15 && t <= 26)
            closeEye(s, false, std::sin(M_PI * (t - 14) / 13.0));
    });
    const MotionSpot spot = MotionSpotter().spot(frames, std::vector<bool>(frames.size(), true), 30);
    QVERIFY2(spot.found(), qPrintable(spot.message));
    QVERIFY2(std::abs(spot.onset - 15) <= 2, qPrintable(QString::number(spot.onset)));
    QVERIFY2(std::abs(spot.offset - 26) <= 2, qPrintable(QString::number(spot.offset)));
    QCOMPARE(spot.dominantRegion, QStringLiteral("eyes"));
}

void TestMotionSpotting::groundTruth_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("onset");
    QTest::addColumn<int>("apexStart");
    QTest::addColumn<int>("apexEnd");
    QTest::addColumn<int>("offset");
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("face");
    const int mouth = SyntheticMotion::Mouth, brows = SyntheticMotion::Brows;
    QTest::newRow("mouth early short") << mouth << 20 << 28 << 34 << 42 << 0.35 << 1u << "mp4" << 0;
    QTest::newRow("mouth middle") << mouth << 35 << 45 << 55 << 65 << 0.30 << 2u << "avi" << 0;
    QTest::newRow("mouth slow") << mouth << 25 << 45 << 50 << 72 << 0.35 << 3u << "mp4" << 0;
    QTest::newRow("mouth small") << mouth << 30 << 38 << 46 << 56 << 0.18 << 4u << "mkv" << 0;
    QTest::newRow("mouth late") << mouth << 50 << 58 << 64 << 75 << 0.30 << 5u << "mp4" << 0;
    QTest::newRow("brows") << brows << 30 << 38 << 48 << 58 << 0.35 << 6u << "mp4" << 0;
    QTest::newRow("brows slow") << brows << 22 << 38 << 44 << 62 << 0.40 << 7u << "avi" << 0;
    QTest::newRow("brows fast") << brows << 40 << 44 << 50 << 55 << 0.35 << 8u << "mp4" << 0;
    QTest::newRow("face 2 mouth") << mouth << 28 << 36 << 44 << 54 << 0.30 << 9u << "mp4" << 1;
    QTest::newRow("face 2 mouth slow")
        << mouth << 20 << 38 << 42 << 60 << 0.30 << 10u << "avi" << 1;
    QTest::newRow("face 2 brows") << brows << 33 << 40 << 50 << 58 << 0.35 << 11u << "mp4" << 1;
    QTest::newRow("face 2 brows late")
        << brows << 55 << 62 << 68 << 78 << 0.40 << 12u << "mkv" << 1;
}

void TestMotionSpotting::groundTruth()
{
    QFETCH(int, region);
    QFETCH(int, onset);
    QFETCH(int, apexStart);
    QFETCH(int, apexEnd);
    QFETCH(int, offset);
    QFETCH(double, amplitude);
    QFETCH(unsigned, seed);
    QFETCH(QString, suffix);
    QFETCH(int, face);
    SyntheticMotion motion;
    motion.region = SyntheticMotion::Region(region);
    motion.frames = 90;
    motion.onset = onset;
    motion.apexStart = apexStart;
    motion.apexEnd = apexEnd;
    motion.offset = offset;
    motion.amplitude = amplitude;
    motion.seed = seed;
    // FM_TEST_OUTPUT=DIR keeps the clips to look at.
    const QString out = qEnvironmentVariable("FM_TEST_OUTPUT", m_dir.path());
    QDir().mkpath(out);
    const QString path = QDir(out).filePath(QStringLiteral("gt%1.%2").arg(seed).arg(suffix));
    const auto written = writeSyntheticClip(path, face == 0 ? m_face : m_otherFace, motion);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    const auto result = m_analyzer->analyze(path);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const ClipAnalysis &a = result.value();
    QCOMPARE(int(a.frames.size()), 90);
    // The strongest synthetic warps can distort a frame beyond what the frontal detector
    // accepts: those frames are flagged (no face) and interpolated over by the spotter.
    QVERIFY2(a.framesWithFace() >= 85, qPrintable(QString::number(a.framesWithFace())));
    if (a.framesWithFace() < 90)
        qInfo("%d frame(s) flagged without a face", 90 - a.framesWithFace());
    QVERIFY2(a.motion.found(), qPrintable(a.motion.message));
    const int onsetError = std::abs(a.motion.onset - onset);
    const int offsetError = std::abs(a.motion.offset - offset);
    m_onsetErrors.push_back(onsetError);
    m_offsetErrors.push_back(offsetError);
    qInfo("truth %d-%d, found %d-%d (apex %d), confidence %.2f", onset, offset, a.motion.onset,
          a.motion.offset, a.motion.apex, a.motion.confidence);
    QVERIFY(a.motion.apex >= onset && a.motion.apex <= offset);
    QCOMPARE(a.motion.dominantRegion,
             QString::fromLatin1(region == SyntheticMotion::Mouth ? "mouth" : "brows"));

    QVERIFY(onsetError <= 6);
    QVERIFY(offsetError <= 8);
}

void TestMotionSpotting::noMotionClip()
{
    SyntheticMotion still;
    still.region = SyntheticMotion::None;
    still.frames = 75;
    still.jitterPx = 1.5;
    const QString path = QDir(qEnvironmentVariable("FM_TEST_OUTPUT", m_dir.path()))
                             .filePath(QStringLiteral("still.mp4"));
    QVERIFY(writeSyntheticClip(path, m_face, still));
    const auto result = m_analyzer->analyze(path);
    QVERIFY(result);
    QCOMPARE(result.value().framesWithFace(), 75);
    qInfo("still clip: %s", qPrintable(result.value().motion.message));
    QCOMPARE(result.value().motion.status, MotionStatus::NoMotion);
    QCOMPARE(result.value().motion.onset, -1);
    QVERIFY(
        result.value().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("No facial motion")));
}

void TestMotionSpotting::errorSummary()
{
    QVERIFY(!m_onsetErrors.empty());
    const double onsetMedian = percentile(m_onsetErrors, 0.5);
    const double onsetP90 = percentile(m_onsetErrors, 0.9);
    const double offsetMedian = percentile(m_offsetErrors, 0.5);
    const double offsetP90 = percentile(m_offsetErrors, 0.9);
    qInfo("onset error: median %.1f, p90 %.1f frames; offset error: median %.1f, p90 %.1f "
          "frames (%d clips)",
          onsetMedian, onsetP90, offsetMedian, offsetP90, int(m_onsetErrors.size()));
    QVERIFY(onsetMedian <= 2.0);
    QVERIFY(offsetMedian <= 2.0);
    QVERIFY(onsetP90 <= 5.0);
    QVERIFY(offsetP90 <= 5.0);
}

QTEST_GUILESS_MAIN(TestMotionSpotting)
#include "tst_motionspotting.moc"
