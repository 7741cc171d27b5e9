#include "tsne.h"

#include "parallelchunks.h"

#include <QCoreApplication>

#include <nanoflann.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

// Why our own t-SNE: no Debian C++ package provides one (design.md prefers libraries), and
// the sklearn-compatible details (perplexity search, gains, momentum schedule, "auto"
// learning rate, PCA start) matter for matching its quality. The k-d tree kNN is nanoflann's.

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::Tsne", text);
}

struct PointCloud
{
    const float *data;
    size_t n;
    size_t dim;
    size_t kdtree_get_point_count() const { return n; }
    float kdtree_get_pt(size_t idx, size_t d) const { return data[idx * dim + d]; }
    template<class Box>
    bool kdtree_get_bbox(Box &) const
    {
        return false;
    }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<float, PointCloud>,
                                                   PointCloud, -1, std::uint32_t>;

/** Symmetric sparse affinities P (CSR), summing to 1. */
struct SparseP
{
    std::vector<int> rowStart, col;
    std::vector<double> val;
};

/** Conditional probabilities from squared kNN distances with a per-point Gaussian width
    found by bisection on the perplexity (as sklearn's _binary_search_perplexity). */
void conditionalRow(const float *dist2, int k, double perplexity, double *p)
{
    const double desired = std::log(perplexity);
    double beta = 1, betaMin = -std::numeric_limits<double>::infinity();
    double betaMax = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 100; ++step) {
        double sum = 0;
        for (int j = 0; j < k; ++j) {
            p[j] = std::exp(-double(dist2[j]) * beta);
            sum += p[j];
        }
        if (sum == 0.0)
            sum = 1e-8;
        double sumDistP = 0;
        for (int j = 0; j < k; ++j) {
            p[j] /= sum;
            sumDistP += double(dist2[j]) * p[j];
        }
        const double entropy = std::log(sum) + beta * sumDistP;
        const double diff = entropy - desired;
        if (std::fabs(diff) <= 1e-5)
            break;
        if (diff > 0) {
            betaMin = beta;
            beta = std::isinf(betaMax) ? beta * 2.0 : (beta + betaMax) / 2.0;
        } else {
            betaMax = beta;
            beta = std::isinf(betaMin) ? beta / 2.0 : (beta + betaMin) / 2.0;
        }
    }
}

SparseP affinities(const std::vector<float> &data, int n, int dim, double perplexity, int threads)
{
    const int k = std::min(n - 1, int(3.0 * perplexity + 1.0));
    const PointCloud cloud{data.data(), size_t(n), size_t(dim)};
    const KdTree tree(dim, cloud, nanoflann::KDTreeSingleIndexAdaptorParams(10));
    std::vector<std::uint32_t> nbr(size_t(n) * size_t(k));
    std::vector<double> cond(size_t(n) * size_t(k));
    const int chunks = std::max(1, n / 64);
    runChunks(chunks, threads, [&](int chunk, int) {
        std::vector<std::uint32_t> idx(size_t(k) + 1);
        std::vector<float> d2(size_t(k) + 1);
        for (int i = chunk * n / chunks; i < (chunk + 1) * n / chunks; ++i) {
            nanoflann::KNNResultSet<float, std::uint32_t> result(size_t(k) + 1);
            result.init(idx.data(), d2.data());
            tree.findNeighbors(result, data.data() + size_t(i) * size_t(dim),
                               nanoflann::SearchParams(32));
            // Drop the point itself (not necessarily first when there are duplicates).
            int out = 0;
            std::vector<float> keep(static_cast<size_t>(k));
            for (size_t r = 0; r < result.size() && out < k; ++r) {
                if (idx[r] == std::uint32_t(i))
                    continue;
                nbr[size_t(i) * size_t(k) + size_t(out)] = idx[r];
                keep[size_t(out)] = d2[r];
                ++out;
            }
            conditionalRow(keep.data(), k, perplexity, cond.data() + size_t(i) * size_t(k));
        }
    });
    // P = (P_cond + P_cond^T) / sum, merged per row in column order.
    struct Entry
    {
        int row, col;
        double v;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(2) * size_t(n) * size_t(k));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            const int c = int(nbr[size_t(i) * size_t(k) + size_t(j)]);
            const double v = cond[size_t(i) * size_t(k) + size_t(j)];
            entries.push_back({i, c, v});
            entries.push_back({c, i, v});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    SparseP P;
    P.rowStart.assign(size_t(n) + 1, 0);
    double total = 0;
    for (size_t e = 0; e < entries.size();) {
        size_t f = e;
        double v = 0;
        while (f < entries.size() && entries[f].row == entries[e].row
               && entries[f].col == entries[e].col)
            v += entries[f++].v;
        P.col.push_back(entries[e].col);
        P.val.push_back(v);
        ++P.rowStart[size_t(entries[e].row) + 1];
        total += v;
        e = f;
    }
    for (int i = 0; i < n; ++i)
        P.rowStart[size_t(i) + 1] += P.rowStart[size_t(i)];
    total = std::max(total, std::numeric_limits<double>::epsilon());
    for (double &v : P.val)
        v /= total;
    return P;
}

