// The on-disk feature cache: round trip, invalidation by every key part (including a real
// content-hash change), corrupt files (clear error, then recompute) and bad input.
#include "common/contenthash.h"
#include "nets/facefeaturenet.h"
#include "nets/featurecache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace fm;

namespace {

cv::Mat randomFeatures(int rows, int cols, int seed)
{
    cv::Mat m(rows, cols, CV_32F);
    cv::RNG rng(static_cast<uint64>(seed));
    rng.fill(m, cv::RNG::NORMAL, 0.0, 1.0);
    return m;
}

FeatureCacheKey baseKey()
{
    return {QStringLiteral("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12"),
            QStringLiteral("sfe-l/pooled"), QStringLiteral("aligned112;v1")};
}

double maxRelativeDiff(const cv::Mat &a, const cv::Mat &b)
{
    double worst = 0.0;
    for (int r = 0; r < a.rows; ++r)
        for (int c = 0; c < a.cols; ++c) {
            const double x = a.at<float>(r, c);
            const double y = b.at<float>(r, c);
            worst = std::max(worst, std::abs(x - y) / std::max(1e-3, std::abs(x)));
        }
    return worst;
}

} // namespace

class TestFeatureCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void invalidation_data();
    void invalidation();
    void clipContentChange();
    void corrupt_data();
    void corrupt();
    void badInput();
    void realExtractor();
};

void TestFeatureCache::roundTrip()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("cache/features"));
    const FeatureCache cache(folder, baseKey());
    QVERIFY(!cache.exists());
    QVERIFY(!cache.load().ok());
    const cv::Mat features = randomFeatures(57, 256, 1);
    const Result<bool> stored = cache.store(features);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(cache.exists());
    // float16 storage: 2 bytes per value plus a small header and checksum.
    QVERIFY(QFileInfo(cache.filePath()).size() < 57 * 256 * 2 + 400);
    QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
    const Result<cv::Mat> loaded = cache.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->rows, 57);
    QCOMPARE(loaded->cols, 256);
    QVERIFY(maxRelativeDiff(features, loaded.value()) < 1e-3);
    // No temporary files are left next to it (QSaveFile commit).
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
}

void TestFeatureCache::invalidation_data()
{
    QTest::addColumn<int>("part");
    QTest::newRow("clip hash") << 0;
    QTest::newRow("sfe id") << 1;
    QTest::newRow("crop settings") << 2;
}

void TestFeatureCache::invalidation()
{
    QFETCH(int, part);
    QTemporaryDir tmp;
    const FeatureCache original(tmp.path(), baseKey());
    QVERIFY(original.store(randomFeatures(10, 8, 2)).ok());
    FeatureCacheKey changed = baseKey();
    if (part == 0)
        changed.clipHash.replace(0, 1, QStringLiteral("f"));
    else if (part == 1)
        changed.sfeId = QStringLiteral("sfe-e/pooled");
    else
        changed.cropSettings = QStringLiteral("aligned112;v2");
    const FeatureCache other(tmp.path(), changed);
    QVERIFY(other.filePath() != original.filePath());
    QVERIFY(!other.load().ok());
    int computed = 0;
    bool fromCache = true;
    const Result<cv::Mat> result = other.loadOrCompute(
        [&]() -> Result<cv::Mat> {
            ++computed;
            return randomFeatures(10, 8, 3);
        },
        &fromCache);
    QVERIFY(result.ok());
    QCOMPARE(computed, 1);
    QVERIFY(!fromCache);
    // Second call hits the cache; the original entry is untouched.
    QVERIFY(other
                .loadOrCompute(
                    [&]() -> Result<cv::Mat> {
                        ++computed;
                        return cv::Mat();
                    },
                    &fromCache)
                .ok());
    QCOMPARE(computed, 1);
    QVERIFY(fromCache);
    QVERIFY(maxRelativeDiff(randomFeatures(10, 8, 2), original.load().value()) < 1e-3);
}

void TestFeatureCache::clipContentChange()
{
    // A real image-sequence clip: changing one frame changes the content hash, so the key.
    QTemporaryDir tmp;
    const QString clip = tmp.filePath(QStringLiteral("clip"));
    QVERIFY(QDir().mkpath(clip));
    for (int i = 0; i < 3; ++i) {
        const cv::Mat frame(32, 32, CV_8UC3, cv::Scalar(i * 40, 20, 200));
        QVERIFY(cv::imwrite(QStringLiteral("%1/%2.png").arg(clip).arg(i).toStdString(), frame));
    }
    const Result<QString> before = contentHash(clip);
    QVERIFY(before.ok());
    FeatureCacheKey key = baseKey();
    key.clipHash = before.value();
    QVERIFY(
        FeatureCache(tmp.filePath(QStringLiteral("cache")), key).store(randomFeatures(3, 4, 4)).ok());
    QVERIFY(cv::imwrite(QStringLiteral("%1/1.png").arg(clip).toStdString(),
                        cv::Mat(32, 32, CV_8UC3, cv::Scalar(1, 2, 3))));
    const Result<QString> after = contentHash(clip);
    QVERIFY(after.ok());
    QVERIFY(after.value() != before.value());
    key.clipHash = after.value();
    QVERIFY(!FeatureCache(tmp.filePath(QStringLiteral("cache")), key).load().ok());
}

