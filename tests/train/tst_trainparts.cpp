#include "synthfeatures.h"

#include "train/batchassembly.h"
#include "train/clipaugment.h"
#include "train/featureset.h"
#include "train/pairsampler.h"
#include "train/protocol.h"
#include "train/sequenceencoder.h"
#include "train/trainconfig.h"
#include "train/trainstate.h"
#include "train/viewtransform.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <map>
#include <set>

using namespace fm;

/** Config parsing, features bundles, validation, augmentation, SS views, pair sampling, protocols. */
class TestTrainParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configRoundTrip();
    void badConfig_data();
    void badConfig();
    void bundleRoundTrip();
    void keepKinds();
    void bundleCorrupt();
    void validateRejects_data();
    void validateRejects();
    void randomTrimKeepsActiveSegment();
    void subclipsPartitionTheClip();
    void featureGainsAreLogNormal();
    void supervisedBatchAssembly();
    void selfSupervisedBatchAssembly();
    void trainStateRoundTrip();
    void compoundSynthesis();
    void viewTransformDraws();
    void viewTransformApplies();
    void pairSamplerPairs();
    void pairSamplerDeterministic();
    void partitionsAreSubjectDisjoint();
    void emptyFoldIsAnError();
    void inputNormalisation_data();
    void inputNormalisation();
    void movementOutput();
};

void TestTrainParts::configRoundTrip()
{
    const Result<TrainConfig> c = TrainConfig::fromJson(test::smallConfig());
    QVERIFY(c.ok());
    QCOMPARE(c->epochs, 4);
    QCOMPARE(c->encoder.dModel, 32);
    const Result<TrainConfig> again = TrainConfig::fromJson(c->toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), c->toJson());
    // SS keeps its views and the pooling its name through a round trip.
    QJsonObject json = test::smallConfig();
    json.insert(QStringLiteral("pretrain"),
                QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss")},
                            {QStringLiteral("epochs"), 3},
                            {QStringLiteral("views"), 4}});
    QJsonObject model = json.value(QStringLiteral("model")).toObject();
    model.insert(QStringLiteral("pooling"), QStringLiteral("max+std"));
    json.insert(QStringLiteral("model"), model);
    const Result<TrainConfig> ss = TrainConfig::fromJson(json);
    QVERIFY2(ss.ok(), ss.ok() ? "" : qPrintable(ss.error().message));
    QCOMPARE(ss->pretrain, PretrainMode::Twins);
    QCOMPARE(ss->pretrainViews, 4);
    QCOMPARE(ss->encoder.pooling, QStringLiteral("max+std"));
    QCOMPARE(TrainConfig::fromJson(ss->toJson())->toJson(), ss->toJson());
    // The feature gain and the clip-rms normalisation survive a round trip too.
    model.insert(QStringLiteral("input_norm"), QStringLiteral("clip-rms"));
    json.insert(QStringLiteral("model"), model);
    json.insert(QStringLiteral("feature_gain"), 0.45);
    const Result<TrainConfig> gain = TrainConfig::fromJson(json);
    QVERIFY(gain.ok());
    QCOMPARE(gain->featureGain, 0.45);
    QCOMPARE(gain->encoder.inputNorm, QStringLiteral("clip-rms"));
    QCOMPARE(TrainConfig::fromJson(gain->toJson())->featureGain, 0.45);
    model.insert(QStringLiteral("output"), QStringLiteral("linear+std"));
    json.insert(QStringLiteral("model"), model);
    QCOMPARE(TrainConfig::fromJson(json)->encoder.output, QStringLiteral("linear+std"));
    model.insert(QStringLiteral("output"), QStringLiteral("std"));
    json.insert(QStringLiteral("model"), model);
    QVERIFY(!TrainConfig::fromJson(json).ok());
}