/** A point-region quadtree over the map, rebuilt every iteration, for Barnes-Hut sums. */
class QuadTree
{
public:
    /** 24 bytes, so that a traversal touches few cache lines. */
    struct Node
    {
        float cx, cy;    ///< centre of mass
        float width2;    ///< squared largest side of the cell
        int count;       ///< points below
        int firstChild;  ///< first of numChildren consecutive nodes; -1: leaf
        int numChildren; ///< for a leaf: its first point's position in order()
    };

    void build(const std::vector<double> &y, int n)
    {
        m_nodes.clear();
        m_index.resize(size_t(n));
        std::iota(m_index.begin(), m_index.end(), 0);
        double x0 = y[0], x1 = y[0], y0 = y[1], y1 = y[1];
        for (int i = 1; i < n; ++i) {
            x0 = std::min(x0, y[size_t(2 * i)]);
            x1 = std::max(x1, y[size_t(2 * i)]);
            y0 = std::min(y0, y[size_t(2 * i + 1)]);
            y1 = std::max(y1, y[size_t(2 * i + 1)]);
        }
        m_nodes.push_back({});
        buildNode(0, y, 0, n, x0, x1, y0, y1, 0);
    }

    /** The points in tree (spatial) order: traversing in this order reuses cached nodes. */
    const std::vector<int> &order() const { return m_index; }

