// All-pairs evaluation from embeddings: the streaming path against scoring every pair and
// summarising it, thread-count invariance, failed-pair ordering, given thresholds, pair
// sampling, cancellation, bad tables, and the all-or-nothing run-folder writer.
#include "evaltestdata.h"

#include "eval/csvtext.h"
#include "eval/evalwriters.h"
#include "eval/pairevaluator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <random>

using namespace fm;

class TestPairEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamingMatchesAllPairs_data();
    void streamingMatchesAllPairs();
    void threadCountDoesNotChangeResults();
    void failedPairsWorstFirst();
    void givenThreshold();
    void pairSamplingKeepsPositives();
    void cancel();
    void badTables();
    void noPositiveOrNegativePairs();
    void writerIsAllOrNothing();
    void csvFieldsRoundTrip();
    void readCsvQuotedAndComments();
};

namespace {

VerificationMetrics bruteForce(const EmbeddingTable &t, NegativePairs mode)
{
    std::vector<double> s;
    std::vector<std::uint8_t> l;
    for (const ScoredPair &p : allPairs(t, mode)) {
        s.push_back(p.score);
        l.push_back(p.positive);
    }
    return computeMetrics(summariseScores(s, l).value());
}

} // namespace

void TestPairEvaluator::streamingMatchesAllPairs_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("shuffled");
    QTest::newRow("same subject") << int(NegativePairs::SameSubject) << false;
    QTest::newRow("all non-positive") << int(NegativePairs::AllNonPositive) << false;
    QTest::newRow("same subject, shuffled rows") << int(NegativePairs::SameSubject) << true;
    QTest::newRow("all non-positive, shuffled rows") << int(NegativePairs::AllNonPositive) << true;
}

void TestPairEvaluator::streamingMatchesAllPairs()
{
    QFETCH(int, mode);
    QFETCH(bool, shuffled);
    evaltest::SyntheticSet set = evaltest::makeSynthetic(6, 4, 5, 16, 1.0, 11);
    if (shuffled) { // clips of a subject no longer adjacent
        std::mt19937 rng(3);
        evaltest::SyntheticSet mixed = set;
        std::vector<int> perm(size_t(set.clips.size()));
        std::iota(perm.begin(), perm.end(), 0);
        std::shuffle(perm.begin(), perm.end(), rng);
        for (size_t i = 0; i < perm.size(); ++i) {
            const int from = perm[i];
            mixed.clips[qsizetype(i)] = set.clips[from];
            mixed.subjects[qsizetype(i)] = set.subjects[from];
            mixed.motions[qsizetype(i)] = set.motions[from];
            std::copy_n(set.values.begin() + ptrdiff_t(from) * set.dim, set.dim,
                        mixed.values.begin() + ptrdiff_t(i) * set.dim);
        }
        set = mixed;
    }
    const EmbeddingTable t = evaltest::tableOf(set);
    PairEvalOptions o;
    o.negatives = NegativePairs(mode);
    const Result<PairEvaluation> r = evaluatePairs(t, o);
    QVERIFY(r);
    const VerificationMetrics ref = bruteForce(t, o.negatives);
    QCOMPARE(r->metrics.positives, ref.positives);
    QCOMPARE(r->metrics.negatives, ref.negatives);
    QCOMPARE(r->metrics.averagePrecision, ref.averagePrecision);
    QCOMPARE(r->metrics.rocAuc, ref.rocAuc);
    QCOMPARE(r->metrics.eer, ref.eer);
    QCOMPARE(r->metrics.pr.size(), ref.pr.size());
    for (size_t i = 0; i < ref.pr.size(); ++i) {
        QCOMPARE(r->metrics.pr[i].threshold, ref.pr[i].threshold);
        QCOMPARE(r->metrics.pr[i].tp, ref.pr[i].tp);
        QCOMPARE(r->metrics.pr[i].fp, ref.pr[i].fp);
    }
    // 6 subjects x 4 motions x C(5,2) positives; negatives per mode.
    QCOMPARE(int(r->metrics.positives), 6 * 4 * 10);
    const int n = 120;
    QCOMPARE(int(r->metrics.negatives), NegativePairs(mode) == NegativePairs::SameSubject
                                            ? 6 * (20 * 19 / 2 - 40)
                                            : n * (n - 1) / 2 - 240);
    // Small set: pairs.csv lists every pair.
    QCOMPARE(qint64(r->pairs.size()), r->metrics.positives + r->metrics.negatives);
    QCOMPARE(r->negativeSampleRate, 1.0);
}

