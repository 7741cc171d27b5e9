#include "clipanalysis.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ClipAnalysis", text);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

QJsonArray curve(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(round4(v));
    return array;
}

std::vector<double> curveFrom(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

QJsonObject frameToJson(const FrameAnalysis &f, int index)
{
    QJsonObject o{{QStringLiteral("i"), index}, {QStringLiteral("face"), f.face}};
    if (!f.face)
        return o;
    o.insert(QStringLiteral("detected"), f.detected);
    o.insert(QStringLiteral("box"), QJsonArray{round2(f.box.x), round2(f.box.y),
                                               round2(f.box.width), round2(f.box.height)});
    QJsonArray points;
    for (const cv::Point2f &p : f.points) {
        points.append(round2(p.x));
        points.append(round2(p.y));
    }
    o.insert(QStringLiteral("landmarks"), points);
    QJsonArray align;
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c)
            align.append(std::round(f.align(r, c) * 1e6) / 1e6);
    }
    o.insert(QStringLiteral("align"), align);
    o.insert(QStringLiteral("qa"),
             QJsonObject{{QStringLiteral("sharpness"), round2(f.quality.sharpness)},
                         {QStringLiteral("pose_valid"), f.quality.pose.valid},
                         {QStringLiteral("yaw"), round2(f.quality.pose.yaw)},
                         {QStringLiteral("pitch"), round2(f.quality.pose.pitch)},
                         {QStringLiteral("roll"), round2(f.quality.pose.roll)},
                         {QStringLiteral("sharp"), f.quality.sharpEnough},
                         {QStringLiteral("frontal"), f.quality.frontalEnough},
                         {QStringLiteral("accepted"), f.quality.accepted()}});
    return o;
}

FrameAnalysis frameFromJson(const QJsonObject &o)
{
    FrameAnalysis f;
    f.face = o.value(QStringLiteral("face")).toBool();
    if (!f.face)
        return f;
    f.detected = o.value(QStringLiteral("detected")).toBool();
    const QJsonArray box = o.value(QStringLiteral("box")).toArray();
    if (box.size() == 4) {
        f.box = cv::Rect2f(float(box[0].toDouble()), float(box[1].toDouble()),
                           float(box[2].toDouble()), float(box[3].toDouble()));
    }
    const QJsonArray points = o.value(QStringLiteral("landmarks")).toArray();
    for (int k = 0; k < 68 && 2 * k + 1 < points.size(); ++k)
        f.points[size_t(k)] = cv::Point2f(float(points[2 * k].toDouble()),
                                          float(points[2 * k + 1].toDouble()));
    const QJsonArray align = o.value(QStringLiteral("align")).toArray();
    for (int i = 0; i < 6 && i < align.size(); ++i)
        f.align(i / 3, i % 3) = align[i].toDouble();
    const QJsonObject qa = o.value(QStringLiteral("qa")).toObject();
    f.quality.sharpness = qa.value(QStringLiteral("sharpness")).toDouble();
    f.quality.pose.valid = qa.value(QStringLiteral("pose_valid")).toBool();
    f.quality.pose.yaw = qa.value(QStringLiteral("yaw")).toDouble();
    f.quality.pose.pitch = qa.value(QStringLiteral("pitch")).toDouble();
    f.quality.pose.roll = qa.value(QStringLiteral("roll")).toDouble();
    f.quality.sharpEnough = qa.value(QStringLiteral("sharp")).toBool();
    f.quality.frontalEnough = qa.value(QStringLiteral("frontal")).toBool();
    return f;
}

MotionStatus statusFrom(const QString &name)
{
    if (name == QLatin1String("found"))
        return MotionStatus::Found;
    if (name == QLatin1String("no-motion"))
        return MotionStatus::NoMotion;
    return MotionStatus::TooShort;
}

} // namespace

int ClipAnalysis::framesWithFace() const
{
    int count = 0;
    for (const FrameAnalysis &f : frames)
        count += f.face ? 1 : 0;
    return count;
}

std::vector<std::pair<int, int>> ClipAnalysis::missingRanges() const
{
    std::vector<std::pair<int, int>> ranges;
    for (int i = 0; i < int(frames.size()); ++i) {
        if (frames[size_t(i)].face)
            continue;
        if (!ranges.empty() && ranges.back().second == i - 1)
            ranges.back().second = i;
        else
            ranges.emplace_back(i, i);
    }
    return ranges;
}

