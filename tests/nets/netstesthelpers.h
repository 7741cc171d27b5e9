#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace fm::testing {

/** reference-outputs.json, copied from shared/spec into tests/nets/data. */
inline QJsonObject referenceOutputs()
{
    QFile file(QStringLiteral(FM_SOURCE_DIR "/tests/nets/data/reference-outputs.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline std::vector<float> referenceVector(const QJsonObject &json, const QString &key)
{
    std::vector<float> values;
    for (const QJsonValue &v : json.value(key).toArray())
        values.push_back(float(v.toDouble()));
    return values;
}

/** v[y][x][c] = round(127.5 + 127.5 sin(0.05 x (c+1) + 0.07 y + c)), RGB, CV_32FC3. */
inline cv::Mat syntheticInput(int height, int width)
{
    cv::Mat m(height, width, CV_32FC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < 3; ++c) {
                const double v = 127.5 + 127.5 * std::sin(0.05 * x * (c + 1) + 0.07 * y + c);
                m.at<cv::Vec3f>(y, x)[c] = float(std::floor(v + 0.5)); // JS Math.round
            }
        }
    }
    return m;
}

inline double maxAbsDiff(const float *a, const std::vector<float> &b)
{
    double worst = 0.0;
    for (size_t i = 0; i < b.size(); ++i)
        worst = std::max(worst, std::abs(double(a[i]) - double(b[i])));
    return worst;
}

} // namespace fm::testing
