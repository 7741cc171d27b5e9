#include "facewarper.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fm {

namespace {

cv::Point2f eyeCentre(const Landmarks68 &p, int first)
{
    cv::Point2f c(0, 0);
    for (int i = first; i < first + 6; ++i)
        c += p[i] * (1.0f / 6.0f);
    return c;
}

int nearestIndex(const std::vector<cv::Point2f> &points, const cv::Point2f &q)
{
    int best = -1;
    float bestDist = 0.5f; // Subdiv2D returns the inserted coordinates exactly
    for (size_t i = 0; i < points.size(); ++i) {
        const float d = std::abs(points[i].x - q.x) + std::abs(points[i].y - q.y);
        if (d < bestDist) {
            bestDist = d;
            best = int(i);
        }
    }
    return best;
}

} // namespace

FaceWarper::FaceWarper(const cv::Mat &baseFrame, const Landmarks68 &neutral)
    : m_base(baseFrame.clone()), m_neutral(neutral)
{
    const cv::Point2f left = eyeCentre(neutral, 36);
    const cv::Point2f right = eyeCentre(neutral, 42);
    const cv::Point2f axis = right - left;
    m_iod = std::max(1.0f, float(std::hypot(axis.x, axis.y)));
    const cv::Point2f ex = axis * (1.0f / m_iod);
    const cv::Point2f ey(-ex.y, ex.x);
    const cv::Point2f centre = (left + right) * 0.5f + ey * (0.5f * m_iod);

    const float w = float(m_base.cols - 1), h = float(m_base.rows - 1);
    auto inside = [&](cv::Point2f p) {
        return cv::Point2f(std::clamp(p.x, 0.0f, w), std::clamp(p.y, 0.0f, h));
    };
    m_points.assign(neutral.begin(), neutral.end());
    // A fixed ring around the face keeps deformation local; forehead included.
    const int ringPoints = 20;
    for (int k = 0; k < ringPoints; ++k) {
        const float a = float(2 * M_PI * k / ringPoints);
        const cv::Point2f p = centre + ex * (1.75f * m_iod * std::cos(a))
                              + ey * (2.1f * m_iod * std::sin(a));
        m_points.push_back(inside(p));
    }
    for (const cv::Point2f &p :
         {cv::Point2f(0, 0), cv::Point2f(w / 2, 0), cv::Point2f(w, 0), cv::Point2f(w, h / 2),
          cv::Point2f(w, h), cv::Point2f(w / 2, h), cv::Point2f(0, h), cv::Point2f(0, h / 2)})
        m_points.push_back(p);
    // Drop anchors that coincide with earlier points (clamped to the same border spot).
    for (size_t i = 68; i < m_points.size();) {
        bool duplicate = false;
        for (size_t j = 0; j < i && !duplicate; ++j)
            duplicate = cv::norm(m_points[i] - m_points[j]) < 2.0;
        if (duplicate)
            m_points.erase(m_points.begin() + long(i));
        else
            ++i;
    }

    cv::Subdiv2D subdiv(cv::Rect(-1, -1, m_base.cols + 2, m_base.rows + 2));
    for (const cv::Point2f &p : m_points)
        subdiv.insert(p);
    std::vector<cv::Vec6f> list;
    subdiv.getTriangleList(list);
    for (const cv::Vec6f &t : list) {
        const int a = nearestIndex(m_points, {t[0], t[1]});
        const int b = nearestIndex(m_points, {t[2], t[3]});
        const int c = nearestIndex(m_points, {t[4], t[5]});
        if (a >= 0 && b >= 0 && c >= 0 && a != b && b != c && a != c)
            m_triangles.emplace_back(a, b, c);
    }

    m_neutralGap = (cv::norm(neutral[66] - neutral[62]) + 0.5 * cv::norm(neutral[65] - neutral[63])
                    + 0.5 * cv::norm(neutral[67] - neutral[61]))
                   / 2.0;
}

cv::Mat FaceWarper::render(const LandmarkOffsets &offsets, bool tongue) const
{
    cv::Mat out = m_base.clone();
    std::vector<cv::Point2f> dst = m_points;
    for (int i = 0; i < 68; ++i)
        dst[i] += offsets[i];
    const cv::Rect frameRect(0, 0, m_base.cols, m_base.rows);

    for (const cv::Vec3i &t : m_triangles) {
        bool moved = false;
        for (int k = 0; k < 3; ++k)
            moved = moved || (t[k] < 68 && cv::norm(offsets[t[k]]) > 0.02);
        if (!moved)
            continue;
        const cv::Point2f s[3] = {m_points[t[0]], m_points[t[1]], m_points[t[2]]};
        const cv::Point2f d[3] = {dst[t[0]], dst[t[1]], dst[t[2]]};
        const cv::Rect rs = (cv::boundingRect(std::vector<cv::Point2f>(s, s + 3)) + cv::Size(4, 4)
                             - cv::Point(2, 2))
                            & frameRect;
        const cv::Rect rd = cv::boundingRect(std::vector<cv::Point2f>(d, d + 3)) & frameRect;
        if (rs.empty() || rd.empty())
            continue;
        cv::Point2f sl[3], dl[3];
        for (int k = 0; k < 3; ++k) {
            sl[k] = s[k] - cv::Point2f(float(rs.x), float(rs.y));
            dl[k] = d[k] - cv::Point2f(float(rd.x), float(rd.y));
        }
        const cv::Mat affine = cv::getAffineTransform(sl, dl);
        cv::Mat patch;
        cv::warpAffine(m_base(rs), patch, affine, rd.size(), cv::INTER_LINEAR,
                       cv::BORDER_REFLECT_101);
        cv::Mat mask = cv::Mat::zeros(rd.size(), CV_8U);
        cv::Point dli[3];
        for (int k = 0; k < 3; ++k)
            dli[k] = cv::Point(int(std::lround(dl[k].x)), int(std::lround(dl[k].y)));
        cv::fillConvexPoly(mask, dli, 3, cv::Scalar(255), cv::LINE_8);
        patch.copyTo(out(rd), mask);
    }
    paintMouth(out, dst, tongue);
    return out;
}

