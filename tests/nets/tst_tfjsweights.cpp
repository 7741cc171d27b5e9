// The TF.js weights reader: element counts of the five models, dequantisation, and a clear
// error naming the file and tensor for every kind of damaged model folder.
#include "common/modellocator.h"
#include "nets/facefeaturenet.h"
#include "nets/tfjsweights.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace fm;

namespace {

const QString kTiny = QStringLiteral("face_landmark_68_tiny_model");

QString manifestName(const QString &model)
{
    return model + QStringLiteral("-weights_manifest.json");
}

/** Copies the tiny landmark model (manifest + .bin) into `dir`. */
bool copyTinyModel(const QString &dir)
{
    for (const QString &name : {manifestName(kTiny), kTiny + QStringLiteral(".bin")}) {
        const Result<QString> source = ModelLocator::findModel(name);
        if (!source || !QFile::copy(source.value(), QDir(dir).filePath(name)))
            return false;
    }
    return true;
}

QJsonArray readManifest(const QString &dir)
{
    QFile f(QDir(dir).filePath(manifestName(kTiny)));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).array();
}

void writeManifest(const QString &dir, const QJsonArray &manifest)
{
    QFile f(QDir(dir).filePath(manifestName(kTiny)));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QJsonDocument(manifest).toJson());
}

/** Applies `edit` to the weight entry named `name` of the first group. */
template<typename Edit>
void editEntry(const QString &dir, const QString &name, Edit edit)
{
    QJsonArray manifest = readManifest(dir);
    QJsonObject group = manifest.at(0).toObject();
    QJsonArray weights = group.value(QStringLiteral("weights")).toArray();
    for (int i = 0; i < weights.size(); ++i) {
        QJsonObject entry = weights.at(i).toObject();
        if (entry.value(QStringLiteral("name")).toString() == name) {
            if (!edit(entry))
                weights.removeAt(i);
            else
                weights[i] = entry;
            break;
        }
    }
    group.insert(QStringLiteral("weights"), weights);
    manifest[0] = group;
    writeManifest(dir, manifest);
}

} // namespace

class TestTfjsWeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elementCounts_data();
    void elementCounts();
    void dequantisation();
    void damaged_data();
    void damaged();
};

void TestTfjsWeights::elementCounts_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("elements");
    QTest::addColumn<int>("tensors");
    QTest::newRow("landmark68") << "face_landmark_68_model" << qint64(356840) << 49;
    QTest::newRow("landmark68tiny") << "face_landmark_68_tiny_model" << qint64(77224) << 28;
    QTest::newRow("expression") << "face_expression_model" << qint64(323687) << 49;
    QTest::newRow("recognition") << "face_recognition_model" << qint64(5614592) << 117;
    QTest::newRow("tinydetector") << "tiny_face_detector_model" << qint64(193321) << 19;
}

void TestTfjsWeights::elementCounts()
{
    QFETCH(QString, model);
    QFETCH(qint64, elements);
    QFETCH(int, tensors);
    const Result<TfjsWeights> w = TfjsWeights::loadModel(model);
    QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
    QCOMPARE(qint64(w->totalElements()), elements);
    QCOMPARE(int(w->tensors().size()), tensors);
}

