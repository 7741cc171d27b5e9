#include "mainwindow.h"

#include "common/buildinfo.h"
#include "common/translations.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "fm::main", "FaceMotion Studio: record, annotate and review facial-motion clips."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        projectOption({QStringLiteral("p"), QStringLiteral("project")},
                      QApplication::translate("fm::main", "Open the project in folder DIR."),
                      QStringLiteral("DIR"));
    parser.addOption(projectOption);
    parser.process(app);

    fm::MainWindow window;
    window.show();
    if (parser.isSet(projectOption))
        window.openProject(parser.value(projectOption));
    return app.exec();
}
