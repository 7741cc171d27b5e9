#include "synthclip.h"

#include "common/modellocator.h"
#include "face/faceqa.h"
#include "motion/clipanalyzer.h"
#include "video/clipwriter.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fm::testing {

Result<FaceFrame> demoFace(cv::Size size, int rank)
{
    const Result<QString> dir = ModelLocator::demoPhotoDir();
    if (!dir)
        return dir.error();
    struct Candidate
    {
        QString path;
        FaceShape face;
        double score; ///< |yaw| + |roll|: most frontal first
    };
    // The photos are searched once per test process.
    static std::vector<Candidate> candidates;
    static bool searched = false;
    if (!searched) {
        auto analyzer = ClipAnalyzer::create();
        if (!analyzer)
            return analyzer.error();
        const QStringList names
            = QDir(dir.value()).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = QDir(dir.value()).filePath(name);
            const cv::Mat image = cv::imread(QFile::encodeName(path).toStdString());
            for (const FaceShape &f : analyzer.value()->findFaces(image, 120)) {
                const HeadPose pose = FaceQa::headPose(f.points, image.size());
                if (!pose.valid || std::abs(pose.yaw) > 25 || std::abs(pose.roll) > 15
                    || f.box.width < 150)
                    continue;
                candidates.push_back(Candidate{path, f, std::abs(pose.yaw) + std::abs(pose.roll)});
            }
        }
        searched = true;
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    if (rank >= int(candidates.size()))
        return Error{QStringLiteral("no frontal demo face of rank %1").arg(rank)};
    const Candidate &c = candidates[size_t(rank)];
    const cv::Mat photo = cv::imread(QFile::encodeName(c.path).toStdString());
    // Face box ~0.4 of the frame height, centred a little above the middle.
    const double scale = 0.4 * size.height / c.face.box.height;
    const cv::Point2f centre(c.face.box.x + c.face.box.width / 2,
                             c.face.box.y + c.face.box.height / 2);
    const cv::Matx23d t(scale, 0, size.width / 2.0 - scale * centre.x, 0, scale,
                        size.height * 0.45 - scale * centre.y);
    FaceFrame face;
    cv::warpAffine(photo, face.image, cv::Mat(t), size, cv::INTER_CUBIC, cv::BORDER_REFLECT);
    for (size_t k = 0; k < 68; ++k) {
        const cv::Point2f p = c.face.points[k];
        face.points[k] = cv::Point2f(float(t(0, 0) * p.x + t(0, 2)), float(t(1, 1) * p.y + t(1, 2)));
    }
    face.source = c.path;
    // Portrait-style background blur so other people in the group photo are not faces any
    // more: the clip then has exactly one person, the one whose motion is known.
    const cv::Rect2f box(float(t(0, 0) * c.face.box.x + t(0, 2)),
                         float(t(1, 1) * c.face.box.y + t(1, 2)), float(scale * c.face.box.width),
                         float(scale * c.face.box.height));
    cv::Mat mask(size, CV_32F, cv::Scalar(0));
    cv::ellipse(mask, cv::Point(int(box.x + box.width / 2), int(box.y + box.height * 0.45f)),
                cv::Size(int(box.width * 0.85f), int(box.height * 1.1f)), 0, 0, 360, cv::Scalar(1),
                cv::FILLED);
    cv::GaussianBlur(mask, mask, cv::Size(0, 0), box.width * 0.1);
    cv::Mat blurred;
    cv::GaussianBlur(face.image, blurred, cv::Size(0, 0), 12);
    cv::Mat sharpF, blurF, mask3;
    face.image.convertTo(sharpF, CV_32FC3);
    blurred.convertTo(blurF, CV_32FC3);
    cv::cvtColor(mask, mask3, cv::COLOR_GRAY2BGR);
    cv::Mat mixed = sharpF.mul(mask3) + blurF.mul(cv::Scalar(1, 1, 1) - mask3);
    mixed.convertTo(face.image, CV_8UC3);
    return face;
}

namespace {

double interOcular(const Landmarks68 &p)
{
    cv::Point2f l(0, 0), r(0, 0);
    for (int i = 0; i < 6; ++i) {
        l += p[size_t(36 + i)];
        r += p[size_t(42 + i)];
    }
    return cv::norm((r - l) / 6.f);
}

} // namespace