void TestPairEvaluator::threadCountDoesNotChangeResults()
{
    const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(8, 5, 6, 16, 1.2, 3));
    PairEvalOptions o;
    o.negatives = NegativePairs::AllNonPositive;
    o.threads = 1;
    const PairEvaluation a = evaluatePairs(t, o).value();
    o.threads = 2;
    const PairEvaluation b = evaluatePairs(t, o).value();
    o.threads = 5;
    const PairEvaluation c = evaluatePairs(t, o).value();
    for (const PairEvaluation *x : {&b, &c}) {
        QCOMPARE(x->metrics.averagePrecision, a.metrics.averagePrecision);
        QCOMPARE(x->falsePositives.size(), a.falsePositives.size());
        for (size_t i = 0; i < a.falsePositives.size(); ++i) {
            QCOMPARE(x->falsePositives[i].a, a.falsePositives[i].a);
            QCOMPARE(x->falsePositives[i].b, a.falsePositives[i].b);
        }
        QCOMPARE(x->pairs.size(), a.pairs.size());
    }
}

void TestPairEvaluator::failedPairsWorstFirst()
{
    const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(5, 4, 6, 16, 1.3, 5));
    PairEvalOptions o;
    const PairEvaluation r = evaluatePairs(t, o).value();
    const double tau = r.metrics.atPeakF1.threshold;
    QCOMPARE(r.operating.threshold, tau);
    QVERIFY(r.operating.fp > 0 && r.operating.fn > 0);
    QCOMPARE(qint64(r.falsePositives.size()), r.operating.fp);
    QCOMPARE(qint64(r.falseNegatives.size()), r.operating.fn);
    // Brute force: every negative with score >= tau is a false positive, margin score - tau.
    std::vector<ScoredPair> fp, fn;
    for (ScoredPair p : allPairs(t, o.negatives)) {
        if (!p.positive && double(p.score) >= tau) {
            p.margin = double(p.score) - tau;
            fp.push_back(p);
        } else if (p.positive && double(p.score) < tau) {
            p.margin = tau - double(p.score);
            fn.push_back(p);
        }
    }
    std::sort(fp.begin(), fp.end(), worseFailure);
    std::sort(fn.begin(), fn.end(), worseFailure);
    QCOMPARE(fp.size(), r.falsePositives.size());
    for (size_t i = 0; i < fp.size(); ++i) {
        QCOMPARE(r.falsePositives[i].a, fp[i].a);
        QCOMPARE(r.falsePositives[i].b, fp[i].b);
        QCOMPARE(r.falsePositives[i].margin, fp[i].margin);
        QVERIFY(!r.falsePositives[i].positive);
        if (i > 0)
            QVERIFY(r.falsePositives[i - 1].margin >= r.falsePositives[i].margin);
    }
    for (size_t i = 0; i < fn.size(); ++i) {
        QCOMPARE(r.falseNegatives[i].a, fn[i].a);
        QCOMPARE(r.falseNegatives[i].b, fn[i].b);
        QVERIFY(r.falseNegatives[i].margin > 0);
        QVERIFY(r.falseNegatives[i].positive);
    }
    // A cap keeps the worst ones.
    o.maxFailedPairs = 3;
    const PairEvaluation capped = evaluatePairs(t, o).value();
    QCOMPARE(capped.falsePositives.size(), size_t(3));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(capped.falsePositives[size_t(i)].b, fp[size_t(i)].b);
    QCOMPARE(capped.operating.fp, r.operating.fp); // totals stay exact
}

