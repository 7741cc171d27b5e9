#include "demogenerator.h"

#include "common/modellocator.h"
#include "common/privatedir.h"
#include "face/dlibfacefinder.h"
#include "synth/facewarper.h"
#include "synth/sourcefaces.h"
#include "video/clipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::DemoGenerator", text);
}

/** splitmix64: decorrelated per-clip seeds from one user seed. */
quint64 mixSeed(quint64 a, quint64 b)
{
    quint64 z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

struct SubjectPlan
{
    QString code;
    const SourceFace *face = nullptr;
    std::vector<LandmarkOffsets> unitOffsets; // per action
    std::vector<MotionSpec> motions;
    std::shared_ptr<FaceWarper> warper;
};

struct ClipJob
{
    const SubjectPlan *subject = nullptr;
    DemoClipTruth truth;
};

std::vector<MotionSpec> chooseMotions(std::mt19937_64 &rng, int singles, int compounds, int words)
{
    std::vector<FacialAction> pool;
    for (FacialAction a : allFacialActions()) {
        if (a != FacialAction::Blink) // blinks happen by themselves; they are no secret
            pool.push_back(a);
    }
    std::shuffle(pool.begin(), pool.end(), rng);
    std::vector<MotionSpec> motions;
    size_t next = 0;
    for (int i = 0; i < singles; ++i)
        motions.push_back(singleActionMotion(pool[next++ % pool.size()]));
    for (int i = 0; i < compounds; ++i) {
        const FacialAction a = pool[next++ % pool.size()];
        const FacialAction b = pool[next++ % pool.size()];
        motions.push_back(compoundMotion(a, b));
    }
    QStringList vocabulary = demoWords();
    std::shuffle(vocabulary.begin(), vocabulary.end(), rng);
    for (int i = 0; i < words; ++i)
        motions.push_back(lipMovement(vocabulary.at(i % vocabulary.size())));
    return motions;
}

bool opensMouth(const MotionSpec &spec)
{
    for (const MotionSegment &s : spec.segments) {
        for (const auto &[action, weight] : s.mix) {
            if (action == FacialAction::MouthOpen && weight >= 0.5f)
                return true;
        }
    }
    return false;
}

LandmarkOffsets offsetsAt(const SubjectPlan &subject,
                          const std::array<float, kFacialActionCount> &activation)
{
    LandmarkOffsets offsets{};
    for (int a = 0; a < kFacialActionCount; ++a) {
        if (activation[a] != 0.0f)
            addOffsets(offsets, subject.unitOffsets[a], activation[a]);
    }
    return offsets;
}

void fillTruthTiming(DemoClipTruth &truth, const SubjectPlan &subject, const MotionTimeline &tl)
{
    // Active = any action of the motion at >= 10% of its own peak, so a small action next to
    // a large one (a wink before a wide mouth opening) still counts. Apex = largest movement.
    std::array<float, kFacialActionCount> peak{};
    for (const auto &frame : tl.motion) {
        for (int a = 0; a < kFacialActionCount; ++a)
            peak[a] = std::max(peak[a], frame[a]);
    }
    truth.frames = tl.frameCount();
    truth.onset = -1;
    truth.offset = -1;
    float largest = -1;
    for (int f = 0; f < tl.frameCount(); ++f) {
        bool active = false;
        for (int a = 0; a < kFacialActionCount; ++a)
            active = active || (peak[a] > 0 && tl.motion[f][a] >= 0.1f * peak[a]);
        if (active) {
            if (truth.onset < 0)
                truth.onset = f;
            truth.offset = f;
        }
        const float magnitude = meanOffsetLength(offsetsAt(subject, tl.motion[f]));
        if (magnitude > largest) {
            largest = magnitude;
            truth.apex = f;
        }
    }
}

/** Renders one clip; returns an empty string or the error. */
QString renderClip(const ClipJob &job, const QString &outDir, double fps,
                   const std::atomic<bool> *cancel)
{
    const DemoClipTruth &truth = job.truth;
    const MotionTimeline timeline = buildTimeline(truth.motion, truth.params);
    const FaceWarper &warper = *job.subject->warper;
    const cv::Mat &base = warper.baseFrame();
    auto writer = ClipWriter::create(QDir(outDir).filePath(truth.file), QSize(base.cols, base.rows),
                                     fps);
    if (!writer)
        return writer.error().message;

    const RepetitionParams &p = truth.params;
    const Landmarks68 &n = warper.neutral();
    cv::RNG noiseRng(truth.seed);
    for (int f = 0; f < timeline.frameCount(); ++f) {
        if (cancel && cancel->load()) {
            writer.value()->discard();
            return tr("Cancelled.");
        }
        std::array<float, kFacialActionCount> activation = timeline.motion[f];
        for (int a = 0; a < kFacialActionCount; ++a)
            activation[a] += timeline.incidental[f][a];
        cv::Mat frame = warper.render(offsetsAt(*job.subject, activation), timeline.tongue[f]);

        frame = filmFrame(frame, n, p, f, timeline.frameCount(), noiseRng);
        if (!writer.value()->write(frame))
            return writer.value()->lastError();
    }
    const Result<QString> finished = writer.value()->finish();
    if (!finished)
        return finished.error().message;

    QSaveFile file(QDir(outDir).filePath(QFileInfo(truth.file).path() + QLatin1Char('/')
                                         + QFileInfo(truth.file).completeBaseName()
                                         + QStringLiteral(".truth.json")));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(truth.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return tr("The ground truth for \"%1\" could not be written.").arg(truth.file);
    return QString();
}

QString kindId(SynthMotionKind kind)
{
    switch (kind) {
    case SynthMotionKind::LipMovement:
        return QStringLiteral("lip_movement");
    case SynthMotionKind::Compound:
        return QStringLiteral("compound");
    case SynthMotionKind::FacialMotion:
        break;
    }
    return QStringLiteral("facial_motion");
}

} // namespace

QStringList demoWords()
{
    return {QStringLiteral("hello"),  QStringLiteral("secret"), QStringLiteral("open"),
            QStringLiteral("banana"), QStringLiteral("moving"), QStringLiteral("pizza"),
            QStringLiteral("window"), QStringLiteral("rapid"),  QStringLiteral("voice"),
            QStringLiteral("summer"), QStringLiteral("kiwi"),   QStringLiteral("balloon"),
            QStringLiteral("photo"),  QStringLiteral("maybe"),  QStringLiteral("wolf"),
            QStringLiteral("apple")};
}

QJsonObject DemoClipTruth::toJson() const
{
    QJsonArray visemes;
    for (const QString &v : visemesOf(motion.word))
        visemes.append(v);
    const QJsonObject paramsJson{
        {QStringLiteral("lead_in_frames"), this->params.leadIn},
        {QStringLiteral("speed"), double(this->params.speed)},
        {QStringLiteral("intensity"), double(this->params.intensity)},
        {QStringLiteral("apex_held_to_end"), this->params.holdToEnd},
        {QStringLiteral("trailing_frames"), this->params.trailing},
        {QStringLiteral("head_drift_px"),
         QJsonArray{double(this->params.driftX), double(this->params.driftY)}},
        {QStringLiteral("head_drift_rotation_deg"), double(this->params.driftRotDeg)},
        {QStringLiteral("head_drift_scale"), double(this->params.driftScale)},
        {QStringLiteral("light_gain"), double(this->params.gain)},
        {QStringLiteral("light_bias"), double(this->params.bias)},
        {QStringLiteral("noise_sigma"), double(this->params.noiseSigma)},
    };
    QJsonObject o{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("source_photo"), QFileInfo(sourcePhoto).fileName()},
        {QStringLiteral("motion"), motion.id},
        {QStringLiteral("motion_name"), motion.name},
        {QStringLiteral("kind"), kindId(motion.kind)},
        {QStringLiteral("repetition"), repetition},
        {QStringLiteral("file"), file},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("fps"), fps},
        {QStringLiteral("onset"), onset},
        {QStringLiteral("apex"), apex},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("params"), paramsJson},
        {QStringLiteral("hard_case"), hardCaseId(this->params.hardCase)},
        {QStringLiteral("exclude_expected"), excludeExpected()},
        {QStringLiteral("incidental_blink"), this->params.blinkStart != -1},
        {QStringLiteral("seed"), QString::number(seed)},
    };
    if (motion.kind == SynthMotionKind::LipMovement) {
        o.insert(QStringLiteral("word"), motion.word);
        o.insert(QStringLiteral("visemes"), visemes);
    }
    if (this->params.hardCase == HardCase::Tongue)
        o.insert(QStringLiteral("exclude_reason"), QStringLiteral("tongue_movement"));
    else if (this->params.hardCase == HardCase::MicroExpression)
        o.insert(QStringLiteral("exclude_reason"), QStringLiteral("micro_expression"));
    return o;
}

