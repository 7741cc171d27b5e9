#include "modellocator.h"

#include "common/buildinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fm {

namespace {

const char kFaceApiFolder[] = "face-api-1.7.15";
const char kDlibModelName[] = "shape_predictor_68_face_landmarks.dat";

QString cacheRoot()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/facemotion/") + QLatin1String(kFaceApiFolder);
}

void appendUnique(QStringList &list, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!clean.isEmpty() && !list.contains(clean))
        list.append(clean);
}

} // namespace

QStringList ModelLocator::dataRoots()
{
    QStringList roots;
    const QString envRoot = qEnvironmentVariable("FM_DATA_DIR");
    if (!envRoot.isEmpty())
        appendUnique(roots, envRoot);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        appendUnique(roots, appDir);
        appendUnique(roots, appDir + QStringLiteral("/../share/facemotion"));
    }
    appendUnique(roots, QStringLiteral(FM_INSTALL_DATADIR));
    appendUnique(roots, cacheRoot());
    return roots;
}

QStringList ModelLocator::modelSearchPath()
{
    QStringList dirs;
    const QString envModels = qEnvironmentVariable("FM_MODEL_DIR");
    if (!envModels.isEmpty())
        appendUnique(dirs, envModels);
    for (const QString &root : dataRoots())
        appendUnique(dirs, root + QStringLiteral("/models"));
    return dirs;
}

QString ModelLocator::installHint()
{
    return QCoreApplication::translate("fm::ModelLocator",
                                       "Run \"./fm setup\" in the FaceMotion Studio source folder "
                                       "(or install the facemotion-studio package).");
}

Result<QString> ModelLocator::findModel(const QString &fileName)
{
    const QStringList dirs = modelSearchPath();
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir).filePath(fileName));
        if (candidate.isFile())
            return candidate.absoluteFilePath();
    }
    return Error{QCoreApplication::translate("fm::ModelLocator",
                                             "The model file \"%1\" was not found. %2")
                     .arg(fileName, installHint()),
                 QCoreApplication::translate("fm::ModelLocator", "Searched: %1")
                     .arg(dirs.join(QStringLiteral(", ")))};
}

Result<QString> ModelLocator::dlibShapePredictor()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("FM_DLIB_MODEL");
    if (!env.isEmpty())
        candidates << env;
    for (const QString &dir : modelSearchPath())
        candidates << QDir(dir).filePath(QLatin1String(kDlibModelName));
    candidates << QStringLiteral(FM_DLIB_MODEL_DEFAULT);
    for (const QString &path : candidates) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return Error{QCoreApplication::translate(
                     "fm::ModelLocator",
                     "dlib's 68-point landmark model \"%1\" was not found. Install it with "
                     "\"sudo apt-get install libdlib-data\" or run \"./fm setup\".")
                     .arg(QLatin1String(kDlibModelName)),
                 QCoreApplication::translate("fm::ModelLocator", "Searched: %1")
                     .arg(candidates.join(QStringLiteral(", ")))};
}

Result<QString> ModelLocator::demoPhotoDir()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("FM_DEMO_DIR");
    if (!env.isEmpty())
        dirs << env;
    for (const QString &root : dataRoots())
        dirs << root + QStringLiteral("/demo");
    for (const QString &dir : dirs) {
        if (QFileInfo(QDir(dir).filePath(QStringLiteral("sample1.jpg"))).isFile())
            return QDir(dir).absolutePath();
    }
    return Error{QCoreApplication::translate("fm::ModelLocator",
                                             "The face-api demo photos were not found. %1")
                     .arg(installHint()),
                 QCoreApplication::translate("fm::ModelLocator", "Searched: %1")
                     .arg(dirs.join(QStringLiteral(", ")))};
}

} // namespace fm
