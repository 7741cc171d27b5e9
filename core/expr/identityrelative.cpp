#include "identityrelative.h"

#include "expr/feenet.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

namespace fm::identityrelative {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::IdentityRelative", text);
}

cv::Mat rowOf(const std::vector<float> &v)
{
    return cv::Mat(1, int(v.size()), CV_32F, const_cast<float *>(v.data())).clone();
}

} // namespace

cv::Mat meanRow(const cv::Mat &features, const std::vector<int> &rows)
{
    if (rows.empty() || features.empty())
        return {};
    cv::Mat sum = cv::Mat::zeros(1, features.cols, CV_64F);
    cv::Mat row;
    for (int r : rows) {
        features.row(r).convertTo(row, CV_64F);
        sum += row;
    }
    cv::Mat mean;
    sum /= double(rows.size());
    sum.convertTo(mean, CV_32F);
    return mean;
}

void embedReferences(std::vector<ReferenceEmbedding> &refs, const FeeNet &net,
                     const std::vector<IdentityBaselineInfo> &identities, double identityRadius)
{
    const bool relative = net.identityRelative();
    // The library mean: over every reference that has a feature.
    cv::Mat libraryMean;
    int withFeature = 0;
    for (const ReferenceEmbedding &r : refs) {
        if (int(r.feature.size()) != FeeNet::kBackboneDim)
            continue;
        libraryMean = libraryMean.empty() ? rowOf(r.feature) : libraryMean + rowOf(r.feature);
        ++withFeature;
    }
    if (withFeature >= 3)
        libraryMean /= double(withFeature);
    else
        libraryMean.release();
    cv::Mat peopleMean;
    int people = 0;
    for (const IdentityBaselineInfo &id : identities) {
        if (id.baseline.cols != FeeNet::kBackboneDim)
            continue;
        peopleMean = peopleMean.empty() ? id.baseline.clone() : peopleMean + id.baseline;
        ++people;
    }
    if (people > 0)
        peopleMean /= double(people);

    for (ReferenceEmbedding &r : refs) {
        if (int(r.feature.size()) != FeeNet::kBackboneDim)
            continue; // a plain embedding (tests, old callers): used as given
        cv::Mat feature = rowOf(r.feature);
        r.baseline = ReferenceBaseline::None;
        r.identity = -1;
        if (relative) {
            // 1. The reference's person is in the video: subtract what the video faces get.
            double best = identityRadius;
            const IdentityBaselineInfo *match = nullptr;
            if (!r.descriptor.empty())
                for (const IdentityBaselineInfo &id : identities) {
                    if (id.descriptor.cols != int(r.descriptor.size()) || id.baseline.empty())
                        continue;
                    const double d = cv::norm(rowOf(r.descriptor), id.descriptor, cv::NORM_L2);
                    if (d <= best) {
                        best = d;
                        match = &id;
                    }
                }
            if (match) {
                feature -= match->baseline;
                r.baseline = ReferenceBaseline::VideoIdentity;
                r.identity = match->id;
            } else if (int(r.neutral.size()) == FeeNet::kBackboneDim) {
                feature -= rowOf(r.neutral);
                r.baseline = ReferenceBaseline::NeutralFace;
            } else if (!libraryMean.empty()) {
                feature -= libraryMean;
                r.baseline = ReferenceBaseline::LibraryMean;
            } else if (!peopleMean.empty()) {
                feature -= peopleMean;
                r.baseline = ReferenceBaseline::PeopleMean;
            }
        }
        const cv::Mat e = net.embedFeatures(feature);
        if (e.rows == 1)
            r.embedding.assign(e.ptr<float>(0), e.ptr<float>(0) + e.cols);
    }
}

QString baselineName(ReferenceBaseline baseline)
{
    switch (baseline) {
    case ReferenceBaseline::VideoIdentity:
        return tr("minus its person's mean face in the video");
    case ReferenceBaseline::NeutralFace:
        return tr("minus its person's neutral face");
    case ReferenceBaseline::LibraryMean:
        return tr("minus the library's mean face");
    case ReferenceBaseline::PeopleMean:
        return tr("minus the mean face of the video's people");
    case ReferenceBaseline::None:
        break;
    }
    return tr("raw feature");
}

QString baselineId(ReferenceBaseline baseline)
{
    switch (baseline) {
    case ReferenceBaseline::VideoIdentity:
        return QStringLiteral("video-identity");
    case ReferenceBaseline::NeutralFace:
        return QStringLiteral("neutral-face");
    case ReferenceBaseline::LibraryMean:
        return QStringLiteral("library-mean");
    case ReferenceBaseline::PeopleMean:
        return QStringLiteral("people-mean");
    case ReferenceBaseline::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace fm::identityrelative
