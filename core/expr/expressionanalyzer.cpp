#include "expressionanalyzer.h"

#include "expr/feenet.h"
#include "expr/identityrelative.h"
#include "nets/facerecognizer.h"
#include "video/clipreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ExpressionAnalyzer", text);
}

Error cancelled()
{
    return Error{tr("The expression analysis was cancelled.")};
}

bool stopRequested(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

cv::Mat cropRect(const cv::Mat &frame, const cv::Rect2f &rect)
{
    const cv::Rect r = cv::Rect(rect) & cv::Rect(0, 0, frame.cols, frame.rows);
    return r.area() > 0 ? frame(r).clone() : cv::Mat();
}

cv::Mat selectRows(const cv::Mat &m, const std::vector<int> &rows)
{
    cv::Mat out(int(rows.size()), m.cols, m.type());
    for (size_t i = 0; i < rows.size(); ++i)
        m.row(rows[i]).copyTo(out.row(int(i)));
    return out;
}

} // namespace

Result<std::unique_ptr<ExpressionAnalyzer>> ExpressionAnalyzer::create(
    const ExpressionOptions &options)
{
    std::unique_ptr<ExpressionAnalyzer> analyzer(new ExpressionAnalyzer);
    analyzer->m_options = options;
    analyzer->m_options.frameStep = std::max(1, options.frameStep);
    analyzer->m_options.batchSize = std::max(1, options.batchSize);
    auto net = FeeNet::create(options.headPath);
    if (!net)
        return net.error();
    analyzer->m_net = net.value();
    auto recognizer = FaceRecognizer::create();
    if (!recognizer)
        return recognizer.error();
    analyzer->m_recognizer = recognizer.value();
    auto finder = ExprFaceFinder::create(options.backend);
    if (!finder)
        return finder.error();
    analyzer->m_finder = finder.value();
    return analyzer;
}

ExpressionAnalyzer::~ExpressionAnalyzer() = default;

Result<ExpressionReport> ExpressionAnalyzer::analyze(const QString &video,
                                                     const std::vector<ReferenceEmbedding> &refs,
                                                     const Progress &progress,
                                                     const std::atomic<bool> *cancel) const
{
    auto opened = ClipReader::open(video);
    if (!opened)
        return opened.error();
    std::unique_ptr<ClipReader> reader = std::move(opened.value());
    QElapsedTimer timer;
    timer.start();

    ExpressionReport report;
    report.video = video;
    report.clip = reader->info();
    report.model = m_net->description();
    report.references = refs;
    report.embeddings = cv::Mat(0, FeeNet::kEmbeddingDim, CV_32F);
    report.features = cv::Mat(0, FeeNet::kBackboneDim, CV_32F);
    report.descriptors = cv::Mat(0, FaceRecognizer::kDescriptorSize, CV_32F);
    const FaceQa qa(m_options.qa);
    const QString scanning = tr("Finding faces");

    std::vector<cv::Mat> pending;
    auto flush = [&]() -> Result<bool> {
        if (pending.empty())
            return true;
        auto descriptors = m_recognizer->descriptors(pending);
        if (!descriptors)
            return descriptors.error();
        auto features = m_net->backboneFeatures(pending);
        if (!features)
            return features.error();
        report.descriptors.push_back(descriptors.value());
        report.features.push_back(features.value());
        pending.clear();
        return true;
    };

    cv::Mat frame, grey;
    const qint64 total = report.clip.frameCount;
    while (reader->read(frame)) {
        const int index = report.framesRead++;
        if (stopRequested(cancel))
            return cancelled();
        if (progress && index % 5 == 0 && !progress(scanning, index, total))
            return cancelled();
        if (index % m_options.frameStep != 0)
            continue;
        ++report.framesAnalysed;
        const std::vector<FaceShape> faces = m_finder->findFaces(frame);
        if (faces.empty())
            continue;
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
        for (const FaceShape &face : faces) {
            ++report.facesFound;
            const FaceQuality q = qa.assess(grey, face.points);
            if (!q.sharpEnough) {
                ++report.rejectedBlurry;
                continue;
            }
            if (!q.frontalEnough) {
                ++report.rejectedSideways;
                continue;
            }
            ExprFace accepted;
            accepted.frame = index;
            accepted.crop = FaceRecognizer::alignedRect(face.points);
            accepted.sharpness = float(q.sharpness);
            accepted.yaw = float(q.pose.yaw);
            const cv::Mat crop = ExprFaceFinder::crop(frame, face.points);
            if (crop.empty())
                continue;
            pending.push_back(crop);
            report.faces.push_back(accepted);
        }
        if (int(pending.size()) >= m_options.batchSize) {
            auto flushed = flush();
            if (!flushed)
                return flushed.error();
        }
    }
    if (!reader->lastError().isEmpty() && report.framesRead == 0)
        return Error{tr("No frame of %1 could be decoded.").arg(video), reader->lastError()};
    auto flushed = flush();
    if (!flushed)
        return flushed.error();
    report.clip.frameCount = std::max(report.clip.frameCount, report.framesRead);

    // Identities: DBSCAN over the descriptors of all accepted faces.
    if (progress && !progress(tr("Clustering identities"), 0, 1))
        return cancelled();
    const DbscanResult clusters = dbscan(report.descriptors, m_options.identities);
    report.noiseFaces = clusters.noise;
    report.identities.resize(size_t(clusters.clusters));
    for (size_t i = 0; i < report.faces.size(); ++i) {
        report.faces[i].identity = clusters.labels[i];
        if (clusters.labels[i] >= 0)
            report.identities[size_t(clusters.labels[i])].faces.push_back(int(i));
    }
    const std::vector<int> reps = clusterRepresentatives(report.descriptors, clusters.labels,
                                                         clusters.clusters);
    for (int k = 0; k < clusters.clusters; ++k) {
        report.identities[size_t(k)].id = k;
        report.identities[size_t(k)].representative = reps[size_t(k)];
    }
    embedFaces(report, *m_net);
    summarise(report, m_options.summaryClusters, m_options.maxSummaryFaces);
    retag(report, refs, m_options.tagging, m_net.get(), m_options.identities.eps);
    auto images = fillImages(report, progress, cancel);
    if (!images)
        return images.error();
    report.seconds = timer.elapsed() / 1000.0;
    report.framesPerSecond = report.seconds > 0 ? report.framesRead / report.seconds : 0.0;
    return report;
}