void TestPairEvaluator::givenThreshold()
{
    const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(5, 4, 6, 16, 1.3, 8));
    PairEvalOptions o;
    o.negatives = NegativePairs::AllNonPositive;
    o.threshold = 0.3;
    const PairEvaluation r = evaluatePairs(t, o).value();
    QVERIFY(r.thresholdGiven);
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    for (const ScoredPair &p : allPairs(t, o.negatives)) {
        const bool accepted = double(p.score) >= 0.3;
        (p.positive ? (accepted ? tp : fn) : (accepted ? fp : tn))++;
    }
    QCOMPARE(r.operating.tp, tp);
    QCOMPARE(r.operating.fp, fp);
    QCOMPARE(r.operating.tn, tn);
    QCOMPARE(r.operating.fn, fn);
    QCOMPARE(r.operating.far(), double(fp) / double(fp + tn));
    QCOMPARE(r.operating.frr(), double(fn) / double(fn + tp));
    QCOMPARE(qint64(r.falsePositives.size()), std::min<qint64>(fp, o.maxFailedPairs));
}

void TestPairEvaluator::pairSamplingKeepsPositives()
{
    const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(6, 5, 8, 16, 1.0, 2));
    PairEvalOptions o;
    o.negatives = NegativePairs::AllNonPositive;
    o.maxPairRows = 5000;
    const PairEvaluation r = evaluatePairs(t, o).value();
    const qint64 positives = std::count_if(r.pairs.begin(), r.pairs.end(),
                                           [](const ScoredPair &p) { return p.positive; });
    QCOMPARE(positives, r.metrics.positives);
    const qint64 negatives = qint64(r.pairs.size()) - positives;
    const double expected = r.negativeSampleRate * double(r.metrics.negatives);
    QVERIFY(r.negativeSampleRate < 1.0);
    QVERIFY2(std::abs(double(negatives) - expected) < 4 * std::sqrt(expected) + 5,
             qPrintable(QStringLiteral("%1 vs %2").arg(negatives).arg(expected)));
    const PairEvaluation again = evaluatePairs(t, o).value();
    QCOMPARE(again.pairs.size(), r.pairs.size());
    for (size_t i = 1; i < r.pairs.size(); ++i)
        QVERIFY(r.pairs[i - 1].a < r.pairs[i].a
                || (r.pairs[i - 1].a == r.pairs[i].a && r.pairs[i - 1].b < r.pairs[i].b));
}

void TestPairEvaluator::cancel()
{
    const EmbeddingTable t = evaltest::tableOf(evaltest::makeSynthetic(10, 5, 10, 16, 1.0, 2));
    PairEvalOptions o;
    o.negatives = NegativePairs::AllNonPositive;
    int calls = 0;
    o.progress = [&](double) { return ++calls < 2; };
    const Result<PairEvaluation> r = evaluatePairs(t, o);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("cancelled")));
}

void TestPairEvaluator::badTables()
{
    const QStringList clips{QStringLiteral("a"), QStringLiteral("b")};
    const QStringList subjects{QStringLiteral("s"), QStringLiteral("s")};
    const QStringList motions{QStringLiteral("m"), QStringLiteral("n")};
    QVERIFY(EmbeddingTable::create(2, {1, 0, 0, 1}, clips, subjects, motions));
    QVERIFY(!EmbeddingTable::create(2, {1, 0, 0, std::nanf("")}, clips, subjects, motions));
    QVERIFY(!EmbeddingTable::create(2, {1, 0, INFINITY, 1}, clips, subjects, motions));
    QVERIFY(!EmbeddingTable::create(2, {1, 0, 0, 0}, clips, subjects, motions)); // zero vector
    QVERIFY(!EmbeddingTable::create(2, {1, 0, 0}, clips, subjects, motions));    // ragged
    QVERIFY(!EmbeddingTable::create(2, {}, {}, {}, {}));                         // empty
    QVERIFY(!EmbeddingTable::create(2, {1, 0, 0, 1}, {QStringLiteral("a"), QStringLiteral("a")},
                                    subjects, motions)); // the same clip twice
    QVERIFY(!EmbeddingTable::create(2, {1, 0, 0, 1}, clips, {QStringLiteral("s"), QString()},
                                    motions)); // a missing label
    // Rows are normalised; the score is the cosine.
    const EmbeddingTable t = EmbeddingTable::create(2, {3, 4, 4, 3}, clips, subjects, motions)
                                 .value();
    QVERIFY(std::abs(t.score(0, 1) - 24.0f / 25.0f) < 1e-6f);
}