void TestTrainParts::badConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"learnig_rate": 0.1})") << "learnig_rate";
    QTest::newRow("unknown nested key")
        << QByteArray(R"({"model": {"width": 3}})") << "model.width";
    QTest::newRow("wrong type") << QByteArray(R"({"epochs": "ten"})") << "epochs";
    QTest::newRow("not whole") << QByteArray(R"({"epochs": 2.5})") << "epochs";
    QTest::newRow("out of range") << QByteArray(R"({"lr": -1})") << "lr";
    QTest::newRow("bad loss") << QByteArray(R"({"loss": "hinge"})") << "loss";
    QTest::newRow("bad protocol") << QByteArray(R"({"protocol": "loo"})") << "protocol";
    QTest::newRow("heads") << QByteArray(R"({"model": {"d_model": 30, "heads": 4}})") << "heads";
    QTest::newRow("lr_min") << QByteArray(R"({"lr": 0.01, "lr_min": 0.1})") << "lr_min";
    QTest::newRow("pretrain epochs")
        << QByteArray(R"({"pretrain": {"mode": "ss+"}})") << "pretrain.epochs";
    QTest::newRow("bad negatives") << QByteArray(R"({"negatives": "all"})") << "negatives";
    QTest::newRow("SS without views")
        << QByteArray(R"({"pretrain": {"mode": "ss", "epochs": 2, "views": 0}})")
        << "pretrain.views";
    QTest::newRow("bad pooling") << QByteArray(R"({"model": {"pooling": "mean"}})")
                                 << "model.pooling";
    QTest::newRow("too many views")
        << QByteArray(R"({"pretrain": {"mode": "ss", "epochs": 2, "views": 99}})")
        << "pretrain.views";
}

void TestTrainParts::badConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<TrainConfig> c = TrainConfig::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

void TestTrainParts::bundleRoundTrip()
{
    QTemporaryDir tmp;
    test::SynthOptions o;
    o.subjects = 2;
    FeatureSet set = test::makeSyntheticFeatures(o);
    // Motion kinds travel with their clip (half recorded, half not, as in an older bundle).
    for (size_t i = 0; i < set.clips.size(); i += 2)
        set.clips[i].kind = QStringLiteral("lip-movement");
    // SS views travel with their clip (two on the first clip, none on the others).
    for (float scale : {0.5f, 2.0f}) {
        std::vector<float> view = set.clips[0].values;
        for (float &v : view)
            v *= scale;
        set.clips[0].views.push_back(std::move(view));
    }
    const QString path = tmp.filePath(QStringLiteral("f.fmfeats"));
    QVERIFY(featurebundle::write(path, set).ok());
    QCOMPARE(QFileInfo(path).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const Result<FeatureSet> back = featurebundle::read(path);
    QVERIFY(back.ok());
    QCOMPARE(back->dim, set.dim);
    QCOMPARE(back->clips.size(), set.clips.size());
    for (size_t i = 0; i < set.clips.size(); ++i) {
        QCOMPARE(back->clips[i].id, set.clips[i].id);
        QCOMPARE(back->clips[i].kind, set.clips[i].kind);
        QCOMPARE(back->clips[i].onset, set.clips[i].onset);
        QCOMPARE(back->clips[i].offset, set.clips[i].offset);
        QVERIFY(back->clips[i].values == set.clips[i].values);
        QVERIFY(back->clips[i].views == set.clips[i].views);
    }
    QCOMPARE(back->clips[0].views.size(), size_t(2));
    QVERIFY(back->validate().ok());
    // A view of the wrong size is caught before training.
    set.clips[0].views[1].pop_back();
    QVERIFY(!set.validate().ok());
    QVERIFY(set.validate().error().message.contains(QStringLiteral("view")));
    QVERIFY(!featurebundle::write(tmp.filePath(QStringLiteral("bad.fmfeats")), set).ok());
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("bad.fmfeats"))));
}

void TestTrainParts::keepKinds()
{
    test::SynthOptions o;
    o.subjects = 2;
    FeatureSet set = test::makeSyntheticFeatures(o);
    const size_t all = set.clips.size();
    // A set whose clips do not record their kind refuses a kind filter and keeps every clip.
    const Result<bool> unknown = set.keepKinds({QStringLiteral("facial-motion")});
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(QStringLiteral("do not record motion kinds")),
             qPrintable(unknown.error().message));
    QCOMPARE(set.clips.size(), all);
    QVERIFY(set.keepKinds({}).ok()); // no filter: nothing to apply
    QCOMPARE(set.clips.size(), all);

    int lipClips = 0;
    for (ClipFeatures &c : set.clips) {
        const bool lip = c.motion == QStringLiteral("M1");
        c.kind = lip ? QStringLiteral("lip-movement") : QStringLiteral("facial-motion");
        lipClips += lip ? 1 : 0;
    }
    QVERIFY(lipClips > 0 && size_t(lipClips) < all);
    QVERIFY(set.keepKinds({QStringLiteral("lip-movement")}).ok());
    QCOMPARE(int(set.clips.size()), lipClips);
    for (const ClipFeatures &c : set.clips)
        QCOMPARE(c.kind, QStringLiteral("lip-movement"));
}

