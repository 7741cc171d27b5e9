#include "pretrainsfecommand.h"

#include "clicommand.h"
#include "interrupt.h"

#include "common/modellocator.h"
#include "common/privatedir.h"
#include "face/dlibfacefinder.h"
#include "nets/sfedistiller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::pretrainsfe", text);
}

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runPretrainSfe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Trains SFE-M (MobileFaceNet) to predict dlib's 68 landmarks on face crops."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Checkpoint file (model + optimizer) to write."),
                                       tr("FILE"));
    const QCommandLineOption inputOption(QStringLiteral("input"),
                                         tr("Extra training images, image folders or videos "
                                            "(repeatable)."),
                                         tr("PATH"));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                          tr("Do not use the face-api demo photos."));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), tr("Epochs (default 20)."),
                                          tr("N"), QStringLiteral("20"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Batch size (default 8)."),
                                         tr("N"), QStringLiteral("8"));
    const QCommandLineOption samplesOption(QStringLiteral("samples-per-face"),
                                           tr("Augmented crops per face and epoch (default 4)."),
                                           tr("N"), QStringLiteral("4"));
    const QCommandLineOption lrOption(QStringLiteral("lr"),
                                      tr("Adam learning rate (default 0.002)."), tr("RATE"),
                                      QStringLiteral("0.002"));
    const QCommandLineOption stepOption(QStringLiteral("video-step"),
                                        tr("Use every N-th video frame (default 10)."), tr("N"),
                                        QStringLiteral("10"));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
                                          tr("Continue from the checkpoint in --out."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Progress as JSON lines (for the job queue)."));
    parser.addOptions({outOption, inputOption, noDemoOption, epochsOption, batchOption,
                       samplesOption, lrOption, stepOption, resumeOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli pretrain-sfe")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    SfeTrainingOptions options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    options.epochs = parser.value(epochsOption).toInt(&ok1);
    options.batchSize = parser.value(batchOption).toInt(&ok2);
    options.samplesPerFace = parser.value(samplesOption).toInt(&ok3);
    options.learningRate = parser.value(lrOption).toDouble(&ok4);
    const int videoStep = parser.value(stepOption).toInt(&ok5);
    if (!parser.isSet(outOption) || !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || options.epochs < 1
        || options.batchSize < 2 || options.samplesPerFace < 1 || options.learningRate <= 0
        || videoStep < 1) {
        err() << tr("pretrain-sfe needs --out FILE and positive numbers (batch at least 2).")
              << "\n\n"
              << parser.helpText();
        return 2;
    }
    options.checkpointPath = QFileInfo(parser.value(outOption)).absoluteFilePath();
    options.resume = parser.isSet(resumeOption);
    const bool json = parser.isSet(jsonOption);

    QStringList inputs = parser.values(inputOption);
    if (!parser.isSet(noDemoOption)) {
        const Result<QString> demo = ModelLocator::demoPhotoDir();
        if (!demo) {
            err() << demo.error().message << "\n";
            return 1;
        }
        inputs.prepend(demo.value());
    }
    if (inputs.isEmpty()) {
        err() << tr("No training inputs: give --input or leave the demo photos on.") << "\n";
        return 2;
    }
    const Result<QString> dir = makeParentDir(options.checkpointPath);
    if (!dir) {
        err() << dir.error().message << "\n";
        return 1;
    }
    const auto finder = DlibFaceFinder::create();
    if (!finder) {
        err() << finder.error().message << "\n";
        return 1;
    }
    finder.value()->setDetectSide(0); // small faces in large group photos

    watchInterrupts();
    out() << tr("Finding faces with dlib in %1 input(s)...").arg(inputs.size()) << "\n";
    out().flush();
    const auto faces = SfeDistiller::collectFaces(inputs, *finder.value(), videoStep,
                                                  &interruptFlag());
    if (!faces) {
        std::signal(SIGINT, SIG_DFL);
        err() << faces.error().message << "\n";
        return 1;
    }
    std::vector<LandmarkSample> train, heldOut;
    SfeDistiller::splitHeldOut(faces.value(), train, heldOut);
    out() << tr("%1 faces: %2 for training, %3 held out.")
                 .arg(faces->size())
                 .arg(train.size())
                 .arg(heldOut.size())
          << "\n";
    out().flush();

    const auto report = [json](const SfeEpochReport &r) {
        if (json) {
            out() << line({{QStringLiteral("epoch"), r.epoch},
                           {QStringLiteral("epochs"), r.epochs},
                           {QStringLiteral("loss"), r.trainLoss},
                           {QStringLiteral("heldout_nme"), r.heldOutNme},
                           {QStringLiteral("seconds"), r.seconds}})
                  << "\n";
        } else {
            out() << tr("epoch %1/%2  loss %3  held-out NME %4  (%5 s)")
                         .arg(r.epoch)
                         .arg(r.epochs)
                         .arg(r.trainLoss, 0, 'f', 4)
                         .arg(r.heldOutNme, 0, 'f', 4)
                         .arg(r.seconds, 0, 'f', 1)
                  << "\n";
        }
        out().flush();
    };
    const auto result = SfeDistiller::train(train, heldOut, options, report, &interruptFlag());
    std::signal(SIGINT, SIG_DFL);
    if (!result) {
        err() << result.error().message << "\n";
        if (!result.error().detail.isEmpty())
            err() << result.error().detail << "\n";
        return 1;
    }
    const QString summary = tr("%1 after %2 epoch(s). Held-out landmark error vs dlib "
                               "(mean / inter-ocular): %3 (mean-shape baseline %4) on %5 faces. "
                               "Checkpoint: %6")
                                .arg(result->cancelled ? tr("Cancelled") : tr("Finished"))
                                .arg(result->epochsDone)
                                .arg(result->heldOutNme, 0, 'f', 4)
                                .arg(result->meanShapeNme, 0, 'f', 4)
                                .arg(result->heldOutFaces)
                                .arg(options.checkpointPath);
    if (json) {
        out() << line({{QStringLiteral("done"), !result->cancelled},
                       {QStringLiteral("cancelled"), result->cancelled},
                       {QStringLiteral("epochs_done"), result->epochsDone},
                       {QStringLiteral("heldout_nme"), result->heldOutNme},
                       {QStringLiteral("mean_shape_nme"), result->meanShapeNme},
                       {QStringLiteral("checkpoint"), options.checkpointPath}})
              << "\n";
    } else {
        out() << summary << "\n";
    }
    out().flush();
    return result->cancelled ? 1 : 0;
}

} // namespace fm::cli
