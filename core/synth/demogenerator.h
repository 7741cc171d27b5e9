#pragma once

#include "common/error.h"
#include "synth/motionscript.h"

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace fm {

/** What demo dataset to make. */
struct DemoOptions
{
    enum class Size { Small, Full };
    Size size = Size::Small;
    quint64 seed = 1;
    QStringList photos; ///< source photos; empty: face-api's demo photos
    QSize frameSize{640, 480};
    double fps = 30.0;
    int repetitions = 10;
    int maxSubjects = 0; ///< 0: 8 for small, every usable face for full
    int threads = 0;     ///< 0: one per core
};

/** Ground truth of one generated clip (written next to it as <clip>.truth.json). */
struct DemoClipTruth
{
    QString subject;
    QString sourcePhoto;
    MotionSpec motion;
    int repetition = 0; ///< 1-based
    QString file;       ///< relative to the output folder
    int frames = 0;
    double fps = 30.0;
    int onset = 0, apex = 0, offset = 0;
    RepetitionParams params;
    quint64 seed = 0;
    bool excludeExpected() const
    {
        return params.hardCase == HardCase::Tongue || params.hardCase == HardCase::MicroExpression;
    }
    QJsonObject toJson() const;
};

/** What generate() made. */
struct DemoSummary
{
    int subjects = 0;
    int motions = 0;
    int clips = 0;
    int frames = 0;
    QStringList notes;    ///< e.g. how many usable faces were found and which were rejected
    QString manifestPath; ///< demo-manifest.json
    std::vector<DemoClipTruth> truths;
};

/**
 * Makes a labelled facial-motion dataset from real face photos: each usable face becomes a
 * subject with its own chosen facial motions (single and compound actions) and lip movements,
 * ten varied repetitions each, rendered by FaceWarper into real video files with ground truth.
 * Deterministic for a seed. Layout: OUT/media/<subject>/<motion>/repNN.mp4 (+ .truth.json),
 * OUT/demo-manifest.json.
 */
class DemoGenerator
{
public:
    /** progress(phase, done, total); called on the thread that runs generate(). */
    using Progress = std::function<void(const QString &phase, int done, int total)>;

    explicit DemoGenerator(DemoOptions options) : m_options(std::move(options)) {}

    Result<DemoSummary> generate(const QString &outDir, const Progress &progress = {},
                                 const std::atomic<bool> *cancel = nullptr) const;

private:
    DemoOptions m_options;
};

/** The words lip movements are drawn from. */
QStringList demoWords();

} // namespace fm