Result<DemoSummary> DemoGenerator::generate(const QString &outDir, const Progress &progress,
                                            const std::atomic<bool> *cancel) const
{
    const bool small = m_options.size == DemoOptions::Size::Small;
    QStringList photos = m_options.photos;
    if (photos.isEmpty()) {
        const Result<QString> dir = ModelLocator::demoPhotoDir();
        if (!dir)
            return dir.error();
        photos = photosInFolder(dir.value());
    }
    const Result<QString> root = makePrivateDir(outDir);
    if (!root)
        return root.error();

    auto finder = DlibFaceFinder::create();
    if (!finder)
        return finder.error();
    const Result<SourceFaceReport> found = findSourceFaces(photos, m_options.frameSize,
                                                           *finder.value(),
                                                           [&](int done, int total) {
                                                               if (progress)
                                                                   progress(tr("Finding faces"),
                                                                            done, total);
                                                               return !(cancel && cancel->load());
                                                           });
    if (!found)
        return found.error();
    const SourceFaceReport &report = found.value();

    DemoSummary summary;
    const int wanted = m_options.maxSubjects > 0 ? m_options.maxSubjects : (small ? 8 : 0);
    int subjectCount = int(report.faces.size());
    if (wanted > 0)
        subjectCount = std::min(subjectCount, wanted);
    summary.notes << tr("%1 usable faces in %2 photos; %3 used as subjects.")
                         .arg(report.faces.size())
                         .arg(report.photoCount)
                         .arg(subjectCount);
    if (wanted > 0 && int(report.faces.size()) < wanted)
        summary.notes << tr("Only %1 usable faces were found; %2 were asked for. No identities "
                            "were invented.")
                             .arg(report.faces.size())
                             .arg(wanted);
    if (!small)
        summary.notes << tr("The papers' dataset has 59 subjects; these photos give %1.")
                             .arg(subjectCount);
    for (const QString &line : report.rejected)
        summary.notes << tr("Not used: %1").arg(line);
    if (subjectCount == 0)
        return Error{tr("No usable face was found in the %1 photos.").arg(report.photoCount)};

    // Plan: subjects, their motions, the repetitions with their hard cases.
    std::vector<SubjectPlan> subjects(static_cast<size_t>(subjectCount));
    for (int s = 0; s < subjectCount; ++s) {
        SubjectPlan &plan = subjects[size_t(s)];
        plan.code = QStringLiteral("S%1").arg(s + 1, 2, 10, QLatin1Char('0'));
        plan.face = &report.faces[size_t(s)];
        for (FacialAction a : allFacialActions())
            plan.unitOffsets.push_back(facialActionOffsets(a, plan.face->landmarks));
        std::mt19937_64 rng(mixSeed(m_options.seed, quint64(s) + 1000));
        plan.motions = small ? chooseMotions(rng, 2, 1, 2) : chooseMotions(rng, 3, 2, 5);
        plan.warper = std::make_shared<FaceWarper>(plan.face->frame, plan.face->landmarks);
    }
    std::vector<ClipJob> jobs;
    for (const SubjectPlan &plan : subjects) {
        for (size_t m = 0; m < plan.motions.size(); ++m) {
            const MotionSpec &motion = plan.motions[m];
            std::mt19937_64 rng(mixSeed(m_options.seed, quint64(jobs.size()) * 7919 + m));
            std::uniform_real_distribution<float> unit(0, 1);
            // Hard cases: sometimes a flash, sometimes a micro-expression, a tongue when the
            // mouth opens; each on its own repetition.
            std::vector<HardCase> cases(size_t(m_options.repetitions), HardCase::None);
            std::vector<int> order(cases.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = int(i);
            std::shuffle(order.begin(), order.end(), rng);
            size_t slot = 0;
            if (unit(rng) < 0.3f && slot < order.size())
                cases[size_t(order[slot++])] = HardCase::Flash;
            if (unit(rng) < 0.3f && slot < order.size())
                cases[size_t(order[slot++])] = HardCase::MicroExpression;
            if (opensMouth(motion) && unit(rng) < 0.6f && slot < order.size())
                cases[size_t(order[slot++])] = HardCase::Tongue;
            for (int r = 0; r < m_options.repetitions; ++r) {
                ClipJob job;
                job.subject = &plan;
                DemoClipTruth &t = job.truth;
                t.subject = plan.code;
                t.sourcePhoto = plan.face->photo;
                t.motion = motion;
                t.repetition = r + 1;
                t.fps = m_options.fps;
                t.seed = mixSeed(m_options.seed, quint64(jobs.size()));
                std::mt19937_64 repRng(t.seed);
                t.params = sampleRepetition(repRng, cases[size_t(r)]);
                t.file = QStringLiteral("media/%1/%2/rep%3.mp4")
                             .arg(plan.code, motion.id)
                             .arg(r + 1, 2, 10, QLatin1Char('0'));
                fillTruthTiming(t, plan, buildTimeline(motion, t.params));
                jobs.push_back(std::move(job));
            }
        }
    }

    // Render in parallel; this thread reports progress.
    const int threads = m_options.threads > 0 ? m_options.threads
                                              : std::max(1, QThread::idealThreadCount());
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    QString firstError;
    auto worker = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= int(jobs.size()) || failed.load() || (cancel && cancel->load()))
                return;
            const QString error = renderClip(jobs[size_t(i)], root.value(), m_options.fps, cancel);
            if (!error.isEmpty()) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (firstError.isEmpty())
                    firstError = error;
                failed = true;
                return;
            }
            ++done;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    while (done.load() < int(jobs.size()) && !failed.load() && !(cancel && cancel->load())) {
        if (progress)
            progress(tr("Rendering clips"), done.load(), int(jobs.size()));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread &t : pool)
        t.join();
    if (cancel && cancel->load())
        return Error{
            tr("Cancelled: %1 of %2 clips were written.").arg(done.load()).arg(jobs.size())};
    if (failed.load())
        return Error{tr("Generating the demo failed: %1").arg(firstError)};
    if (progress)
        progress(tr("Rendering clips"), int(jobs.size()), int(jobs.size()));

    // The manifest: subjects, motions and every clip's ground truth.
    QJsonArray subjectArray, clipArray;
    for (const SubjectPlan &plan : subjects) {
        QJsonArray motionArray;
        for (const MotionSpec &motion : plan.motions) {
            motionArray.append(QJsonObject{{QStringLiteral("id"), motion.id},
                                           {QStringLiteral("name"), motion.name},
                                           {QStringLiteral("kind"), kindId(motion.kind)},
                                           {QStringLiteral("word"), motion.word}});
        }
        subjectArray.append(
            QJsonObject{{QStringLiteral("code"), plan.code},
                        {QStringLiteral("source_photo"), QFileInfo(plan.face->photo).fileName()},
                        {QStringLiteral("face_in_photo"), plan.face->faceIndex + 1},
                        {QStringLiteral("motions"), motionArray}});
        summary.motions += int(plan.motions.size());
    }
    for (const ClipJob &job : jobs) {
        clipArray.append(job.truth.toJson());
        summary.frames += job.truth.frames;
        summary.truths.push_back(job.truth);
    }
    QJsonArray notes;
    for (const QString &n : summary.notes)
        notes.append(n);
    const QJsonObject manifest{{QStringLiteral("generator"), QStringLiteral("fmstudio demo 1")},
                               {QStringLiteral("seed"), QString::number(m_options.seed)},
                               {QStringLiteral("size"),
                                small ? QStringLiteral("small") : QStringLiteral("full")},
                               {QStringLiteral("fps"), m_options.fps},
                               {QStringLiteral("frame_size"),
                                QJsonArray{m_options.frameSize.width(),
                                           m_options.frameSize.height()}},
                               {QStringLiteral("subjects"), subjectArray},
                               {QStringLiteral("clips"), clipArray},
                               {QStringLiteral("notes"), notes}};
    summary.manifestPath = QDir(root.value()).filePath(QStringLiteral("demo-manifest.json"));
    QSaveFile file(summary.manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0
        || !file.commit())
        return Error{
            tr("The demo manifest could not be written to \"%1\".").arg(summary.manifestPath)};
    summary.subjects = subjectCount;
    summary.clips = int(jobs.size());
    return summary;
}

} // namespace fm
