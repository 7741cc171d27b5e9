// Expression-analysis building blocks without video: DBSCAN with an unknown number of groups,
// Ward clustering and representatives, median pooling, tag segments and appearance rates,
// the FEC CSV reader, FEENet head files and the reference library (with bad input each).
#include "expr/clustering.h"
#include "expr/demotriplets.h"
#include "expr/facecrops.h"
#include "expr/fectriplets.h"
#include "expr/feenet.h"
#include "expr/referencelibrary.h"
#include "expr/tagging.h"
#include "face/dlibfacefinder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <random>

using namespace fm;

namespace {

/** `groups` Gaussian blobs in `dim` dimensions, `perGroup` points each, plus far outliers. */
cv::Mat blobs(int groups, int perGroup, int dim, double spread, int outliers,
              std::vector<int> &truth, unsigned seed = 3)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.f, float(spread));
    std::uniform_real_distribution<float> far(-50.f, 50.f);
    cv::Mat points(0, dim, CV_32F);
    for (int g = 0; g < groups; ++g) {
        cv::Mat centre(1, dim, CV_32F, cv::Scalar(0));
        centre.at<float>(0, g % dim) = 3.f * float(g + 1);
        for (int i = 0; i < perGroup; ++i) {
            cv::Mat p = centre.clone();
            for (int c = 0; c < dim; ++c)
                p.at<float>(0, c) += noise(rng);
            points.push_back(p);
            truth.push_back(g);
        }
    }
    for (int o = 0; o < outliers; ++o) {
        cv::Mat p(1, dim, CV_32F);
        for (int c = 0; c < dim; ++c)
            p.at<float>(0, c) = 100.f + far(rng) * float(o + 1);
        points.push_back(p);
        truth.push_back(-1);
    }
    return points;
}

/** True when labels equal truth up to renaming (noise must stay noise). */
bool samePartition(const std::vector<int> &labels, const std::vector<int> &truth)
{
    std::map<int, int> forward, backward;
    for (size_t i = 0; i < labels.size(); ++i) {
        if ((labels[i] < 0) != (truth[i] < 0))
            return false;
        if (labels[i] < 0)
            continue;
        if (!forward.count(labels[i]))
            forward[labels[i]] = truth[i];
        if (!backward.count(truth[i]))
            backward[truth[i]] = labels[i];
        if (forward[labels[i]] != truth[i] || backward[truth[i]] != labels[i])
            return false;
    }
    return true;
}

ReferenceEmbedding ref(const QString &name, const QStringList &tags, std::vector<float> v)
{
    return {name, tags, std::move(v)};
}

} // namespace

class TestExprLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dbscanFindsGroups_data();
    void dbscanFindsGroups();
    void dbscanEdgeCases();
    void wardClusters_data();
    void wardClusters();
    void representatives();
    void medianPooling();
    void taggingSegmentsAndRates();
    void fecCsv();
    void fecCsvBadInput_data();
    void fecCsvBadInput();
    void fecImagePaths();
    void headFiles();
    void referenceLibrary();
    void referenceLibraryBadInput();
};

void TestExprLogic::dbscanFindsGroups_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("outliers");
    QTest::newRow("2 people, 128-d") << 2 << 128 << 0;
    QTest::newRow("5 people, 128-d, 3 stray faces") << 5 << 128 << 3;
    QTest::newRow("1 person, 16-d") << 1 << 16 << 2;
}

void TestExprLogic::dbscanFindsGroups()
{
    QFETCH(int, groups);
    QFETCH(int, dim);
    QFETCH(int, outliers);
    std::vector<int> truth;
    const cv::Mat points = blobs(groups, 40, dim, 0.02, outliers, truth);
    const DbscanResult r = dbscan(points, {0.45, 3});
    QCOMPARE(r.clusters, groups);
    QCOMPARE(r.noise, outliers);
    QVERIFY(samePartition(r.labels, truth));
}

void TestExprLogic::dbscanEdgeCases()
{
    QCOMPARE(dbscan(cv::Mat()).clusters, 0);
    QCOMPARE(dbscan(cv::Mat(3, 4, CV_8U, cv::Scalar(1))).labels.size(), size_t(0));
    // Two isolated points with minPoints 3: both noise, no cluster.
    cv::Mat two = (cv::Mat_<float>(2, 2) << 0, 0, 10, 10);
    const DbscanResult r = dbscan(two, {0.5, 3});
    QCOMPARE(r.clusters, 0);
    QCOMPARE(r.noise, 2);
    // A chain of points closer than eps is one cluster (density reachability).
    cv::Mat chain(20, 2, CV_32F, cv::Scalar(0));
    for (int i = 0; i < 20; ++i)
        chain.at<float>(i, 0) = 0.3f * float(i);
    QCOMPARE(dbscan(chain, {0.35, 2}).clusters, 1);
}

