#include "train/losses.h"

#include <QtTest>

#include <cmath>

using namespace fm;

namespace {

/** Unit vectors in 2-d used by every case: e0 = (1,0), e1 = (0.6,0.8), e2 = (0,1), e3 = (0.8,0.6). */
LossInput fourVectors()
{
    LossInput in;
    in.dim = 2;
    in.embeddings = {1.f, 0.f, 0.6f, 0.8f, 0.f, 1.f, 0.8f, 0.6f};
    return in;
}

float dot2(const std::vector<float> &g, int row, float x, float y)
{
    return g[size_t(2 * row)] * x + g[size_t(2 * row + 1)] * y;
}

} // namespace

/** Each training loss on hand-computed inputs: value and gradient direction. */
class TestTrainLosses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastiveSimilarity_data();
    void contrastiveSimilarity();
    void contrastiveDistance_data();
    void contrastiveDistance();
    void nPairMatchesHandComputation();
    void infoNceUsesPretrainTemperature();
    void tripletValueAndGradient();
    void badInput();
};

void TestTrainLosses::contrastiveSimilarity_data()
{
    QTest::addColumn<int>("b");
    QTest::addColumn<bool>("positive");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("gradientSign"); // of d loss / d e_b along e0
    // m_c = 0.5. Positive: 1 - S. Negative: max(0, S - m_c).
    QTest::newRow("positive S=0.6") << 1 << true << 0.4 << -1;
    QTest::newRow("positive S=0") << 2 << true << 1.0 << -1;
    QTest::newRow("negative S=0.8 above margin") << 3 << false << 0.3 << +1;
    QTest::newRow("negative S=0 below margin") << 2 << false << 0.0 << 0;
}

void TestTrainLosses::contrastiveSimilarity()
{
    QFETCH(int, b);
    QFETCH(bool, positive);
    QFETCH(double, expected);
    QFETCH(int, gradientSign);
    LossInput in = fourVectors();
    in.pairs = {{0, b, positive}};
    TrainConfig config;
    config.marginC = 0.5;
    const Result<LossValue> r = evaluateLoss(LossFunction::ContrastiveSimilarity, in, config);
    QVERIFY(r.ok());
    QVERIFY(std::abs(r->value - expected) < 1e-6);
    const float along = dot2(r->gradient, b, 1.f, 0.f);
    if (gradientSign == 0)
        QCOMPARE(along, 0.f);
    else
        QVERIFY(along * float(gradientSign) > 0.5f); // |dL/de_b| = |e0| = 1
}

void TestTrainLosses::contrastiveDistance_data()
{
    QTest::addColumn<int>("b");
    QTest::addColumn<bool>("positive");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("gradientSign");
    // m_p = 0.25, m_n = 0.3; d = 1 - S.
    QTest::newRow("positive d=0.4 beyond m_p") << 1 << true << 0.15 << -1;
    QTest::newRow("positive d=0.2 within m_p") << 3 << true << 0.0 << 0;
    QTest::newRow("negative d=0 inside m_n") << 0 << false << 0.3 << +1;
    QTest::newRow("negative d=1 beyond m_n") << 2 << false << 0.0 << 0;
}

void TestTrainLosses::contrastiveDistance()
{
    QFETCH(int, b);
    QFETCH(bool, positive);
    QFETCH(double, expected);
    QFETCH(int, gradientSign);
    LossInput in = fourVectors();
    in.pairs = {{0, b, positive}};
    TrainConfig config;
    config.marginP = 0.25;
    config.marginN = 0.3;
    const Result<LossValue> r = evaluateLoss(LossFunction::ContrastiveDistance, in, config);
    QVERIFY(r.ok());
    QVERIFY2(std::abs(r->value - expected) < 1e-6, qPrintable(QString::number(r->value)));
    // For the pair (0, 0) both rows are e0; look at the gradient summed on row 0.
    const float along = dot2(r->gradient, b, 1.f, 0.f);
    if (gradientSign == 0)
        QVERIFY(std::abs(along) < 1e-6f);
    else
        QVERIFY(along * float(gradientSign) > 0.5f);
}

