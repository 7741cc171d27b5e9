#pragma once

#include "face/facetypes.h"

#include <QString>

#include <vector>

namespace fm {

/** Settings of the onset/apex/offset search. */
struct MotionOptions
{
    /** Sliding-window sizes in frames at 30 fps (scaled to the clip's frame rate). */
    std::vector<int> windowSizes = {5, 9, 15};
    /** Smallest peak displacement (RMS over the 68 points, in inter-ocular distances). */
    double minAmplitude = 0.02;
    /** Smallest peak displacement in units of the landmark noise. */
    double minSignalToNoise = 6.0;
    /** Longest closure of both eyes (frames at 30 fps) treated as an incidental blink. */
    int maxBlinkFrames = 8;
    /** Onset/offset: the motion lasts while above this fraction of its peak (noise units)... */
    double lowFraction = 0.1;
    /** ...then on down the slope while it falls by more than this fraction per frame. */
    double slopeFraction = 0.02;
    /** A clip that ends on a plateau below this fraction of the peak has settled there. */
    double settleFraction = 0.3;
};

/** Outcome of motion spotting. */
enum class MotionStatus {
    Found,    ///< onset, apex and offset are set
    NoMotion, ///< the face stays still (within landmark noise)
    TooShort, ///< too few frames with a face to tell
};

/** The motion energy of one facial region (brows, eyes, nose, mouth, jaw). */
struct RegionEnergy
{
    QString name;
    std::vector<double> energy;    ///< per frame, inter-ocular distances
    double peakDisplacement = 0.0; ///< largest RMS displacement from the neutral shape
};

/** Where a clip's facial motion starts, peaks and ends. */
struct MotionSpot
{
    MotionStatus status = MotionStatus::TooShort;
    int onset = -1;                   ///< first frame that moves away from the neutral face
    int apex = -1;                    ///< frame of largest displacement
    int offset = -1;                  ///< last frame before the face is back at rest
    double confidence = 0.0;          ///< 0..1
    QString message;                  ///< translated one-line explanation
    std::vector<double> energy;       ///< multi-window landmark SD per frame (inter-ocular units)
    std::vector<double> displacement; ///< RMS distance from the neutral shape per frame
    double noiseLevel = 0.0;          ///< landmark noise (SD of the displacement at rest)
    double peakDisplacement = 0.0;
    QString dominantRegion;
    std::vector<RegionEnergy> regions;

    bool found() const { return status == MotionStatus::Found; }
};

/**
 * Finds onset, apex and offset from per-frame 68-point landmarks: removes rigid head motion
 * (similarity alignment on stable points to a reference shape, scale = inter-ocular distance),
 * computes the landmark motion energy (coordinate standard deviation over sliding windows of
 * several sizes), separates rest from motion with a noise estimate from the quietest frames,
 * then times onset and offset on the displacement from the neutral (rest) shape.
 */
class MotionSpotter
{
public:
    explicit MotionSpotter(MotionOptions options = {}) : m_options(options) {}

    /** `present[i]` says whether frame i has landmarks; missing frames are interpolated. */
    MotionSpot spot(const std::vector<Landmarks68> &points, const std::vector<bool> &present,
                    double fps) const;

    /** Similarity-aligns `shape` to `reference` using the stable points (nose, eye corners). */
    static Landmarks68 alignRigid(const Landmarks68 &shape, const Landmarks68 &reference);

    static QString statusName(MotionStatus status);

private:
    MotionOptions m_options;
};

/** The translated name of a face region ("brows", "eyes", "nose", "mouth", "jaw"). */
QString regionLabel(const QString &name);

} // namespace fm
