#include "expressionreport.h"

#include "expr/identityrelative.h"

#include "common/privatedir.h"
#include "expr/expressionanalyzer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ExpressionReport", text);
}

QString identityImage(int k)
{
    return QStringLiteral("identity-%1.png").arg(k);
}

QString summaryImage(int k, int n)
{
    return QStringLiteral("summary-%1-%2.png").arg(k).arg(n, 2, 10, QLatin1Char('0'));
}

Result<bool> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return true;
}

Result<bool> writePng(const QString &path, const cv::Mat &image)
{
    std::vector<uchar> png;
    if (image.empty() || !cv::imencode(".png", image, png))
        return Error{tr("A face image could not be encoded.")};
    return writeFile(path, QByteArray(reinterpret_cast<const char *>(png.data()), int(png.size())));
}

} // namespace

QJsonObject expressionReportJson(const ExpressionReport &r)
{
    QJsonObject root;
    root[QStringLiteral("video")] = r.video;
    root[QStringLiteral("fps")] = r.clip.fps;
    root[QStringLiteral("frames")] = r.framesRead;
    root[QStringLiteral("framesAnalysed")] = r.framesAnalysed;
    root[QStringLiteral("width")] = r.clip.size.width();
    root[QStringLiteral("height")] = r.clip.size.height();
    root[QStringLiteral("model")] = r.model;
    QJsonObject faces;
    faces[QStringLiteral("found")] = r.facesFound;
    faces[QStringLiteral("accepted")] = int(r.faces.size());
    faces[QStringLiteral("rejectedBlurry")] = r.rejectedBlurry;
    faces[QStringLiteral("rejectedSideways")] = r.rejectedSideways;
    faces[QStringLiteral("noise")] = r.noiseFaces;
    root[QStringLiteral("faces")] = faces;
    QJsonArray refs;
    for (const ReferenceEmbedding &ref : r.references) {
        QJsonObject o{{QStringLiteral("name"), ref.name},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(ref.tags)},
                      {QStringLiteral("baseline"), identityrelative::baselineId(ref.baseline)}};
        if (ref.identity >= 0)
            o[QStringLiteral("identity")] = ref.identity;
        refs.append(o);
    }
    root[QStringLiteral("references")] = refs;
    root[QStringLiteral("identityRelative")] = r.identityRelative;
    QJsonArray identities;
    for (const ExprIdentity &id : r.identities) {
        QJsonObject o;
        o[QStringLiteral("id")] = id.id;
        o[QStringLiteral("faces")] = int(id.faces.size());
        if (!id.faces.empty()) {
            const int first = r.faces[size_t(id.faces.front())].frame;
            const int last = r.faces[size_t(id.faces.back())].frame;
            o[QStringLiteral("firstFrame")] = first;
            o[QStringLiteral("lastFrame")] = last;
            o[QStringLiteral("firstTime")] = r.timeOf(first);
            o[QStringLiteral("lastTime")] = r.timeOf(last);
        }
        if (!id.image.empty())
            o[QStringLiteral("image")] = identityImage(id.id);
        QJsonArray rates;
        for (const TagRate &rate : id.rates)
            rates.append(QJsonObject{{QStringLiteral("tag"), rate.tag},
                                     {QStringLiteral("faces"), rate.faces},
                                     {QStringLiteral("rate"), rate.rate}});
        o[QStringLiteral("appearanceRates")] = rates;
        QJsonArray segments;
        for (const TagSegment &s : id.segments)
            segments.append(QJsonObject{{QStringLiteral("tag"), s.tag},
                                        {QStringLiteral("startFrame"), s.startFrame},
                                        {QStringLiteral("endFrame"), s.endFrame},
                                        {QStringLiteral("startTime"), r.timeOf(s.startFrame)},
                                        {QStringLiteral("endTime"), r.timeOf(s.endFrame)},
                                        {QStringLiteral("faces"), s.faces},
                                        {QStringLiteral("minDistance"), s.minDistance}});
        o[QStringLiteral("segments")] = segments;
        QJsonArray summary;
        for (size_t n = 0; n < id.summary.size(); ++n) {
            const SummaryFace &s = id.summary[n];
            QJsonObject so{{QStringLiteral("frame"), s.frame},
                           {QStringLiteral("time"), r.timeOf(s.frame)},
                           {QStringLiteral("clusterSize"), s.clusterSize}};
            if (!s.image.empty())
                so[QStringLiteral("image")] = summaryImage(id.id, int(n));
            summary.append(so);
        }
        o[QStringLiteral("summary")] = summary;
        identities.append(o);
    }
    root[QStringLiteral("identities")] = identities;
    root[QStringLiteral("seconds")] = r.seconds;
    root[QStringLiteral("framesPerSecond")] = r.framesPerSecond;
    return root;
}

Result<QString> writeExpressionReport(const ExpressionReport &report, const QString &outDir)
{
    const auto dir = makePrivateDir(outDir);
    if (!dir)
        return dir.error();
    const QDir out(dir.value());
    for (const ExprIdentity &id : report.identities) {
        if (!id.image.empty()) {
            auto ok = writePng(out.filePath(identityImage(id.id)), id.image);
            if (!ok)
                return ok.error();
        }
        for (size_t n = 0; n < id.summary.size(); ++n)
            if (!id.summary[n].image.empty()) {
                auto ok = writePng(out.filePath(summaryImage(id.id, int(n))), id.summary[n].image);
                if (!ok)
                    return ok.error();
            }
    }
    const QString json = out.filePath(QStringLiteral("expressions.json"));
    auto ok = writeFile(json, QJsonDocument(expressionReportJson(report)).toJson());
    if (!ok)
        return ok.error();
    return json;
}

} // namespace fm
