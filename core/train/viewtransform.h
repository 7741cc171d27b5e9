#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace fm {

/**
 * The image transform of one SS twin view (seed 001 §3.3): colour distortion (brightness,
 * contrast, saturation, hue, sometimes grey) and Gaussian blur, drawn once per clip and view and
 * applied alike to every frame, so the twin differs in appearance but not in motion. No random
 * crop: the face must stay whole and at the same scale (§3.3).
 */
struct ViewTransform
{
    double brightness = 0; ///< added to every channel, in units of full scale (±0.4)
    double contrast = 1;   ///< scales around the image mean (0.6..1.4)
    double saturation = 1; ///< scales the distance from grey (0.6..1.4)
    double hue = 0;        ///< hue rotation in turns (±0.1)
    bool grey = false;     ///< replaced by its luminance (probability 0.2)
    double blurSigma = 0;  ///< Gaussian blur in pixels of a 112 px crop (0 = none; 0.1..2.0)

    /** A transform drawn from the SimCLR-style distributions with our own arithmetic, so the
        same seed gives the same transform on every platform. One that would change nothing
        jitters colours anyway, so every view differs from its clip. */
    static ViewTransform random(std::uint64_t seed);
    /** The transform of view `view` (1-based) of the clip with content hash `clipHash`. */
    static ViewTransform forClip(const QString &clipHash, int view);

    /** Applies the transform to an 8-bit BGR (grey, BGRA) image; returns a new BGR image. */
    cv::Mat apply(const cv::Mat &bgr) const;
};

/** Feature-cache crop settings of view `view` (1-based) made from crops `cropSettings`. */
QString viewCropSettings(const QString &cropSettings, int view);

} // namespace fm
