#include "spottingcheck.h"

#include "motion/clipanalysis.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::SpottingCheck", text);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const size_t lo = size_t(std::floor(rank)), hi = size_t(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

QString truthKey(const QString &subject, const QString &motion, int repetition)
{
    return subject + QLatin1Char('/') + motion + QLatin1Char('/') + QString::number(repetition);
}

} // namespace

SpottingStats spottingStats(const QString &group, const std::vector<SpottingCase> &cases)
{
    SpottingStats s;
    s.group = group;
    std::vector<double> onsets, offsets;
    for (const SpottingCase &c : cases) {
        ++s.clips;
        if (!c.found) {
            ++s.missed;
            continue;
        }
        onsets.push_back(c.onsetError());
        offsets.push_back(c.offsetError());
    }
    s.onsetMedian = percentile(onsets, 0.5);
    s.onsetP90 = percentile(onsets, 0.9);
    s.onsetMax = percentile(onsets, 1.0);
    s.offsetMedian = percentile(offsets, 0.5);
    s.offsetP90 = percentile(offsets, 0.9);
    s.offsetMax = percentile(offsets, 1.0);
    return s;
}

QString spottingGroupOf(const SpottingCase &c)
{
    if (c.kind == QLatin1String("facial_motion"))
        return c.motion;
    return c.kind;
}

SpottingCheck summariseSpotting(std::vector<SpottingCase> cases)
{
    SpottingCheck check;
    check.cases = std::move(cases);
    std::map<QString, std::vector<SpottingCase>> byGroup, byHardCase;
    std::vector<SpottingCase> clean;
    for (const SpottingCase &c : check.cases) {
        if (c.clean()) {
            clean.push_back(c);
            byGroup[spottingGroupOf(c)].push_back(c);
        } else {
            byHardCase[c.hardCase].push_back(c);
        }
    }
    for (const auto &[group, list] : byGroup)
        check.groups.push_back(spottingStats(group, list));
    for (const auto &[hardCase, list] : byHardCase)
        check.hard.push_back(spottingStats(hardCase, list));
    check.clean = spottingStats(tr("all clean clips"), clean);
    return check;
}

Result<SpottingCheck> checkSpottingAgainstTruth(const QString &projectDir, bool respot,
                                                const MotionOptions &options,
                                                const std::function<bool(int, int)> &progress)
{
    if (!Project::isProject(projectDir))
        return Error{tr("\"%1\" is not a project folder.").arg(projectDir)};
    const QString manifestPath = QDir(projectDir)
                                     .filePath(QStringLiteral("cache/demo/demo-manifest.json"));
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{tr("\"%1\" has no demo ground truth (%2 is missing): only projects made by "
                        "the demo command can be checked.")
                         .arg(projectDir, manifestPath)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{tr("The demo ground truth \"%1\" is not valid JSON.").arg(manifestPath),
                     parseError.errorString()};
    QHash<QString, SpottingCase> truth;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("clips")).toArray()) {
        const QJsonObject o = v.toObject();
        SpottingCase c;
        c.subject = o.value(QStringLiteral("subject")).toString();
        c.motion = o.value(QStringLiteral("motion")).toString();
        c.kind = o.value(QStringLiteral("kind")).toString();
        c.hardCase = o.value(QStringLiteral("hard_case")).toString();
        c.incidentalBlink = o.value(QStringLiteral("incidental_blink")).toBool();
        c.repetition = o.value(QStringLiteral("repetition")).toInt();
        c.frames = o.value(QStringLiteral("frames")).toInt();
        c.truthOnset = o.value(QStringLiteral("onset")).toInt(-1);
        c.truthOffset = o.value(QStringLiteral("offset")).toInt(-1);
        truth.insert(truthKey(c.subject, c.motion, c.repetition), c);
    }
    if (truth.isEmpty())
        return Error{tr("The demo ground truth \"%1\" lists no clips.").arg(manifestPath)};

    auto opened = Project::open(projectDir);
    if (!opened)
        return opened.error();
    Project &project = *opened.value();
    struct Item
    {
        SpottingCase c;
        QString cacheFile;
    };
    std::vector<Item> items;
    for (const Subject &subject : project.subjects()) {
        for (const Motion &motion : project.motions(subject.id)) {
            for (const Clip &clip : project.clips(motion.id)) {
                const QString key = truthKey(subject.code, motion.name, clip.repetition);
                if (!truth.contains(key))
                    continue;
                const Annotation a = project.annotation(clip.id);
                Item item{truth.value(key), QString()};
                if (!a.automatic.cacheFile.isEmpty())
                    item.cacheFile = QDir(project.folder()).filePath(a.automatic.cacheFile);
                item.c.found = a.automatic.onset.has_value() && a.automatic.offset.has_value();
                item.c.onset = a.automatic.onset.value_or(-1);
                item.c.offset = a.automatic.offset.value_or(-1);
                items.push_back(item);
            }
        }
    }
    std::vector<SpottingCase> cases;
    int missing = 0;
    const MotionSpotter spotter(options);
    for (size_t i = 0; i < items.size(); ++i) {
        if (progress && !progress(int(i), int(items.size())))
            return Error{tr("Cancelled.")};
        Item &item = items[i];
        if (item.cacheFile.isEmpty()) {
            ++missing;
            continue;
        }
        if (respot) {
            const Result<ClipAnalysis> analysis = ClipAnalysis::load(item.cacheFile);
            if (!analysis) {
                ++missing;
                continue;
            }
            std::vector<Landmarks68> points;
            std::vector<bool> present;
            for (const FrameAnalysis &f : analysis->frames) {
                points.push_back(f.points);
                present.push_back(f.face);
            }
            const MotionSpot spot = spotter.spot(points, present, analysis->clip.fps);
            item.c.found = spot.found();
            item.c.onset = spot.onset;
            item.c.offset = spot.offset;
        }
        cases.push_back(item.c);
    }
    if (progress)
        progress(int(items.size()), int(items.size()));
    if (cases.empty())
        return Error{
            tr("No clip of \"%1\" has both an analysis and a ground truth.").arg(projectDir)};
    SpottingCheck check = summariseSpotting(std::move(cases));
    check.missingAnalyses = missing;
    return check;
}

} // namespace fm