QJsonObject ClipAnalysis::toJson() const
{
    QJsonArray frameArray;
    for (int i = 0; i < int(frames.size()); ++i)
        frameArray.append(frameToJson(frames[size_t(i)], i));
    QJsonObject regions;
    for (const RegionEnergy &r : motion.regions) {
        regions.insert(r.name, QJsonObject{{QStringLiteral("peak_displacement"),
                                            round4(r.peakDisplacement)},
                                           {QStringLiteral("energy"), curve(r.energy)}});
    }
    QJsonArray missing;
    for (const auto &range : missingRanges())
        missing.append(QJsonArray{range.first, range.second});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("facemotion-clip-analysis")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("clip"),
         QJsonObject{{QStringLiteral("path"), clip.path},
                     {QStringLiteral("image_sequence"), clip.imageSequence},
                     {QStringLiteral("fps"), clip.fps},
                     {QStringLiteral("frames"), clip.frameCount},
                     {QStringLiteral("width"), clip.size.width()},
                     {QStringLiteral("height"), clip.size.height()},
                     {QStringLiteral("duration_s"), round4(clip.durationSeconds())}}},
        {QStringLiteral("detector"), detector},
        {QStringLiteral("crop_size"), cropSize},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("frames_with_face"), framesWithFace()},
        {QStringLiteral("missing_face"), missing},
        {QStringLiteral("qa_summary"),
         QJsonObject{{QStringLiteral("faces"), quality.faces},
                     {QStringLiteral("accepted"), quality.accepted},
                     {QStringLiteral("blurry"), quality.blurry},
                     {QStringLiteral("sideways"), quality.sideways},
                     {QStringLiteral("median_sharpness"), round2(quality.medianSharpness)},
                     {QStringLiteral("median_abs_yaw"), round2(quality.medianAbsYaw)},
                     {QStringLiteral("max_abs_yaw"), round2(quality.maxAbsYaw)}}},
        {QStringLiteral("motion"),
         QJsonObject{{QStringLiteral("status"), MotionSpotter::statusName(motion.status)},
                     {QStringLiteral("onset"), motion.onset},
                     {QStringLiteral("apex"), motion.apex},
                     {QStringLiteral("offset"), motion.offset},
                     {QStringLiteral("confidence"), round4(motion.confidence)},
                     {QStringLiteral("message"), motion.message},
                     {QStringLiteral("noise"), round4(motion.noiseLevel)},
                     {QStringLiteral("peak_displacement"), round4(motion.peakDisplacement)},
                     {QStringLiteral("dominant_region"), motion.dominantRegion},
                     {QStringLiteral("energy"), curve(motion.energy)},
                     {QStringLiteral("displacement"), curve(motion.displacement)},
                     {QStringLiteral("regions"), regions}}},
        {QStringLiteral("frames"), frameArray},
    };
}

Result<ClipAnalysis> ClipAnalysis::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString()
        != QLatin1String("facemotion-clip-analysis")) {
        return Error{tr("This is not a FaceMotion clip analysis.")};
    }
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version != kFormatVersion) {
        return Error{tr("The clip analysis has format version %1; this program reads version %2.")
                         .arg(version)
                         .arg(kFormatVersion)};
    }
    ClipAnalysis a;
    const QJsonObject clip = json.value(QStringLiteral("clip")).toObject();
    a.clip.path = clip.value(QStringLiteral("path")).toString();
    a.clip.imageSequence = clip.value(QStringLiteral("image_sequence")).toBool();
    a.clip.fps = clip.value(QStringLiteral("fps")).toDouble();
    a.clip.frameCount = clip.value(QStringLiteral("frames")).toInt();
    a.clip.size = QSize(clip.value(QStringLiteral("width")).toInt(),
                        clip.value(QStringLiteral("height")).toInt());
    a.detector = json.value(QStringLiteral("detector")).toString();
    a.cropSize = json.value(QStringLiteral("crop_size")).toInt(112);
    for (const QJsonValue &w : json.value(QStringLiteral("warnings")).toArray())
        a.warnings << w.toString();
    const QJsonObject qa = json.value(QStringLiteral("qa_summary")).toObject();
    a.quality.faces = qa.value(QStringLiteral("faces")).toInt();
    a.quality.accepted = qa.value(QStringLiteral("accepted")).toInt();
    a.quality.blurry = qa.value(QStringLiteral("blurry")).toInt();
    a.quality.sideways = qa.value(QStringLiteral("sideways")).toInt();
    a.quality.medianSharpness = qa.value(QStringLiteral("median_sharpness")).toDouble();
    a.quality.medianAbsYaw = qa.value(QStringLiteral("median_abs_yaw")).toDouble();
    a.quality.maxAbsYaw = qa.value(QStringLiteral("max_abs_yaw")).toDouble();
    const QJsonObject m = json.value(QStringLiteral("motion")).toObject();
    a.motion.status = statusFrom(m.value(QStringLiteral("status")).toString());
    a.motion.onset = m.value(QStringLiteral("onset")).toInt(-1);
    a.motion.apex = m.value(QStringLiteral("apex")).toInt(-1);
    a.motion.offset = m.value(QStringLiteral("offset")).toInt(-1);
    a.motion.confidence = m.value(QStringLiteral("confidence")).toDouble();
    a.motion.message = m.value(QStringLiteral("message")).toString();
    a.motion.noiseLevel = m.value(QStringLiteral("noise")).toDouble();
    a.motion.peakDisplacement = m.value(QStringLiteral("peak_displacement")).toDouble();
    a.motion.dominantRegion = m.value(QStringLiteral("dominant_region")).toString();
    a.motion.energy = curveFrom(m.value(QStringLiteral("energy")));
    a.motion.displacement = curveFrom(m.value(QStringLiteral("displacement")));
    const QJsonObject regions = m.value(QStringLiteral("regions")).toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        a.motion.regions.push_back(
            RegionEnergy{it.key(), curveFrom(r.value(QStringLiteral("energy"))),
                         r.value(QStringLiteral("peak_displacement")).toDouble()});
    }
    const QJsonArray frames = json.value(QStringLiteral("frames")).toArray();
    for (const QJsonValue &f : frames)
        a.frames.push_back(frameFromJson(f.toObject()));
    return a;
}

Result<QString> ClipAnalysis::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        return Error{tr("The analysis could not be written to \"%1\".").arg(path),
                     file.errorString()};
    }
    return path;
}

Result<ClipAnalysis> ClipAnalysis::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The analysis \"%1\" could not be opened.").arg(path), file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return Error{tr("The analysis \"%1\" is not valid JSON.").arg(path),
                     parseError.errorString()};
    }
    return fromJson(doc.object());
}

} // namespace fm
