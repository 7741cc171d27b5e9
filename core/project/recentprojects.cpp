#include "recentprojects.h"

#include "common/privatedir.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::RecentProjects", text);
}

} // namespace

RecentProjects::RecentProjects(const QString &file) : m_file(file.isEmpty() ? defaultFile() : file)
{}

QString RecentProjects::defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("FaceMotion/recent-projects.json"));
}

Result<QVector<RecentProjects::Entry>> RecentProjects::entries() const
{
    QVector<Entry> list;
    QFile file(m_file);
    if (!file.exists())
        return list;
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The list of recent projects \"%1\" could not be read.").arg(m_file),
                     file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("The list of recent projects \"%1\" is damaged.").arg(m_file),
                     parseError.errorString()};
    for (const QJsonValue &v : doc.object().value(QStringLiteral("projects")).toArray()) {
        Entry e;
        e.folder = v.toObject().value(QStringLiteral("folder")).toString();
        e.openedAt = QDateTime::fromString(v.toObject().value(QStringLiteral("opened_at")).toString(),
                                           Qt::ISODateWithMs);
        if (e.folder.isEmpty())
            continue;
        e.exists = Project::isProject(e.folder);
        list.append(e);
    }
    return list;
}

Result<bool> RecentProjects::add(const QString &folder)
{
    Result<QVector<Entry>> current = entries();
    QVector<Entry> list = current ? current.value() : QVector<Entry>(); // repair a damaged file
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Entry &e) { return e.folder == absolute; }),
               list.end());
    list.prepend({absolute, QDateTime::currentDateTimeUtc(), Project::isProject(absolute)});
    while (list.size() > kMaxEntries)
        list.removeLast();
    return save(list);
}

Result<bool> RecentProjects::remove(const QString &folder)
{
    Result<QVector<Entry>> current = entries();
    if (!current)
        return current.error();
    QVector<Entry> list = current.value();
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Entry &e) { return e.folder == absolute; }),
               list.end());
    return save(list);
}

Result<bool> RecentProjects::save(const QVector<Entry> &list) const
{
    if (Result<QString> dir = makePrivateDir(QFileInfo(m_file).absolutePath()); !dir)
        return dir.error();
    QJsonArray projects;
    for (const Entry &e : list)
        projects.append(QJsonObject{{QStringLiteral("folder"), e.folder},
                                    {QStringLiteral("opened_at"),
                                     e.openedAt.toUTC().toString(Qt::ISODateWithMs)}});
    QSaveFile file(m_file);
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("projects"), projects}})
                                 .toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The list of recent projects \"%1\" could not be saved.").arg(m_file),
                     file.errorString()};
    return true;
}

} // namespace fm