void ExpressionAnalyzer::embedFaces(ExpressionReport &report, const FeeNet &net)
{
    report.identityRelative = net.identityRelative();
    const int n = report.features.rows;
    if (n == 0) {
        report.embeddings = cv::Mat(0, FeeNet::kEmbeddingDim, CV_32F);
        return;
    }
    cv::Mat relative = report.features.clone();
    std::vector<bool> done(size_t(n), false);
    for (ExprIdentity &identity : report.identities) {
        identity.baseline = identityrelative::meanRow(report.features, identity.faces);
        identity.descriptor = identityrelative::meanRow(report.descriptors, identity.faces);
        if (!report.identityRelative || identity.baseline.empty())
            continue;
        for (int f : identity.faces) {
            relative.row(f) -= identity.baseline;
            done[size_t(f)] = true;
        }
    }
    if (report.identityRelative) {
        std::vector<int> all(static_cast<size_t>(n), 0);
        for (int i = 0; i < n; ++i)
            all[size_t(i)] = i;
        const cv::Mat mean = identityrelative::meanRow(report.features, all);
        for (int i = 0; i < n; ++i)
            if (!done[size_t(i)])
                relative.row(i) -= mean;
    }
    report.embeddings = net.embedFeatures(relative);
}

void ExpressionAnalyzer::summarise(ExpressionReport &report, int clusters, int maxFaces)
{
    for (ExprIdentity &identity : report.identities) {
        identity.summary.clear();
        // Summaries: Ward over this identity's (unpooled) embeddings, evenly subsampled.
        std::vector<int> sample = identity.faces;
        if (maxFaces > 0 && int(sample.size()) > maxFaces) {
            std::vector<int> even;
            const double stride = double(sample.size()) / maxFaces;
            for (int s = 0; s < maxFaces; ++s)
                even.push_back(sample[size_t(s * stride)]);
            sample.swap(even);
        }
        if (sample.empty())
            continue;
        const cv::Mat points = selectRows(report.embeddings, sample);
        const std::vector<int> labels = wardClustering(points, clusters);
        const int count = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
        const std::vector<int> summaryReps = clusterRepresentatives(points, labels, count);
        for (int c = 0; c < count; ++c) {
            SummaryFace s;
            s.face = sample[size_t(summaryReps[size_t(c)])];
            s.frame = report.faces[size_t(s.face)].frame;
            s.clusterSize = int(std::count(labels.begin(), labels.end(), c));
            identity.summary.push_back(s);
        }
        std::sort(identity.summary.begin(), identity.summary.end(),
                  [](const SummaryFace &a, const SummaryFace &b) {
                      return a.clusterSize > b.clusterSize;
                  });
    }
}

void ExpressionAnalyzer::retag(ExpressionReport &report,
                               const std::vector<ReferenceEmbedding> &refs,
                               const TaggingOptions &options, const FeeNet *net,
                               double identityRadius)
{
    std::vector<ReferenceEmbedding> embedded = refs;
    if (net) {
        std::vector<IdentityBaselineInfo> identities;
        for (const ExprIdentity &identity : report.identities)
            identities.push_back({identity.id, identity.baseline, identity.descriptor});
        identityrelative::embedReferences(embedded, *net, identities, identityRadius);
    }
    report.references = embedded;
    for (ExprIdentity &identity : report.identities) {
        std::vector<int> frames;
        for (int f : identity.faces)
            frames.push_back(report.faces[size_t(f)].frame);
        identity.pooled = medianPool(selectRows(report.embeddings, identity.faces),
                                     options.poolExtent);
        tagIdentity(identity.pooled, frames, embedded, options, identity.segments, identity.rates);
    }
}

Result<bool> ExpressionAnalyzer::fillImages(ExpressionReport &report, const Progress &progress,
                                            const std::atomic<bool> *cancel) const
{
    // Frames holding a face we show: identity representatives and summary faces.
    std::map<int, std::vector<std::pair<int, cv::Mat *>>> wanted; // frame -> (face, target)
    for (ExprIdentity &identity : report.identities) {
        if (identity.representative >= 0)
            wanted[report.faces[size_t(identity.representative)].frame].push_back(
                {identity.representative, &identity.image});
        for (SummaryFace &s : identity.summary)
            wanted[s.frame].push_back({s.face, &s.image});
    }
    if (wanted.empty())
        return true;
    auto opened = ClipReader::open(report.video);
    if (!opened)
        return opened.error();
    cv::Mat frame;
    qint64 done = 0;
    for (auto &[index, targets] : wanted) {
        if (stopRequested(cancel))
            return cancelled();
        if (progress && !progress(tr("Cutting face images"), done++, qint64(wanted.size())))
            return cancelled();
        if (!opened.value()->frameAt(index, frame))
            continue; // the face stays without an image; the report still holds its data
        for (auto &[face, target] : targets)
            *target = cropRect(frame, report.faces[size_t(face)].crop);
    }
    return true;
}

} // namespace fm
