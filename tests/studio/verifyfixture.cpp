#include "verifyfixture.h"

#include "../train/synthfeatures.h"
#include "synthclip.h"

#include "train/trainconfig.h"
#include "train/trainer.h"

#include <QDir>

namespace fm::testing {

Result<VerifyData> makeVerifyData(const QString &folder)
{
    VerifyData data;
    QDir().mkpath(folder);
    const QDir dir(folder);
    auto faceA = demoFace(cv::Size(320, 240), 0);
    if (!faceA)
        return faceA.error();
    auto faceB = demoFace(cv::Size(320, 240), 1);
    if (!faceB)
        return faceB.error();
    SyntheticMotion m;
    m.frames = 40;
    m.onset = 12;
    m.apexStart = 18;
    m.apexEnd = 22;
    m.offset = 30;
    const struct
    {
        const FaceFrame *face;
        unsigned seed;
        QString name;
        QString *path;
    } clips[] = {{&faceA.value(), 1, QStringLiteral("a1.mp4"), &data.personA1},
                 {&faceA.value(), 2, QStringLiteral("a2.mp4"), &data.personA2},
                 {&faceB.value(), 3, QStringLiteral("b1.mp4"), &data.personB}};
    for (const auto &c : clips) {
        m.seed = c.seed;
        auto written = writeSyntheticClip(dir.filePath(c.name), *c.face, m);
        if (!written)
            return written.error();
        *c.path = written.value();
    }
    // A tiny encoder trained on synthetic 256-d sequences (the SFE-L feature size).
    test::SynthOptions o;
    o.subjects = 4;
    o.motions = 2;
    o.repetitions = 3;
    o.dim = 256;
    QJsonObject json = test::smallConfig();
    json.insert(QStringLiteral("epochs"), 2);
    json.insert(QStringLiteral("sfe"), QStringLiteral("sfe-l/pooled"));
    auto config = TrainConfig::fromJson(json);
    if (!config)
        return config.error();
    data.runDir = dir.filePath(QStringLiteral("run"));
    auto outcome = Trainer::run(config.value(), test::makeSyntheticFeatures(o), data.runDir);
    if (!outcome)
        return outcome.error();
    return data;
}

} // namespace fm::testing
