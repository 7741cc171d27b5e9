#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/types.hpp>

#include <array>
#include <vector>

namespace fm {

/**
 * One row of the Google FEC (Facial Expression Comparison) CSV files. Accepted columns, no
 * header, comma separated (quotes allowed):
 *   1-5   image1 URL or path, face box left, right, top, bottom (fractions of width/height)
 *   6-10  image2, same four numbers
 *   11-15 image3, same four numbers
 *   16    triplet type (ONE_CLASS_TRIPLET, TWO_CLASS_TRIPLET, THREE_CLASS_TRIPLET)
 *   17-   annotator id, annotation pairs; an annotation (1, 2 or 3) names the image whose
 *         expression is most unlike the other two. The majority vote decides (ties skip).
 */
struct FecTriplet
{
    std::array<QString, 3> images;   ///< as written in the CSV
    std::array<cv::Rect2f, 3> boxes; ///< normalised [0,1] face boxes
    QString type;
    int oddOneOut = 0; ///< 0..2: the negative; the other two are anchor and positive
    int votes = 0;     ///< annotations agreeing with oddOneOut
    int annotations = 0;

    int anchor() const { return oddOneOut == 0 ? 1 : 0; }
    int positive() const { return oddOneOut == 2 ? 1 : 2; }
};

/** Parsed FEC file: the usable triplets and one line per row that was skipped and why. */
struct FecTripletSet
{
    std::vector<FecTriplet> triplets;
    QStringList skipped;
};

/** Parses an FEC CSV file; errors when the file is unreadable or holds no usable row. */
Result<FecTripletSet> readFecCsv(const QString &path);
/** Parses one CSV line into fields (RFC 4180 quotes). */
QStringList splitCsvLine(const QString &line);
/**
 * The local file for an FEC image entry: the entry itself when it is an existing path
 * (absolute or relative to `imageDir`), else the URL's file name inside `imageDir`.
 * Empty when neither exists.
 */
QString resolveFecImage(const QString &entry, const QString &imageDir);

} // namespace fm
