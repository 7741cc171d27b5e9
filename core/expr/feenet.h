#pragma once

#include "common/error.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fm {

class FaceFeatureNet;

/** Triplet-training settings (seed 002: two-sided triplet loss, margin 0.2). */
struct FeeTrainOptions
{
    int epochs = 30;
    int batchSize = 64;
    double learningRate = 5e-4;
    double weightDecay = 1e-3;
    double margin = 0.2;
    unsigned seed = 7;
    bool identityRelative = true; ///< the triplets' features are relative to their person
};

/** One epoch's figures: mean loss and triplet prediction accuracy on train and held-out sets. */
struct FeeEpoch
{
    int epoch = 0;
    double loss = 0.0;
    double trainAccuracy = 0.0;
    double testAccuracy = -1.0; ///< -1 when no held-out triplets were given
};

/** Anchor/positive/negative backbone features, one row per triplet (N x 256 CV_32F each). */
struct TripletFeatures
{
    cv::Mat anchor, positive, negative;
    int size() const { return anchor.rows; }
};

/**
 * FEENet (seed 002): a backbone, two fully connected layers to 16 dimensions and L2
 * normalisation. The paper's EfficientNet-B0 weights are not available here, so the backbone
 * is face-api's expression feature extractor (SFE-E, 256-d pooled features, frozen); only the
 * head (256 -> 128 -> ReLU -> dropout 0.3 -> 16) is trained, with the two-sided triplet loss. An untrained
 * head is a fixed random projection (seeded) until a head file is loaded.
 */
class FeeNet
{
public:
    static constexpr int kBackboneDim = 256;
    static constexpr int kHiddenDim = 128;
    static constexpr int kEmbeddingDim = 16;

    /** File name of the head `./fm setup` trains on the demo faces (`expressions train --demo`)
        and installs beside the face-api models. */
    static constexpr const char *kInstalledHeadName = "feenet-demo-head.pt";
    /** That head where ModelLocator finds it, else empty (the untrained head is used). */
    static QString installedHeadPath();

    /** Loads the backbone weights; `headPath` (optional) a trained head saved by saveHead(). */
    static Result<std::shared_ptr<FeeNet>> create(const QString &headPath = {},
                                                  const QString &modelDir = {});
    ~FeeNet();

    /** Short description for UIs and reports (backbone, whether the head is trained). */
    QString description() const;
    bool headTrained() const;
    /**
     * Whether the head expects identity-relative features (a face's backbone feature minus
     * its person's baseline feature, see identityBaseline()). True for heads trained on such
     * triplets and for the untrained head; false for heads trained on raw features (FEC
     * triplets of unrelated people, or heads written before identity-relative training).
     */
    bool identityRelative() const;

    /** Backbone features of 8-bit BGR face crops: N x 256 CV_32F. */
    Result<cv::Mat> backboneFeatures(const std::vector<cv::Mat> &bgrCrops) const;
    /** Unit-length 16-d embeddings of backbone features (N x 256 -> N x 16). */
    cv::Mat embedFeatures(const cv::Mat &features) const;
    /** Crops -> embeddings in one call. */
    Result<cv::Mat> embed(const std::vector<cv::Mat> &bgrCrops) const;

    /**
     * Trains the head on triplets; `progress(epoch)` after each epoch, returning false stops.
     * The input normalisation (per-dimension mean and SD) is taken from the training set.
     */
    Result<std::vector<FeeEpoch>> train(const TripletFeatures &train, const TripletFeatures &test,
                                        const FeeTrainOptions &options = {},
                                        const std::function<bool(const FeeEpoch &)> &progress = {});
    /** Share of triplets whose anchor-positive distance is the smallest of the three pairs. */
    double tripletAccuracy(const TripletFeatures &triplets) const;
    static double tripletAccuracyOfEmbeddings(const cv::Mat &a, const cv::Mat &p, const cv::Mat &n);

    /** Writes the head atomically (temp file + rename). */
    Result<bool> saveHead(const QString &path) const;
    Result<bool> loadHead(const QString &path);

private:
    FeeNet();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
