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
        return failWithJson(verifier.error());
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
        return failWithJson(result.error());
    emitJsonLine(result->toJson());
    err() << result->toText();
    err().flush();
    return 0;
}

} // namespace fm::cli
