#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fm {

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList loaded;

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("fmstudio"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        loaded << QStringLiteral("fmstudio_%1").arg(own->language());
    } else {
        delete own;
    }

    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase);
        loaded << QStringLiteral("qtbase_%1").arg(qtBase->language());
    } else {
        delete qtBase;
    }
    return loaded;
}

} // namespace fm
