#include "privatedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fm {

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
    if (!QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return Error{QCoreApplication::translate("fm::PrivateDir",
                                                 "The folder \"%1\" could not be made private.")
                         .arg(absolute)};
    }
    return absolute;
}

} // namespace fm
