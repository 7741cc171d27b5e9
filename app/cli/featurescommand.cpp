#include "featurescommand.h"

#include "clicommand.h"
#include "interrupt.h"
#include "terminalprogress.h"

#include "train/featureset.h"
#include "train/projectfeatures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::features", text);
}

} // namespace

int runFeatures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes per-frame SFE features of every clip of a project (aligned crops, "
           "face-api feature extractor) into its feature cache, for training."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project folder."));
    const QCommandLineOption sfe(QStringLiteral("sfe"),
                                 tr("sfe-l (landmarks), sfe-e (expressions) or sfe-m (our "
                                    "MobileFaceNet, with --sfe-checkpoint)."),
                                 QStringLiteral("SFE"), QStringLiteral("sfe-l"));
    parser.addOption(sfe);
    const QCommandLineOption checkpoint(QStringLiteral("sfe-checkpoint"),
                                        tr("SFE-M checkpoint made by fmstudio-cli pretrain-sfe."),
                                        tr("FILE"));
    parser.addOption(checkpoint);
    const QCommandLineOption bundle(QStringLiteral("bundle"),
                                    tr("Also write the project's features (clips, labels, "
                                       "onset/offset) to a features bundle FILE, for training "
                                       "or analysis without the project. Explicit export: the "
                                       "bundle holds biometric features."),
                                    tr("FILE"));
    parser.addOption(bundle);
    const QCommandLineOption views(QStringLiteral("ss-views"),
                                   tr("Also compute K image-transformed views of every clip "
                                      "(colour distortion, Gaussian blur) for SS pretraining "
                                      "(seed 001 §3.3); 0 to 16."),
                                   QStringLiteral("K"), QStringLiteral("0"));
    parser.addOption(views);
    if (!parser.parse(QStringList{QStringLiteral("fmstudio-cli features")} + args)) {
        err() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give exactly one PROJECT folder.") << "\n";
        return 2;
    }
    bool viewsOk = false;
    const int viewCount = parser.value(views).toInt(&viewsOk);
    if (!viewsOk || viewCount < 0 || viewCount > 16) {
        err() << tr("--ss-views takes a number from 0 to 16.") << "\n";
        return 2;
    }
    ProjectFeaturesRequest request;
    request.sfe = parser.value(sfe);
    request.sfeCheckpoint = parser.value(checkpoint);
    request.views = viewCount;
    // The id training configs name these features by (SFE-M's carries its checkpoint's hash).
    const Result<QString> sfeId = resolveSfeId(request.sfe + QStringLiteral("/pooled"),
                                               request.sfeCheckpoint);
    if (!sfeId) {
        err() << sfeId.error().message << "\n";
        return 2;
    }
    watchInterrupts();
    TerminalProgress bar;
    QElapsedTimer timer;
    timer.start();
    const auto report = computeProjectFeatures(
        parser.positionalArguments().first(), request,
        [&bar](int done, int total) {
            bar.update(tr("Features"), done, total);
            return true;
        },
        &interruptFlag());
    bar.finish();
    if (!report) {
        err() << report.error().message << "\n";
        return 1;
    }
    for (const QString &e : report->errors)
        err() << e << "\n";
    out() << tr("%1 clips: %2 computed, %3 already cached, %4 failed, in %5 s.")
                 .arg(report->clips)
                 .arg(report->computed)
                 .arg(report->cached)
                 .arg(report->failed)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << "\n";
    if (sfeId.value() != request.sfe + QStringLiteral("/pooled"))
        out() << tr("Cached as \"%1\": training configs name these features by it (or by "
                    "\"sfe\": \"sfe-m/pooled\" with \"sfe_checkpoint\").")
                     .arg(sfeId.value())
              << "\n";
    out().flush();
    if (report->failed > 0)
        return 1;
    if (parser.isSet(bundle)) {
        ProjectFeatureOptions options;
        options.sfe = sfeId.value();
        options.views = viewCount;
        const Result<FeatureSet> set = loadProjectFeatures(parser.positionalArguments().first(),
                                                           options);
        if (!set) {
            err() << set.error().message << "\n";
            return 1;
        }
        if (const Result<bool> written = featurebundle::write(parser.value(bundle), set.value());
            !written) {
            err() << written.error().message << "\n";
            return 1;
        }
        out() << tr("%1 clips written to %2.").arg(set->clips.size()).arg(parser.value(bundle))
              << "\n";
    }
    return 0;
}

} // namespace fm::cli
