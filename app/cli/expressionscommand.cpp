#include "expressionscommand.h"

#include "clicommand.h"
#include "interrupt.h"
#include "terminalprogress.h"

#include "expr/demotriplets.h"
#include "expr/expressionanalyzer.h"
#include "expr/expressionreport.h"
#include "expr/fectriplets.h"
#include "expr/feenet.h"
#include "expr/identityrelative.h"
#include "expr/referencelibrary.h"
#include "face/dlibfacefinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::expressions", text);
}

/** Peak resident memory of this process (VmHWM of /proc/self/status), in MiB. */
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

int fail(const Error &e)
{
    err() << tr("error: %1").arg(e.message);
    if (!e.detail.isEmpty())
        err() << " (" << e.detail << ")";
    err() << "\n";
    return 1;
}

int runAnalysis(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Identities, custom expression tags with time segments, appearance rates and "
           "expression summaries of a video.\n"
           "Also: expressions train (--fec CSV --images DIR | --demo) --out HEAD\n"
           "      expressions demo-video OUT.mp4 [--seconds S] [--refs DIR]"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("VIDEO"), tr("Video file or image-sequence folder"));
    p.addOptions({
        {QStringLiteral("refs"), tr("Reference library folder (images + tags.json)"), tr("DIR")},
        {QStringLiteral("out"), tr("Output folder (default: VIDEO-expressions)"), tr("DIR")},
        {QStringLiteral("head"),
         tr("Trained FEENet head (expressions train); default: the head ./fm setup trained on "
            "the demo faces, if installed"),
         tr("FILE")},
        {QStringLiteral("threshold"), tr("Tag distance threshold (default 0.5)"), tr("D")},
        {QStringLiteral("eps"), tr("DBSCAN radius on face descriptors (default 0.45)"), tr("R")},
        {QStringLiteral("min-faces"), tr("DBSCAN core size (default 3)"), tr("N")},
        {QStringLiteral("clusters"), tr("Summary faces per identity (default 10)"), tr("N")},
        {QStringLiteral("step"), tr("Analyse every n-th frame (default 1)"), tr("N")},
        {QStringLiteral("detector"), tr("dlib (default) or faceapi"), tr("NAME")},
    });
    if (!p.parse(QStringList{QStringLiteral("expressions")} + args)) {
        err() << p.errorText() << "\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("refs"))) {
        err() << tr("usage: fmstudio-cli expressions VIDEO --refs DIR [--out DIR]") << "\n";
        return 2;
    }
    const QString video = p.positionalArguments().first();
    ExpressionOptions options;
    bool ok = true;
    auto number = [&](const char *name, auto &target, double lo, double hi) {
        if (!p.isSet(QLatin1String(name)))
            return;
        bool good = false;
        const double v = p.value(QLatin1String(name)).toDouble(&good);
        if (!good || v < lo || v > hi) {
            err() << tr("--%1 must be a number from %2 to %3").arg(QLatin1String(name)).arg(lo).arg(hi)
                  << "\n";
            ok = false;
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(v);
    };
    number("threshold", options.tagging.threshold, 0.0, 2.0);
    number("eps", options.identities.eps, 0.01, 2.0);
    number("min-faces", options.identities.minPoints, 1, 1000);
    number("clusters", options.summaryClusters, 1, 100);
    number("step", options.frameStep, 1, 1000);
    const QString detector = p.value(QStringLiteral("detector"));
    if (detector == QLatin1String("faceapi"))
        options.backend = ExprFaceFinder::Backend::FaceApi;
    else if (!detector.isEmpty() && detector != QLatin1String("dlib")) {
        err() << tr("--detector must be dlib or faceapi") << "\n";
        ok = false;
    }
    if (!ok)
        return 2;
    // Without --head: the head ./fm setup trained on the demo faces, when installed.
    options.headPath = p.isSet(QStringLiteral("head")) ? p.value(QStringLiteral("head"))
                                                       : FeeNet::installedHeadPath();
    if (!QFileInfo::exists(video))
        return fail(Error{tr("The video %1 does not exist.").arg(video)});
    auto analyzer = ExpressionAnalyzer::create(options);
    if (!analyzer)
        return fail(analyzer.error());
    auto library = ReferenceLibrary::load(p.value(QStringLiteral("refs")), analyzer.value()->net(),
                                          analyzer.value()->finder(),
                                          &analyzer.value()->recognizer());
    if (!library)
        return fail(library.error());
    for (const QString &problem : library.value().problems())
        err() << tr("warning: reference skipped: %1").arg(problem) << "\n";
    watchInterrupts(); // Ctrl-C / SIGTERM: stop at the next frame, write nothing
    out() << analyzer.value()->net().description() << "\n";
    out().flush();
    TerminalProgress bar;
    auto report = analyzer.value()->analyze(
        video, library.value().embeddings(),
        [&](const QString &phase, qint64 done, qint64 total) {
            bar.update(phase, int(done), int(total));
            return true;
        },
        &interruptFlag());
    bar.finish();
    if (interruptFlag().load()) {
        err() << tr("Interrupted: nothing was written.") << "\n";
        return 1;
    }
    if (!report)
        return fail(report.error());
    const QString outDir = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out"))
                                                          : QFileInfo(video).absoluteFilePath()
                                                                + QStringLiteral("-expressions");
    auto written = writeExpressionReport(report.value(), outDir);
    if (!written)
        return fail(written.error());
    const ExpressionReport &r = report.value();
    out() << tr("%1 frames, %2 faces, %3 accepted (%4 blurry, %5 sideways), %6 identities, "
                "%7 unassigned faces")
                 .arg(r.framesRead)
                 .arg(r.facesFound)
                 .arg(r.faces.size())
                 .arg(r.rejectedBlurry)
                 .arg(r.rejectedSideways)
                 .arg(r.identities.size())
                 .arg(r.noiseFaces)
          << "\n";
    if (r.identityRelative)
        for (const ReferenceEmbedding &ref : r.references)
            out() << tr("reference %1: %2")
                         .arg(ref.name, identityrelative::baselineName(ref.baseline))
                  << "\n";
    for (const ExprIdentity &id : r.identities) {
        out() << tr("identity %1: %2 faces").arg(id.id).arg(id.faces.size());
        for (const TagRate &rate : id.rates)
            out() << QStringLiteral(", %1 %2%").arg(rate.tag).arg(rate.rate * 100.0, 0, 'f', 1);
        out() << "\n";
    }
    out() << tr("%1 s, %2 frames/s, peak RSS %3 MiB")
                 .arg(r.seconds, 0, 'f', 1)
                 .arg(r.framesPerSecond, 0, 'f', 2)
                 .arg(peakRssMiB(), 0, 'f', 0)
          << "\n"
          << tr("written: %1").arg(QDir::toNativeSeparators(written.value())) << "\n";
    return 0;
}

