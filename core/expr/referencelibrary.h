#pragma once

#include "common/error.h"
#include "expr/tagging.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

class ExprFaceFinder;
class FaceRecognizer;
class FeeNet;

/** One reference face of the custom expression library. */
struct ReferenceFace
{
    QString name;        ///< file base name, unique in the library
    QString imagePath;   ///< the image in the library folder
    QString neutralPath; ///< `<name>.neutral.png`: the same person's neutral face, optional
    QStringList tags;
    cv::Mat crop; ///< the face crop the embedding was taken from
    std::vector<float> embedding;
    std::vector<float> feature;    ///< backbone feature of the crop
    std::vector<float> neutral;    ///< backbone feature of the neutral face (when there is one)
    std::vector<float> descriptor; ///< 128-d face descriptor (when loaded with a recognizer)
    ReferenceBaseline baseline = ReferenceBaseline::None; ///< what `embedding` was made against
};

/**
 * The custom expression library of seed 002: a folder with one image per expression and
 * `tags.json` ({"name": ["tag", ...]}; an image missing there is tagged with its own name).
 * `<name>.neutral.png` beside a reference is an optional neutral face of the same person: with
 * an identity-relative head, a reference is embedded as its feature minus its person's
 * baseline (the video identity it belongs to when analysing, else that neutral face, else the
 * library's mean face; see identityrelative.h). Adding a face writes one image (and its
 * neutral face) and updates tags.json, no retraining.
 */
class ReferenceLibrary
{
public:
    /**
     * Loads every image of `folder`; images without a face are listed in problems() (a neutral
     * face without a face is a problem too, and its reference falls back to the library mean).
     * With `recognizer`, references get face descriptors so the analysis can find their person.
     */
    static Result<ReferenceLibrary> load(const QString &folder, const FeeNet &net,
                                         const ExprFaceFinder &finder,
                                         const FaceRecognizer *recognizer = nullptr);
    /**
     * Writes `image` (8-bit BGR, holding one face) as `<name>.png` into `folder` (created
     * private) and records its tags; a non-empty `neutral` (the same person's neutral face)
     * is written as `<name>.neutral.png`. Errors on an empty image, name or tag list, or when
     * no face is found in an image; nothing is written then. Returns the image path.
     */
    static Result<QString> addReference(const QString &folder, const QString &name,
                                        const QStringList &tags, const cv::Mat &image,
                                        const ExprFaceFinder &finder, const cv::Mat &neutral = {});
    static QString neutralSuffix() { return QStringLiteral(".neutral"); }
    static QString tagsFileName() { return QStringLiteral("tags.json"); }

    const std::vector<ReferenceFace> &faces() const { return m_faces; }
    std::vector<ReferenceEmbedding> embeddings() const { return embeddingsOf(m_faces); }
    /** What tagging needs of each face (embedding, features, descriptor). */
    static std::vector<ReferenceEmbedding> embeddingsOf(const std::vector<ReferenceFace> &faces);
    QStringList tags() const;
    const QStringList &problems() const { return m_problems; }
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    std::vector<ReferenceFace> m_faces;
    QStringList m_problems;
};

} // namespace fm
