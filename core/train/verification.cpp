#include "verification.h"

#include "motion/clipanalyzer.h"
#include "nets/facefeaturenet.h"
#include "nets/facerecognizer.h"
#include "nets/featurecache.h"
#include "nets/identitydescriptor.h"
#include "projectfeatures.h"
#include "sequenceencoder.h"
#include "trainconfig.h"
#include "video/clipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::Verifier", text);
}

Error cancelled()
{
    return Error{tr("The verification was cancelled.")};
}

/** Up to `count` frame indices spread over `candidates` (kept in order). */
std::vector<int> spread(const std::vector<int> &candidates, int count)
{
    if (int(candidates.size()) <= count)
        return candidates;
    std::vector<int> picked;
    for (int i = 0; i < count; ++i) {
        const double at = (i + 0.5) * double(candidates.size()) / count;
        picked.push_back(candidates[size_t(std::min(int(at), int(candidates.size()) - 1))]);
    }
    return picked;
}

} // namespace

QJsonObject VerificationResult::toJson() const
{
    auto clip = [](const VerifiedClip &c) {
        return QJsonObject{{QStringLiteral("path"), c.path},
                           {QStringLiteral("frames"), c.frames},
                           {QStringLiteral("frames_with_face"), c.framesWithFace},
                           {QStringLiteral("identity_frames"), c.identityFrames},
                           {QStringLiteral("features_from_cache"), c.featuresFromCache}};
    };
    return {{QStringLiteral("phase"), QStringLiteral("result")},
            {QStringLiteral("run"), runDir},
            {QStringLiteral("sfe"), sfe},
            {QStringLiteral("enrol"), clip(enrol)},
            {QStringLiteral("probe"), clip(probe)},
            {QStringLiteral("motion"),
             QJsonObject{{QStringLiteral("score"), motionScore},
                         {QStringLiteral("distance"), motionDistance},
                         {QStringLiteral("score_threshold"), scoreThreshold},
                         {QStringLiteral("distance_threshold"), distanceThreshold},
                         {QStringLiteral("accepted"), motionAccepted}}},
            {QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("distance"), identityDistance},
                         {QStringLiteral("threshold"), identityThreshold},
                         {QStringLiteral("accepted"), identityAccepted}}},
            {QStringLiteral("accepted"), accepted()}};
}

QString VerificationResult::toText() const
{
    auto verdict = [](bool ok) { return ok ? tr("pass") : tr("fail"); };
    QString text;
    text += tr("Motion:   distance %1 (threshold %2): %3\n")
                .arg(motionDistance, 0, 'f', 4)
                .arg(distanceThreshold, 0, 'f', 4)
                .arg(verdict(motionAccepted));
    text += tr("Identity: distance %1 (threshold %2): %3\n")
                .arg(identityDistance, 0, 'f', 4)
                .arg(identityThreshold, 0, 'f', 2)
                .arg(verdict(identityAccepted));
    text += accepted() ? tr("Decision: ACCEPTED (both factors pass)\n")
                       : tr("Decision: REJECTED\n");
    return text;
}

struct Verifier::Private
{
    QString runDir;
    VerificationOptions options;
    TrainConfig config;
    double scoreThreshold = 0;
    std::unique_ptr<SequenceEncoder> encoder;
    std::shared_ptr<SpatialFeatureExtractor> sfe;
    std::shared_ptr<FaceRecognizer> recognizer;
    std::unique_ptr<ClipAnalyzer> analyzer;
};

Verifier::Verifier() : d(std::make_unique<Private>()) {}
Verifier::~Verifier() = default;

QString Verifier::runDir() const
{
    return d->runDir;
}

double Verifier::scoreThreshold() const
{
    return d->scoreThreshold;
}