void TestTrainParts::bundleCorrupt()
{
    QTemporaryDir tmp;
    test::SynthOptions o;
    o.subjects = 2;
    const QString path = tmp.filePath(QStringLiteral("f.fmfeats"));
    QVERIFY(featurebundle::write(path, test::makeSyntheticFeatures(o)).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(200);
    f.write("XXXX");
    f.close();
    const Result<FeatureSet> r = featurebundle::read(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("damaged")));
    QVERIFY(!featurebundle::read(tmp.filePath(QStringLiteral("missing"))).ok());
}

void TestTrainParts::validateRejects_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("one motion") << 0 << "only one motion";
    QTest::newRow("one clip") << 1 << "only one clip";
    QTest::newRow("nan") << 2 << "finite";
    QTest::newRow("markers") << 3 << "onset/offset";
    QTest::newRow("duplicate id") << 4 << "unique";
}

void TestTrainParts::validateRejects()
{
    QFETCH(int, defect);
    QFETCH(QString, mentions);
    test::SynthOptions o;
    o.subjects = 2;
    o.motions = 2;
    o.repetitions = 2;
    FeatureSet set = test::makeSyntheticFeatures(o);
    QVERIFY(set.validate().ok());
    switch (defect) {
    case 0: // S01 keeps only M1
        set.clips.erase(set.clips.begin() + 2, set.clips.begin() + 4);
        break;
    case 1:
        set.clips.erase(set.clips.begin());
        break;
    case 2:
        set.clips[3].values[5] = std::nanf("");
        break;
    case 3:
        set.clips[1].onset = set.clips[1].frames + 2;
        break;
    case 4:
        set.clips[1].id = set.clips[0].id;
        break;
    }
    const Result<bool> r = set.validate();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void TestTrainParts::randomTrimKeepsActiveSegment()
{
    ClipFeatures c;
    c.frames = 50;
    c.onset = 10;
    c.offset = 30;
    std::mt19937_64 rng(3);
    std::set<int> begins, ends;
    for (int i = 0; i < 500; ++i) {
        const FrameRange r = randomTrim(c, rng);
        QVERIFY(r.begin >= 0 && r.begin <= 10);
        QVERIFY(r.end >= 31 && r.end <= 50);
        begins.insert(r.begin);
        ends.insert(r.end);
    }
    QCOMPARE(int(begins.size()), 11); // every amount of leading neutral frames occurs
    QCOMPARE(int(ends.size()), 20);
    c.onset.reset();
    c.offset.reset();
    const FrameRange all = randomTrim(c, rng);
    QCOMPARE(all.begin, 0);
    QCOMPARE(all.end, 50);
}

void TestTrainParts::subclipsPartitionTheClip()
{
    std::mt19937_64 rng(5);
    for (int frames : {1, 2, 7, 60}) {
        const auto [a, b] = contrastiveSubclips(frames, rng);
        QCOMPARE(int(a.size()), std::max(1, frames / 2));
        for (size_t i = 1; i < a.size(); ++i)
            QCOMPARE(a[i], a[i - 1] + 1); // A is one contiguous piece
        if (frames > 1) {
            std::vector<int> all = a;
            all.insert(all.end(), b.begin(), b.end());
            std::sort(all.begin(), all.end());
            QCOMPARE(int(all.size()), frames);
            for (int i = 0; i < frames; ++i)
                QCOMPARE(all[size_t(i)], i); // A and B together: every frame once
            QVERIFY(std::is_sorted(b.begin(), b.end()));
        }
    }
    const std::vector<int> padded = temporalPadding({4, 5, 6, 7, 8, 9, 10, 11}, rng);
    QVERIFY(padded.size() >= 8 && padded.size() <= 12);
    QCOMPARE(*std::min_element(padded.begin(), padded.end()), 4);
}

void TestTrainParts::featureGainsAreLogNormal()
{
    std::mt19937_64 rng(3);
    const std::vector<float> ones = featureGains(8, 0.0, rng);
    QCOMPARE(ones, std::vector<float>(8, 1.0f));
    std::mt19937_64 a(9), b(9);
    const std::vector<float> g = featureGains(20000, 0.3, a);
    QCOMPARE(featureGains(20000, 0.3, b), g); // deterministic for a seed
    double sum = 0, squares = 0;
    for (float x : g) {
        QVERIFY(x > 0);
        sum += std::log(double(x));
        squares += std::log(double(x)) * std::log(double(x));
    }
    const double mean = sum / double(g.size());
    const double sd = std::sqrt(squares / double(g.size()) - mean * mean);
    QVERIFY2(std::abs(mean) < 0.01, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(sd - 0.3) < 0.01, qPrintable(QString::number(sd)));
}

/**
 * A supervised step embeds each distinct clip of the pair batch once, in pair order; with
 * trimming off and no jitter a row is the clip's frames times its subject's gain, one gain
 * vector per subject and batch; the same rng state gives the same step.
 */
void TestTrainParts::supervisedBatchAssembly()
{
    test::SynthOptions o;
    o.subjects = 3;
    o.dim = 8;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    const PairSampler sampler(set.clips, false);
    const PairBatch batch = sampler.epoch(1, 0, 6).front();
    TrainConfig c;
    c.trimming = false;
    c.featureGain = 0.3;
    std::mt19937_64 rng(4), again(4);
    const AssembledBatch step = assembleSupervised(set.clips, set.dim, c, batch, rng);
    const AssembledBatch same = assembleSupervised(set.clips, set.dim, c, batch, again);
    QVERIFY(step.sequences == same.sequences);
    QCOMPARE(step.rowA.size(), batch.pairs.size());
    QCOMPARE(step.sequences.size(), step.clipOfRow.size());
    std::set<int> distinct(step.clipOfRow.begin(), step.clipOfRow.end());
    QCOMPARE(distinct.size(), step.clipOfRow.size()); // each clip once
    std::map<QString, std::vector<float>> gainOf;
    for (size_t i = 0; i < batch.pairs.size(); ++i) {
        QCOMPARE(step.clipOfRow[size_t(step.rowA[i])], batch.pairs[i].a);
        QCOMPARE(step.clipOfRow[size_t(step.rowB[i])], batch.pairs[i].b);
        QCOMPARE(step.positive[i], batch.pairs[i].positive ? 1 : 0);
    }
    for (size_t r = 0; r < step.sequences.size(); ++r) {
        const ClipFeatures &clip = set.clips[size_t(step.clipOfRow[r])];
        QCOMPARE(step.sequences[r].size(), clip.values.size());
        std::vector<float> gain(size_t(set.dim));
        for (size_t d = 0; d < gain.size(); ++d)
            gain[d] = step.sequences[r][d] / clip.values[d];
        auto [known, fresh] = gainOf.emplace(clip.subject, gain);
        for (size_t d = 0; d < gain.size(); ++d) {
            QVERIFY(gain[d] > 0.2f && gain[d] < 5.0f);
            QVERIFY(std::abs(gain[d] - known->second[d]) < 1e-4f); // one gain per subject
            for (int f = 1; f < clip.frames; ++f) {                // and for every frame
                const size_t k = size_t(f) * size_t(set.dim) + d;
                QVERIFY(std::abs(step.sequences[r][k] - gain[d] * clip.values[k])
                        <= 1e-4f * (1 + std::abs(clip.values[k])));
            }
        }
    }
    QVERIFY(gainOf.size() >= 2);
    // Without the gain the rows are the clips' own frames.
    c.featureGain = 0;
    const AssembledBatch plain = assembleSupervised(set.clips, set.dim, c, batch, rng);
    for (size_t r = 0; r < plain.sequences.size(); ++r)
        QVERIFY(plain.sequences[r] == set.clips[size_t(plain.clipOfRow[r])].values);
}

/** SS+: 2N distinct clips (A and B of each clip), two versions each; SS: N clips, 2 views. */
void TestTrainParts::selfSupervisedBatchAssembly()
{
    test::SynthOptions o;
    o.subjects = 2;
    o.dim = 4;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    TrainConfig c;
    c.pretrain = PretrainMode::Subclips;
    std::mt19937_64 rng(8);
    const AssembledBatch plus = assembleSelfSupervised(set.clips, set.dim, c, {0, 3, 5}, rng);
    QCOMPARE(plus.sequences.size(), size_t(12));
    QCOMPARE(plus.labels, (std::vector<int64_t>{0, 1, 0, 1, 2, 3, 2, 3, 4, 5, 4, 5}));
    std::vector<ClipFeatures> withView = set.clips;
    for (ClipFeatures &clip : withView) {
        std::vector<float> view = clip.values;
        for (float &v : view)
            v += 100.0f; // tells view 1 from view 0
        clip.views.push_back(view);
    }
    c.pretrain = PretrainMode::Twins;
    c.pretrainViews = 1;
    const AssembledBatch twins = assembleSelfSupervised(withView, set.dim, c, {1, 2}, rng);
    QCOMPARE(twins.labels, (std::vector<int64_t>{0, 0, 1, 1}));
    for (size_t k = 0; k < 2; ++k) { // the two twins of a clip come from different views
        const bool firstIsView = twins.sequences[2 * k][0] > 50.0f;
        const bool secondIsView = twins.sequences[2 * k + 1][0] > 50.0f;
        QVERIFY(firstIsView != secondIsView);
    }
}

void TestTrainParts::trainStateRoundTrip()
{
    TrainConfig c;
    QCOMPARE(int(phasesOf(c).size()), 1);
    c.pretrain = PretrainMode::Subclips;
    c.pretrainEpochs = 3;
    const std::vector<TrainPhase> phases = phasesOf(c);
    QCOMPARE(int(phases.size()), 2);
    QVERIFY(phases[0].selfSupervised && !phases[1].selfSupervised);
    QCOMPARE(phases[0].epochs, 3);
    QCOMPARE(phases[1].lr, c.learningRate);
    TrainState s;
    s.phase = 1;
    s.epoch = 4;
    s.step = 7;
    s.lossSum = 2.5;
    s.lossCount = 7;
    s.history.append(QJsonObject{{QStringLiteral("ap"), 0.9}});
    const TrainState back = TrainState::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
}

void TestTrainParts::compoundSynthesis()
{
    test::SynthOptions o;
    o.subjects = 2;
    o.motions = 3;
    o.repetitions = 2;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    const std::vector<ClipFeatures> compounds = synthesiseCompounds(set.clips, set.dim, 4, 11);
    QCOMPARE(int(compounds.size()), 2 * 3 * 3 * 4); // subjects x N^2 x k
    std::set<QString> classes;
    for (const ClipFeatures &c : compounds) {
        classes.insert(c.subject + QLatin1Char('/') + c.motion);
        QCOMPARE(c.values.size(), size_t(c.frames) * size_t(set.dim));
        QVERIFY(c.onset && c.offset && *c.onset <= *c.offset && *c.offset < c.frames);
    }
    QCOMPARE(int(classes.size()), 2 * 9);
    QVERIFY(classes.count(QStringLiteral("S01/M1+M1")) == 1);
    QVERIFY(classes.count(QStringLiteral("S02/M3+M2")) == 1);
    // The active frames of the first action start right after the neutral lead.
    const ClipFeatures &c = compounds.front();
    FeatureSet synthetic;
    synthetic.dim = set.dim;
    synthetic.clips = compounds;
    QVERIFY(synthetic.validate().ok());
    // Deterministic for a seed.
    const std::vector<ClipFeatures> again = synthesiseCompounds(set.clips, set.dim, 4, 11);
    QVERIFY(again.front().values == c.values);
}

void TestTrainParts::pairSamplerPairs()
{
    test::SynthOptions o;
    o.subjects = 3;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    for (bool any : {false, true}) {
        PairSampler sampler(set.clips, any);
        QVERIFY(sampler.check().ok());
        const std::vector<PairBatch> epoch = sampler.epoch(1, 0, 5);
        QCOMPARE(int(epoch.size()), sampler.stepsPerEpoch(5));
        std::set<int> anchors;
        bool otherSubject = false;
        for (const PairBatch &b : epoch) {
            const size_t n = b.pairs.size() / 2;
            for (size_t i = 0; i < b.pairs.size(); ++i) {
                const auto &p = b.pairs[i];
                const ClipFeatures &x = set.clips[size_t(p.a)], &y = set.clips[size_t(p.b)];
                QVERIFY(p.a != p.b);
                QCOMPARE(p.positive, i < n);
                if (p.positive) {
                    QCOMPARE(x.subject, y.subject);
                    QCOMPARE(x.motion, y.motion);
                    anchors.insert(p.a);
                } else {
                    QVERIFY(x.subject != y.subject || x.motion != y.motion);
                    if (!any)
                        QCOMPARE(x.subject, y.subject);
                    otherSubject |= x.subject != y.subject;
                }
            }
            for (size_t i = 0; i < n; ++i)
                QCOMPARE(b.pairs[i].a, b.pairs[n + i].a); // shared anchor (triplets)
        }
        QCOMPARE(int(anchors.size()), int(set.clips.size())); // every clip anchors once
        QCOMPARE(otherSubject, any);
    }
}

void TestTrainParts::pairSamplerDeterministic()
{
    const FeatureSet set = test::makeSyntheticFeatures({});
    PairSampler sampler(set.clips, false);
    auto flat = [](const std::vector<PairBatch> &e) {
        std::vector<int> v;
        for (const PairBatch &b : e)
            for (const auto &p : b.pairs)
                v.insert(v.end(), {p.a, p.b});
        return v;
    };
    QVERIFY(flat(sampler.epoch(9, 3, 8)) == flat(sampler.epoch(9, 3, 8)));
    QVERIFY(flat(sampler.epoch(9, 3, 8)) != flat(sampler.epoch(9, 4, 8)));
    QVERIFY(flat(sampler.epoch(9, 3, 8)) != flat(sampler.epoch(10, 3, 8)));
}

void TestTrainParts::partitionsAreSubjectDisjoint()
{
    test::SynthOptions o;
    o.subjects = 7;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    TrainConfig config;
    config.protocol = QStringLiteral("cv");
    config.folds = 3;
    const Result<std::vector<DataPartition>> parts = makePartitions(config, set);
    QVERIFY(parts.ok());
    QCOMPARE(int(parts->size()), 3);
    std::multiset<QString> held;
    for (const DataPartition &p : parts.value()) {
        QCOMPARE(int(p.train.size() + p.validation.size()), int(set.clips.size()));
        std::set<QString> trainSubjects;
        for (int i : p.train)
            trainSubjects.insert(set.clips[size_t(i)].subject);
        for (int i : p.validation)
            QVERIFY(!trainSubjects.count(set.clips[size_t(i)].subject));
        for (const QString &s : p.validationSubjects)
            held.insert(s);
    }
    QCOMPARE(int(held.size()), 7); // each subject held out exactly once
    QCOMPARE(int(std::set<QString>(held.begin(), held.end()).size()), 7);

    config.protocol = QStringLiteral("split");
    config.validationFraction = 0.3;
    const Result<std::vector<DataPartition>> split = makePartitions(config, set);
    QVERIFY(split.ok());
    QCOMPARE(int(split->size()), 1);
    QCOMPARE(split->front().validationSubjects.size(), 2); // round(0.3 * 7)
}

void TestTrainParts::emptyFoldIsAnError()
{
    test::SynthOptions o;
    o.subjects = 3;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    TrainConfig config;
    config.protocol = QStringLiteral("cv");
    config.folds = 4;
    const Result<std::vector<DataPartition>> parts = makePartitions(config, set);
    QVERIFY(!parts.ok());
    QVERIFY(parts.error().message.contains(QStringLiteral("empty")));
    config.protocol = QStringLiteral("split");
    FeatureSet one = set;
    one.clips.resize(size_t(o.motions * o.repetitions)); // one subject only
    QVERIFY(!makePartitions(config, one).ok());
}

namespace {

/** A small encoder for `set`'s features (d_model 16, feed-forward 32). */
EncoderConfig smallEncoder(const FeatureSet &set)
{
    EncoderConfig ec;
    ec.inputDim = set.dim;
    ec.dModel = 16;
    ec.feedForward = 32;
    return ec;
}

} // namespace

void TestTrainParts::inputNormalisation_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("pooling");
    QTest::newRow("global") << QStringLiteral("global") << QStringLiteral("max");
    QTest::newRow("clip") << QStringLiteral("clip") << QStringLiteral("max");
    QTest::newRow("clip-rms") << QStringLiteral("clip-rms") << QStringLiteral("max");
    QTest::newRow("start") << QStringLiteral("start") << QStringLiteral("max");
    QTest::newRow("clip, max+std pooling") << QStringLiteral("clip") << QStringLiteral("max+std");
}

