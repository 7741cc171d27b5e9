// FEENet triplet training on expressions made here: real demo-photo faces moved by the demo
// generator's FaceWarper (smile, brow raise, mouth open, pucker, ...). Anchor and positive
// show the same action, the negative another; held-out triplets use other people. Triplet
// prediction accuracy must rise from the untrained head to well above chance (1/3).
#include "expr/demotriplets.h"
#include "expr/feenet.h"
#include "face/dlibfacefinder.h"
#include "nets/facerecognizer.h"

#include <QDir>
#include <QProcess>

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace fm;

class TestFeeNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingRaisesTripletAccuracy();
    void fecCsvTrainingFromCli();
};

void TestFeeNet::trainingRaisesTripletAccuracy()
{
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    auto faces = loadDemoFaces(*dlib.value(), QSize(640, 480));
    QVERIFY2(faces.ok(), qPrintable(faces.ok() ? QString() : faces.error().message));
    const int persons = int(faces.value().warpers.size());
    qInfo("%d usable demo faces", persons);
    QVERIFY(persons >= 8);
    const auto samples = renderDemoExpressions(faces.value(), 6, 11);
    std::vector<int> trainPersons, testPersons;
    for (int i = 0; i < persons; ++i)
        (i % 4 == 3 ? testPersons : trainPersons).push_back(i);
    auto net = FeeNet::create();
    QVERIFY(net.ok());
    const auto trainTriplets = makeDemoTriplets(samples, trainPersons, 3000, 1, true);
    const auto testTriplets = makeDemoTriplets(samples, testPersons, 1000, 2);
    // New renderings (other intensities, framing, exposure) of the training people.
    const auto fresh = renderDemoExpressions(faces.value(), 2, 99);
    auto seen = demoTripletFeatures(*net.value(), fresh,
                                    makeDemoTriplets(fresh, trainPersons, 1000, 3));
    QVERIFY(seen.ok());
    const double seenBefore = net.value()->tripletAccuracy(seen.value());
    QCOMPARE(int(trainTriplets.size()), 3000);
    QCOMPARE(int(testTriplets.size()), 1000);
    auto train = demoTripletFeatures(*net.value(), samples, trainTriplets);
    auto test = demoTripletFeatures(*net.value(), samples, testTriplets);
    QVERIFY(train.ok() && test.ok());
    const double before = net.value()->tripletAccuracy(test.value());
    FeeTrainOptions options;
    int epochsSeen = 0;
    auto history = net.value()->train(train.value(), test.value(), options, [&](const FeeEpoch &e) {
        ++epochsSeen;
        if (e.epoch % 10 == 0 || e.epoch == 1)
            qInfo("epoch %d loss %.4f train %.3f held-out %.3f", e.epoch, e.loss, e.trainAccuracy,
                  e.testAccuracy);
        return true;
    });
    QVERIFY(history.ok());
    QCOMPARE(epochsSeen, options.epochs);
    const double after = history.value().back().testAccuracy;
    const double seenAfter = net.value()->tripletAccuracy(seen.value());
    qInfo("triplet accuracy on new renderings of the training people: untrained head %.3f -> "
          "trained %.3f (chance 0.333)",
          seenBefore, seenAfter);
    qInfo("triplet accuracy on people never trained on: untrained head %.3f -> trained %.3f",
          before, after);
    QVERIFY(history.value().back().loss < history.value().front().loss);
    QVERIFY2(seenAfter > 0.75, qPrintable(QString::number(seenAfter)));
    QVERIFY(seenAfter > seenBefore + 0.2);
    QVERIFY(after > before);
    QVERIFY(net.value()->headTrained());
    // The trained head survives a save/load round trip.
    QTemporaryDir dir;
    const QString head = dir.filePath(QStringLiteral("feenet-head.pt"));
    QVERIFY(net.value()->saveHead(head).ok());
    auto reloaded = FeeNet::create(head);
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.value()->headTrained());
    QCOMPARE(reloaded.value()->tripletAccuracy(test.value()), after);
    // Stopping from the progress callback ends training after that epoch.
    int calls = 0;
    auto stopped = net.value()->train(train.value(), {}, options,
                                      [&](const FeeEpoch &) { return ++calls < 2; });
    QVERIFY(stopped.ok());
    QCOMPARE(int(stopped.value().size()), 2);
}

void TestFeeNet::fecCsvTrainingFromCli()
{
    // An FEC-layout CSV over image files (URLs resolved by file name in --images), face boxes
    // as fractions, six annotations per row naming the odd one out; trained through the CLI.
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    auto faces = loadDemoFaces(*dlib.value(), QSize(480, 360), 3);
    QVERIFY(faces.ok());
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("images"));
    QVERIFY(QDir().mkpath(images));
    struct Image
    {
        QString url;
        cv::Rect2f box;
        int action;
    };
    std::vector<Image> files;
    for (int p = 0; p < int(faces.value().warpers.size()); ++p)
        for (int a = 0; a < 4; ++a) {
            Landmarks68 points;
            const cv::Mat frame = renderDemoExpression(*faces.value().warpers[size_t(p)], a, 1.f,
                                                       &points);
            const QString name = QStringLiteral("p%1_a%2.png").arg(p).arg(a);
            QVERIFY(cv::imwrite(QDir(images).filePath(name).toStdString(), frame));
            const cv::Rect2f r = FaceRecognizer::alignedRect(points);
            files.push_back({QStringLiteral("https://example.org/fec/") + name,
                             cv::Rect2f(r.x / frame.cols, r.y / frame.rows, r.width / frame.cols,
                                        r.height / frame.rows),
                             a});
        }
    QByteArray csv;
    int rows = 0;
    for (size_t i = 0; i < files.size(); ++i)
        for (size_t j = 0; j < files.size(); ++j)
            for (size_t k = 0; k < files.size() && rows < 40; ++k) {
                if (i == j || files[i].action != files[j].action
                    || files[k].action == files[i].action || (i + j + k) % 3 != 0)
                    continue;
                // The negative goes in column group (rows % 3) so every position is used.
                std::array<size_t, 3> order{i, j, k};
                const int odd = rows % 3;
                std::swap(order[2], order[size_t(odd)]);
                QStringList fields;
                for (size_t f : order) {
                    const cv::Rect2f &b = files[f].box;
                    fields << files[f].url << QString::number(b.x) << QString::number(b.x + b.width)
                           << QString::number(b.y) << QString::number(b.y + b.height);
                }
                fields << QStringLiteral("ONE_CLASS_TRIPLET");
                for (int r = 0; r < 6; ++r)
                    fields << QStringLiteral("rater%1").arg(r)
                           << QString::number(r == 5 ? (odd + 1) % 3 + 1 : odd + 1);
                csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
                ++rows;
            }
    QCOMPARE(rows, 40);
    QFile file(dir.filePath(QStringLiteral("fec.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const QString head = dir.filePath(QStringLiteral("head.pt"));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("expressions"), QStringLiteral("train"), QStringLiteral("--fec"),
               file.fileName(), QStringLiteral("--fec-test"), file.fileName(),
               QStringLiteral("--images"), images, QStringLiteral("--epochs"), QStringLiteral("5"),
               QStringLiteral("--out"), head});
    QVERIFY(cli.waitForFinished(300000));
    const QByteArray log = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, (log + cli.readAllStandardError()).constData());
    QVERIFY2(log.contains("FEC training triplets: 40 usable, 0 without images"), log.constData());
    QVERIFY(log.contains("\"epoch\": 5"));
    QVERIFY(FeeNet::create(head).ok());
    // Images missing: a clear error, exit 1.
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), QStringLiteral("train"),
                                QStringLiteral("--fec"), file.fileName(),
                                QStringLiteral("--images"), dir.filePath(QStringLiteral("nowhere")),
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("h2.pt"))}),
             1);
}

QTEST_GUILESS_MAIN(TestFeeNet)
#include "tst_feenet.moc"