void TestExprLogic::wardClusters_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("perGroup");
    QTest::newRow("10 groups") << 10 << 12;
    QTest::newRow("3 groups") << 3 << 30;
    QTest::newRow("10 groups of 1") << 10 << 1;
}

void TestExprLogic::wardClusters()
{
    QFETCH(int, groups);
    QFETCH(int, perGroup);
    std::vector<int> truth;
    const cv::Mat points = blobs(groups, perGroup, 16, 0.05, 0, truth, 9);
    const std::vector<int> labels = wardClustering(points, groups);
    QCOMPARE(int(labels.size()), points.rows);
    QCOMPARE(*std::max_element(labels.begin(), labels.end()) + 1, groups);
    QVERIFY(samePartition(labels, truth));
}

void TestExprLogic::representatives()
{
    // Ward with N > rows gives one cluster per row; fewer rows than N is no error.
    cv::Mat few = (cv::Mat_<float>(3, 1) << 0, 5, 9);
    const std::vector<int> labels = wardClustering(few, 10);
    QCOMPARE(labels, (std::vector<int>{0, 1, 2}));
    // The representative is the member closest to the cluster mean.
    cv::Mat line = (cv::Mat_<float>(5, 1) << 0, 1, 2, 10, 12);
    const std::vector<int> l2 = wardClustering(line, 2);
    QCOMPARE(l2, (std::vector<int>{0, 0, 0, 1, 1}));
    const std::vector<int> reps = clusterRepresentatives(line, l2, 2);
    QCOMPARE(reps[0], 1);
    QVERIFY(reps[1] == 3 || reps[1] == 4);
    QCOMPARE(clusterRepresentatives(line, {0, 0}, 1), std::vector<int>{-1});
}

void TestExprLogic::medianPooling()
{
    // One outlier frame between two similar ones disappears after pooling over 3.
    cv::Mat e = (cv::Mat_<float>(5, 2) << 1, 0, 1, 0, 0, 1, 1, 0, 1, 0);
    const cv::Mat pooled = medianPool(e, 3);
    QCOMPARE(pooled.rows, 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(pooled.at<float>(i, 0), 1.f);
        QCOMPARE(pooled.at<float>(i, 1), 0.f);
    }
    // Rows stay unit length; extent 1 is the identity.
    cv::Mat u = (cv::Mat_<float>(3, 2) << 0.6f, 0.8f, 0.8f, 0.6f, 0.6f, 0.8f);
    const cv::Mat same = medianPool(u, 1);
    QVERIFY(cv::norm(same, u) < 1e-6);
    QVERIFY(std::abs(cv::norm(medianPool(u, 3).row(1)) - 1.0) < 1e-5);
    QVERIFY(medianPool(cv::Mat()).empty());
}

void TestExprLogic::taggingSegmentsAndRates()
{
    // 10 faces: frames 0-4 look like "smile", 5-6 like nothing, 7-9 like "frown".
    cv::Mat pooled(10, 2, CV_32F);
    std::vector<int> frames;
    for (int i = 0; i < 10; ++i) {
        const float angle = i < 5 ? 0.f : i < 7 ? 1.57f : 3.14f;
        pooled.at<float>(i, 0) = std::cos(angle);
        pooled.at<float>(i, 1) = std::sin(angle);
        frames.push_back(i < 7 ? i : i + 20); // a gap before the frowns
    }
    const std::vector<ReferenceEmbedding> refs = {
        ref(QStringLiteral("s"), {QStringLiteral("smile"), QStringLiteral("happy")}, {1.f, 0.f}),
        ref(QStringLiteral("f"), {QStringLiteral("frown")}, {-1.f, 0.f}),
        ref(QStringLiteral("s2"), {QStringLiteral("smile")}, {0.99f, 0.14f}), // same tag twice
    };
    std::vector<TagSegment> segments;
    std::vector<TagRate> rates;
    tagIdentity(pooled, frames, refs, TaggingOptions(), segments, rates);
    QCOMPARE(int(rates.size()), 3);
    QCOMPARE(rates[0].tag, QStringLiteral("smile"));
    QCOMPARE(rates[0].faces, 5); // counted once although two references carry the tag
    QCOMPARE(rates[0].rate, 0.5);
    QCOMPARE(rates[1].tag, QStringLiteral("happy"));
    QCOMPARE(rates[2].tag, QStringLiteral("frown"));
    QCOMPARE(rates[2].faces, 3);
    QCOMPARE(int(segments.size()), 3);
    QCOMPARE(segments[0].startFrame, 0);
    QCOMPARE(segments[0].endFrame, 4);
    QCOMPARE(segments.back().tag, QStringLiteral("frown"));
    QCOMPARE(segments.back().startFrame, 27);
    QCOMPARE(segments.back().endFrame, 29);
    // A larger threshold tags the in-between faces too; 0 tags nothing.
    TaggingOptions strict;
    strict.threshold = 0.0;
    tagIdentity(pooled, frames, refs, strict, segments, rates);
    QVERIFY(segments.empty());
    QCOMPARE(rates[0].faces, 0);
}