/**
 * "global" makes the embedding independent of the features' scale and offset; "clip",
 * "clip-rms" and "start" also of a per-clip offset (who the face is): an encoder fitted on a rescaled,
 * shifted copy of the data embeds the copy as the original encoder embeds the original.
 */
void TestTrainParts::inputNormalisation()
{
    QFETCH(QString, mode);
    QFETCH(QString, pooling);
    test::SynthOptions o;
    o.subjects = 3;
    o.dim = 16;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    EncoderConfig ec = smallEncoder(set);
    ec.inputNorm = mode;
    ec.pooling = pooling;
    auto a = SequenceEncoder::create(ec, 5);
    auto b = SequenceEncoder::create(ec, 5);
    QVERIFY(a.ok() && b.ok());
    // The copy: 0.03 x the features + 0.5, plus a per-clip offset where the mode removes it.
    std::vector<std::vector<float>> copies;
    std::vector<const float *> original, copy;
    std::vector<int> frames;
    for (size_t i = 0; i < set.clips.size(); ++i) {
        const ClipFeatures &c = set.clips[i];
        std::vector<float> v = c.values;
        for (size_t k = 0; k < v.size(); ++k)
            v[k] = 0.03f * v[k] + 0.5f
                   + (mode == QLatin1String("global") ? 0.f : 0.2f * float((i + k % 16) % 7));
        copies.push_back(std::move(v));
        original.push_back(c.values.data());
        frames.push_back(c.frames);
    }
    for (const std::vector<float> &v : copies)
        copy.push_back(v.data());
    a.value()->fitInputNormalisation(original, frames);
    b.value()->fitInputNormalisation(copy, frames);
    const auto ea = a.value()->embed(original, frames);
    const auto eb = b.value()->embed(copy, frames);
    QVERIFY(ea.ok() && eb.ok());
    float maxDiff = 0;
    for (size_t i = 0; i < ea->size(); ++i)
        maxDiff = std::max(maxDiff, std::abs(ea.value()[i] - eb.value()[i]));
    QVERIFY2(maxDiff < 1e-3f, qPrintable(QString::number(maxDiff)));
    // Without normalisation the copy embeds differently: the check above can fail.
    ec.inputNorm = QStringLiteral("none");
    auto c = SequenceEncoder::create(ec, 5);
    const auto ec1 = c.value()->embed(original, frames), ec2 = c.value()->embed(copy, frames);
    float rawDiff = 0;
    for (size_t i = 0; i < ec1->size(); ++i)
        rawDiff = std::max(rawDiff, std::abs(ec1.value()[i] - ec2.value()[i]));
    QVERIFY(rawDiff > 0.05f);
}

