// Model lookup follows its search path and names what is missing and how to install it.
#include "common/modellocator.h"
#include "common/privatedir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fm;

class TestModelLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchPathOrder();
    void environmentVariableWins();
    void missingFileNamesFileAndCommand();
    void setupCacheHoldsEveryModel();
    void privateDirIsOwnerOnly();
};

void TestModelLocator::searchPathOrder()
{
    qputenv("FM_MODEL_DIR", "/tmp/fm-env-models");
    const QStringList path = ModelLocator::modelSearchPath();
    qunsetenv("FM_MODEL_DIR");
    QVERIFY(path.size() >= 4);
    QCOMPARE(path.first(), QStringLiteral("/tmp/fm-env-models"));
    const int nextToBinary = path.indexOf(QCoreApplication::applicationDirPath() + "/models");
    const int cache = path.indexOf(
        QDir::cleanPath(QDir::homePath() + "/.cache/facemotion/face-api-1.7.15/models"));
    QVERIFY(nextToBinary > 0);
    QVERIFY2(cache > nextToBinary || qEnvironmentVariableIsSet("XDG_CACHE_HOME"),
             qPrintable(path.join(',')));
}

void TestModelLocator::environmentVariableWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("face_expression_model-weights_manifest.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[]");
    file.close();
    qputenv("FM_MODEL_DIR", dir.path().toLocal8Bit());
    const Result<QString> found = ModelLocator::findModel(
        QStringLiteral("face_expression_model-weights_manifest.json"));
    qunsetenv("FM_MODEL_DIR");
    QVERIFY(found.ok());
    QCOMPARE(found.value(), file.fileName());
}

void TestModelLocator::missingFileNamesFileAndCommand()
{
    const Result<QString> found = ModelLocator::findModel(QStringLiteral("no_such_model.bin"));
    QVERIFY(!found.ok());
    QVERIFY(found.error().message.contains(QLatin1String("no_such_model.bin")));
    QVERIFY(found.error().message.contains(QLatin1String("./fm setup")));
    QVERIFY(found.error().detail.contains(QLatin1String("/models")));
}

void TestModelLocator::setupCacheHoldsEveryModel()
{
    // `./fm setup` unpacked the checksum-verified npm package; every model the port needs
    // must be found through the search path.
    for (const char *name :
         {"face_landmark_68_model", "face_landmark_68_tiny_model", "face_expression_model",
          "face_recognition_model", "tiny_face_detector_model"}) {
        const QString manifest = QString::fromLatin1(name) + "-weights_manifest.json";
        const Result<QString> found = ModelLocator::findModel(manifest);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QVERIFY(QFile::exists(
            QFileInfo(found.value()).dir().filePath(QString::fromLatin1(name) + ".bin")));
    }
    QVERIFY(ModelLocator::dlibShapePredictor().ok());
    QVERIFY(ModelLocator::demoPhotoDir().ok());
}

void TestModelLocator::privateDirIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("a/b/project"));
    const Result<QString> made = makePrivateDir(target);
    QVERIFY(made.ok());
    const QFile::Permissions perms = QFile::permissions(target);
    QVERIFY(perms.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                            | QFile::ReadOther | QFile::WriteOther
                                            | QFile::ExeOther;
    QCOMPARE(perms & groupOrOther, QFile::Permissions());

    QFile plain(dir.filePath(QStringLiteral("file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(!makePrivateDir(plain.fileName()).ok());

    // Shared folders keep their mode: a sticky one (as /tmp) is not closed to everyone else.
    const QString shared = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
    QVERIFY(makePrivateDir(shared).ok());
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(shared).constData(), &st) == 0);
    QCOMPARE(int(st.st_mode & 07777), 01777);

    // The folder of a named output file: created owner-only when missing, else left alone.
    const QString open = dir.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkpath(open));
    QVERIFY(::chmod(QFile::encodeName(open).constData(), 0755) == 0);
    QCOMPARE(makeParentDir(open + QStringLiteral("/sfe-m.pt")).value(), open);
    QVERIFY(::stat(QFile::encodeName(open).constData(), &st) == 0);
    QCOMPARE(int(st.st_mode & 0777), 0755);
    const QString fresh = open + QStringLiteral("/new/sub");
    QCOMPARE(makeParentDir(fresh + QStringLiteral("/sfe-m.pt")).value(), fresh);
    QCOMPARE(QFile::permissions(fresh) & groupOrOther, QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestModelLocator)
#include "tst_modellocator.moc"