Result<std::unique_ptr<Verifier>> Verifier::create(const QString &runDir,
                                                   VerificationOptions options)
{
    const QDir run(runDir);
    if (runDir.isEmpty() || !run.exists())
        return Error{tr("The run folder \"%1\" does not exist.").arg(runDir)};
    const QString modelPath = run.filePath(QStringLiteral("model.pt"));
    if (!QFileInfo::exists(modelPath) && run.exists(QStringLiteral("fold-01")))
        return Error{tr("\"%1\" is a cross-validation run: choose one of its fold folders "
                        "(fold-01, ...), each has its own model.")
                         .arg(runDir)};
    if (!QFileInfo::exists(modelPath))
        return Error{tr("The run \"%1\" has no trained model (model.pt is missing); finish or "
                        "resume its training first.")
                         .arg(runDir)};
    std::unique_ptr<Verifier> v(new Verifier);
    v->d->runDir = run.absolutePath();
    v->d->options = options;
    const QString configPath = run.filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(configPath)) {
        Result<TrainConfig> config = TrainConfig::fromFile(configPath);
        if (!config)
            return config.error();
        v->d->config = config.value();
    }
    if (v->d->config.crop != projectCropSettings())
        return Error{tr("The run was trained on crops \"%1\"; verification makes \"%2\".")
                         .arg(v->d->config.crop, projectCropSettings())};

    QFile metrics(run.filePath(QStringLiteral("metrics.json")));
    if (!metrics.open(QIODevice::ReadOnly))
        return Error{tr("The run \"%1\" has no metrics.json: its decision threshold is unknown "
                        "until the evaluation has run.")
                         .arg(runDir)};
    const QJsonValue t = QJsonDocument::fromJson(metrics.readAll())
                             .object()
                             .value(QStringLiteral("peak_f1_threshold"));
    if (!t.isDouble() || !std::isfinite(t.toDouble()))
        return Error{tr("metrics.json of the run has no peak_f1_threshold.")};
    v->d->scoreThreshold = t.toDouble();

    Result<std::unique_ptr<SequenceEncoder>> encoder = SequenceEncoder::load(modelPath);
    if (!encoder)
        return encoder.error();
    v->d->encoder = std::move(encoder.value());
    Result<std::shared_ptr<SpatialFeatureExtractor>> sfe
        = createProjectSfe(v->d->config.sfe, v->d->config.sfeCheckpoint);
    if (!sfe)
        return sfe.error();
    v->d->sfe = sfe.value();
    if (v->d->sfe->featureDim(FeatureLayer::Pooled) != v->d->encoder->config().inputDim)
        return Error{tr("The model takes %1-d features but %2 gives %3.")
                         .arg(v->d->encoder->config().inputDim)
                         .arg(v->d->config.sfe)
                         .arg(v->d->sfe->featureDim(FeatureLayer::Pooled))};
    Result<std::shared_ptr<FaceRecognizer>> recognizer = FaceRecognizer::create();
    if (!recognizer)
        return recognizer.error();
    v->d->recognizer = recognizer.value();
    AnalysisOptions analysis;
    analysis.keepCrops = true;
    Result<std::unique_ptr<ClipAnalyzer>> analyzer = ClipAnalyzer::create(analysis);
    if (!analyzer)
        return analyzer.error();
    v->d->analyzer = std::move(analyzer.value());
    return Result<std::unique_ptr<Verifier>>(std::move(v));
}

