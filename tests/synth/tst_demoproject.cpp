// The demo project end to end: generated, imported and analysed into a real project.
#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/mobilefacenet.h"
#include "nets/sfedistiller.h"
#include "project/project.h"
#include "synth/demoproject.h"
#include "train/featureset.h"
#include "train/projectfeatures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace fm;

namespace {

/** Pearson r between two feature sequences' distances from their first frame, over time. */
double motionCourseCorrelation(const std::vector<float> &a, const std::vector<float> &b, int dim,
                               int frames)
{
    std::vector<double> da, db;
    for (int t = 0; t < frames; ++t) {
        double sa = 0, sb = 0;
        for (int d = 0; d < dim; ++d) {
            const size_t k = size_t(t) * size_t(dim) + size_t(d);
            sa += (a[k] - a[size_t(d)]) * (a[k] - a[size_t(d)]);
            sb += (b[k] - b[size_t(d)]) * (b[k] - b[size_t(d)]);
        }
        da.push_back(std::sqrt(sa));
        db.push_back(std::sqrt(sb));
    }
    const double ma = std::accumulate(da.begin(), da.end(), 0.0) / frames;
    const double mb = std::accumulate(db.begin(), db.end(), 0.0) / frames;
    double sab = 0, saa = 0, sbb = 0;
    for (int t = 0; t < frames; ++t) {
        sab += (da[size_t(t)] - ma) * (db[size_t(t)] - mb);
        saa += (da[size_t(t)] - ma) * (da[size_t(t)] - ma);
        sbb += (db[size_t(t)] - mb) * (db[size_t(t)] - mb);
    }
    return sab / std::sqrt(saa * sbb + 1e-30);
}

} // namespace

class TestDemoProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAnalysedProject();
    void refusesAnExistingProject();
    void cancelLeavesAnOpenableProject();
};

