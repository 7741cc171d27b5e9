#include "identitydescriptor.h"

#include "facerecognizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::IdentityDescriptor", text);
}

} // namespace

Result<std::vector<float>> IdentityDescriptor::median(const cv::Mat &descriptors,
                                                      const std::vector<bool> &good)
{
    if (descriptors.empty() || descriptors.type() != CV_32F)
        return Error{tr("No face descriptors to combine.")};
    if (!good.empty() && int(good.size()) != descriptors.rows)
        return Error{tr("The good-frame flags do not match the number of descriptors.")};
    std::vector<int> rows;
    for (int r = 0; r < descriptors.rows; ++r) {
        if (good.empty() || good[size_t(r)])
            rows.push_back(r);
    }
    if (rows.empty())
        return Error{tr("The clip has no good frames to describe the face.")};
    std::vector<float> result(size_t(descriptors.cols));
    std::vector<float> column(rows.size());
    for (int c = 0; c < descriptors.cols; ++c) {
        for (size_t i = 0; i < rows.size(); ++i)
            column[i] = descriptors.at<float>(rows[i], c);
        const size_t mid = column.size() / 2;
        std::nth_element(column.begin(), column.begin() + long(mid), column.end());
        float value = column[mid];
        if (column.size() % 2 == 0) {
            // Even count: mean of the two middle values.
            const float below = *std::max_element(column.begin(), column.begin() + long(mid));
            value = 0.5f * (value + below);
        }
        result[size_t(c)] = value;
    }
    return result;
}

Result<ClipIdentity> IdentityDescriptor::forClip(const FaceRecognizer &recognizer,
                                                 const std::vector<cv::Mat> &frames,
                                                 const std::vector<Landmarks68> &landmarks,
                                                 const std::vector<bool> &good)
{
    if (frames.size() != landmarks.size() || (!good.empty() && good.size() != frames.size()))
        return Error{tr("Frames, landmarks and good-frame flags differ in length.")};
    std::vector<cv::Mat> crops;
    for (size_t i = 0; i < frames.size(); ++i) {
        if (!good.empty() && !good[i])
            continue;
        if (frames[i].empty())
            continue;
        cv::Mat crop = FaceRecognizer::alignedCrop(frames[i], landmarks[i]);
        if (!crop.empty())
            crops.push_back(crop);
    }
    if (crops.empty())
        return Error{tr("The clip has no good frames to describe the face.")};
    const Result<cv::Mat> descriptors = recognizer.descriptors(crops);
    if (!descriptors)
        return descriptors.error();
    const Result<std::vector<float>> med = median(descriptors.value());
    if (!med)
        return med.error();
    return ClipIdentity{med.value(), int(crops.size())};
}

float IdentityDescriptor::distance(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size() || a.empty())
        return std::numeric_limits<float>::infinity();
    return FaceRecognizer::distance(a.data(), b.data(), int(a.size()));
}

} // namespace fm
