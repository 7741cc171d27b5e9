// FEENet triplet training on expressions made here: real demo-photo faces moved by the demo
// generator's FaceWarper (smile, brow raise, mouth open, pucker, ...). Anchor and positive
// show the same action, the negative another; held-out triplets use other people. Triplet
// prediction accuracy must rise from the untrained head to well above chance (1/3).
#include "expr/demotriplets.h"
#include "expr/feenet.h"
#include "face/dlibfacefinder.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fm;

class TestFeeNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingRaisesTripletAccuracy();
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

QTEST_GUILESS_MAIN(TestFeeNet)
#include "tst_feenet.moc"