void TestPairEvaluator::noPositiveOrNegativePairs()
{
    // One clip per (subject, motion): no positives.
    const EmbeddingTable single = evaltest::tableOf(evaltest::makeSynthetic(3, 4, 1, 8, 1.0, 1));
    const Result<PairEvaluation> a = evaluatePairs(single, {});
    QVERIFY(!a);
    QVERIFY(a.error().message.contains(QLatin1String("positive")));
    // One motion per subject: no same-subject negatives (but some across subjects).
    const EmbeddingTable oneMotion = evaltest::tableOf(evaltest::makeSynthetic(3, 1, 4, 8, 1.0, 1));
    const Result<PairEvaluation> b = evaluatePairs(oneMotion, {});
    QVERIFY(!b);
    QVERIFY(b.error().message.contains(QLatin1String("negative")));
    PairEvalOptions all;
    all.negatives = NegativePairs::AllNonPositive;
    QVERIFY(evaluatePairs(oneMotion, all));
}

void TestPairEvaluator::writerIsAllOrNothing()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("run"));
    const Result<QStringList> ok = writeFileSet(dir, {{QStringLiteral("a.csv"), QByteArray("x\n")},
                                                      {QStringLiteral("b.json"), "{}"}});
    QVERIFY(ok);
    QCOMPARE(ok->size(), 2);
    QVERIFY(QFile::exists(dir + QStringLiteral("/a.csv")));
    QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    // The second file cannot be written (a folder has its name): the first one keeps its old
    // content and no new file appears.
    QVERIFY(QDir(dir).mkdir(QStringLiteral("blocked.csv")));
    const Result<QStringList> bad = writeFileSet(dir,
                                                 {{QStringLiteral("a.csv"), QByteArray("new\n")},
                                                  {QStringLiteral("blocked.csv"),
                                                   QByteArray("y\n")},
                                                  {QStringLiteral("c.csv"), QByteArray("z\n")}});
    QVERIFY(!bad);
    QFile a(dir + QStringLiteral("/a.csv"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), QByteArray("x\n"));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/c.csv")));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestPairEvaluator::csvFieldsRoundTrip()
{
    const QStringList fields{QStringLiteral("plain"), QStringLiteral("a,b"),
                             QStringLiteral("say \"hi\""), QStringLiteral("#not a comment"),
                             QString()};
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csv::field(f));
    const auto back = csv::splitLine(quoted.join(QLatin1Char(',')));
    QVERIFY(back);
    QCOMPARE(*back, fields);
    QVERIFY(!csv::splitLine(QStringLiteral("a,\"open")));
    // Shortest text that reads back the same value.
    QCOMPARE(csv::number(0.1f), QStringLiteral("0.1"));
    QCOMPARE(csv::number(0.1f).toFloat(), 0.1f);
    QCOMPARE(csv::number(1.0 / 3.0).toDouble(), 1.0 / 3.0);
}

void TestPairEvaluator::readCsvQuotedAndComments()
{
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("e.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# exported by a test\nclip,subject,motion,e0,e1\n\"clips/a,1.mp4\",s1,smile,3,4\n"
            "b.mp4,s1,smile,4,3\n\n# trailing comment\nc.mp4,s2,wink, 1 ,0\n");
    f.close();
    const Result<EmbeddingTable> t = EmbeddingTable::readCsv(f.fileName());
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->size(), 3);
    QCOMPARE(t->clips().first(), QStringLiteral("clips/a,1.mp4"));
    QCOMPARE(t->subjectCount(), 2);
    QCOMPARE(t->classCount(), 2);
    QCOMPARE(t->row(0)[0], 0.6f);
    QCOMPARE(t->classId(0), t->classId(1));
}

QTEST_GUILESS_MAIN(TestPairEvaluator)
#include "tst_pairevaluator.moc"
