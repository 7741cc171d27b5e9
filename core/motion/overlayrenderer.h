#pragma once

#include "common/error.h"
#include "motion/clipanalysis.h"

#include <atomic>
#include <functional>

namespace cv {
class Mat;
}

namespace fm {

/**
 * Draws an analysis onto its clip so a person can check it by eye: face box (green when it
 * passes FaceQA, orange when not), the 68 landmarks joined in the iBUG chains, QA figures,
 * the motion state (rest / onset / apex / offset), the aligned crop and an energy strip
 * with onset, apex and offset markers.
 */
class OverlayRenderer
{
public:
    explicit OverlayRenderer(const ClipAnalysis &analysis) : m_analysis(analysis) {}

    /** Draws frame `index` of the analysis onto `image` (the clip's frame). */
    void draw(cv::Mat &image, int index) const;

    /** The motion state name of frame `index`: "rest", "onset", "apex", "offset", "no face". */
    QString stateOf(int index) const;

    /** Re-reads the clip and writes the annotated video to `path` (atomically). */
    Result<QString> render(const QString &path,
                           const std::function<bool(int done, int total)> &progress = {},
                           const std::atomic<bool> *cancel = nullptr) const;

private:
    const ClipAnalysis &m_analysis;
};

} // namespace fm