void TestTfjsWeights::dequantisation()
{
    // uint8: value = q * scale + min, checked against the raw bytes and the manifest.
    const Result<QString> manifestPath = ModelLocator::findModel(manifestName(kTiny));
    QVERIFY(manifestPath.ok());
    QFile manifestFile(manifestPath.value());
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(manifestFile.readAll())
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("weights"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    const QJsonObject q = first.value(QStringLiteral("quantization")).toObject();
    QFile bin(QFileInfo(manifestPath.value()).dir().filePath(kTiny + QStringLiteral(".bin")));
    QVERIFY(bin.open(QIODevice::ReadOnly));
    const QByteArray bytes = bin.read(5);
    const Result<TfjsWeights> w = TfjsWeights::load(manifestPath.value());
    QVERIFY(w.ok());
    const auto filters = w->get("dense0/conv0/filters", {3, 3, 3, 32});
    QVERIFY(filters.ok());
    for (int i = 0; i < 5; ++i) {
        const double expected = quint8(bytes[i]) * q.value(QStringLiteral("scale")).toDouble()
                                + q.value(QStringLiteral("min")).toDouble();
        QCOMPARE(filters.value()->values[size_t(i)], float(expected));
    }
    // The documented oddity: dense0/conv2 filters of the tiny net are exactly zero.
    const auto zero = w->get("dense0/conv2/pointwise_filter", {1, 1, 32, 32});
    QVERIFY(zero.ok());
    for (float v : zero.value()->values)
        QCOMPARE(v, 0.f);
    // Raw float32 entries (the expression net's biases) are read little-endian.
    const Result<TfjsWeights> expression = TfjsWeights::loadModel(
        QStringLiteral("face_expression_model"));
    QVERIFY(expression.ok());
    const auto bias = expression->get("fc/bias", {7});
    QVERIFY(bias.ok());
    for (float v : bias.value()->values)
        QVERIFY(std::isfinite(v) && std::abs(v) < 10.f);
}

void TestTfjsWeights::damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::addColumn<bool>("loaderFails"); // false: the reader succeeds, the network refuses
    QTest::newRow("truncated bin") << "truncate"
                                   << "truncated" << true;
    QTest::newRow("missing bin") << "removeBin"
                                 << ".bin" << true;
    QTest::newRow("missing manifest") << "removeManifest"
                                      << "manifest" << true;
    QTest::newRow("broken json") << "brokenJson"
                                 << "JSON" << true;
    QTest::newRow("entry removed") << "removeEntry"
                                   << "describes" << true;
    QTest::newRow("tensor renamed") << "renameTensor"
                                    << "fc/bias" << false;
    QTest::newRow("wrong shape") << "wrongShape"
                                 << "fc/weights" << false;
    QTest::newRow("bad quantization") << "badQuant"
                                      << "int4" << true;
}

void TestTfjsWeights::damaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedInMessage);
    QFETCH(bool, loaderFails);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(copyTinyModel(tmp.path()));
    const QString bin = QDir(tmp.path()).filePath(kTiny + QStringLiteral(".bin"));
    const QString manifest = QDir(tmp.path()).filePath(manifestName(kTiny));
    // The undamaged copy loads.
    QVERIFY(FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68Tiny, tmp.path()).ok());

    if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(bin, QFileInfo(bin).size() - 100));
    } else if (damage == QLatin1String("removeBin")) {
        QVERIFY(QFile::remove(bin));
    } else if (damage == QLatin1String("removeManifest")) {
        QVERIFY(QFile::remove(manifest));
    } else if (damage == QLatin1String("brokenJson")) {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[{\"paths\": [");
    } else if (damage == QLatin1String("removeEntry")) {
        editEntry(tmp.path(), QStringLiteral("dense1/conv0/bias"),
                  [](QJsonObject &) { return false; });
    } else if (damage == QLatin1String("renameTensor")) {
        editEntry(tmp.path(), QStringLiteral("fc/bias"), [](QJsonObject &e) {
            e.insert(QStringLiteral("name"), QStringLiteral("fc/biases"));
            return true;
        });
    } else if (damage == QLatin1String("wrongShape")) {
        editEntry(tmp.path(), QStringLiteral("fc/weights"), [](QJsonObject &e) {
            e.insert(QStringLiteral("shape"), QJsonArray{136, 128});
            return true;
        });
    } else if (damage == QLatin1String("badQuant")) {
        editEntry(tmp.path(), QStringLiteral("fc/weights"), [](QJsonObject &e) {
            QJsonObject q = e.value(QStringLiteral("quantization")).toObject();
            q.insert(QStringLiteral("dtype"), QStringLiteral("int4"));
            e.insert(QStringLiteral("quantization"), q);
            return true;
        });
    }

    const Result<TfjsWeights> loaded = TfjsWeights::load(manifest);
    QCOMPARE(loaded.ok(), !loaderFails);
    const auto net = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68Tiny, tmp.path());
    QVERIFY(!net.ok());
    const QString message = net.error().message;
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
    // Every message names a file of the damaged folder.
    QVERIFY2(message.contains(tmp.path()), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTfjsWeights)
#include "tst_tfjsweights.moc"
