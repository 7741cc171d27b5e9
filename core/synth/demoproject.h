#pragma once

#include "common/error.h"
#include "synth/demogenerator.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace fm {

/** Automatic onset/offset against the generator's ground truth, in frames. */
struct SpottingAccuracy
{
    int clips = 0;  ///< clips with a found motion and a truth
    int missed = 0; ///< clips where the analysis found no motion
    double onsetMedian = 0, onsetP90 = 0;
    double offsetMedian = 0, offsetP90 = 0;
};

/** What createDemoProject() made. */
struct DemoProjectSummary
{
    DemoSummary generated;
    int imported = 0;
    int analysed = 0;
    int analysisFailures = 0;
    SpottingAccuracy accuracy; ///< on clips without hard cases
    double generateSeconds = 0, importSeconds = 0, analyseSeconds = 0;
    QString truthManifest; ///< cache/demo/demo-manifest.json
};

/**
 * Makes a complete demo project in `projectDir` (which must not hold a project yet):
 * generates the clips (DemoGenerator) into a staging folder, creates the project with its
 * subjects and motions (kinds, words, compound parts), imports the clips (copied into media/),
 * analyses every clip in parallel (faces, landmarks, FaceQA, onset/apex/offset stored as the
 * automatic annotation, per-frame results in cache/analysis/) and keeps the ground truth in
 * cache/demo/. Reviews stay pending: the reviewer's work is left to do.
 * Progress phases: finding faces, rendering, importing, analysing.
 */
Result<DemoProjectSummary> createDemoProject(const QString &projectDir, const DemoOptions &options,
                                             const DemoGenerator::Progress &progress = {},
                                             const std::atomic<bool> *cancel = nullptr);

/** Default location of the demo project: ~/FaceMotion/demo-project. */
QString defaultDemoProjectDir();

} // namespace fm