MotionRenderer::MotionRenderer(const FaceFrame &face, const SyntheticMotion &motion)
    : m_face(face), m_motion(motion), m_rng(motion.seed)
{
    const Landmarks68 &p = face.points;
    const double iod = interOcular(p);
    const double amount = motion.amplitude * iod;
    // Control points: moved landmarks with their displacement, fixed ones with zero.
    std::vector<cv::Point2f> at;
    std::vector<cv::Point2f> move;
    const auto add = [&](int k, double dx, double dy) {
        // A fixed point right next to a moving one (closed or pursed lips) would make the
        // interpolation ill-posed: moving points are added first and win.
        for (size_t i = 0; i < at.size(); ++i) {
            if (cv::norm(at[i] - p[size_t(k)]) < 0.12 * iod
                && cv::norm(move[i] - cv::Point2f(float(dx), float(dy))) > 0.05 * iod)
                return;
        }
        at.push_back(p[size_t(k)]);
        move.emplace_back(float(dx), float(dy));
    };
    if (motion.region == SyntheticMotion::Mouth) {
        // Jaw drops: lower lip and chin down, corners a little, upper lip stays.
        for (int k = 5; k <= 11; ++k)
            add(k, 0, amount * (1.0 - std::abs(k - 8) * 0.12));
        for (int k : {56, 57, 58, 65, 66, 67})
            add(k, 0, amount);
        for (int k : {55, 59})
            add(k, 0, amount * 0.7);
        for (int k : {48, 54, 60, 64})
            add(k, 0, amount * 0.3);
        for (int k : {49, 50, 51, 52, 53, 61, 62, 63, 27, 30, 31, 33, 35, 36, 39, 42, 45, 0, 16})
            add(k, 0, 0);
    } else if (motion.region == SyntheticMotion::Brows) {
        for (int k = 17; k <= 26; ++k)
            add(k, 0, -amount * 0.6);
        for (int k : {36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 27, 30, 33, 0, 16, 8, 48, 54})
            add(k, 0, 0);
    }
    m_dx = cv::Mat::zeros(face.image.size(), CV_32F);
    m_dy = cv::Mat::zeros(face.image.size(), CV_32F);
    if (at.empty())
        return;
    // Gaussian RBF interpolation: solve weights so the field passes through every control.
    const int n = int(at.size());
    const double sigma = 0.3 * iod;
    cv::Mat a(n, n, CV_64F), bx(n, 1, CV_64F), by(n, 1, CV_64F), wx, wy;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const cv::Point2f d = at[size_t(i)] - at[size_t(j)];
            a.at<double>(i, j) = std::exp(-(d.x * d.x + d.y * d.y) / (2 * sigma * sigma));
        }
        a.at<double>(i, i) += 1e-3;
        bx.at<double>(i) = move[size_t(i)].x;
        by.at<double>(i) = move[size_t(i)].y;
    }
    cv::solve(a, bx, wx, cv::DECOMP_SVD);
    cv::solve(a, by, wy, cv::DECOMP_SVD);
    for (int y = 0; y < m_dx.rows; ++y) {
        for (int x = 0; x < m_dx.cols; ++x) {
            double sx = 0, sy = 0;
            for (int i = 0; i < n; ++i) {
                const double ddx = x - at[size_t(i)].x, ddy = y - at[size_t(i)].y;
                const double r2 = ddx * ddx + ddy * ddy;
                if (r2 > 16 * sigma * sigma)
                    continue;
                const double g = std::exp(-r2 / (2 * sigma * sigma));
                sx += wx.at<double>(i) * g;
                sy += wy.at<double>(i) * g;
            }
            m_dx.at<float>(y, x) = float(sx);
            m_dy.at<float>(y, x) = float(sy);
        }
    }
}

double MotionRenderer::strength(int t) const
{
    const SyntheticMotion &m = m_motion;
    if (m.region == SyntheticMotion::None || t < m.onset || t > m.offset)
        return 0.0;
    if (t < m.apexStart)
        return 0.5 - 0.5 * std::cos(M_PI * (t - m.onset + 1) / double(m.apexStart - m.onset + 1));
    if (t <= m.apexEnd)
        return 1.0;
    return 0.5 + 0.5 * std::cos(M_PI * (t - m.apexEnd) / double(m.offset + 1 - m.apexEnd));
}

cv::Mat MotionRenderer::frame(int t)
{
    const double s = strength(t);
    cv::Mat warped;
    if (s > 0) {
        // Backward map: output pixel x samples the rest face at x - s*D(x).
        cv::Mat mapX(m_dx.size(), CV_32F), mapY(m_dx.size(), CV_32F);
        for (int y = 0; y < mapX.rows; ++y) {
            const float *dx = m_dx.ptr<float>(y);
            const float *dy = m_dy.ptr<float>(y);
            float *mx = mapX.ptr<float>(y);
            float *my = mapY.ptr<float>(y);
            for (int x = 0; x < mapX.cols; ++x) {
                mx[x] = float(x - s * dx[x]);
                my[x] = float(y - s * dy[x]);
            }
        }
        cv::remap(m_face.image, warped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    } else {
        warped = m_face.image.clone();
    }
    if (m_motion.jitterPx > 0) {
        const double angle = m_rng.gaussian(0.3); // degrees
        cv::Matx23d j = cv::getRotationMatrix2D(cv::Point2f(warped.cols / 2.f, warped.rows / 2.f),
                                                angle, 1.0 + m_rng.gaussian(0.003));
        j(0, 2) += m_rng.gaussian(m_motion.jitterPx);
        j(1, 2) += m_rng.gaussian(m_motion.jitterPx);
        cv::warpAffine(warped, warped, cv::Mat(j), warped.size(), cv::INTER_LINEAR,
                       cv::BORDER_REFLECT);
    }
    if (m_motion.noise > 0) {
        cv::Mat noise(warped.size(), CV_16SC3);
        m_rng.fill(noise, cv::RNG::NORMAL, 0, m_motion.noise);
        cv::Mat sum;
        warped.convertTo(sum, CV_16SC3);
        sum += noise;
        sum.convertTo(warped, CV_8UC3);
    }
    return warped;
}

Result<QString> writeSyntheticClip(const QString &path, const FaceFrame &face,
                                   const SyntheticMotion &motion, double fps)
{
    auto writer = ClipWriter::create(path, QSize(face.image.cols, face.image.rows), fps);
    if (!writer)
        return writer.error();
    MotionRenderer renderer(face, motion);
    for (int t = 0; t < motion.frames; ++t) {
        if (!writer.value()->write(renderer.frame(t)))
            return Error{writer.value()->lastError()};
    }
    return writer.value()->finish();
}

} // namespace fm::testing
