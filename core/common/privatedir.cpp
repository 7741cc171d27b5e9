#include "privatedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace fm {

namespace {

/** A folder of this user that is not shared by design (no sticky bit, as /tmp has). */
bool ownFolder(const QFileInfo &info)
{
    struct stat st;
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) != 0)
        return false;
    return st.st_uid == ::geteuid() && (st.st_mode & S_ISVTX) == 0;
}

} // namespace

Result<QString> makeParentDir(const QString &filePath)
{
    const QString parent = QFileInfo(QFileInfo(filePath).absoluteFilePath()).absolutePath();
    if (QFileInfo(parent).isDir())
        return parent;
    return makePrivateDir(parent);
}

Result<QString> makePrivateDir(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        return Error{
            QCoreApplication::translate("fm::PrivateDir", "\"%1\" exists and is not a folder.")
                .arg(absolute)};
    }
    if (!info.exists() && !QDir().mkpath(absolute)) {
        return Error{
            QCoreApplication::translate("fm::PrivateDir", "The folder \"%1\" could not be created.")
                .arg(absolute)};
    }
    if (info.exists() && !ownFolder(info))
        return absolute; // /tmp and other shared folders keep their mode
    if (!QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return Error{QCoreApplication::translate("fm::PrivateDir",
                                                 "The folder \"%1\" could not be made private.")
                         .arg(absolute)};
    }
    return absolute;
}

} // namespace fm