void TestExprLogic::fecCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fec.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"http://x/a.jpg\",0.1,0.5,0.2,0.6,http://x/b.jpg,0.1,0.5,0.2,0.6,"
            "http://x/c.jpg,0.2,0.7,0.1,0.9,ONE_CLASS_TRIPLET,r1,3,r2,3,r3,1,r4,3,r5,2,r6,3\n");
    f.write("a.jpg,0,1,0,1,b.jpg,0,1,0,1,c.jpg,0,1,0,1,TWO_CLASS_TRIPLET,r1,1,r2,1\n");
    f.write("too,few,columns\n");
    f.write("a.jpg,0,1,0,1,b.jpg,0,1,0,1,c.jpg,0,1,0,1,TWO_CLASS_TRIPLET,r1,1,r2,2\n"); // tie
    f.close();
    const auto set = readFecCsv(path);
    QVERIFY(set.ok());
    QCOMPARE(int(set.value().triplets.size()), 2);
    const FecTriplet &t = set.value().triplets[0];
    QCOMPARE(t.images[0], QStringLiteral("http://x/a.jpg"));
    QCOMPARE(t.oddOneOut, 2);
    QCOMPARE(t.votes, 4);
    QCOMPARE(t.annotations, 6);
    QCOMPARE(t.anchor(), 0);
    QCOMPARE(t.positive(), 1);
    QCOMPARE(t.boxes[2].x, 0.2f);
    QCOMPARE(t.boxes[2].y, 0.1f);
    QVERIFY(std::abs(t.boxes[2].width - 0.5f) < 1e-6f);
    QCOMPARE(set.value().triplets[1].oddOneOut, 0);
    QCOMPARE(set.value().triplets[1].anchor(), 1);
    QCOMPARE(set.value().triplets[1].positive(), 2);
    QCOMPARE(set.value().skipped.size(), 2);
}

void TestExprLogic::fecCsvBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << QByteArray("url1,tl,br\n");
    QTest::newRow("box outside 0..1") << QByteArray("a,0,1.5,0,1,b,0,1,0,1,c,0,1,0,1,T,r,1\n");
    QTest::newRow("box inverted") << QByteArray("a,0.5,0.1,0,1,b,0,1,0,1,c,0,1,0,1,T,r,1\n");
    QTest::newRow("no annotation") << QByteArray("a,0,1,0,1,b,0,1,0,1,c,0,1,0,1,T,r,7\n");
}

void TestExprLogic::fecCsvBadInput()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto set = readFecCsv(path);
    QVERIFY(!set.ok());
    QVERIFY(!set.error().message.isEmpty());
    QVERIFY(!readFecCsv(dir.filePath(QStringLiteral("missing.csv"))).ok());
}

void TestExprLogic::fecImagePaths()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("face.jpg")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(resolveFecImage(QStringLiteral("https://host/x/face.jpg"), dir.path()),
             QFileInfo(f).absoluteFilePath());
    QCOMPARE(resolveFecImage(QStringLiteral("face.jpg"), dir.path()),
             QFileInfo(f).absoluteFilePath());
    QCOMPARE(resolveFecImage(f.fileName(), QString()), QFileInfo(f).absoluteFilePath());
    QVERIFY(resolveFecImage(QStringLiteral("https://host/other.jpg"), dir.path()).isEmpty());
}