/** FEC CSV -> backbone features of the triplets whose three images are available. */
Result<TripletFeatures> fecFeatures(const FeeNet &net, const QString &csv, const QString &images,
                                    int *missing)
{
    auto set = readFecCsv(csv);
    if (!set)
        return set.error();
    TripletFeatures t;
    *missing = 0;
    for (const FecTriplet &triplet : set.value().triplets) {
        std::vector<cv::Mat> crops;
        for (int k = 0; k < 3; ++k) {
            const QString file = resolveFecImage(triplet.images[size_t(k)], images);
            const cv::Mat image = file.isEmpty() ? cv::Mat() : cv::imread(file.toStdString());
            if (image.empty())
                break;
            const cv::Rect2f &b = triplet.boxes[size_t(k)];
            const cv::Rect box = cv::Rect(int(b.x * image.cols), int(b.y * image.rows),
                                          int(b.width * image.cols), int(b.height * image.rows))
                                 & cv::Rect(0, 0, image.cols, image.rows);
            if (box.area() <= 0)
                break;
            crops.push_back(image(box).clone());
        }
        if (crops.size() != 3) {
            ++*missing;
            continue;
        }
        const std::vector<cv::Mat> ordered = {crops[size_t(triplet.anchor())],
                                              crops[size_t(triplet.positive())],
                                              crops[size_t(triplet.oddOneOut)]};
        auto features = net.backboneFeatures(ordered);
        if (!features)
            return features.error();
        t.anchor.push_back(features.value().row(0));
        t.positive.push_back(features.value().row(1));
        t.negative.push_back(features.value().row(2));
    }
    if (t.size() == 0)
        return Error{tr("None of the triplets' images were found under the image folder.")};
    return t;
}

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Train the FEENet head with the two-sided triplet loss "
                                   "(margin 0.2) on FEC triplets or on demo-generator faces."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("fec"), tr("FEC training CSV"), tr("CSV")},
        {QStringLiteral("fec-test"), tr("FEC test CSV (accuracy reported)"), tr("CSV")},
        {QStringLiteral("images"), tr("Folder holding the FEC images"), tr("DIR")},
        {QStringLiteral("demo"), tr("Train on demo-photo faces made expressive")},
        {QStringLiteral("raw"),
         tr("Demo training on raw features instead of each face minus its person's mean face")},
        {QStringLiteral("epochs"), tr("Epochs (default 30)"), tr("N")},
        {QStringLiteral("out"), tr("Head file to write"), tr("FILE")},
    });
    if (!p.parse(QStringList{QStringLiteral("expressions train")} + args)) {
        err() << p.errorText() << "\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    const bool demo = p.isSet(QStringLiteral("demo"));
    if (!p.isSet(QStringLiteral("out")) || demo == p.isSet(QStringLiteral("fec"))) {
        err() << tr("usage: fmstudio-cli expressions train (--fec CSV --images DIR | --demo) "
                    "--out HEAD")
              << "\n";
        return 2;
    }
    FeeTrainOptions options;
    if (p.isSet(QStringLiteral("epochs"))) {
        options.epochs = p.value(QStringLiteral("epochs")).toInt();
        if (options.epochs <= 0) {
            err() << tr("--epochs must be a positive number") << "\n";
            return 2;
        }
    }
    auto net = FeeNet::create();
    if (!net)
        return fail(net.error());
    TripletFeatures train, test;
    // FEC triplets are faces of unrelated people (no person's mean to subtract): raw features.
    options.identityRelative = demo && !p.isSet(QStringLiteral("raw"));
    if (demo) {
        auto dlib = DlibFaceFinder::create();
        if (!dlib)
            return fail(dlib.error());
        auto faces = loadDemoFaces(*dlib.value(), QSize(640, 480));
        if (!faces)
            return fail(faces.error());
        const auto samples = renderDemoExpressions(faces.value(), 6, 11);
        std::vector<int> trainPersons, testPersons;
        for (int i = 0; i < int(faces.value().warpers.size()); ++i)
            (i % 4 == 3 ? testPersons : trainPersons).push_back(i);
        auto features = demoBackboneFeatures(*net.value(), samples);
        if (!features)
            return fail(features.error());
        // Identity-relative rows take either baseline (person mean or neutral face): video
        // faces get their identity's mean, references a mean or a neutral face (measured in
        // bench_expressions --tagging: smile recall 0.955 against 0.495 with mean-only rows).
        const IdentityNormalisation mode = options.identityRelative
                                               ? IdentityNormalisation::SubtractMeanOrNeutral
                                               : IdentityNormalisation::None;
        train = demoTripletRows(features.value(), samples,
                                makeDemoTriplets(samples, trainPersons, 3000, 1, true), mode);
        test = demoTripletRows(features.value(), samples,
                               makeDemoTriplets(samples, testPersons, 1000, 2), mode);
        out() << tr("demo triplets: %1 persons, %2 training, %3 held-out (other persons)")
                     .arg(faces.value().warpers.size())
                     .arg(train.size())
                     .arg(test.size())
              << "\n";
    } else {
        int missing = 0;
        auto tr1 = fecFeatures(*net.value(), p.value(QStringLiteral("fec")),
                               p.value(QStringLiteral("images")), &missing);
        if (!tr1)
            return fail(tr1.error());
        train = tr1.value();
        out() << tr("FEC training triplets: %1 usable, %2 without images")
                     .arg(train.size())
                     .arg(missing)
              << "\n";
        if (p.isSet(QStringLiteral("fec-test"))) {
            auto te1 = fecFeatures(*net.value(), p.value(QStringLiteral("fec-test")),
                                   p.value(QStringLiteral("images")), &missing);
            if (!te1)
                return fail(te1.error());
            test = te1.value();
        }
    }
    out() << tr("before training: triplet accuracy train %1, held-out %2")
                 .arg(net.value()->tripletAccuracy(train), 0, 'f', 3)
                 .arg(test.size() ? net.value()->tripletAccuracy(test) : -1.0, 0, 'f', 3)
          << "\n";
    auto history = net.value()->train(train, test, options, [](const FeeEpoch &e) {
        out() << QStringLiteral("{\"epoch\": %1, \"loss\": %2, \"trainAccuracy\": %3, "
                                "\"testAccuracy\": %4}\n")
                     .arg(e.epoch)
                     .arg(e.loss, 0, 'f', 5)
                     .arg(e.trainAccuracy, 0, 'f', 4)
                     .arg(e.testAccuracy, 0, 'f', 4);
        out().flush();
        return true;
    });
    if (!history)
        return fail(history.error());
    auto saved = net.value()->saveHead(p.value(QStringLiteral("out")));
    if (!saved)
        return fail(saved.error());
    out() << tr("head written: %1").arg(p.value(QStringLiteral("out"))) << "\n";
    return 0;
}

