#pragma once

#include "common/error.h"
#include "expr/tagging.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fm {

class ExprFaceFinder;
class FeeNet;

/** One reference face of the custom expression library. */
struct ReferenceFace
{
    QString name;      ///< file base name, unique in the library
    QString imagePath; ///< the image in the library folder
    QStringList tags;
    cv::Mat crop; ///< the face crop the embedding was taken from
    std::vector<float> embedding;
};

/**
 * The custom expression library of seed 002: a folder with one image per expression and
 * `tags.json` ({"name": ["tag", ...]}; an image missing there is tagged with its own name).
 * Loading embeds each reference with FEENet; adding a face writes one image and updates
 * tags.json, no retraining.
 */
class ReferenceLibrary
{
public:
    /** Loads every image of `folder`; images without a face are listed in problems(). */
    static Result<ReferenceLibrary> load(const QString &folder, const FeeNet &net,
                                         const ExprFaceFinder &finder);
    /**
     * Writes `image` (8-bit BGR, holding one face) as `<name>.png` into `folder` (created
     * private) and records its tags. Errors on an empty image, name or tag list, or when no
     * face is found in it. Returns the image path.
     */
    static Result<QString> addReference(const QString &folder, const QString &name,
                                        const QStringList &tags, const cv::Mat &image,
                                        const ExprFaceFinder &finder);
    static QString tagsFileName() { return QStringLiteral("tags.json"); }

    const std::vector<ReferenceFace> &faces() const { return m_faces; }
    std::vector<ReferenceEmbedding> embeddings() const;
    QStringList tags() const;
    const QStringList &problems() const { return m_problems; }
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    std::vector<ReferenceFace> m_faces;
    QStringList m_problems;
};

} // namespace fm