Result<VerifiedClip> Verifier::describe(const QString &path, const Progress &progress,
                                        const std::atomic<bool> *cancel)
{
    VerifiedClip clip;
    clip.path = path;
    if (!QFileInfo::exists(path))
        return Error{tr("The clip \"%1\" does not exist.").arg(path)};
    const QString name = QFileInfo(path).fileName();
    auto report = [&](const QString &stage, double fraction) {
        return !(progress && !progress(stage, fraction)) && !(cancel && cancel->load());
    };
    if (!report(tr("Analysing %1").arg(name), 0))
        return cancelled();
    Result<std::unique_ptr<ClipReader>> reader = ClipReader::open(path);
    if (!reader)
        return Error{tr("The clip \"%1\" could not be read as a video or image sequence.").arg(path),
                     reader.error().message};
    Result<ClipAnalysis> analysis = d->analyzer->analyze(
        path,
        [&](int done, int total) {
            return report(tr("Analysing %1").arg(name), total > 0 ? 0.7 * done / total : 0.0);
        },
        cancel);
    if (!analysis) {
        if (cancel && cancel->load())
            return cancelled();
        return analysis.error();
    }
    const ClipAnalysis &a = analysis.value();
    clip.frames = int(a.frames.size());
    clip.framesWithFace = a.framesWithFace();
    if (clip.frames == 0)
        return Error{tr("The clip \"%1\" has no frames.").arg(path)};
    if (clip.framesWithFace == 0)
        return Error{tr("No face was found in any frame of \"%1\".").arg(path)};
    if (clip.frames > d->encoder->config().maxFrames)
        return Error{tr("The clip \"%1\" has %2 frames; the model takes at most %3.")
                         .arg(path)
                         .arg(clip.frames)
                         .arg(d->encoder->config().maxFrames)};

    // Motion factor: the run's SFE features (cached like the project's when a cache is set).
    if (!report(tr("Features of %1").arg(name), 0.7))
        return cancelled();
    auto compute = [&]() {
        return featuresFromCrops(std::move(analysis.value().crops), *d->sfe, path);
    };
    Result<cv::Mat> features = Error{};
    if (!d->options.featureCacheDir.isEmpty()) {
        Result<FeatureCacheKey> key = FeatureCacheKey::forClip(path, *d->sfe, FeatureLayer::Pooled,
                                                               projectCropSettings());
        if (!key)
            return key.error();
        features = FeatureCache(d->options.featureCacheDir, key.value())
                       .loadOrCompute(compute, &clip.featuresFromCache);
    } else {
        features = compute();
    }
    if (!features)
        return features.error();
    const cv::Mat f = features.value().isContinuous() ? features.value() : features.value().clone();
    Result<std::vector<float>> e = d->encoder->embed({f.ptr<float>()}, {f.rows});
    if (!e)
        return e.error();
    clip.embedding = std::move(e.value());

    // Identity factor: median descriptor of a few good frames.
    if (!report(tr("Face descriptor of %1").arg(name), 0.85))
        return cancelled();
    std::vector<int> good, withFace;
    for (int i = 0; i < clip.frames; ++i) {
        const FrameAnalysis &fa = a.frames[size_t(i)];
        if (!fa.face)
            continue;
        withFace.push_back(i);
        if (fa.quality.accepted())
            good.push_back(i);
    }
    // FaceQA can reject every frame of a soft webcam clip: then any frame with a face.
    const std::vector<int> picked = spread(good.empty() ? withFace : good,
                                           std::max(1, d->options.identityFrames));
    std::vector<cv::Mat> frames;
    std::vector<Landmarks68> points;
    for (int index : picked) {
        cv::Mat frame;
        if (!reader.value()->frameAt(index, frame))
            continue;
        frames.push_back(frame);
        points.push_back(a.frames[size_t(index)].points);
    }
    Result<ClipIdentity> identity = IdentityDescriptor::forClip(*d->recognizer, frames, points);
    if (!identity)
        return Error{tr("No face descriptor could be computed for \"%1\".").arg(path),
                     identity.error().message};
    clip.descriptor = identity->descriptor;
    clip.identityFrames = identity->framesUsed;
    return clip;
}

Result<VerificationResult> Verifier::verify(const QString &enrolPath, const QString &probePath,
                                            const Progress &progress,
                                            const std::atomic<bool> *cancel)
{
    auto half = [&](double offset) -> Progress {
        return [&progress, offset](const QString &stage, double fraction) {
            return !progress || progress(stage, offset + 0.5 * fraction);
        };
    };
    Result<VerifiedClip> enrol = describe(enrolPath, half(0.0), cancel);
    if (!enrol)
        return enrol.error();
    Result<VerifiedClip> probe = describe(probePath, half(0.5), cancel);
    if (!probe)
        return probe.error();
    VerificationResult r;
    r.enrol = std::move(enrol.value());
    r.probe = std::move(probe.value());
    r.runDir = d->runDir;
    r.sfe = d->config.sfe;
    double score = 0;
    for (size_t i = 0; i < r.enrol.embedding.size(); ++i)
        score += double(r.enrol.embedding[i]) * double(r.probe.embedding[i]);
    r.motionScore = score;
    r.motionDistance = 1.0 - score;
    r.scoreThreshold = d->scoreThreshold;
    r.distanceThreshold = 1.0 - d->scoreThreshold;
    r.motionAccepted = score >= d->scoreThreshold;
    r.identityDistance = IdentityDescriptor::distance(r.enrol.descriptor, r.probe.descriptor);
    r.identityThreshold = d->options.identityThreshold;
    r.identityAccepted = r.identityDistance < r.identityThreshold;
    if (progress)
        progress(tr("Done"), 1.0);
    return r;
}

} // namespace fm
