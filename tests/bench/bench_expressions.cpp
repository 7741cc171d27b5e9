// Expression-pipeline benchmark: writes a 1280x720 30-fps video of three demo-photo people
// (alternating, sometimes side by side, making expressions), then runs the seed-002 pipeline
// on it (detect -> FaceQA -> descriptors + FEENet -> DBSCAN -> tags -> Ward summaries) and
// prints frames/s, wall and CPU time, and peak RSS (VmHWM) before and after the analysis.
// With --tagging it also measures cross-person custom tagging against the video's known
// expressions: reference faces of a person NOT in the video (one per expression, with or
// without that person's neutral face) and of a person in it; FEENet heads trained on demo
// people that are neither in the video nor the reference person, on raw features (the old
// pipeline) and on identity-relative features (each face minus its person's mean face).
// Per tag it prints face-level precision/recall and segment precision / event recall.
// Usage: bench_expressions [--seconds S (default 60)] [--keep DIR] [--step N] [--tagging]
#include "expr/demotriplets.h"
#include "expr/expressionanalyzer.h"
#include "expr/feenet.h"
#include "expr/referencelibrary.h"
#include "face/dlibfacefinder.h"
#include "synth/facialactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/core.hpp>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

using namespace fm;

namespace {

double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/** What one accepted face truly shows: person, action (-1 neutral) and ramp (0..1). */
struct FaceTruth
{
    int person = -1;
    int action = -1;
    double ramp = 0.0;
    int segment = -1;
};

double rampAt(int t, int frames)
{
    const double pi = 3.14159265358979323846;
    const double x = double(t) / std::max(1, frames - 1);
    return x < 0.25   ? 0.5 - 0.5 * std::cos(pi * x / 0.25)
           : x > 0.75 ? 0.5 - 0.5 * std::cos(pi * (1.0 - x) / 0.25)
                      : 1.0;
}

std::vector<FaceTruth> faceTruth(const ExpressionReport &r, const DemoVideoTruth &truth)
{
    std::vector<int> segmentStart(truth.segments.size(), 0);
    for (size_t s = 1; s < truth.segments.size(); ++s)
        segmentStart[s] = segmentStart[s - 1] + truth.segments[s - 1].frames;
    std::vector<FaceTruth> out;
    for (const ExprFace &f : r.faces) {
        FaceTruth t;
        if (f.frame < int(truth.segmentOfFrame.size())) {
            t.segment = truth.segmentOfFrame[size_t(f.frame)];
            const DemoVideoSegment &s = truth.segments[size_t(t.segment)];
            const double cx = f.crop.x + f.crop.width / 2.0;
            t.person = s.persons.size() == 1 || cx < r.clip.size.width() / 2.0 ? s.persons[0]
                                                                               : s.persons[1];
            t.action = s.action;
            t.ramp = rampAt(f.frame - segmentStart[size_t(t.segment)], s.frames);
        }
        out.push_back(t);
    }
    return out;
}

/** Precision/recall of every tag (= action id) on the faces of identities not `skipPerson`. */
void evaluate(const ExpressionReport &r, const std::vector<FaceTruth> &truth, int skipPerson,
              const char *label, double threshold, bool perTag)
{
    const std::vector<FacialAction> actions = demoExpressionActions();
    // Identity -> person by majority.
    std::vector<int> personOf(r.identities.size(), -1);
    for (size_t k = 0; k < r.identities.size(); ++k) {
        std::map<int, int> votes;
        for (int f : r.identities[k].faces)
            ++votes[truth[size_t(f)].person];
        int best = 0;
        for (const auto &[p, n] : votes)
            if (n > best) {
                best = n;
                personOf[k] = p;
            }
    }
    std::printf("  %s\n", label);
    std::fflush(stdout);
    double sumP = 0, sumR = 0, sumSP = 0, sumER = 0;
    int tagsWithTruth = 0, tagsTagging = 0;
    for (int a = 0; a < int(actions.size()); ++a) {
        const QString tag = facialActionId(actions[size_t(a)]);
        int tp = 0, fp = 0, fn = 0;
        int segOk = 0, segAll = 0;
        std::map<std::pair<int, int>, bool> events; // (segment, person) -> found
        std::vector<int> identitiesTagged;
        for (size_t k = 0; k < r.identities.size(); ++k) {
            const ExprIdentity &id = r.identities[k];
            if (personOf[k] == skipPerson)
                continue;
            cv::Mat dist;
            const auto match = matchReferences(id.pooled, r.references, threshold, &dist);
            bool any = false;
            for (size_t i = 0; i < id.faces.size(); ++i) {
                bool tagged = false;
                for (size_t ref = 0; ref < r.references.size(); ++ref)
                    tagged = tagged || (match[i][ref] && r.references[ref].tags.contains(tag));
                const FaceTruth &t = truth[size_t(id.faces[i])];
                if (t.action == a && t.person == personOf[k])
                    events.emplace(std::make_pair(t.segment, t.person), false);
                if (tagged && t.action == a && t.person == personOf[k])
                    events[{t.segment, t.person}] = true;
                any = any || tagged;
                const bool positive = t.action == a && t.ramp >= 0.5;
                const bool negative = t.action != a;
                if (tagged && positive)
                    ++tp;
                else if (tagged && negative)
                    ++fp;
                else if (!tagged && positive)
                    ++fn;
            }
            if (any)
                identitiesTagged.push_back(int(k));
            for (const TagSegment &s : id.segments) {
                if (s.tag != tag)
                    continue;
                ++segAll;
                int inside = 0, all = 0;
                for (size_t i = 0; i < id.faces.size(); ++i) {
                    const ExprFace &f = r.faces[size_t(id.faces[i])];
                    if (f.frame < s.startFrame || f.frame > s.endFrame)
                        continue;
                    ++all;
                    inside += truth[size_t(id.faces[i])].action == a;
                }
                segOk += all > 0 && 2 * inside >= all;
            }
        }
        int found = 0;
        for (const auto &[key, ok] : events)
            found += ok;
        const double p = tp + fp ? double(tp) / (tp + fp) : 0.0;
        const double rec = tp + fn ? double(tp) / (tp + fn) : 0.0;
        const double sp = segAll ? double(segOk) / segAll : 0.0;
        const double er = events.empty() ? 0.0 : double(found) / double(events.size());
        if (perTag)
            std::printf("    %-22s faces P %s R %.3f (tp %d fp %d fn %d) | segments P %s (%d/%d) "
                        "events R %.3f (%d/%d) | identities tagged %d\n",
                        qPrintable(tag), tp + fp ? qPrintable(QString::number(p, 'f', 3)) : "  -  ",
                        rec, tp, fp, fn, segAll ? qPrintable(QString::number(sp, 'f', 3)) : "  -  ",
                        segOk, segAll, er, found, int(events.size()), int(identitiesTagged.size()));
        if (tp + fn > 0) {
            sumR += rec;
            sumER += er;
            ++tagsWithTruth;
        }
        if (tp + fp > 0) {
            sumP += p;
            sumSP += sp;
            ++tagsTagging;
        }
    }
    std::printf("    mean: faces R %.3f, events R %.3f over %d tags; faces P %.3f, segments P "
                "%.3f over the %d tags that tagged anything\n",
                tagsWithTruth ? sumR / tagsWithTruth : 0.0,
                tagsWithTruth ? sumER / tagsWithTruth : 0.0, tagsWithTruth,
                tagsTagging ? sumP / tagsTagging : 0.0, tagsTagging ? sumSP / tagsTagging : 0.0,
                tagsTagging);
}

int tagging(const ExpressionAnalyzer &analyzer, ExpressionReport report, const DemoFaces &faces,
            const DemoVideoTruth &truth, int videoPeople, const QString &dir)
{
    const int persons = int(faces.warpers.size());
    const int refPerson = videoPeople; // not in the video
    if (persons < videoPeople + 3) {
        std::printf("tagging: needs at least %d demo people, found %d\n", videoPeople + 3, persons);
        return 1;
    }
    const std::vector<FacialAction> actions = demoExpressionActions();
    // Reference libraries.
    const QString withNeutral = QDir(dir).filePath(QStringLiteral("refs-neutral"));
    const QString noNeutral = QDir(dir).filePath(QStringLiteral("refs-library-mean"));
    const QString inVideo = QDir(dir).filePath(QStringLiteral("refs-video-person"));
    const cv::Mat neutral = renderDemoExpression(*faces.warpers[size_t(refPerson)], -1, 0.f);
    for (int a = 0; a < int(actions.size()); ++a) {
        const QString id = facialActionId(actions[size_t(a)]);
        const cv::Mat face = renderDemoExpression(*faces.warpers[size_t(refPerson)], a, 1.f);
        const cv::Mat face0 = renderDemoExpression(*faces.warpers[0], a, 1.f);
        auto a1 = ReferenceLibrary::addReference(withNeutral, id, {id}, face, analyzer.finder(),
                                                 neutral);
        auto a2 = ReferenceLibrary::addReference(noNeutral, id, {id}, face, analyzer.finder());
        auto a3 = ReferenceLibrary::addReference(inVideo, id, {id}, face0, analyzer.finder());
        if (!a1 || !a2 || !a3) {
            std::printf("error: a reference face could not be added\n");
            return 1;
        }
    }
    // Heads trained on the demo people outside the video and the reference person.
    auto base = FeeNet::create();
    if (!base)
        return 1;
    const auto samples = renderDemoExpressions(faces, 6, 11);
    std::vector<int> trainPersons;
    for (int p = refPerson + 1; p < persons; ++p)
        trainPersons.push_back(p);
    auto features = demoBackboneFeatures(*base.value(), samples);
    if (!features)
        return 1;
    const auto triplets = makeDemoTriplets(samples, trainPersons, 3000, 1, true);
    std::printf("tagging: %d people in the video, reference person %d, heads trained on %d other "
                "people (%d triplets)\n",
                videoPeople, refPerson, int(trainPersons.size()), int(triplets.size()));
    struct Head
    {
        const char *name;
        bool trained;
        bool relative;
        std::shared_ptr<FeeNet> net;
        IdentityNormalisation mode;
    };
    std::vector<Head> heads = {{"untrained head (random projection)", false, true, base.value(), {}},
                               {"head trained on raw features (before)", true, false, nullptr,
                                IdentityNormalisation::None},
                               {"head trained identity-relative, minus person mean (after)", true,
                                true, nullptr, IdentityNormalisation::SubtractPersonMean},
                               {"head trained identity-relative, mean or neutral (after)", true,
                                true, nullptr, IdentityNormalisation::SubtractMeanOrNeutral}};
    for (Head &h : heads) {
        if (!h.trained)
            continue;
        auto net = FeeNet::create();
        if (!net)
            return 1;
        FeeTrainOptions options;
        options.identityRelative = h.relative;
        auto trained = net.value()->train(demoTripletRows(features.value(), samples, triplets,
                                                          h.mode),
                                          {}, options);
        if (!trained)
            return 1;
        h.net = net.value();
    }
    const std::vector<FaceTruth> truthOfFace = faceTruth(report, truth);
    const struct
    {
        QString folder;
        int skip;
        const char *name;
    } libraries[] = {{withNeutral, -1,
                      "references of a person not in the video, with their neutral face"},
                     {noNeutral, -1,
                      "references of a person not in the video, no neutral (library mean)"},
                     {inVideo, 0, "references of video person 0 (scored on the other people)"}};
    for (const Head &h : heads) {
        std::printf("%s: %s\n", h.name, qPrintable(h.net->description()));
        ExpressionAnalyzer::embedFaces(report, *h.net);
        for (const auto &lib : libraries) {
            auto library = ReferenceLibrary::load(lib.folder, *h.net, analyzer.finder(),
                                                  &analyzer.recognizer());
            if (!library) {
                std::printf("error: %s\n", qPrintable(library.error().message));
                return 1;
            }
            for (const double threshold : {0.5, 0.7, 0.9}) {
                TaggingOptions tagging = analyzer.options().tagging;
                tagging.threshold = threshold;
                ExpressionAnalyzer::retag(report, library.value().embeddings(), tagging,
                                          h.net.get(), analyzer.options().identities.eps);
                const QString label
                    = QStringLiteral("%1, threshold %2").arg(QLatin1String(lib.name)).arg(threshold);
                evaluate(report, truthOfFace, lib.skip, qPrintable(label), threshold,
                         threshold == 0.5);
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double seconds = 60.0;
    int step = 1;
    QString keep;
    const bool measureTagging = args.contains(QStringLiteral("--tagging"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--step"))
            step = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString video = QDir(dir).filePath(QStringLiteral("expressions-720p.mp4"));
    const QString refs = QDir(dir).filePath(QStringLiteral("refs"));

    auto dlib = DlibFaceFinder::create();
    if (!dlib) {
        std::printf("error: %s\n", qPrintable(dlib.error().message));
        return 1;
    }
    const int videoPeople = 3;
    auto faces = loadDemoFaces(*dlib.value(), QSize(1280, 720), measureTagging ? 0 : videoPeople);
    if (!faces) {
        std::printf("error: %s\n", qPrintable(faces.error().message));
        return 1;
    }
    const std::vector<DemoVideoSegment> segments
        = demoVideoScript(std::min(videoPeople, int(faces.value().warpers.size())),
                          int(seconds * 30.0));
    DemoVideoTruth truth;
    truth.segments = segments;
    for (size_t s = 0; s < segments.size(); ++s)
        for (int k = 0; k < segments[s].frames; ++k)
            truth.segmentOfFrame.push_back(int(s));
    truth.frames = int(truth.segmentOfFrame.size());
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(video) || keep.isEmpty()) {
        auto written = writeDemoExpressionVideo(video, faces.value(), segments, QSize(1280, 720),
                                                30.0);
        if (!written) {
            std::printf("error: %s\n", qPrintable(written.error().message));
            return 1;
        }
        std::printf("video: %d frames 1280x720 written in %.1f s (%.1f MiB)\n",
                    written.value().frames, timer.elapsed() / 1000.0,
                    QFileInfo(video).size() / 1048576.0);
    }
    ExpressionOptions options;
    options.frameStep = step;
    auto analyzer = ExpressionAnalyzer::create(options);
    if (!analyzer) {
        std::printf("error: %s\n", qPrintable(analyzer.error().message));
        return 1;
    }
    if (!QFile::exists(QDir(refs).filePath(QStringLiteral("smile.png"))))
        ReferenceLibrary::addReference(refs, QStringLiteral("smile"), {QStringLiteral("smile")},
                                       renderDemoExpression(*faces.value().warpers[0], 0, 1.f),
                                       analyzer.value()->finder());
    auto library = ReferenceLibrary::load(refs, analyzer.value()->net(), analyzer.value()->finder(),
                                          &analyzer.value()->recognizer());
    if (!library) {
        std::printf("error: %s\n", qPrintable(library.error().message));
        return 1;
    }
    const double rssBefore = statusMiB("VmHWM:");
    const double cpu0 = cpuSeconds();
    // Progress every 900 frames (30 s of video): a run stopped early still reports its rate.
    QElapsedTimer analysisTimer;
    analysisTimer.start();
    qint64 lastReported = -1;
    auto report = analyzer.value()->analyze(
        video, library.value().embeddings(), [&](const QString &, qint64 done, qint64 total) {
            if (done > 0 && done % 900 == 0 && done != lastReported) {
                lastReported = done;
                const double s = analysisTimer.elapsed() / 1000.0;
                std::printf("  %lld/%lld frames, %.0f s, %.2f frames/s, RSS %.0f MiB, peak %.0f "
                            "MiB\n",
                            (long long) done, (long long) total, s, done / std::max(1e-9, s),
                            statusMiB("VmRSS:"), statusMiB("VmHWM:"));
                std::fflush(stdout);
            }
            return true;
        });
    const double cpu = cpuSeconds() - cpu0;
    if (!report) {
        std::printf("error: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const ExpressionReport &r = report.value();
    std::printf("analysis: %d frames (step %d), %d faces, %d accepted, %d blurry, %d sideways, "
                "%d noise, %d identities\n",
                r.framesRead, step, r.facesFound, int(r.faces.size()), r.rejectedBlurry,
                r.rejectedSideways, r.noiseFaces, int(r.identities.size()));
    for (const ExprIdentity &id : r.identities)
        std::printf("  identity %d: %d faces, smile rate %.3f, %d segments, %d summary faces\n",
                    id.id, int(id.faces.size()), id.rates.empty() ? 0.0 : id.rates[0].rate,
                    int(id.segments.size()), int(id.summary.size()));
    std::printf("wall %.1f s, CPU %.1f s, %.2f frames/s; 18,000 frames (10 min) at this rate: "
                "%.1f min\n",
                r.seconds, cpu, r.framesPerSecond,
                r.framesPerSecond > 0 ? 18000.0 / r.framesPerSecond / 60.0 : 0.0);
    std::printf("peak RSS (VmHWM): %.0f MiB after loading nets, %.0f MiB after the analysis\n",
                rssBefore, statusMiB("VmHWM:"));
    std::fflush(stdout);
    if (measureTagging)
        return tagging(*analyzer.value(), report.value(), faces.value(), truth, videoPeople, dir);
    return 0;
}