    /** Repulsive force numerator on point i (sum of q^2 (y_i - y_cell) N_cell) and its
        contribution to Z (sum of q N_cell), leaving out the point itself. Self is found by
        index, never by a distance threshold: early in the optimisation the whole map spans
        1e-4, and treating close points as "duplicates" removes the repulsion that lets
        clusters separate (the map then collapses to a point). */
    void repulsion(int i, double px, double py, double theta2, double &fx, double &fy,
                   double &sumQ) const
    {
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        double ax = 0, ay = 0, z = 0;
        const Node *nodes = m_nodes.data();
        while (top > 0) {
            const Node &node = nodes[stack[--top]];
            const double dx = px - double(node.cx), dy = py - double(node.cy);
            const double d2 = dx * dx + dy * dy;
            if (node.firstChild >= 0 && !(double(node.width2) < theta2 * d2)) {
                for (int c = 0; c < node.numChildren; ++c)
                    stack[top++] = node.firstChild + c;
                continue;
            }
            int count = node.count;
            if (node.firstChild < 0) {
                for (int k = node.numChildren; k < node.numChildren + node.count; ++k)
                    count -= m_index[size_t(k)] == i ? 1 : 0;
                if (count == 0)
                    continue;
            }
            const double q = 1.0 / (1.0 + d2);
            const double nq = count * q;
            z += nq;
            ax += nq * q * dx;
            ay += nq * q * dy;
        }
        fx = ax;
        fy = ay;
        sumQ = z;
    }

private:
    void buildNode(int node, const std::vector<double> &y, int begin, int end, double x0, double x1,
                   double y0, double y1, int depth)
    {
        double cx = 0, cy = 0;
        for (int i = begin; i < end; ++i) {
            cx += y[size_t(2 * m_index[size_t(i)])];
            cy += y[size_t(2 * m_index[size_t(i)] + 1)];
        }
        const int count = end - begin;
        const double w = std::max(x1 - x0, y1 - y0);
        m_nodes[size_t(node)]
            = {float(cx / count), float(cy / count), float(w * w), count, -1, begin};
        if (count == 1 || depth >= 48 || w <= 0)
            return; // a single point, or duplicates that cannot be separated
        const double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
        // Partition into quadrants: [x < mx, y < my], [x >= mx, y < my], [x < mx, y >= my],
        // [x >= mx, y >= my].
        auto *first = m_index.data() + begin, *last = m_index.data() + end;
        auto *midY = std::partition(first, last, [&](int i) { return y[size_t(2 * i + 1)] < my; });
        auto *q1 = std::partition(first, midY, [&](int i) { return y[size_t(2 * i)] < mx; });
        auto *q3 = std::partition(midY, last, [&](int i) { return y[size_t(2 * i)] < mx; });
        const int bounds[5] = {begin, int(q1 - m_index.data()), int(midY - m_index.data()),
                               int(q3 - m_index.data()), end};
        const double bx[4][2] = {{x0, mx}, {mx, x1}, {x0, mx}, {mx, x1}};
        const double by[4][2] = {{y0, my}, {y0, my}, {my, y1}, {my, y1}};
        const int firstChild = int(m_nodes.size());
        int children = 0;
        for (int c = 0; c < 4; ++c)
            children += bounds[c + 1] > bounds[c] ? 1 : 0;
        m_nodes.resize(m_nodes.size() + size_t(children));
        m_nodes[size_t(node)].firstChild = firstChild;
        m_nodes[size_t(node)].numChildren = children;
        int child = firstChild;
        for (int c = 0; c < 4; ++c) {
            if (bounds[c + 1] > bounds[c])
                buildNode(child++, y, bounds[c], bounds[c + 1], bx[c][0], bx[c][1], by[c][0],
                          by[c][1], depth + 1);
        }
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_index;
};

std::vector<double> initialMap(const std::vector<float> &data, int n, int dim,
                               const TsneOptions &options)
{
    std::vector<double> y(size_t(2) * size_t(n));
    if (!options.pcaInit) {
        std::mt19937_64 rng(options.seed);
        std::normal_distribution<double> normal(0.0, 1e-4);
        for (double &v : y)
            v = normal(rng);
        return y;
    }
    // PCA: the two leading eigenvectors of the covariance, signs fixed so that each
    // vector's largest component is positive; scaled so that the first coordinate has
    // standard deviation 1e-4 (as sklearn's init="pca").
    cv::Mat samples(n, dim, CV_64F);
    for (int i = 0; i < n; ++i) {
        for (int d = 0; d < dim; ++d)
            samples.at<double>(i, d) = data[size_t(i) * size_t(dim) + size_t(d)];
    }
    cv::Mat covar, mean;
    cv::calcCovarMatrix(samples, covar, mean, cv::COVAR_NORMAL | cv::COVAR_ROWS, CV_64F);
    cv::Mat eigenvalues, eigenvectors;
    cv::eigen(covar, eigenvalues, eigenvectors);
    const int comps = std::min(2, dim);
    for (int c = 0; c < comps; ++c) {
        int arg = 0;
        for (int d = 1; d < dim; ++d) {
            if (std::fabs(eigenvectors.at<double>(c, d))
                > std::fabs(eigenvectors.at<double>(c, arg)))
                arg = d;
        }
        if (eigenvectors.at<double>(c, arg) < 0)
            eigenvectors.row(c) *= -1.0;
    }
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < comps; ++c) {
            double v = 0;
            for (int d = 0; d < dim; ++d)
                v += (samples.at<double>(i, d) - mean.at<double>(0, d))
                     * eigenvectors.at<double>(c, d);
            y[size_t(2 * i + c)] = v;
        }
    }
    double m0 = 0, s0 = 0;
    for (int i = 0; i < n; ++i)
        m0 += y[size_t(2 * i)];
    m0 /= n;
    for (int i = 0; i < n; ++i)
        s0 += (y[size_t(2 * i)] - m0) * (y[size_t(2 * i)] - m0);
    s0 = std::sqrt(s0 / n);
    const double scale = s0 > 0 ? 1e-4 / s0 : 1.0;
    for (double &v : y)
        v *= scale;
    return y;
}

} // namespace

