#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace fm {

/**
 * Installs FaceMotion's own translation (embedded as :/i18n/fmstudio_<lang>.qm) and Qt's
 * base translation for `locale` on `app`. Returns the translation names that loaded
 * (empty for English, which needs none). Translators are parented to `app`.
 */
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace fm
