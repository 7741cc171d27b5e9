#include "contenthash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fm {

namespace {

bool addFile(QCryptographicHash &hash, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hash.addData(&file);
}

} // namespace

Result<QString> contentHash(const QString &path)
{
    const QFileInfo info(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (info.isDir()) {
        const QStringList names = QDir(path).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            hash.addData(name.toUtf8());
            if (!addFile(hash, QDir(path).filePath(name)))
                return Error{
                    QCoreApplication::translate("fm::ContentHash", "\"%1\" could not be read.")
                        .arg(QDir(path).filePath(name))};
        }
    } else if (!addFile(hash, path)) {
        return Error{
            QCoreApplication::translate("fm::ContentHash", "\"%1\" could not be read.").arg(path)};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace fm
