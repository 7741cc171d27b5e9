#include "doctorcommand.h"

#include "clicommand.h"

#include "common/libraryversions.h"
#include "common/modellocator.h"
#include "common/privatedir.h"
#include "common/torchprobe.h"
#include "face/dlibfacefinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::doctor", text);
}

const char *const kFaceApiModels[] = {
    "face_landmark_68_model", "face_landmark_68_tiny_model", "face_expression_model",
    "face_recognition_model", "tiny_face_detector_model",
};

void drawFace(cv::Mat &image, const FaceShape &face)
{
    const int thickness = std::max(1, image.cols / 640);
    cv::rectangle(image, face.box, cv::Scalar(0, 200, 255), thickness * 2);
    for (const cv::Point2f &p : face.points)
        cv::circle(image, p, thickness * 2, cv::Scalar(80, 255, 80), cv::FILLED);
}

QJsonObject checkModels(bool &allOk)
{
    QJsonObject models;
    for (const char *name : kFaceApiModels) {
        const QString manifest = QString::fromLatin1(name)
                                 + QStringLiteral("-weights_manifest.json");
        const QString weights = QString::fromLatin1(name) + QStringLiteral(".bin");
        const Result<QString> m = ModelLocator::findModel(manifest);
        const Result<QString> w = ModelLocator::findModel(weights);
        if (m && w) {
            models.insert(QLatin1String(name), m.value());
            out() << "  " << tr("found") << "   " << m.value() << "\n";
        } else {
            allOk = false;
            const Error &e = m ? w.error() : m.error();
            models.insert(QLatin1String(name), QJsonValue::Null);
            out() << "  " << tr("MISSING") << " " << e.message << "\n";
        }
    }
    const Result<QString> dlibModel = ModelLocator::dlibShapePredictor();
    if (dlibModel) {
        models.insert(QStringLiteral("dlib_shape_predictor_68"), dlibModel.value());
        out() << "  " << tr("found") << "   " << dlibModel.value() << "\n";
    } else {
        allOk = false;
        out() << "  " << tr("MISSING") << " " << dlibModel.error().message << "\n";
    }
    return models;
}

QJsonArray checkFaces(const QString &outDir, bool &allOk)
{
    QJsonArray photos;
    const Result<QString> demoDir = ModelLocator::demoPhotoDir();
    if (!demoDir) {
        allOk = false;
        out() << "  " << demoDir.error().message << "\n";
        return photos;
    }
    const auto finder = DlibFaceFinder::create();
    if (!finder) {
        allOk = false;
        out() << "  " << finder.error().message << "\n";
        return photos;
    }
    // Group photos with ~100 px faces in 1920 px frames: detect at full resolution.
    finder.value()->setDetectSide(0);
    const QStringList names = QDir(demoDir.value())
                                  .entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = QDir(demoDir.value()).filePath(name);
        cv::Mat image = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
        if (image.empty()) {
            allOk = false;
            out() << "  " << tr("unreadable photo") << " " << path << "\n";
            continue;
        }
        const std::vector<FaceShape> faces = finder.value()->findFaces(image);
        for (const FaceShape &face : faces)
            drawFace(image, face);
        const QString drawn = QDir(outDir).filePath(QStringLiteral("faces_") + name);
        cv::imwrite(QFile::encodeName(drawn).toStdString(), image);
        photos.append(QJsonObject{{QStringLiteral("photo"), path},
                                  {QStringLiteral("faces"), int(faces.size())},
                                  {QStringLiteral("drawn"), drawn}});
        out() << "  " << name << ": " << tr("%1 face(s)").arg(faces.size()) << "\n";
        out().flush();
    }
    return photos;
}

} // namespace

int runDoctor(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks libraries, models and face finding."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Folder for report.json and the annotated photos."),
                                       tr("DIR"), QStringLiteral("facemotion-doctor"));
    parser.addOption(outOption);
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli doctor")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }

    const Result<QString> outDir = makePrivateDir(parser.value(outOption));
    if (!outDir) {
        err() << outDir.error().message << "\n";
        return 1;
    }

    bool allOk = true;
    const LibraryVersions versions = LibraryVersions::current();
    out() << tr("Libraries:") << "\n  "
          << versions.toText().replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << "\n";
    const double trace = torchSmokeTest();
    const bool torchOk = qFuzzyCompare(trace, 30.0);
    allOk = allOk && torchOk;
    out() << tr("Tensor check:") << " " << (torchOk ? tr("ok") : tr("FAILED")) << "\n";
    out() << tr("Models:") << "\n";
    const QJsonObject models = checkModels(allOk);
    out() << tr("Faces in the demo photos:") << "\n";
    out().flush();
    const QJsonArray photos = checkFaces(outDir.value(), allOk);

    const QJsonObject report{
        {QStringLiteral("ok"), allOk},
        {QStringLiteral("libraries"), QJsonObject{{QStringLiteral("qt"), versions.qt},
                                                  {QStringLiteral("torch"), versions.torch},
                                                  {QStringLiteral("opencv"), versions.opencv},
                                                  {QStringLiteral("dlib"), versions.dlib}}},
        {QStringLiteral("torch_check"), torchOk},
        {QStringLiteral("models"), models},
        {QStringLiteral("photos"), photos},
    };
    QSaveFile file(QDir(outDir.value()).filePath(QStringLiteral("report.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0
        || !file.commit()) {
        err() << tr("The report could not be written to %1: %2")
                     .arg(file.fileName(), file.errorString())
              << "\n";
        return 1;
    }
    out() << (allOk ? tr("All checks passed.") : tr("Some checks FAILED.")) << "\n"
          << tr("Results written to %1").arg(outDir.value()) << "\n";
    out().flush();
    return allOk ? 0 : 1;
}

} // namespace fm::cli