/**
 * "linear+std" output: n + D dimensions of unit length; the second half is the unit vector of
 * each input dimension's temporal SD (clip-rms scales every dimension alike), so cosine
 * similarity is the mean of the learned and the movement descriptor's.
 */
void TestTrainParts::movementOutput()
{
    test::SynthOptions o;
    o.subjects = 2;
    o.dim = 8;
    const FeatureSet set = test::makeSyntheticFeatures(o);
    EncoderConfig ec = smallEncoder(set);
    ec.embeddingDim = 4;
    ec.output = QStringLiteral("linear+std");
    QCOMPARE(ec.outputDim(), 12);
    auto encoder = SequenceEncoder::create(ec, 3);
    QVERIFY(encoder.ok());
    std::vector<const float *> data;
    std::vector<int> frames;
    for (const ClipFeatures &c : set.clips) {
        data.push_back(c.values.data());
        frames.push_back(c.frames);
    }
    encoder.value()->fitInputNormalisation(data, frames);
    const auto e = encoder.value()->embed(data, frames);
    QVERIFY(e.ok());
    QCOMPARE(e->size(), set.clips.size() * 12);
    for (size_t i = 0; i < set.clips.size(); ++i) {
        const float *row = e->data() + i * 12;
        double learned = 0, movement = 0;
        for (int k = 0; k < 4; ++k)
            learned += double(row[k]) * row[k];
        for (int k = 4; k < 12; ++k)
            movement += double(row[k]) * row[k];
        QVERIFY(std::abs(learned - 0.5) < 1e-5 && std::abs(movement - 0.5) < 1e-5);
        // The movement half: the clip's temporal SD per dimension, as a unit vector / sqrt 2.
        const ClipFeatures &c = set.clips[i];
        std::vector<double> sd(size_t(set.dim));
        double norm = 0;
        for (int d = 0; d < set.dim; ++d) {
            double sum = 0, squares = 0;
            for (int f = 0; f < c.frames; ++f) {
                const double v = c.values[size_t(f) * size_t(set.dim) + size_t(d)];
                sum += v;
                squares += v * v;
            }
            const double mean = sum / c.frames;
            sd[size_t(d)] = std::sqrt(std::max(0.0, squares / c.frames - mean * mean));
            norm += sd[size_t(d)] * sd[size_t(d)];
        }
        for (int d = 0; d < set.dim; ++d)
            QVERIFY2(std::abs(row[4 + d] - sd[size_t(d)] / std::sqrt(norm) / std::sqrt(2.0)) < 1e-3,
                     qPrintable(QString::number(row[4 + d])));
    }
}