Result<TsneResult> runTsne(const std::vector<float> &data, int n, int dim,
                           const TsneOptions &options)
{
    if (n < 2 || dim < 1 || data.size() != size_t(n) * size_t(dim))
        return Error{tr("t-SNE needs at least two points with at least one dimension.")};
    if (!(options.perplexity > 0) || options.perplexity >= n)
        return Error{tr("The t-SNE perplexity (%1) must be positive and less than the number "
                        "of points (%2).")
                         .arg(options.perplexity)
                         .arg(n)};
    for (const float v : data) {
        if (!std::isfinite(v))
            return Error{tr("The t-SNE input contains a value that is not a finite number.")};
    }
    const int threads = workerCount(options.threads);
    const SparseP P = affinities(data, n, dim, options.perplexity, threads);
    std::vector<double> y = initialMap(data, n, dim, options);

    const double lr = options.learningRate > 0
                          ? options.learningRate
                          : std::max(double(n) / options.earlyExaggeration / 4.0, 50.0);
    const double theta2 = options.theta * options.theta;
    std::vector<double> grad(y.size()), update(y.size(), 0.0), gains(y.size(), 1.0);
    std::vector<double> sumQ(static_cast<size_t>(n));
    QuadTree tree;
    const int chunks = std::max(1, std::min(n, 8 * threads));
    TsneResult result;
    int it = 0;
    // Two phases as in sklearn: exaggerated P with momentum 0.5 until exaggerationIterations,
    // then plain P with momentum 0.8; the optimiser state restarts between them. Every 50
    // iterations a gradient norm <= 1e-7 ends the current phase (with many clusters the
    // exaggerated phase can contract the 1e-4-wide start to a near point; the second phase
    // then unfolds it).
    int phaseEnd = std::min(options.exaggerationIterations, options.iterations);
    bool early = phaseEnd > 0;
    if (!early)
        phaseEnd = options.iterations;
    for (; it < options.iterations; ++it) {
        if (it == phaseEnd && early) {
            early = false;
            phaseEnd = options.iterations;
            std::fill(update.begin(), update.end(), 0.0);
            std::fill(gains.begin(), gains.end(), 1.0);
        }
        const double exaggeration = early ? options.earlyExaggeration : 1.0;
        const double momentum = early ? 0.5 : 0.8;
        tree.build(y, n);
        runChunks(chunks, threads, [&](int chunk, int) {
            for (int t = chunk * n / chunks; t < (chunk + 1) * n / chunks; ++t) {
                const int i = tree.order()[size_t(t)];
                double fx, fy, q;
                tree.repulsion(i, y[size_t(2 * i)], y[size_t(2 * i + 1)], theta2, fx, fy, q);
                sumQ[size_t(i)] = q;
                grad[size_t(2 * i)] = fx; // negative force, scaled by 1/Z below
                grad[size_t(2 * i + 1)] = fy;
            }
        });
        const double Z = std::accumulate(sumQ.begin(), sumQ.end(), 0.0);
        double gradNorm2 = 0;
        runChunks(chunks, threads, [&](int chunk, int) {
            for (int i = chunk * n / chunks; i < (chunk + 1) * n / chunks; ++i) {
                double ax = 0, ay = 0;
                const double yx = y[size_t(2 * i)], yy = y[size_t(2 * i + 1)];
                for (int e = P.rowStart[size_t(i)]; e < P.rowStart[size_t(i) + 1]; ++e) {
                    const int j = P.col[size_t(e)];
                    const double dx = yx - y[size_t(2 * j)], dy = yy - y[size_t(2 * j + 1)];
                    const double w = exaggeration * P.val[size_t(e)] / (1.0 + dx * dx + dy * dy);
                    ax += w * dx;
                    ay += w * dy;
                }
                grad[size_t(2 * i)] = 4.0 * (ax - grad[size_t(2 * i)] / Z);
                grad[size_t(2 * i + 1)] = 4.0 * (ay - grad[size_t(2 * i + 1)] / Z);
            }
        });
        for (size_t c = 0; c < y.size(); ++c) {
            gradNorm2 += grad[c] * grad[c];
            const bool sameSign = update[c] * grad[c] < 0.0;
            gains[c] = std::max(0.01, sameSign ? gains[c] + 0.2 : gains[c] * 0.8);
            update[c] = momentum * update[c] - lr * gains[c] * grad[c];
            y[c] += update[c];
        }
        if (options.progress && !options.progress(it + 1, options.iterations))
            return Error{tr("t-SNE was cancelled.")};
        if ((it + 1) % 50 == 0 && std::sqrt(gradNorm2) <= 1e-7) {
            if (!early) {
                ++it;
                break;
            }
            phaseEnd = it + 1;
        }
    }
    result.iterations = it;

    // KL(P || Q) with Q's normaliser from the Barnes-Hut sums of the final map.
    tree.build(y, n);
    double Z = 0;
    for (int i = 0; i < n; ++i) {
        double fx, fy, q;
        tree.repulsion(i, y[size_t(2 * i)], y[size_t(2 * i + 1)], theta2, fx, fy, q);
        Z += q;
    }
    const double tiny = double(std::numeric_limits<float>::min());
    for (int i = 0; i < n; ++i) {
        for (int e = P.rowStart[size_t(i)]; e < P.rowStart[size_t(i) + 1]; ++e) {
            const int j = P.col[size_t(e)];
            const double dx = y[size_t(2 * i)] - y[size_t(2 * j)];
            const double dy = y[size_t(2 * i + 1)] - y[size_t(2 * j + 1)];
            const double q = 1.0 / (1.0 + dx * dx + dy * dy) / Z;
            const double p = P.val[size_t(e)];
            result.klDivergence += p * std::log(std::max(p, tiny) / std::max(q, tiny));
        }
    }
    result.xy.assign(y.begin(), y.end());
    return result;
}