int runDemoVideo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a video of demo-photo faces making expressions, "
                                   "alternating people (and pairs side by side)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("OUT"), tr("Video file to write (.mp4, .avi)"));
    p.addOptions({
        {QStringLiteral("persons"), tr("People to use (default 3)"), tr("N")},
        {QStringLiteral("seconds"), tr("Length (default 60)"), tr("S")},
        {QStringLiteral("size"), tr("Frame size WxH (default 1280x720)"), tr("WxH")},
        {QStringLiteral("refs"), tr("Also write one reference face per action here"), tr("DIR")},
    });
    if (!p.parse(QStringList{QStringLiteral("expressions demo-video")} + args)) {
        err() << p.errorText() << "\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1) {
        err() << tr("usage: fmstudio-cli expressions demo-video OUT.mp4 [--seconds S]") << "\n";
        return 2;
    }
    const int persons = p.value(QStringLiteral("persons")).isEmpty()
                            ? 3
                            : p.value(QStringLiteral("persons")).toInt();
    const double seconds = p.value(QStringLiteral("seconds")).isEmpty()
                               ? 60.0
                               : p.value(QStringLiteral("seconds")).toDouble();
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize(1280, 720);
    if (persons < 1 || seconds <= 0 || size.width() < 64 || size.height() < 64) {
        err() << tr("--persons, --seconds and --size must be positive") << "\n";
        return 2;
    }
    auto dlib = DlibFaceFinder::create();
    if (!dlib)
        return fail(dlib.error());
    auto faces = loadDemoFaces(*dlib.value(), size, persons);
    if (!faces)
        return fail(faces.error());
    const int people = int(faces.value().warpers.size());
    const std::vector<DemoVideoSegment> segments = demoVideoScript(people, int(seconds * 30.0));
    TerminalProgress bar;
    auto truth = writeDemoExpressionVideo(p.positionalArguments().first(), faces.value(), segments,
                                          size, 30.0, [&](int done, int all) {
                                              if (done % 30 == 0)
                                                  bar.update(tr("Writing"), done, all);
                                              return true;
                                          });
    bar.finish();
    if (!truth)
        return fail(truth.error());
    if (p.isSet(QStringLiteral("refs"))) {
        auto finder = ExprFaceFinder::create();
        if (!finder)
            return fail(finder.error());
        const std::vector<FacialAction> list = demoExpressionActions();
        for (int a = 0; a < int(list.size()); ++a) {
            const cv::Mat image = renderDemoExpression(*faces.value().warpers[0], a, 1.0f);
            const QString id = facialActionId(list[size_t(a)]);
            auto added = ReferenceLibrary::addReference(p.value(QStringLiteral("refs")), id, {id},
                                                        image, *finder.value());
            if (!added)
                return fail(added.error());
        }
    }
    out() << tr("%1 frames, %2 persons written to %3")
                 .arg(truth.value().frames)
                 .arg(people)
                 .arg(p.positionalArguments().first())
          << "\n";
    return 0;
}

} // namespace

int runExpressions(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("train"))
        return runTrain(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("demo-video"))
        return runDemoVideo(args.mid(1));
    return runAnalysis(args);
}

} // namespace fm::cli