void TestFeatureCache::corrupt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "truncate"
                               << "corrupt";
    QTest::newRow("flipped byte") << "flip"
                                  << "corrupt";
    QTest::newRow("not a cache file") << "garbage"
                                      << "corrupt";
    QTest::newRow("empty file") << "empty"
                                << "corrupt";
    QTest::newRow("other key") << "otherKey"
                               << "another clip";
}

void TestFeatureCache::corrupt()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    const FeatureCache cache(tmp.path(), baseKey());
    const cv::Mat features = randomFeatures(20, 16, 5);
    QVERIFY(cache.store(features).ok());
    const QString path = cache.filePath();
    QFile file(path);
    if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 7));
    } else if (damage == QLatin1String("flip")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(200);
        char c = 0;
        file.getChar(&c);
        file.seek(200);
        file.putChar(char(c ^ 0x40));
        file.close();
    } else if (damage == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(500, 'x'));
        file.close();
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(QFile::resize(path, 0));
    } else if (damage == QLatin1String("otherKey")) {
        FeatureCacheKey other = baseKey();
        other.sfeId = QStringLiteral("sfe-m/pooled");
        const FeatureCache otherCache(tmp.path(), other);
        QVERIFY(otherCache.store(features).ok());
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(otherCache.filePath(), path));
    }
    const Result<cv::Mat> loaded = cache.load();
    QVERIFY(!loaded.ok());
    qInfo("%s", qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(path));
    // loadOrCompute recomputes and repairs the entry.
    bool fromCache = true;
    const Result<cv::Mat> repaired
        = cache.loadOrCompute([&]() -> Result<cv::Mat> { return features; }, &fromCache);
    QVERIFY(repaired.ok());
    QVERIFY(!fromCache);
    QVERIFY(cache.load().ok());
}

void TestFeatureCache::badInput()
{
    QTemporaryDir tmp;
    const FeatureCache cache(tmp.path(), baseKey());
    QVERIFY(!cache.store(cv::Mat()).ok());
    QVERIFY(!cache.store(cv::Mat(3, 3, CV_8U, cv::Scalar(1))).ok());
    QVERIFY(!FeatureCache(tmp.path(), FeatureCacheKey{}).store(randomFeatures(2, 2, 6)).ok());
    // A failing computation is passed through and nothing is written.
    const Result<cv::Mat> failed = cache.loadOrCompute(
        []() -> Result<cv::Mat> { return Error{QStringLiteral("no faces")}; });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("no faces"));
    QVERIFY(!cache.exists());
    // An unwritable folder is a clear error.
    const FeatureCache blocked(QStringLiteral("/proc/facemotion-cache"), baseKey());
    QVERIFY(!blocked.store(randomFeatures(2, 2, 7)).ok());
}

void TestFeatureCache::realExtractor()
{
    const auto net = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68);
    QVERIFY(net.ok());
    std::vector<cv::Mat> crops;
    for (int i = 0; i < 6; ++i) {
        cv::Mat crop(112, 112, CV_8UC3);
        cv::randu(crop, cv::Scalar::all(0), cv::Scalar::all(255));
        crops.push_back(crop);
    }
    QTemporaryDir tmp;
    FeatureCacheKey key = baseKey();
    // A key made from a real clip file and the SFE.
    const QString clip = tmp.filePath(QStringLiteral("frame.png"));
    QVERIFY(cv::imwrite(clip.toStdString(), crops[0]));
    const Result<FeatureCacheKey> made = FeatureCacheKey::forClip(clip, *net.value(),
                                                                  FeatureLayer::Pooled,
                                                                  QStringLiteral("aligned112;v1"));
    QVERIFY(made.ok());
    QCOMPARE(made->sfeId, QStringLiteral("sfe-l/pooled"));
    QCOMPARE(made->clipHash.size(), 64);
    QVERIFY(!FeatureCacheKey::forClip(tmp.filePath(QStringLiteral("missing.mp4")), *net.value(),
                                      FeatureLayer::Pooled, QString())
                 .ok());
    key = made.value();
    const FeatureCache cache(tmp.path(), key);
    const auto compute = [&]() { return net.value()->extract(crops); };
    bool fromCache = true;
    const Result<cv::Mat> first = cache.loadOrCompute(compute, &fromCache);
    QVERIFY(first.ok());
    QVERIFY(!fromCache);
    const Result<cv::Mat> second = cache.loadOrCompute(compute, &fromCache);
    QVERIFY(second.ok());
    QVERIFY(fromCache);
    QCOMPARE(second->rows, 6);
    QCOMPARE(second->cols, 256);
    double worst = 0.0;
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 256; ++c)
            worst = std::max(worst,
                             double(std::abs(first->at<float>(r, c) - second->at<float>(r, c))));
    QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
}

QTEST_GUILESS_MAIN(TestFeatureCache)
#include "tst_featurecache.moc"
