#include "tagging.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace fm {

cv::Mat medianPool(const cv::Mat &embeddings, int extent)
{
    if (embeddings.empty() || embeddings.type() != CV_32F)
        return {};
    const int n = embeddings.rows, dim = embeddings.cols;
    const int k = std::max(0, extent / 2);
    cv::Mat out(n, dim, CV_32F);
    std::vector<float> window;
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - k), hi = std::min(n - 1, i + k);
        float *dst = out.ptr<float>(i);
        for (int c = 0; c < dim; ++c) {
            window.clear();
            for (int j = lo; j <= hi; ++j)
                window.push_back(embeddings.at<float>(j, c));
            const size_t mid = window.size() / 2;
            std::nth_element(window.begin(), window.begin() + long(mid), window.end());
            float v = window[mid];
            if (window.size() % 2 == 0) { // even count at clipped ends: mean of the middle two
                const float lower = *std::max_element(window.begin(), window.begin() + long(mid));
                v = 0.5f * (v + lower);
            }
            dst[c] = v;
        }
        const double norm = cv::norm(out.row(i));
        if (norm > 1e-12)
            out.row(i) /= norm;
    }
    return out;
}

std::vector<std::vector<bool>> matchReferences(const cv::Mat &pooled,
                                               const std::vector<ReferenceEmbedding> &refs,
                                               double threshold, cv::Mat *distances)
{
    std::vector<std::vector<bool>> match(size_t(pooled.rows), std::vector<bool>(refs.size(), false));
    if (distances)
        *distances = cv::Mat(pooled.rows, int(refs.size()), CV_32F, cv::Scalar(0));
    for (size_t r = 0; r < refs.size(); ++r) {
        if (int(refs[r].embedding.size()) != pooled.cols)
            continue;
        const cv::Mat ref(1, pooled.cols, CV_32F, const_cast<float *>(refs[r].embedding.data()));
        for (int i = 0; i < pooled.rows; ++i) {
            const double d = cv::norm(pooled.row(i), ref, cv::NORM_L2);
            match[size_t(i)][r] = d < threshold;
            if (distances)
                distances->at<float>(i, int(r)) = float(d);
        }
    }
    return match;
}

void tagIdentity(const cv::Mat &pooled, const std::vector<int> &frames,
                 const std::vector<ReferenceEmbedding> &refs, const TaggingOptions &options,
                 std::vector<TagSegment> &segments, std::vector<TagRate> &rates)
{
    segments.clear();
    rates.clear();
    if (pooled.rows != int(frames.size()))
        return;
    cv::Mat distances;
    const auto match = matchReferences(pooled, refs, options.threshold, &distances);
    std::map<QString, std::vector<int>> rowsByTag; // tag -> rows tagged (time order)
    std::map<QString, std::vector<double>> distByTag;
    QStringList tagOrder;
    for (const ReferenceEmbedding &ref : refs)
        for (const QString &tag : ref.tags)
            if (!tagOrder.contains(tag))
                tagOrder << tag;
    for (int i = 0; i < pooled.rows; ++i) {
        std::map<QString, double> best;
        for (size_t r = 0; r < refs.size(); ++r) {
            if (!match[size_t(i)][r])
                continue;
            for (const QString &tag : refs[r].tags) {
                const double d = distances.at<float>(i, int(r));
                auto it = best.find(tag);
                if (it == best.end() || d < it->second)
                    best[tag] = d;
            }
        }
        for (const auto &[tag, d] : best) {
            rowsByTag[tag].push_back(i);
            distByTag[tag].push_back(d);
        }
    }
    for (const QString &tag : tagOrder) {
        const std::vector<int> &rows = rowsByTag[tag];
        const std::vector<double> &dist = distByTag[tag];
        TagRate rate;
        rate.tag = tag;
        rate.faces = int(rows.size());
        rate.rate = pooled.rows > 0 ? double(rows.size()) / pooled.rows : 0.0;
        rates.push_back(rate);
        for (size_t k = 0; k < rows.size(); ++k) {
            const int frame = frames[size_t(rows[k])];
            if (!segments.empty() && segments.back().tag == tag
                && frame - segments.back().endFrame <= options.maxFrameGap) {
                TagSegment &s = segments.back();
                s.endFrame = frame;
                ++s.faces;
                s.minDistance = std::min(s.minDistance, dist[k]);
                continue;
            }
            segments.push_back({tag, frame, frame, 1, dist[k]});
        }
    }
    std::stable_sort(segments.begin(), segments.end(), [](const TagSegment &a, const TagSegment &b) {
        return a.startFrame < b.startFrame;
    });
}

} // namespace fm
