#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fm {

/** Settings of a two-factor verification. */
struct VerificationOptions
{
    /** Face-descriptor distance below which two clips show the same person (face-api's 0.6). */
    double identityThreshold = 0.6;
    /** How many good frames (FaceQA accepted, spread over the clip) describe a face. */
    int identityFrames = 8;
    /** Optional feature cache folder (a project's cache/features): SFE features of a clip
        are read from it when present and stored into it after computing. */
    QString featureCacheDir;
};

/** What the verification found for one of its two clips. */
struct VerifiedClip
{
    QString path;
    int frames = 0;
    int framesWithFace = 0;
    int identityFrames = 0; ///< frames whose descriptors were combined
    bool featuresFromCache = false;
    std::vector<float> embedding;  ///< motion embedding (L2-normalised)
    std::vector<float> descriptor; ///< 128-d face descriptor (median over identityFrames)
};

/**
 * The result of verifying a probe clip against an enrolment clip (seed 000 Fig. 1): the
 * motion factor (cosine score of the two embeddings; accepted when score >= the run's
 * peak-F1 threshold, i.e. distance = 1 - score <= 1 - threshold) and the identity factor
 * (Euclidean distance of the face descriptors < identityThreshold). Both must pass.
 */
struct VerificationResult
{
    VerifiedClip enrol, probe;
    QString runDir;
    QString sfe;
    double motionScore = 0;
    double motionDistance = 0;
    double scoreThreshold = 0;    ///< the run's peak-F1 threshold on the cosine score
    double distanceThreshold = 0; ///< 1 - scoreThreshold
    bool motionAccepted = false;
    double identityDistance = 0;
    double identityThreshold = 0.6;
    bool identityAccepted = false;
    bool accepted() const { return motionAccepted && identityAccepted; }

    /** One JSON object (the CLI prints it as one line). */
    QJsonObject toJson() const;
    /** A few translated lines for people. */
    QString toText() const;
};

/**
 * Enrol/verify with a trained run on video files or image-sequence folders: analyses both
 * clips (face, landmarks, aligned crops, FaceQA), computes the SFE features the run was
 * trained on (config.json "sfe"), embeds them with model.pt, and describes the face with the
 * face-recognition net. Loading takes a few seconds; reuse one Verifier for several
 * verifications, from one thread at a time. Used by `fmstudio-cli verify` and the studio.
 */
class Verifier
{
public:
    /** progress(stage, fraction 0..1) on the calling thread; false cancels. */
    using Progress = std::function<bool(const QString &stage, double fraction)>;

    /** Loads the run (model.pt, config.json, metrics.json) and the networks. */
    static Result<std::unique_ptr<Verifier>> create(const QString &runDir,
                                                    VerificationOptions options = {});
    ~Verifier();

    QString runDir() const;
    double scoreThreshold() const;

    Result<VerificationResult> verify(const QString &enrolPath, const QString &probePath,
                                      const Progress &progress = {},
                                      const std::atomic<bool> *cancel = nullptr);

    /** One clip's embedding and face descriptor (the enrolment half of verify()). */
    Result<VerifiedClip> describe(const QString &path, const Progress &progress = {},
                                  const std::atomic<bool> *cancel = nullptr);

private:
    Verifier();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm
