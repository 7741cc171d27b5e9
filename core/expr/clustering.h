#pragma once

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

/** DBSCAN settings for identity clustering of 128-d face descriptors. */
struct DbscanOptions
{
    double eps = 0.45; ///< neighbourhood radius (Euclidean; face-api's same-person bound is 0.6)
    int minPoints = 3; ///< neighbours (the point included) that make a core point
};

/** Result of a DBSCAN run: one label per row, -1 for noise, clusters numbered from 0. */
struct DbscanResult
{
    std::vector<int> labels;
    int clusters = 0;
    int noise = 0;
};

/**
 * Density clustering (Ester et al. 1996) of the rows of an N x D CV_32F matrix: the number of
 * clusters is not given in advance. Neighbour queries use a nanoflann k-d tree; clusters are
 * renumbered by size, largest first.
 */
DbscanResult dbscan(const cv::Mat &points, const DbscanOptions &options = {});

/**
 * Ward agglomerative clustering (Euclidean, Lance-Williams updates, nearest-neighbour chain:
 * O(N^2) time and memory) of the rows of an N x D CV_32F matrix into `clusters` groups.
 * Labels are numbered by first appearance in row order. N <= clusters gives one cluster per
 * row. We write our own because dlib's bottom_up_cluster has average linkage only and OpenCV
 * has none; callers keep N at a few thousand (the summary subsamples longer identities).
 */
std::vector<int> wardClustering(const cv::Mat &points, int clusters);

/** For each label 0..k-1, the row closest to that cluster's mean (-1 for an empty label). */
std::vector<int> clusterRepresentatives(const cv::Mat &points, const std::vector<int> &labels,
                                        int clusterCount);

} // namespace fm
