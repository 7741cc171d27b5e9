#include "clicommand.h"

#include "common/buildinfo.h"
#include "common/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fmstudio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FaceMotion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FM_VERSION_STRING));
    fm::installTranslations(app);
    return fm::cli::runCli(QCoreApplication::arguments().mid(1));
}