void TestTrainParts::viewTransformDraws()
{
    // Deterministic per clip and view, different between views.
    const QString hash = QStringLiteral("0123abcd");
    const ViewTransform a = ViewTransform::forClip(hash, 1), b = ViewTransform::forClip(hash, 1);
    QCOMPARE(a.brightness, b.brightness);
    QCOMPARE(a.blurSigma, b.blurSigma);
    const ViewTransform c = ViewTransform::forClip(hash, 2);
    QVERIFY(a.brightness != c.brightness || a.contrast != c.contrast || a.blurSigma != c.blurSigma);
    QVERIFY(viewCropSettings(QStringLiteral("aligned112"), 1)
            != viewCropSettings(QStringLiteral("aligned112"), 2));
    // SimCLR's probabilities (colour jitter 0.8, grey 0.2, blur 0.5) within their ranges; a draw
    // of nothing (0.2 x 0.8 x 0.5) jitters colours anyway: jitter 0.88, never the identity.
    int jitter = 0, grey = 0, blur = 0;
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
        const ViewTransform t = ViewTransform::random(std::uint64_t(i));
        jitter += t.contrast != 1.0 ? 1 : 0;
        grey += t.grey ? 1 : 0;
        blur += t.blurSigma > 0 ? 1 : 0;
        QVERIFY(std::abs(t.brightness) <= 0.4 && t.contrast >= 0.6 && t.contrast <= 1.4);
        QVERIFY(t.blurSigma == 0 || (t.blurSigma >= 0.1 && t.blurSigma <= 2.0));
        QVERIFY(t.contrast != 1.0 || t.grey || t.blurSigma > 0);
    }
    QVERIFY2(std::abs(jitter / double(n) - 0.88) < 0.04, qPrintable(QString::number(jitter)));
    QVERIFY2(std::abs(grey / double(n) - 0.2) < 0.04, qPrintable(QString::number(grey)));
    QVERIFY2(std::abs(blur / double(n) - 0.5) < 0.04, qPrintable(QString::number(blur)));
}

