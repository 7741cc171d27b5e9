#include "clustering.h"

#include <nanoflann.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace fm {

namespace {

/** nanoflann adaptor over the rows of a continuous CV_32F matrix (no copy). */
struct MatRows
{
    const cv::Mat &m;
    size_t kdtree_get_point_count() const { return size_t(m.rows); }
    float kdtree_get_pt(size_t row, size_t dim) const { return m.ptr<float>(int(row))[dim]; }
    template<class Box>
    bool kdtree_get_bbox(Box &) const
    {
        return false;
    }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<float, MatRows>,
                                                   MatRows, -1, size_t>;

std::vector<int> renumberBySize(std::vector<int> labels, int count)
{
    std::vector<int> sizes(size_t(std::max(count, 0)), 0);
    for (int l : labels)
        if (l >= 0)
            ++sizes[size_t(l)];
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return sizes[size_t(a)] > sizes[size_t(b)]; });
    std::vector<int> newLabel(sizes.size());
    for (size_t i = 0; i < order.size(); ++i)
        newLabel[size_t(order[i])] = int(i);
    for (int &l : labels)
        if (l >= 0)
            l = newLabel[size_t(l)];
    return labels;
}

} // namespace

DbscanResult dbscan(const cv::Mat &input, const DbscanOptions &options)
{
    DbscanResult result;
    if (input.empty() || input.type() != CV_32F)
        return result;
    const cv::Mat points = input.isContinuous() ? input : input.clone();
    const int n = points.rows;
    result.labels.assign(size_t(n), -2); // -2: unvisited
    const MatRows rows{points};
    KdTree tree(points.cols, rows, nanoflann::KDTreeSingleIndexAdaptorParams(10));
    tree.buildIndex();
    const float radius = float(options.eps * options.eps); // L2_Simple works on squared distances
    nanoflann::SearchParams params(32, 0.f, false);
    std::vector<std::pair<size_t, float>> found;
    auto neighbours = [&](int row) {
        found.clear();
        tree.radiusSearch(points.ptr<float>(row), radius, found, params);
        std::vector<int> out;
        out.reserve(found.size());
        for (const auto &f : found)
            out.push_back(int(f.first));
        return out;
    };
    int cluster = 0;
    for (int i = 0; i < n; ++i) {
        if (result.labels[size_t(i)] != -2)
            continue;
        std::vector<int> seeds = neighbours(i);
        if (int(seeds.size()) < options.minPoints) {
            result.labels[size_t(i)] = -1;
            continue;
        }
        // Grow the cluster breadth-first. A point enters the queue once (when first labelled),
        // so the queue never exceeds N even when every face of a person is within eps of
        // every other (appending whole neighbour lists grows quadratically).
        result.labels[size_t(i)] = cluster;
        std::vector<int> queue;
        for (int j : seeds) {
            int &label = result.labels[size_t(j)];
            if (label == -1)
                label = cluster; // border point, not expanded
            else if (label == -2) {
                label = cluster;
                queue.push_back(j);
            }
        }
        for (size_t k = 0; k < queue.size(); ++k) {
            const std::vector<int> more = neighbours(queue[k]);
            if (int(more.size()) < options.minPoints)
                continue; // border point
            for (int j : more) {
                int &label = result.labels[size_t(j)];
                if (label == -1)
                    label = cluster;
                else if (label == -2) {
                    label = cluster;
                    queue.push_back(j);
                }
            }
        }
        ++cluster;
    }
    result.labels = renumberBySize(std::move(result.labels), cluster);
    result.clusters = cluster;
    result.noise = int(std::count(result.labels.begin(), result.labels.end(), -1));
    return result;
}

