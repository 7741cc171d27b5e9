#include "verifycommand.h"

#include "clicommand.h"
#include "interrupt.h"

#include "train/verification.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::cli::verify", text);
}

void emitLine(const QJsonObject &line)
{
    out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << "\n";
    out().flush();
}

int fail(const Error &error)
{
    emitLine({{QStringLiteral("phase"), QStringLiteral("error")},
              {QStringLiteral("message"), error.message},
              {QStringLiteral("detail"), error.detail}});
    err() << error.message << "\n";
    if (!error.detail.isEmpty())
        err() << "  " << error.detail << "\n";
    err().flush();
    return 1;
}

} // namespace

int verifyVideos(const QString &enrol, const QString &probe, const QString &runDir,
                 double identityThreshold)
{
    watchInterrupts();
    VerificationOptions options;
    options.identityThreshold = identityThreshold;
    err() << tr("Loading the run and the face networks...") << "\n";
    err().flush();
    Result<std::unique_ptr<Verifier>> verifier = Verifier::create(runDir, options);
    if (!verifier)
        return fail(verifier.error());
    QString lastStage;
    const Result<VerificationResult> result = verifier.value()->verify(
        enrol, probe,
        [&lastStage](const QString &stage, double) {
            if (stage != lastStage) {
                err() << stage << "\n";
                err().flush();
                lastStage = stage;
            }
            return true;
        },
        &interruptFlag());
    if (!result)
        return fail(result.error());
    emitLine(result->toJson());
    err() << result->toText();
    err().flush();
    return 0;
}

} // namespace fm::cli
