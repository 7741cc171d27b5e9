#include "sourcefaces.h"

#include "face/dlibfacefinder.h"
#include "face/faceqa.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::SourceFaces", text);
}

cv::Point2f mean(const Landmarks68 &p, int from, int to)
{
    cv::Point2f c(0, 0);
    for (int i = from; i <= to; ++i)
        c += p[i];
    return c * (1.0f / float(to - from + 1));
}

/** Below this HOG confidence a "face" is often a pattern (a badge, a print). */
constexpr double kMinDetectorScore = 0.25;
/** Below this eye aspect ratio the eyes are (nearly) closed: blinks and winks would not show. */
constexpr double kMinEyeAspectRatio = 0.20;

/** Empty string when usable, else the reason. */
QString unusableReason(const Landmarks68 &p)
{
    const cv::Point2f left = mean(p, 36, 41), right = mean(p, 42, 47);
    const cv::Point2f axis = right - left;
    const float iod = float(std::hypot(axis.x, axis.y));
    if (iod < 28.0f)
        return tr("too small (eye distance %1 px)").arg(double(iod), 0, 'f', 0);
    const cv::Point2f ex = axis * (1.0f / iod), ey(-ex.y, ex.x);
    const cv::Point2f mid = (left + right) * 0.5f;
    const float noseOffset = (p[30] - mid).dot(ex) / iod;
    if (std::abs(noseOffset) > 0.45f)
        return tr("turned sideways (nose %1 IOD off the midline)").arg(double(noseOffset), 0, 'f', 2);
    const float leftJaw = float(cv::norm(p[0] - p[27])), rightJaw = float(cv::norm(p[16] - p[27]));
    const float balance = leftJaw / std::max(1.0f, rightJaw);
    if (balance < 0.4f || balance > 2.5f)
        return tr("turned sideways (jaw halves %1:1)").arg(double(balance), 0, 'f', 2);
    const float mouthDrop = (mean(p, 48, 67) - mid).dot(ey) / iod;
    if (mouthDrop < 0.75f || mouthDrop > 1.6f)
        return tr("implausible landmarks (mouth %1 IOD below the eyes)")
            .arg(double(mouthDrop), 0, 'f', 2);
    const float roll = float(std::atan2(axis.y, axis.x) * 180.0 / M_PI);
    if (std::abs(roll) > 25.0f)
        return tr("head tilted %1°").arg(double(roll), 0, 'f', 0);
    const double eyes = FaceQa::eyeAspectRatio(p);
    if (eyes < kMinEyeAspectRatio)
        return tr("eyes closed or nearly closed (eye aspect ratio %1)").arg(eyes, 0, 'f', 2);
    return QString();
}

} // namespace

QStringList photosInFolder(const QString &folder)
{
    QStringList paths;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.jpg"),
                                                      QStringLiteral("*.jpeg"),
                                                      QStringLiteral("*.png")},
                                                     QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << QDir(folder).filePath(name);
    return paths;
}

Result<SourceFaceReport> findSourceFaces(const QStringList &photos, QSize frameSize,
                                         DlibFaceFinder &finder,
                                         const std::function<bool(int, int)> &progress)
{
    if (photos.isEmpty())
        return Error{tr("No photos were given to take faces from.")};
    SourceFaceReport report;
    report.photoCount = int(photos.size());
    const int savedSide = finder.detectSide();
    for (int index = 0; index < photos.size(); ++index) {
        if (progress && !progress(index, int(photos.size())))
            return Error{tr("Cancelled.")};
        const QString &photo = photos.at(index);
        const cv::Mat image = cv::imread(QFile::encodeName(photo).toStdString(), cv::IMREAD_COLOR);
        if (image.empty()) {
            report.rejected << tr("%1: not a readable image").arg(QFileInfo(photo).fileName());
            continue;
        }
        finder.setDetectSide(0); // group photos: faces are small, detect at full resolution
        const std::vector<FaceShape> faces = finder.findFaces(image);
        for (size_t f = 0; f < faces.size(); ++f) {
            const Landmarks68 &p = faces[f].points;
            QString reason = unusableReason(p);
            if (reason.isEmpty() && faces[f].score < kMinDetectorScore)
                reason = tr("not clearly a face (detector confidence %1)")
                             .arg(faces[f].score, 0, 'f', 2);
            const QString label
                = QStringLiteral("%1 #%2").arg(QFileInfo(photo).fileName()).arg(f + 1);
            if (!reason.isEmpty()) {
                report.rejected << label + QStringLiteral(": ") + reason;
                continue;
            }
            const cv::Point2f left = mean(p, 36, 41), right = mean(p, 42, 47);
            const double iod = cv::norm(right - left);
            const double scale = 0.14 * frameSize.width() / iod;
            const cv::Point2f mid = (left + right) * 0.5f;
            const cv::Point2f target(frameSize.width() * 0.5f, frameSize.height() * 0.40f);
            cv::Mat m = (cv::Mat_<double>(2, 3) << scale, 0, target.x - scale * mid.x, 0, scale,
                         target.y - scale * mid.y);
            SourceFace face;
            face.photo = photo;
            face.faceIndex = int(f);
            face.photoInterOcular = iod;
            cv::warpAffine(image, face.frame, m, cv::Size(frameSize.width(), frameSize.height()),
                           cv::INTER_CUBIC, cv::BORDER_REFLECT_101);
            // Landmarks as the analysis will see them: re-found on the reframed image.
            finder.setDetectSide(640);
            const std::vector<cv::Rect2f> boxes = finder.detect(face.frame);
            int best = -1;
            double bestDistance = 1e9;
            for (size_t b = 0; b < boxes.size(); ++b) {
                const cv::Point2f c(boxes[b].x + boxes[b].width / 2,
                                    boxes[b].y + boxes[b].height / 2);
                const double d = cv::norm(
                    c - cv::Point2f(target.x, target.y + 0.5f * float(iod * scale)));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = int(b);
                }
            }
            if (best < 0 || bestDistance > 0.8 * iod * scale) {
                report.rejected << label + QStringLiteral(": ")
                                       + tr("not found again after reframing");
                continue;
            }
            face.landmarks = finder.landmarks(face.frame, boxes[size_t(best)]);
            report.faces.push_back(std::move(face));
        }
    }
    finder.setDetectSide(savedSide);
    if (progress)
        progress(int(photos.size()), int(photos.size()));
    return report;
}

} // namespace fm
