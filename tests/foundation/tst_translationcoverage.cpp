// The German translation stays complete: every message the studio or the core can show (every
// context except the command-line fm::cli::* ones) has a finished, non-empty translation that
// keeps the source's placeholders, and the loaded translator finds it under the context the code
// asks for.
#include "common/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/** One <message> of a Qt Linguist .ts file as far as the coverage checks need it. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList files; // <location filename="../core/x.cpp"/> paths relative to the source dir
    QString type;      // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation text, or each <numerusform>
    bool numerus = false;
    qint64 line = 0;
};

QString tsPath()
{
    return QStringLiteral(FM_SOURCE_DIR "/i18n/fmstudio_de.ts");
}

/** Reads every message of a .ts file; an error string when the XML is broken. */
QVector<TsMessage> readTs(const QString &path, QString *error)
{
    QVector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus"))
                                  == QLatin1String("yes");
                current.line = xml.lineNumber();
            } else if (name == QLatin1String("location") && inMessage) {
                QString file = xml.attributes().value(QLatin1String("filename")).toString();
                if (file.startsWith(QLatin1String("../")))
                    file = file.mid(3);
                if (!current.files.contains(file))
                    current.files << file;
            } else if (name == QLatin1String("comment") && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

bool isCliContext(const QString &context)
{
    return context.startsWith(QLatin1String("fm::cli::"));
}

bool isLive(const TsMessage &m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

/** The %1..%99 and %n markers of a text, as a set. */
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("  line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(80));
}

/** The context of a file's local `QString tr(const char *)` wrapper, or empty when it has none. */
QString wrapperContext(const QString &file)
{
    static QHash<QString, QString> cache;
    if (cache.contains(file))
        return cache.value(file);
    QFile f(QStringLiteral(FM_SOURCE_DIR "/") + file);
    QString context;
    if (f.open(QIODevice::ReadOnly)) {
        static const QRegularExpression wrapper(
            QStringLiteral("QString tr\\(const char \\*\\w*\\)\\s*\\{\\s*return "
                           "QCoreApplication::translate\\(\"([^\"]+)\""));
        const QRegularExpressionMatch m = wrapper.match(QString::fromUtf8(f.readAll()));
        if (m.hasMatch())
            context = m.captured(1);
    }
    cache.insert(file, context);
    return context;
}

} // namespace

class TestTranslationCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileParses();
    void everyShownMessageIsTranslated();
    void placeholdersAreKept();
    void numerusFormsAreComplete();
    void wrappersFindTheirMessages();

private:
    QVector<TsMessage> load();
};

QVector<TsMessage> TestTranslationCoverage::load()
{
    QString error;
    const QVector<TsMessage> messages = readTs(tsPath(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return messages;
}

void TestTranslationCoverage::fileParses()
{
    QString error;
    const QVector<TsMessage> messages = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The studio has hundreds of strings; a handful means the file was truncated or misread.
    QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
}

void TestTranslationCoverage::everyShownMessageIsTranslated()
{
    QStringList missing;
    for (const TsMessage &m : load()) {
        if (isCliContext(m.context) || !isLive(m))
            continue;
        bool empty = m.forms.isEmpty();
        for (const QString &form : m.forms)
            empty = empty || form.trimmed().isEmpty();
        if (m.type == QLatin1String("unfinished") || empty)
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated or unfinished message(s) in %2:\n%3")
                            .arg(missing.size())
                            .arg(tsPath(), missing.join('\n'))));
}

void TestTranslationCoverage::placeholdersAreKept()
{
    // A finished translation (any context, the CLI's too) keeps every %1/%n of its source, and
    // invents none.
    QStringList broken;
    for (const TsMessage &m : load()) {
        if (!isLive(m) || m.type == QLatin1String("unfinished"))
            continue;
        QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            QSet<QString> got = placeholders(form);
            QSet<QString> need = wanted;
            if (m.numerus) {
                // A singular form may spell the number out ("eine Datei"); %n is optional there.
                need.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (got != need)
                broken << describe(m) + QStringLiteral(" -> \"%1\"").arg(form.left(80));
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join('\n')));
}

void TestTranslationCoverage::numerusFormsAreComplete()
{
    // German has two plural forms (singular, plural); the plural one must carry the number.
    QStringList broken;
    for (const TsMessage &m : load()) {
        if (!m.numerus || !isLive(m) || m.type == QLatin1String("unfinished"))
            continue;
        if (m.forms.size() != 2 || !m.forms.last().contains(QLatin1String("%n")))
            broken << describe(m);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join('\n')));
}

void TestTranslationCoverage::wrappersFindTheirMessages()
{
    // Files without Q_OBJECT translate through a local tr() wrapper with one context, while
    // lupdate files the message under the namespace or helper class it appears in. Through the
    // real German translator, every message must come back translated under the wrapper's
    // context, or the user sees English.
    const QStringList loaded = fm::installTranslations(*QCoreApplication::instance(),
                                                       QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral("fmstudio_de_DE")), qPrintable(loaded.join(',')));
    QStringList lost;
    int checked = 0;
    for (const TsMessage &m : load()) {
        if (!isLive(m) || m.type == QLatin1String("unfinished"))
            continue;
        for (const QString &file : m.files) {
            const QString context = wrapperContext(file);
            if (context.isEmpty() || context == m.context)
                continue;
            const QByteArray ctx = context.toUtf8(), src = m.source.toUtf8(),
                             dis = m.comment.toUtf8();
            const QString got = QCoreApplication::translate(ctx.constData(), src.constData(),
                                                            m.comment.isEmpty() ? nullptr
                                                                                : dis.constData(),
                                                            m.numerus ? 2 : -1);
            QString want = m.forms.value(m.numerus ? 1 : 0);
            if (m.numerus)
                want.replace(QLatin1String("%n"), QLatin1String("2"));
            ++checked;
            if (got != want)
                lost << describe(m)
                            + QStringLiteral(" via %1 (%2) -> \"%3\"")
                                  .arg(context, file, got.left(60));
        }
    }
    QVERIFY2(checked > 100, qPrintable(QString::number(checked))); // the wrappers were found
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 message(s) not found at run time:\n%2")
                                            .arg(lost.size())
                                            .arg(lost.join('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationCoverage)
#include "tst_translationcoverage.moc"
