#include "mainwindow.h"

#include "common/buildinfo.h"
#include "common/translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FaceMotion Studio"));
    QApplication::setOrganizationName(QStringLiteral("FaceMotion"));
    QApplication::setApplicationVersion(QStringLiteral(FM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.facemotion.Studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fmstudio.svg")));
    fm::installTranslations(app);

    fm::MainWindow window;
    window.show();
    return app.exec();
}
