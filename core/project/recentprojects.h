#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace fm {

/**
 * The recently opened projects, newest first, kept in a small JSON file in the user's config
 * folder (no QSettings, so the CLI and tests can point it elsewhere). The studio lists them.
 */
class RecentProjects
{
public:
    static constexpr int kMaxEntries = 10;

    struct Entry
    {
        QString folder;
        QDateTime openedAt;
        bool exists = false; ///< the folder still holds a project
    };

    /** `file` empty: defaultFile(). */
    explicit RecentProjects(const QString &file = QString());
    /** <config>/FaceMotion/recent-projects.json */
    static QString defaultFile();

    QString file() const { return m_file; }
    /** Reads the file; a missing file is an empty list, a damaged one an error. */
    Result<QVector<Entry>> entries() const;
    /** Puts `folder` first (opened now) and saves. */
    Result<bool> add(const QString &folder);
    Result<bool> remove(const QString &folder);

private:
    Result<bool> save(const QVector<Entry> &entries) const;
    QString m_file;
};

} // namespace fm
