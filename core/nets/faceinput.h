#pragma once

#include <opencv2/core/mat.hpp>

namespace fm {

/**
 * Input assembly of face-api's NetInput.toBatchTensor (spec/face-networks.md §3): RGB float
 * pixels in [0,255], zero padding to a square in raw pixel space, then TF's legacy bilinear
 * resize (alignCorners=false, halfPixelCenters=false). Torch-free so tests can check it alone.
 */
namespace faceinput {

/** An 8-bit BGR, BGRA or grey image as CV_32FC3 RGB in [0,255]; CV_32FC3 input is cloned. */
cv::Mat toRgbFloat(const cv::Mat &bgr);

/**
 * Pads a CV_32FC3 image with zeros to a square. Centered: `after = round(diff/2)` appended
 * after, the rest before (face-api tensor path); otherwise everything goes bottom/right.
 */
cv::Mat padToSquare(const cv::Mat &rgb, bool centered);

/** TF1 legacy bilinear resize of a CV_32FC3 image: src = dst * in / out, edge-clamped. */
cv::Mat resizeBilinearLegacy(const cv::Mat &rgb, int width, int height);

/** padToSquare then resizeBilinearLegacy to size x size (skipped when already that size). */
cv::Mat assemble(const cv::Mat &rgb, int size, bool centered);

} // namespace faceinput

} // namespace fm