void FaceWarper::paintMouth(cv::Mat &frame, const std::vector<cv::Point2f> &dst, bool tongue) const
{
    std::vector<cv::Point2f> inner(dst.begin() + 60, dst.begin() + 68);
    // How far the lips part beyond the neutral gap, in eye distances (stretching the mouth
    // sideways or pressing it changes the area, not the gap).
    const double gap = (cv::norm(dst[66] - dst[62]) + 0.5 * cv::norm(dst[65] - dst[63])
                        + 0.5 * cv::norm(dst[67] - dst[61]))
                       / 2.0;
    const double opening = (gap - m_neutralGap) / double(m_iod);
    if (opening < 0.015)
        return;
    const cv::Rect box = (cv::boundingRect(inner) + cv::Size(6, 6) - cv::Point(3, 3))
                         & cv::Rect(0, 0, frame.cols, frame.rows);
    if (box.empty())
        return;
    std::vector<cv::Point> poly;
    for (const cv::Point2f &p : inner)
        poly.emplace_back(int(std::lround(p.x)) - box.x, int(std::lround(p.y)) - box.y);

    cv::Mat mask = cv::Mat::zeros(box.size(), CV_8U);
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255), cv::LINE_AA);
    cv::GaussianBlur(mask, mask, cv::Size(3, 3), 0);

    // Dark mouth cavity, a band of upper teeth, optionally a tongue.
    cv::Mat cavity(box.size(), CV_8UC3, cv::Scalar(30, 28, 55));
    const cv::Point2f upperMid = dst[62] - cv::Point2f(float(box.x), float(box.y));
    const float mouthWidth = float(cv::norm(dst[64] - dst[60]));
    const float teeth = std::min(0.06f * m_iod, float(cv::norm(dst[66] - dst[62])) * 0.3f);
    cv::ellipse(cavity, cv::Point(int(upperMid.x), int(upperMid.y)),
                cv::Size(int(mouthWidth * 0.42f), std::max(1, int(teeth))), 0, 0, 180,
                cv::Scalar(180, 192, 205), cv::FILLED, cv::LINE_AA);
    if (tongue) {
        const cv::Point2f lowerMid = dst[66] - cv::Point2f(float(box.x), float(box.y));
        cv::ellipse(cavity, cv::Point(int(lowerMid.x), int(lowerMid.y - teeth * 0.5f)),
                    cv::Size(int(mouthWidth * 0.33f), int(std::max(3.0f, 0.16f * m_iod))), 0, 180,
                    360, cv::Scalar(120, 110, 215), cv::FILLED, cv::LINE_AA);
    }
    const float alpha = float(std::clamp((opening - 0.015) / 0.05, 0.0, 1.0));
    cv::Mat roi = frame(box);
    for (int y = 0; y < box.height; ++y) {
        const uchar *m = mask.ptr<uchar>(y);
        const cv::Vec3b *c = cavity.ptr<cv::Vec3b>(y);
        cv::Vec3b *o = roi.ptr<cv::Vec3b>(y);
        for (int x = 0; x < box.width; ++x) {
            const float a = alpha * m[x] / 255.0f;
            if (a <= 0)
                continue;
            for (int ch = 0; ch < 3; ++ch)
                o[x][ch] = cv::saturate_cast<uchar>(o[x][ch] * (1 - a) + c[x][ch] * a);
        }
    }
}

cv::Mat filmFrame(const cv::Mat &rendered, const Landmarks68 &neutral, const RepetitionParams &p,
                  int frame, int frameCount, cv::RNG &noise)
{
    // Slow head drift: rotation, scale and translation around the face centre.
    const cv::Point2f centre = (neutral[27] + neutral[8]) * 0.5f;
    const double phase = p.driftPhase + 2 * M_PI * frame / 75.0;
    const double angle = p.driftRotDeg * std::sin(phase);
    const double scale = 1.0 + p.driftScale * std::sin(phase * 0.7 + 1.0);
    cv::Mat m = cv::getRotationMatrix2D(centre, angle, scale);
    m.at<double>(0, 2) += p.driftX * std::sin(phase * 0.9 + 2.0);
    m.at<double>(1, 2) += p.driftY * std::sin(phase * 1.1 + 0.5);
    cv::Mat moved;
    cv::warpAffine(rendered, moved, m, rendered.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);

    // Lighting that changes a little over the clip, then sensor noise.
    const double progress = frameCount > 1 ? double(frame) / (frameCount - 1) : 0;
    const double gain = p.gain * (1.0 + 0.06 * (progress - 0.5));
    cv::Mat lit;
    moved.convertTo(lit, CV_16SC3, gain, p.bias);
    cv::Mat grain(rendered.size(), CV_16SC3);
    noise.fill(grain, cv::RNG::NORMAL, 0, p.noiseSigma);
    lit += grain;
    cv::Mat out;
    lit.convertTo(out, CV_8UC3);
    return out;
}

} // namespace fm
