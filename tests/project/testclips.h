#pragma once
// Small real clips for the project tests, written at run time with fm::ClipWriter.

#include "video/clipwriter.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace fmtest {

/** A 64x48 video of `frames` frames whose colours depend on `variant` (distinct content). */
inline bool writeVideo(const QString &path, int variant, int frames = 10)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto writer = fm::ClipWriter::create(path, QSize(64, 48), 25.0);
    if (!writer)
        return false;
    for (int f = 0; f < frames; ++f) {
        cv::Mat frame(48, 64, CV_8UC3,
                      cv::Scalar(variant % 251, (variant / 251) % 251, (f * 20) % 256));
        cv::rectangle(frame, cv::Rect((variant * 7 + f) % 56, (variant * 3) % 40, 8, 8),
                      cv::Scalar(255, 255, 255), cv::FILLED);
        writer.value()->write(frame);
    }
    return bool(writer.value()->finish());
}

/** A 320x240 video of random noise (about 30 KB a frame), different for each `seed`. */
inline bool writeNoiseVideo(const QString &path, int seed, int frames = 30)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto writer = fm::ClipWriter::create(path, QSize(320, 240), 25.0);
    if (!writer)
        return false;
    cv::RNG rng(quint64(seed) + 1);
    cv::Mat frame(240, 320, CV_8UC3);
    for (int f = 0; f < frames; ++f) {
        rng.fill(frame, cv::RNG::UNIFORM, 0, 256);
        writer.value()->write(frame);
    }
    return bool(writer.value()->finish());
}

/** An image-sequence folder of `frames` PNGs. */
inline bool writeSequence(const QString &folder, int variant, int frames = 5)
{
    QDir().mkpath(folder);
    for (int f = 0; f < frames; ++f) {
        cv::Mat frame(48, 64, CV_8UC3, cv::Scalar(variant % 256, f * 30, 100));
        const QString path = QDir(folder).filePath(QStringLiteral("frame%1.png").arg(f + 1));
        if (!cv::imwrite(QFile::encodeName(path).toStdString(), frame))
            return false;
    }
    return true;
}

} // namespace fmtest
