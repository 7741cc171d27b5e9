#include "runfolder.h"

#include "common/privatedir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::RunFolder", text);
}

Result<bool> writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{tr("\"%1\" could not be written.").arg(path), file.errorString()};
    return true;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject manifest(const TrainConfig &config, const FeatureSet &features,
                     const std::vector<DataPartition> &partitions)
{
    std::vector<QString> role(features.clips.size());
    for (const DataPartition &p : partitions) {
        for (int i : p.validation)
            role[size_t(i)] = p.fold < 0 ? QStringLiteral("validation") : p.name;
        if (p.fold < 0) {
            for (int i : p.train)
                role[size_t(i)] = QStringLiteral("train");
        }
    }
    QJsonArray clips;
    for (size_t i = 0; i < features.clips.size(); ++i) {
        const ClipFeatures &c = features.clips[i];
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("subject"), c.subject},
                      {QStringLiteral("motion"), c.motion},
                      {QStringLiteral("frames"), c.frames},
                      {config.protocol == QLatin1String("cv") ? QStringLiteral("fold")
                                                              : QStringLiteral("set"),
                       role[i].isEmpty() ? QStringLiteral("unused") : role[i]}};
        if (c.onset)
            o.insert(QStringLiteral("onset"), *c.onset);
        if (c.offset)
            o.insert(QStringLiteral("offset"), *c.offset);
        clips.append(o);
    }
    return {{QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), features.source.kind},
                                                   {QStringLiteral("path"), features.source.path},
                                                   {QStringLiteral("sfe"), features.source.sfe}}},
            {QStringLiteral("dim"), features.dim},
            {QStringLiteral("fingerprint"), featureFingerprint(features)},
            {QStringLiteral("clips"), clips}};
}

} // namespace

QString featureFingerprint(const FeatureSet &features)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(features.dim));
    for (const ClipFeatures &c : features.clips) {
        hash.addData(QStringLiteral("%1\n%2\n%3\n%4 %5 %6\n")
                         .arg(c.id, c.subject, c.motion)
                         .arg(c.frames)
                         .arg(c.onset.value_or(-1))
                         .arg(c.offset.value_or(-1))
                         .toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(c.values.data()),
                                    qsizetype(c.values.size() * sizeof(float))));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<RunFolder> RunFolder::prepare(const QString &dir, const TrainConfig &config,
                                     const FeatureSet &features,
                                     const std::vector<DataPartition> &partitions, bool *resumed)
{
    RunFolder folder;
    folder.m_dir = QDir(dir).absolutePath();
    const QDir d(folder.m_dir);
    const QString configPath = d.filePath(QStringLiteral("config.json"));
    const QJsonObject configJson = config.toJson();
    const QJsonObject manifestJson = manifest(config, features, partitions);
    *resumed = false;
    if (d.exists() && !d.isEmpty()) {
        if (!QFile::exists(configPath))
            return Error{tr("\"%1\" is not empty and holds no training run; choose a new run "
                            "folder.")
                             .arg(folder.m_dir)};
        if (readJson(configPath) != configJson)
            return Error{tr("The run folder \"%1\" holds a run with a different config; use a "
                            "new run folder to train with this one.")
                             .arg(folder.m_dir)};
        const QJsonObject old = readJson(d.filePath(QStringLiteral("manifest.json")));
        if (old.value(QStringLiteral("fingerprint"))
            != manifestJson.value(QStringLiteral("fingerprint")))
            return Error{tr("The run folder \"%1\" was trained on other clips or features; use a "
                            "new run folder.")
                             .arg(folder.m_dir)};
        *resumed = true;
        return folder;
    }
    const Result<QString> made = makePrivateDir(folder.m_dir);
    if (!made)
        return made.error();
    const Result<QString> checkpoints = makePrivateDir(d.filePath(QStringLiteral("checkpoints")));
    if (!checkpoints)
        return checkpoints.error();
    // manifest first: a folder with config.json is a run, so config.json is written last.
    Result<bool> written = writeJson(d.filePath(QStringLiteral("manifest.json")), manifestJson);
    if (written)
        written = writeJson(configPath, configJson);
    if (!written) {
        QDir(folder.m_dir).removeRecursively(); // it was new or empty: leave nothing behind
        return written.error();
    }
    return folder;
}

QString RunFolder::checkpointPath(const DataPartition &partition) const
{
    return QDir(m_dir).filePath(QStringLiteral("checkpoints/%1.pt").arg(partition.name));
}

QString RunFolder::partitionDir(const DataPartition &partition) const
{
    return partition.fold < 0 ? m_dir : QDir(m_dir).filePath(partition.name);
}

void RunFolder::log(const QString &line) const
{
    QFile file(QDir(m_dir).filePath(QStringLiteral("log.txt")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' '
                   + line.toUtf8() + '\n');
    }
}

} // namespace fm
