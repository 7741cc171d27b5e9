#include "projectfeatures.h"

#include "common/contenthash.h"
#include "motion/clipanalyzer.h"
#include "nets/facefeaturenet.h"
#include "nets/featurecache.h"
#include "nets/mobilefacenet.h"
#include "project/project.h"
#include "viewtransform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ProjectFeatures", text);
}

/** The crop settings ClipAnalyzer's default aligner produces (see FeatureCacheKey). */
const char kCropSettings[] = "aligned112;pad0.2;v1";
constexpr int kMaxViews = 16;

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

const char kPooled[] = "/pooled";

/** "sfe-m@0123abcd4567/pooled" -> "sfe-m@0123abcd4567"; the suffix goes to `suffix`. */
QString withoutPooled(const QString &sfe, QString *suffix = nullptr)
{
    const bool pooled = sfe.endsWith(QLatin1String(kPooled));
    if (suffix)
        *suffix = pooled ? QString::fromLatin1(kPooled) : QString();
    return pooled ? sfe.chopped(int(qstrlen(kPooled))) : sfe;
}

bool isSfeM(const QString &name)
{
    return name == QLatin1String("sfe-m") || name.startsWith(QLatin1String("sfe-m@"));
}

Error needsCheckpoint()
{
    return Error{tr("SFE-M needs the checkpoint its features come from (made by "
                    "fmstudio-cli pretrain-sfe): set \"sfe_checkpoint\" or --sfe-checkpoint.")};
}

QString unknownSfe(const QString &sfe)
{
    return tr("Unknown feature extractor \"%1\" (use sfe-l, sfe-e or sfe-m).").arg(sfe);
}

/** A feature matrix still to compute: view 0 is the plain features, 1.. the SS twins. */
struct MissingView
{
    int view = 0;
    FeatureCache cache;
};

/** Analyses one clip and stores the features of each cache entry in `missing`. */
Result<bool> computeClipFeatures(ClipAnalyzer &analyzer, const SpatialFeatureExtractor &net,
                                 const QString &path, const QString &clipHash,
                                 const std::vector<MissingView> &missing,
                                 const std::atomic<bool> *cancel)
{
    Result<ClipAnalysis> analysis = analyzer.analyze(path, {}, cancel);
    if (!analysis)
        return analysis.error();
    std::vector<cv::Mat> crops = std::move(analysis.value().crops);
    if (!fillMissingCrops(crops))
        return Error{tr("No face in any frame of \"%1\".").arg(path)};
    for (const auto &[view, cache] : missing) {
        std::vector<cv::Mat> input = crops;
        if (view > 0) {
            const ViewTransform transform = ViewTransform::forClip(clipHash, view);
            for (cv::Mat &crop : input)
                crop = transform.apply(crop);
        }
        const Result<cv::Mat> features = net.extract(input, FeatureLayer::Pooled);
        if (!features)
            return features.error();
        if (const Result<bool> stored = cache.store(features.value()); !stored)
            return stored.error();
    }
    return true;
}

} // namespace

QString projectCropSettings()
{
    return QLatin1String(kCropSettings);
}

Result<QString> resolveSfeId(const QString &sfe, const QString &checkpoint)
{
    QString suffix;
    const QString name = withoutPooled(sfe, &suffix);
    if (name == QLatin1String("sfe-l") || name == QLatin1String("sfe-e"))
        return sfe;
    if (!isSfeM(name))
        return Error{unknownSfe(sfe)};
    if (checkpoint.isEmpty()) {
        if (name != QLatin1String("sfe-m"))
            return sfe; // names its checkpoint already: the cached features say the rest
        return needsCheckpoint();
    }
    if (!QFileInfo(checkpoint).isFile())
        return Error{tr("The SFE-M checkpoint \"%1\" is not a file.").arg(checkpoint)};
    const Result<QString> hash = contentHash(checkpoint);
    if (!hash)
        return Error{tr("The SFE-M checkpoint \"%1\" cannot be read.").arg(checkpoint),
                     hash.error().message};
    const QString id = QStringLiteral("sfe-m@") + hash.value().left(12);
    if (name != QLatin1String("sfe-m") && name != id)
        return Error{tr("The SFE-M checkpoint \"%1\" is %2, not the %3 this was made with.")
                         .arg(checkpoint, id, name)};
    return id + suffix;
}

Result<std::shared_ptr<SpatialFeatureExtractor>> createProjectSfe(const QString &sfe,
                                                                  const QString &checkpoint)
{
    const QString name = withoutPooled(sfe);
    if (name == QLatin1String("sfe-l") || name == QLatin1String("sfe-e")) {
        Result<std::shared_ptr<FaceFeatureNet>> net = FaceFeatureNet::create(
            name == QLatin1String("sfe-l") ? FaceFeatureNet::Kind::Landmark68
                                           : FaceFeatureNet::Kind::Expression);
        if (!net)
            return net.error();
        return std::shared_ptr<SpatialFeatureExtractor>(net.value());
    }
    if (!isSfeM(name))
        return Error{unknownSfe(sfe)};
    const Result<QString> id = resolveSfeId(name, checkpoint);
    if (!id)
        return id.error();
    if (checkpoint.isEmpty())
        return needsCheckpoint();
    Result<std::shared_ptr<MobileFaceNet>> net = MobileFaceNet::load(checkpoint);
    if (!net)
        return net.error();
    return std::shared_ptr<SpatialFeatureExtractor>(net.value());
}

Result<cv::Mat> featuresFromCrops(std::vector<cv::Mat> crops, const SpatialFeatureExtractor &net,
                                  const QString &clipName)
{
    if (!fillMissingCrops(crops))
        return Error{tr("No face in any frame of \"%1\".").arg(clipName)};
    return net.extract(crops, FeatureLayer::Pooled);
}

Result<ProjectFeaturesReport> computeProjectFeatures(const QString &projectFolder,
                                                     const ProjectFeaturesRequest &request,
                                                     const std::function<bool(int, int)> &progress,
                                                     const std::atomic<bool> *cancel)
{
    const int views = request.views;
    if (views < 0 || views > kMaxViews)
        return Error{tr("The number of SS views must be between 0 and %1.").arg(kMaxViews)};
    auto net = createProjectSfe(request.sfe, request.sfeCheckpoint);
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
        // View 0 is the plain features, 1..views the SS twins.
        std::vector<MissingView> missing;
        for (int v = 0; v <= views; ++v) {
            const QString crop = v == 0 ? QLatin1String(kCropSettings)
                                        : viewCropSettings(QLatin1String(kCropSettings), v);
            FeatureCache cache(cacheDir, FeatureCacheKey{clip.contentHash, sfeId, crop});
            if (!cache.load())
                missing.push_back({v, std::move(cache)});
        }
        if (missing.empty()) {
            ++report.cached;
            continue;
        }
        const QString path = project.value()->clipPath(clip);
        const Result<bool> computed = computeClipFeatures(*analyzer.value(), *net.value(), path,
                                                          clip.contentHash, missing, cancel);
        if (!computed) {
            ++report.failed;
            report.errors << QStringLiteral("%1: %2").arg(path, computed.error().message);
            continue;
        }
        ++report.computed;
    }
    if (progress)
        progress(int(clips.size()), int(clips.size()));
    return report;
}

} // namespace fm