double trustworthiness(const std::vector<float> &x, int dimX, const std::vector<float> &y, int dimY,
                       int k, int threads)
{
    const int n = int(y.size()) / dimY;
    std::vector<double> penalty(size_t(n), 0.0);
    const int chunks = std::max(1, std::min(n, 64));
    runChunks(chunks, workerCount(threads), [&](int chunk, int) {
        std::vector<double> dx(static_cast<size_t>(n)), dy(static_cast<size_t>(n));
        std::vector<int> order(static_cast<size_t>(n));
        for (int i = chunk * n / chunks; i < (chunk + 1) * n / chunks; ++i) {
            for (int j = 0; j < n; ++j) {
                double sx = 0, sy = 0;
                for (int d = 0; d < dimX; ++d) {
                    const double t = double(x[size_t(i) * size_t(dimX) + size_t(d)])
                                     - double(x[size_t(j) * size_t(dimX) + size_t(d)]);
                    sx += t * t;
                }
                for (int d = 0; d < dimY; ++d) {
                    const double t = double(y[size_t(i) * size_t(dimY) + size_t(d)])
                                     - double(y[size_t(j) * size_t(dimY) + size_t(d)]);
                    sy += t * t;
                }
                dx[size_t(j)] = sx;
                dy[size_t(j)] = sy;
            }
            dx[size_t(i)] = dy[size_t(i)] = std::numeric_limits<double>::infinity();
            std::iota(order.begin(), order.end(), 0);
            std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int a, int b) {
                return dy[size_t(a)] != dy[size_t(b)] ? dy[size_t(a)] < dy[size_t(b)] : a < b;
            });
            for (int m = 0; m < k; ++m) {
                const int j = order[size_t(m)];
                // Rank of j among i's neighbours in the input space (1 = nearest).
                int rank = 1;
                for (int l = 0; l < n; ++l) {
                    if (dx[size_t(l)] < dx[size_t(j)] || (dx[size_t(l)] == dx[size_t(j)] && l < j))
                        ++rank;
                }
                if (rank > k)
                    penalty[size_t(i)] += rank - k;
            }
        }
    });
    const double t = std::accumulate(penalty.begin(), penalty.end(), 0.0);
    return 1.0 - t * (2.0 / (double(n) * k * (2.0 * n - 3.0 * k - 1.0)));
}

} // namespace fm