void TestExprLogic::headFiles()
{
    auto net = FeeNet::create();
    QVERIFY2(net.ok(), qPrintable(net.ok() ? QString() : net.error().message));
    QVERIFY(!net.value()->headTrained());
    QVERIFY(net.value()->description().contains(QStringLiteral("EfficientNet-B0")));
    // Embeddings are 16-d and unit length.
    cv::Mat features(4, FeeNet::kBackboneDim, CV_32F);
    cv::randu(features, 0.f, 1.f);
    const cv::Mat e = net.value()->embedFeatures(features);
    QCOMPARE(e.cols, 16);
    QCOMPARE(e.rows, 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::abs(cv::norm(e.row(i)) - 1.0) < 1e-4);
    QCOMPARE(net.value()->embedFeatures(cv::Mat(2, 10, CV_32F)).rows, 0);
    // Save -> load gives the same projection; a non-head file is refused.
    QTemporaryDir dir;
    const QString head = dir.filePath(QStringLiteral("head.pt"));
    QVERIFY(net.value()->saveHead(head).ok());
    auto again = FeeNet::create(head);
    QVERIFY(again.ok());
    QVERIFY(cv::norm(again.value()->embedFeatures(features), e) < 1e-5);
    QFile junk(dir.filePath(QStringLiteral("junk.pt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a torch archive");
    junk.close();
    QVERIFY(!FeeNet::create(junk.fileName()).ok());
    QVERIFY(!FeeNet::create(dir.filePath(QStringLiteral("missing.pt"))).ok());
    // Training refuses bad triplets.
    QVERIFY(!net.value()->train({}, {}).ok());
    TripletFeatures wrong{cv::Mat(3, 5, CV_32F), cv::Mat(3, 5, CV_32F), cv::Mat(3, 5, CV_32F)};
    QVERIFY(!net.value()->train(wrong, {}).ok());
}

void TestExprLogic::referenceLibrary()
{
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    auto faces = loadDemoFaces(*dlib.value(), QSize(640, 480), 2);
    QVERIFY2(faces.ok(), qPrintable(faces.ok() ? QString() : faces.error().message));
    auto finder = ExprFaceFinder::create();
    auto net = FeeNet::create();
    QVERIFY(finder.ok() && net.ok());
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("refs"));
    const cv::Mat smile = renderDemoExpression(*faces.value().warpers[0], 0, 1.f);
    const cv::Mat open = renderDemoExpression(*faces.value().warpers[0], 2, 1.f);
    QVERIFY(ReferenceLibrary::addReference(lib, QStringLiteral("smile"),
                                           {QStringLiteral("smile"), QStringLiteral("happy")},
                                           smile, *finder.value())
                .ok());
    QCOMPARE(QFile::permissions(lib) & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
    auto loaded = ReferenceLibrary::load(lib, *net.value(), *finder.value());
    QVERIFY(loaded.ok());
    QCOMPARE(int(loaded.value().faces().size()), 1);
    // Adding a face needs no retraining: load again and it is there with its tags.
    QVERIFY(ReferenceLibrary::addReference(lib, QStringLiteral("mouth open"),
                                           {QStringLiteral("surprise")}, open, *finder.value())
                .ok());
    loaded = ReferenceLibrary::load(lib, *net.value(), *finder.value());
    QVERIFY(loaded.ok());
    QCOMPARE(int(loaded.value().faces().size()), 2);
    QCOMPARE(loaded.value().tags(), (QStringList{QStringLiteral("surprise"),
                                                 QStringLiteral("smile"), QStringLiteral("happy")}));
    QCOMPARE(int(loaded.value().embeddings()[0].embedding.size()), 16);
}

void TestExprLogic::referenceLibraryBadInput()
{
    auto finder = ExprFaceFinder::create();
    auto net = FeeNet::create();
    QVERIFY(finder.ok() && net.ok());
    QTemporaryDir dir;
    // Missing and face-less folders.
    QVERIFY(
        !ReferenceLibrary::load(dir.filePath(QStringLiteral("none")), *net.value(), *finder.value())
             .ok());
    const cv::Mat grey(200, 200, CV_8UC3, cv::Scalar(128, 128, 128));
    QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("wall.png")).toStdString(), grey));
    QFile broken(dir.filePath(QStringLiteral("broken.jpg")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not an image");
    broken.close();
    const auto none = ReferenceLibrary::load(dir.path(), *net.value(), *finder.value());
    QVERIFY(!none.ok());
    QVERIFY(none.error().detail.contains(QStringLiteral("wall.png")));
    // addReference refuses bad names, no tags, empty images and images without a face.
    const QString lib = dir.filePath(QStringLiteral("lib"));
    QVERIFY(!ReferenceLibrary::addReference(lib, QStringLiteral("../evil"), {QStringLiteral("t")},
                                            grey, *finder.value())
                 .ok());
    QVERIFY(!ReferenceLibrary::addReference(lib, QStringLiteral("x"), {QStringLiteral(" ")}, grey,
                                            *finder.value())
                 .ok());
    QVERIFY(!ReferenceLibrary::addReference(lib, QStringLiteral("x"), {QStringLiteral("t")},
                                            cv::Mat(), *finder.value())
                 .ok());
    const auto faceless = ReferenceLibrary::addReference(lib, QStringLiteral("x"),
                                                         {QStringLiteral("t")}, grey,
                                                         *finder.value());
    QVERIFY(!faceless.ok());
    QVERIFY(!QFile::exists(QDir(lib).filePath(QStringLiteral("x.png"))));
}

QTEST_GUILESS_MAIN(TestExprLogic)
#include "tst_exprlogic.moc"