void TestDemoProject::createsAnalysedProject()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("demo project"));
    DemoOptions options;
    options.maxSubjects = 1;
    options.repetitions = 2;
    QStringList phases;
    const auto summary = createDemoProject(folder, options,
                                           [&phases](const QString &phase, int, int) {
                                               if (!phases.contains(phase))
                                                   phases << phase;
                                           });
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(phases.size(), 4); // faces, rendering, importing, analysing
    QCOMPARE(summary->imported, 10);
    QCOMPARE(summary->analysed, 10);
    QCOMPARE(summary->analysisFailures, 0);
    QVERIFY(QFile::exists(summary->truthManifest));

    auto project = Project::open(folder);
    QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
    QCOMPARE(project.value()->subjects().size(), 1);
    const QVector<Motion> motions = project.value()->motions();
    QCOMPARE(motions.size(), 5);
    int lip = 0, compound = 0;
    for (const Motion &m : motions) {
        lip += m.kind == MotionKind::LipMovement ? 1 : 0;
        compound += m.kind == MotionKind::Compound ? 1 : 0;
        if (m.kind == MotionKind::LipMovement)
            QVERIFY(!m.word.isEmpty());
        if (m.kind == MotionKind::Compound)
            QVERIFY(!m.partA.isEmpty() && !m.partB.isEmpty());
    }
    QCOMPARE(lip, 2);
    QCOMPARE(compound, 1);
    int withOnset = 0;
    for (const Clip &clip : project.value()->clips()) {
        QVERIFY(QFile::exists(project.value()->clipPath(clip)));
        QVERIFY(!clip.referenced);
        const Annotation a = project.value()->annotation(clip.id);
        QVERIFY(QFile::exists(QDir(folder).filePath(a.automatic.cacheFile)));
        withOnset += a.automatic.onset.has_value() ? 1 : 0;
        QCOMPARE(project.value()->review(clip.id).status, ReviewStatus::Pending);
    }
    QVERIFY2(withOnset >= 5, qPrintable(QString::number(withOnset)));
    QVERIFY(project.value()->orphanMedia().isEmpty());
    // Only the ground truth stays in the staging folder, no second copy of the videos.
    QDirIterator it(QDir(folder).filePath(QStringLiteral("cache/demo")), {QStringLiteral("*.mp4")},
                    QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(!it.hasNext());

    // Features for training: computed once, then served from the cache, then readable by the
    // trainer under its default key.
    project.value()->close();
    const auto first = computeProjectFeatures(folder);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->computed, 10);
    QCOMPARE(first->failed, 0);
    const auto second = computeProjectFeatures(folder);
    QVERIFY(second.ok());
    QCOMPARE(second->cached, 10);
    QCOMPARE(second->computed, 0);
    const auto set = loadProjectFeatures(folder, ProjectFeatureOptions());
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    QCOMPARE(set->dim, 256);
    ProjectFeaturesRequest unknown;
    unknown.sfe = QStringLiteral("sfe-x");
    QVERIFY(!computeProjectFeatures(folder, unknown).ok());

    // SS views: asking for them before they exist is a clear error; computing them re-analyses
    // each clip once and stores view 1 next to the plain features, which stay cached.
    ProjectFeatureOptions withViews;
    withViews.views = 1;
    const auto notYet = loadProjectFeatures(folder, withViews);
    QVERIFY(!notYet.ok());
    QVERIFY2(notYet.error().message.contains(QStringLiteral("SS views")),
             qPrintable(notYet.error().message));
    ProjectFeaturesRequest oneView;
    oneView.views = -1;
    QVERIFY(!computeProjectFeatures(folder, oneView).ok());
    oneView.views = 1;
    const auto views = computeProjectFeatures(folder, oneView);
    QVERIFY2(views.ok(), views.ok() ? "" : qPrintable(views.error().message));
    QCOMPARE(views->computed, 10);
    QCOMPARE(views->failed, 0);
    QCOMPARE(computeProjectFeatures(folder, oneView)->cached, 10);
    const auto viewSet = loadProjectFeatures(folder, withViews);
    QVERIFY2(viewSet.ok(), viewSet.ok() ? "" : qPrintable(viewSet.error().message));
    QCOMPARE(viewSet->clips.size(), set->clips.size());
    // The plain features are unchanged; the view is the same motion in another appearance:
    // how far each frame is from the first (the motion's course) follows the plain features.
    double meanR = 0;
    for (size_t i = 0; i < viewSet->clips.size(); ++i) {
        const ClipFeatures &c = viewSet->clips[i];
        QVERIFY(c.values == set->clips[i].values);
        QCOMPARE(c.views.size(), size_t(1));
        QVERIFY(c.views[0] != c.values);
        meanR += motionCourseCorrelation(c.values, c.views[0], viewSet->dim, c.frames);
    }
    meanR /= double(viewSet->clips.size());
    qInfo("SS view 1: motion course correlation with the plain features %.3f", meanR);
    QVERIFY2(meanR > 0.5, qPrintable(QString::number(meanR)));

    // SFE-M: our MobileFaceNet from a pretrain-sfe checkpoint (here one short distillation
    // epoch on the faces of two demo photos). Without the checkpoint: a clear error; with it,
    // its features are cached under an id naming the checkpoint, which training resolves
    // "sfe-m/pooled" + checkpoint to.
    ProjectFeaturesRequest sfeM;
    sfeM.sfe = QStringLiteral("sfe-m");
    const auto noCheckpoint = computeProjectFeatures(folder, sfeM);
    QVERIFY(!noCheckpoint.ok());
    QVERIFY2(noCheckpoint.error().message.contains(QStringLiteral("checkpoint")),
             qPrintable(noCheckpoint.error().message));
    auto finder = DlibFaceFinder::create();
    QVERIFY(finder.ok());
    finder.value()->setDetectSide(0);
    const QString photos = ModelLocator::demoPhotoDir().value();
    const auto faces = SfeDistiller::collectFaces({QDir(photos).filePath(
                                                      QStringLiteral("sample1.jpg"))},
                                                  *finder.value());
    QVERIFY(faces.ok() && faces->size() >= 2);
    std::vector<LandmarkSample> train, held;
    SfeDistiller::splitHeldOut(faces.value(), train, held);
    SfeTrainingOptions distil;
    distil.checkpointPath = dir.filePath(QStringLiteral("sfe-m.pt"));
    distil.epochs = 1;
    distil.samplesPerFace = 1;
    distil.batchSize = 4;
    QVERIFY(SfeDistiller::train(train, held, distil, {}).ok());
    sfeM.sfeCheckpoint = distil.checkpointPath;
    const auto computedM = computeProjectFeatures(folder, sfeM);
    QVERIFY2(computedM.ok(), computedM.ok() ? "" : qPrintable(computedM.error().message));
    QCOMPARE(computedM->computed, 10);
    const auto sfeMId = resolveSfeId(QStringLiteral("sfe-m/pooled"), distil.checkpointPath);
    QVERIFY(sfeMId.ok());
    QVERIFY(sfeMId->startsWith(QStringLiteral("sfe-m@"))
            && sfeMId->endsWith(QStringLiteral("/pooled")));
    QCOMPARE(MobileFaceNet::load(distil.checkpointPath).value()->id() + QStringLiteral("/pooled"),
             sfeMId.value());
    ProjectFeatureOptions readM;
    readM.sfe = sfeMId.value();
    const auto setM = loadProjectFeatures(folder, readM);
    QVERIFY2(setM.ok(), setM.ok() ? "" : qPrintable(setM.error().message));
    QCOMPARE(setM->clips.size(), set->clips.size());
    QCOMPARE(setM->dim, MobileFaceNet().featureDim(FeatureLayer::Pooled));
    QVERIFY(setM->clips[0].values != set->clips[0].values);
    // Another checkpoint is another SFE: a checkpoint that does not match the id is refused.
    QFile other(dir.filePath(QStringLiteral("other.pt")));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("x") == 1);
    other.close();
    QVERIFY(!resolveSfeId(sfeMId.value(), other.fileName()).ok());
    QVERIFY(!resolveSfeId(QStringLiteral("sfe-m/pooled")).ok());
    QVERIFY(!resolveSfeId(QStringLiteral("sfe-m/pooled"), dir.path()).ok()); // a folder
    QCOMPARE(resolveSfeId(QStringLiteral("sfe-l/pooled")).value(), QStringLiteral("sfe-l/pooled"));
}

void TestDemoProject::refusesAnExistingProject()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("p"));
    QVERIFY(Project::create(folder).ok());
    const auto summary = createDemoProject(folder, DemoOptions());
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().message.contains(QLatin1String("already holds a project")));
}

void TestDemoProject::cancelLeavesAnOpenableProject()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("p"));
    DemoOptions options;
    options.maxSubjects = 1;
    options.repetitions = 2;
    std::atomic<bool> cancel{false};
    const auto summary = createDemoProject(
        folder, options,
        [&cancel](const QString &phase, int done, int) {
            if (phase.contains(QLatin1String("Analysing")) && done >= 1)
                cancel = true;
        },
        &cancel);
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().message.contains(QLatin1String("Cancelled")));
    auto project = Project::open(folder);
    QVERIFY(project.ok());
    QCOMPARE(project.value()->clips().size(), 10);
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
