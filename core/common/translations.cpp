#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

namespace fm {

namespace {

// Classes without Q_OBJECT translate through a file-local tr() wrapper with one context, but
// lupdate files a message under the scope it appears in: the enclosing namespace for free
// functions ("fm", "fm::cli") and the helper class for members of helper classes. The
// wrapper's context falls back to those (tst_translationcoverage checks every message is
// found through its file's wrapper).
const QHash<QByteArray, QByteArrayList> &helperContexts()
{
    static const QHash<QByteArray, QByteArrayList> contexts{
        {"fm::ProjectCommand",
         {"fm::AddItemCommand", "fm::DeleteItemCommand", "fm::MoveClipCommand",
          "fm::RelinkClipCommand", "fm::SetReviewCommand", "fm::UpdateMotionCommand",
          "fm::UpdateSubjectCommand"}},
        {"fm::ClipImporter", {"fm::ImportPattern"}},
        {"fm::Trainer", {"fm::PartitionTrainer"}},
        {"fm::TrainConfig", {"fm::Reader"}},
        {"fm::Verifier", {"fm::VerificationResult"}},
        {"fm::ChartExport", {"fm::chartexport"}},
        {"fm::FeatureSet", {"fm::featurebundle"}},
        {"fm::ProjectStore", {"fm::store"}},
        {"fm::IdentityRelative", {"fm::identityrelative"}},
    };
    return contexts;
}

/** The FaceMotion translation, looking a message up in its helper and namespace contexts too. */
class FmTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || !context)
            return text;
        const QByteArray own(context);
        for (const QByteArray &helper : helperContexts().value(own)) {
            text = QTranslator::translate(helper.constData(), sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        QByteArray scope = own;
        for (int cut = scope.lastIndexOf("::"); cut > 0; cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            text = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return text;
    }
};

} // namespace

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList loaded;

    auto *own = new FmTranslator(&app);
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