std::vector<int> wardClustering(const cv::Mat &points, int clusters)
{
    const int n = points.rows;
    std::vector<int> labels(size_t(n), 0);
    if (n == 0 || points.type() != CV_32F)
        return labels;
    clusters = std::max(1, clusters);
    if (n <= clusters) {
        std::iota(labels.begin(), labels.end(), 0);
        return labels;
    }
    // Squared Euclidean distances; Ward's Lance-Williams update is exact on them.
    std::vector<double> d(size_t(n) * size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double v = cv::norm(points.row(i), points.row(j), cv::NORM_L2SQR);
            d[size_t(i) * size_t(n) + size_t(j)] = v;
            d[size_t(j) * size_t(n) + size_t(i)] = v;
        }
    auto at = [&](int i, int j) -> double & { return d[size_t(i) * size_t(n) + size_t(j)]; };
    std::vector<int> size(size_t(n), 1);
    std::vector<bool> active(size_t(n), true);
    struct Merge
    {
        double height;
        int a, b;
    };
    std::vector<Merge> merges;
    std::vector<int> chain;
    int remaining = n;
    while (remaining > 1) {
        if (chain.empty()) {
            for (int i = 0; i < n; ++i)
                if (active[size_t(i)]) {
                    chain.push_back(i);
                    break;
                }
        }
        const int top = chain.back();
        const int previous = chain.size() > 1 ? chain[chain.size() - 2] : -1;
        int best = -1;
        double bestD = std::numeric_limits<double>::max();
        if (previous >= 0) { // prefer the previous element on ties so the chain terminates
            best = previous;
            bestD = at(top, previous);
        }
        for (int j = 0; j < n; ++j)
            if (active[size_t(j)] && j != top && at(top, j) < bestD) {
                bestD = at(top, j);
                best = j;
            }
        if (best != previous) {
            chain.push_back(best);
            continue;
        }
        // top and previous are reciprocal nearest neighbours: merge previous into top.
        chain.pop_back();
        chain.pop_back();
        const int a = top, b = previous;
        merges.push_back({bestD, a, b});
        const double na = size[size_t(a)], nb = size[size_t(b)];
        for (int k = 0; k < n; ++k) {
            if (!active[size_t(k)] || k == a || k == b)
                continue;
            const double nk = size[size_t(k)];
            const double v = ((na + nk) * at(a, k) + (nb + nk) * at(b, k) - nk * at(a, b))
                             / (na + nb + nk);
            at(a, k) = v;
            at(k, a) = v;
        }
        size[size_t(a)] += size[size_t(b)];
        active[size_t(b)] = false;
        --remaining;
    }
    // Ward is monotone: the n - clusters lowest merges give the cut with `clusters` groups.
    std::stable_sort(merges.begin(), merges.end(),
                     [](const Merge &x, const Merge &y) { return x.height < y.height; });
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int m = 0; m < n - clusters; ++m)
        parent[size_t(find(merges[size_t(m)].b))] = find(merges[size_t(m)].a);
    std::map<int, int> number;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        const auto it = number.emplace(root, int(number.size())).first;
        labels[size_t(i)] = it->second;
    }
    return labels;
}

std::vector<int> clusterRepresentatives(const cv::Mat &points, const std::vector<int> &labels,
                                        int clusterCount)
{
    std::vector<int> reps(size_t(std::max(clusterCount, 0)), -1);
    if (points.empty() || int(labels.size()) != points.rows)
        return reps;
    std::vector<cv::Mat> sums(reps.size());
    std::vector<int> counts(reps.size(), 0);
    for (int i = 0; i < points.rows; ++i) {
        const int l = labels[size_t(i)];
        if (l < 0 || l >= clusterCount)
            continue;
        cv::Mat row;
        points.row(i).convertTo(row, CV_64F);
        sums[size_t(l)] = sums[size_t(l)].empty() ? row : sums[size_t(l)] + row;
        ++counts[size_t(l)];
    }
    std::vector<double> bestD(reps.size(), std::numeric_limits<double>::max());
    for (int i = 0; i < points.rows; ++i) {
        const int l = labels[size_t(i)];
        if (l < 0 || l >= clusterCount)
            continue;
        cv::Mat row;
        points.row(i).convertTo(row, CV_64F);
        const double dist = cv::norm(row, sums[size_t(l)] / counts[size_t(l)], cv::NORM_L2SQR);
        if (dist < bestD[size_t(l)]) {
            bestD[size_t(l)] = dist;
            reps[size_t(l)] = i;
        }
    }
    return reps;
}

} // namespace fm
