#include "projectfeatures.h"

#include "motion/clipanalyzer.h"
#include "nets/facefeaturenet.h"
#include "nets/featurecache.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/core.hpp>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectFeatures", text);
}

/** The crop settings ClipAnalyzer's default aligner produces (see FeatureCacheKey). */
const char kCropSettings[] = "aligned112;pad0.2;v1";

/** Frames without a face take the nearest frame's crop, so every frame has a feature row. */
bool fillMissingCrops(std::vector<cv::Mat> &crops)
{
    int last = -1;
    for (size_t i = 0; i < crops.size(); ++i) {
        if (!crops[i].empty())
            last = int(i);
        else if (last >= 0)
            crops[i] = crops[size_t(last)];
    }
    if (last < 0)
        return false;
    for (size_t i = crops.size(); i-- > 0;) {
        if (!crops[i].empty())
            last = int(i);
        else
            crops[i] = crops[size_t(last)];
    }
    return true;
}

} // namespace

QString projectCropSettings()
{
    return QLatin1String(kCropSettings);
}

Result<std::shared_ptr<FaceFeatureNet>> createProjectSfe(const QString &sfe)
{
    QString name = sfe;
    if (name.endsWith(QLatin1String("/pooled")))
        name.chop(7);
    FaceFeatureNet::Kind kind;
    if (name == QLatin1String("sfe-l"))
        kind = FaceFeatureNet::Kind::Landmark68;
    else if (name == QLatin1String("sfe-e"))
        kind = FaceFeatureNet::Kind::Expression;
    else
        return Error{tr("Unknown feature extractor \"%1\" (use sfe-l or sfe-e).").arg(sfe)};
    return FaceFeatureNet::create(kind);
}

Result<cv::Mat> featuresFromCrops(std::vector<cv::Mat> crops, const FaceFeatureNet &net,
                                  const QString &clipName)
{
    if (!fillMissingCrops(crops))
        return Error{tr("No face in any frame of \"%1\".").arg(clipName)};
    return net.extract(crops, FeatureLayer::Pooled);
}

Result<ProjectFeaturesReport> computeProjectFeatures(const QString &projectFolder,
                                                     const QString &sfe,
                                                     const std::function<bool(int, int)> &progress,
                                                     const std::atomic<bool> *cancel)
{
    if (sfe.contains(QLatin1Char('/')))
        return Error{tr("Unknown feature extractor \"%1\" (use sfe-l or sfe-e).").arg(sfe)};
    auto net = createProjectSfe(sfe);
    if (!net)
        return net.error();
    auto project = Project::open(projectFolder);
    if (!project)
        return project.error();
    AnalysisOptions options;
    options.keepCrops = true;
    auto analyzer = ClipAnalyzer::create(options);
    if (!analyzer)
        return analyzer.error();

    const QString cacheDir = QDir(project.value()->cacheDir()).filePath(QStringLiteral("features"));
    const QString sfeId = net.value()->id() + QStringLiteral("/pooled");
    const QVector<Clip> clips = project.value()->clips();
    ProjectFeaturesReport report;
    report.clips = int(clips.size());
    for (int i = 0; i < clips.size(); ++i) {
        if ((progress && !progress(i, int(clips.size()))) || (cancel && cancel->load()))
            return Error{tr("Cancelled: %1 of %2 clips have features.")
                             .arg(report.computed + report.cached)
                             .arg(clips.size())};
        const Clip &clip = clips.at(i);
        const FeatureCache cache(cacheDir, FeatureCacheKey{clip.contentHash, sfeId,
                                                           QLatin1String(kCropSettings)});
        bool fromCache = false;
        const QString path = project.value()->clipPath(clip);
        const Result<cv::Mat> features = cache.loadOrCompute(
            [&]() -> Result<cv::Mat> {
                Result<ClipAnalysis> analysis = analyzer.value()->analyze(path, {}, cancel);
                if (!analysis)
                    return analysis.error();
                return featuresFromCrops(std::move(analysis.value().crops), *net.value(), path);
            },
            &fromCache);
        if (!features) {
            ++report.failed;
            report.errors << QStringLiteral("%1: %2").arg(path, features.error().message);
            continue;
        }
        ++(fromCache ? report.cached : report.computed);
    }
    if (progress)
        progress(int(clips.size()), int(clips.size()));
    return report;
}

} // namespace fm
