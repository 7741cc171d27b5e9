#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fm {

/** Loss of the supervised phase (seed 000 §2.3, seed 001 §3.2, seed 002). */
enum class LossKind {
    ContrastiveSimilarity, ///< seed 000 Eq. 1: (1-y)(1-S) + y max(0, S - m_c), y=1 negative
    ContrastiveDistance,   ///< seed 001 Eq. 2: y max(d - m_p, 0) + (1-y) max(m_n - d, 0), d=1-cos
    NPair,                 ///< seed 000 Eq. 5, temperature tau, over the clips of the batch
    Triplet                ///< seed 002: max(0, d(a,p) - d(a,n) + margin), d = 1 - cos
};

/** Self-supervised pretraining before the supervised phase (seed 001 §3.3). */
enum class PretrainMode {
    None,
    Twins,   ///< SS: two image-transformed views of each clip (twins), InfoNCE over N clips
    Subclips ///< SS+: half-length subclip A and the rest B, InfoNCE over 2N distinct clips
};

/** Sequence-encoder hyper-parameters (seed 000 §2.2, Fig. 3). */
struct EncoderConfig
{
    int inputDim = 0; ///< feature dimension D (taken from the data)
    int dModel = 64;  ///< transformer width; a linear projection maps D to it when D differs
    int heads = 4;
    int feedForward = 128;
    int layers = 2;
    /** n. 64 by measurement: 4-fold CV on the small demo gave AP 0.817 ± 0.044 with 64 against
        0.745 ± 0.061 with 16 (128 was no better on fold 1); the papers do not give n. */
    int embeddingDim = 64;
    double dropout = 0.1;
    int maxFrames = 1024; ///< longest clip the positional encoding covers
    /**
     * Input normalisation inside the model, with statistics of the training clips: "global"
     * standardises each feature dimension; "clip" first subtracts each clip's own mean frame
     * (removing who the face is, keeping how it moves) and standardises each dimension of the
     * rest; "clip-rms" (default) subtracts the clip's mean frame and divides every dimension
     * by one common scale, so the dimensions a motion moves most stay the largest; "start"
     * subtracts the first frames; "none" feeds the raw features (SFE features are ~0.03 in
     * scale and would drown under the positional encoding). Models saved without the key used
     * "none". Small demo, 4-fold CV, n = 64: "clip" 0.817 ± 0.044, "clip-rms" 0.921 (README).
     */
    QString inputNorm = QStringLiteral("clip-rms");
    /**
     * Temporal pooling: "max" (seed 000) max-pools the transformer output over the valid
     * frames; "max+std" (default) also appends each normalised input dimension's standard
     * deviation over the valid frames (how much each feature moves) before the output layer.
     * Small demo with clip-rms and the feature gain: 4-fold CV 0.938 ± 0.043 vs 0.932 ± 0.035,
     * split S03/S04 0.988 vs 0.931 (README). Models saved without the key used "max".
     */
    QString pooling = QStringLiteral("max+std");
    /**
     * The embedding: "linear" (seed 000) is the output layer's n-d vector, L2-normalised;
     * "linear+std" is the L2-normalised concatenation of that unit vector and the unit vector
     * of each normalised input dimension's temporal SD (n + D dimensions): cosine similarity
     * becomes the mean of the learned one and the movement descriptor's. Models saved without
     * the key used "linear".
     */
    QString output = QStringLiteral("linear");
    /** Length of the embedding the model outputs. */
    int outputDim() const
    {
        return embeddingDim + (output == QLatin1String("linear+std") ? inputDim : 0);
    }

    QJsonObject toJson() const;
};

/** Everything a training run depends on; config.json in the run folder is toJson(). */
struct TrainConfig
{
    // Protocol.
    QString protocol = QStringLiteral("split"); ///< "split" (fixed train/validation) or "cv"
    int folds = 10;                             ///< cv: subject-disjoint folds
    int onlyFold = -1;                          ///< cv: run just this fold (0-based); -1 = all
    double validationFraction = 0.2;            ///< split: share of subjects held out
    quint32 splitSeed = 1;

    // Optimisation.
    quint64 seed = 1;
    int threads = 1; ///< torch intra-op threads; see the README on shared machines
    int epochs = 20;
    int batchPairs = 16; ///< N positive + N negative pairs per step
    double learningRate = 0.05;
    double minLearningRate = 0.0;
    double momentum = 0.9;
    double weightDecay = 0.0;

    // Loss and pairs.
    LossKind loss = LossKind::ContrastiveDistance;
    double marginC = 0.5; ///< seed 000 m_c (similarity bound of negatives)
    double marginP = 0.2; ///< seed 001 m_p
    double marginN = 0.3; ///< seed 001 m_n
    double temperature = 0.1;
    double tripletMargin = 0.2;
    bool negativesAnySubject = false; ///< negatives: any different motion instead of same subject

    // Augmentation.
    bool trimming = true;
    double speedJitter = 0.0; ///< training clips play up to this much faster/slower (0.25 = 25%)
    /** Feature gain: per batch and subject, each feature dimension of that subject's clips is
        scaled by exp(N(0, featureGain²)), as if another face turned the same motion into
        features a little differently (0 = off). 0.3 lifted held-out AP on the small demo's two
        weakest folds from 0.903 / 0.870 to 0.920 / 0.903 (0.6: 0.915 / 0.879). */
    double featureGain = 0.3;
    bool compound = false; ///< train and validate on synthesised two-action clips (seed 001 §3.1)
    int compoundCopies = 4;

    // Self-supervised pretraining.
    PretrainMode pretrain = PretrainMode::None;
    int pretrainEpochs = 0;
    /** 0: the learning rate of fine-tuning. Seed 001 fine-tunes at a tenth of pretraining;
        with our lr 0.05, pretraining at 0.5 collapsed on the small demo (SS and SS+ AP 0.19),
        at 0.05 it did not (SS+ 0.853 vs 0.771 fine-tuning at 0.005). */
    double pretrainLearningRate = 0.0;
    double pretrainTemperature = 0.1;
    /** SS views per clip: features of image-transformed crops, computed beforehand (`features
        --ss-views K`). JSON default 2 for SS, 0 for SS+ (which then only pads in time). */
    int pretrainViews = 0;

    // Evaluation.
    bool tsne = false;
    int maxPairRows = 200000;

    // Data from a project.
    /** Feature cache id: "sfe-l/pooled", "sfe-e/pooled", or "sfe-m/pooled" with
        `sfeCheckpoint` (a run's config.json names the checkpoint's hash: "sfe-m@<hash>/pooled"). */
    QString sfe = QStringLiteral("sfe-l/pooled");
    QString sfeCheckpoint; ///< SFE-M: the `fmstudio-cli pretrain-sfe` checkpoint
    QString crop = QStringLiteral("aligned112;pad0.2;v1");
    bool includePending = true;
    bool includeExcluded = false; ///< also train on clips a reviewer excluded
    /** Motion kinds to use ("facial-motion", "lip-movement", "compound"); empty = all. */
    QStringList kinds;

    EncoderConfig encoder;

    /** Parses a config; unknown keys, wrong types and out-of-range values are errors that
        name the key. Missing keys keep their defaults. */
    static Result<TrainConfig> fromJson(const QJsonObject &json);
    static Result<TrainConfig> fromFile(const QString &path);
    QJsonObject toJson() const;
    double effectivePretrainLearningRate() const;
};

QString lossKindName(LossKind kind);
QString pretrainModeName(PretrainMode mode);            ///< "none", "ss", "ss+"
PretrainMode pretrainModeFromName(const QString &name); ///< unknown names: None

} // namespace fm