void TestTrainParts::viewTransformApplies()
{
    // A colourful 112 x 112 test card: red, green, blue and grey stripes and a sharp edge.
    cv::Mat card(112, 112, CV_8UC3, cv::Scalar(128, 128, 128));
    card(cv::Rect(0, 0, 28, 112)).setTo(cv::Scalar(30, 40, 200));
    card(cv::Rect(28, 0, 28, 112)).setTo(cv::Scalar(40, 190, 50));
    card(cv::Rect(56, 0, 28, 112)).setTo(cv::Scalar(200, 60, 40));
    const auto sharpness = [](const cv::Mat &image) {
        cv::Mat grey, lap;
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        cv::Laplacian(grey, lap, CV_64F);
        cv::Scalar mean, sd;
        cv::meanStdDev(lap, mean, sd);
        return sd[0];
    };

    const cv::Mat same = ViewTransform().apply(card);
    QCOMPARE(same.type(), CV_8UC3);
    const double identityError = cv::norm(same, card, cv::NORM_INF);
    QVERIFY2(identityError <= 2, qPrintable(QString::number(identityError))); // up to rounding

    ViewTransform brighter;
    brighter.brightness = 0.2;
    QVERIFY(cv::mean(brighter.apply(card))[1] > cv::mean(card)[1] + 40);

    ViewTransform greyed;
    greyed.grey = true;
    const cv::Mat g = greyed.apply(card);
    const cv::Vec3b red = g.at<cv::Vec3b>(50, 10);
    QVERIFY(red[0] == red[1] && red[1] == red[2]);

    ViewTransform hue;
    hue.hue = 0.1; // a tenth of a turn: red moves towards yellow, its green channel rises
    QVERIFY(hue.apply(card).at<cv::Vec3b>(50, 10)[1] > card.at<cv::Vec3b>(50, 10)[1] + 30);

    ViewTransform blurred;
    blurred.blurSigma = 2.0;
    QVERIFY(sharpness(blurred.apply(card)) < 0.6 * sharpness(card));

    cv::Mat grey;
    cv::cvtColor(card, grey, cv::COLOR_BGR2GRAY);
    const cv::Mat fromGrey = ViewTransform::forClip(QStringLiteral("x"), 1).apply(grey);
    QCOMPARE(fromGrey.type(), CV_8UC3);
    QCOMPARE(fromGrey.size(), grey.size());
}

QTEST_GUILESS_MAIN(TestTrainParts)
#include "tst_trainparts.moc"