void TestTrainLosses::nPairMatchesHandComputation()
{
    // Rows e0, e1, e2 with labels 0, 0, 1 and tau = 0.5. Row 0: S01 = 0.6, S02 = 0;
    // row 1: S10 = 0.6, S12 = 0.8; row 2 has no positive and is not counted.
    LossInput in = fourVectors();
    in.embeddings.resize(6);
    in.labels = {0, 0, 1};
    TrainConfig config;
    config.temperature = 0.5;
    const double t = 0.5;
    const double l0 = -std::log(std::exp(0.6 / t) / (std::exp(0.6 / t) + std::exp(0.0 / t)));
    const double l1 = -std::log(std::exp(0.6 / t) / (std::exp(0.6 / t) + std::exp(0.8 / t)));
    const Result<LossValue> r = evaluateLoss(LossFunction::NPair, in, config);
    QVERIFY(r.ok());
    QVERIFY2(std::abs(r->value - (l0 + l1) / 2) < 1e-6, qPrintable(QString::number(r->value)));
    // The negative e2 is pushed away from the anchors: its gradient points towards them.
    QVERIFY(dot2(r->gradient, 2, 0.6f, 0.8f) > 0);
    // The positive e1 is pulled towards e0: moving along e0 lowers the loss.
    QVERIFY(dot2(r->gradient, 1, 1.f, 0.f) < 0);
}

void TestTrainLosses::infoNceUsesPretrainTemperature()
{
    LossInput in = fourVectors();
    in.labels = {0, 0, 1, 1};
    TrainConfig a, b;
    a.pretrainTemperature = 0.1;
    b.pretrainTemperature = 1.0;
    const Result<LossValue> ra = evaluateLoss(LossFunction::InfoNce, in, a);
    const Result<LossValue> rb = evaluateLoss(LossFunction::InfoNce, in, b);
    QVERIFY(ra.ok() && rb.ok());
    // Row 0 (e0) with view e1 (S = 0.6), others e2 (0) and e3 (0.8) at tau = 1.
    const double l0 = -std::log(std::exp(0.6) / (std::exp(0.6) + std::exp(0.0) + std::exp(0.8)));
    const double l1 = -std::log(std::exp(0.6) / (std::exp(0.6) + std::exp(0.8) + std::exp(0.96)));
    const double l2 = -std::log(std::exp(0.6) / (std::exp(0.0) + std::exp(0.8) + std::exp(0.6)));
    const double l3 = -std::log(std::exp(0.6) / (std::exp(0.8) + std::exp(0.96) + std::exp(0.6)));
    QVERIFY2(std::abs(rb->value - (l0 + l1 + l2 + l3) / 4) < 1e-6,
             qPrintable(QString::number(rb->value)));
    QVERIFY(std::abs(ra->value - rb->value) > 1e-3);
}

void TestTrainLosses::tripletValueAndGradient()
{
    // anchor e0, positive e1 (d = 0.4), negative e3 (d = 0.2), margin 0.2 -> 0.4.
    LossInput in = fourVectors();
    in.triplets = {{0, 1, 3}, {0, 3, 1}};
    TrainConfig config;
    config.tripletMargin = 0.2;
    Result<LossValue> r = evaluateLoss(LossFunction::Triplet, in, config);
    QVERIFY(r.ok());
    // Second triplet: d(a,p) = 0.2, d(a,n) = 0.4 -> max(0, 0.2 - 0.4 + 0.2) = 0.
    QVERIFY2(std::abs(r->value - 0.2) < 1e-6, qPrintable(QString::number(r->value)));
    in.triplets = {{0, 1, 3}};
    r = evaluateLoss(LossFunction::Triplet, in, config);
    QVERIFY(std::abs(r->value - 0.4) < 1e-6);
    QVERIFY(dot2(r->gradient, 1, 1.f, 0.f) < 0); // positive pulled towards the anchor
    QVERIFY(dot2(r->gradient, 3, 1.f, 0.f) > 0); // negative pushed away
}

void TestTrainLosses::badInput()
{
    LossInput in;
    in.dim = 3;
    in.embeddings = {1.f, 0.f};
    QVERIFY(!evaluateLoss(LossFunction::NPair, in, TrainConfig{}).ok());
    in = fourVectors();
    in.labels = {0, 1}; // one label per row needed
    QVERIFY(!evaluateLoss(LossFunction::NPair, in, TrainConfig{}).ok());
    in.labels.clear();
    in.pairs = {{0, 9, true}}; // row out of range
    QVERIFY(!evaluateLoss(LossFunction::ContrastiveDistance, in, TrainConfig{}).ok());
}

QTEST_GUILESS_MAIN(TestTrainLosses)
#include "tst_trainlosses.moc"
