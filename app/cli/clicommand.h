#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QTextStream;

namespace fm::cli {

/** One `fmstudio-cli SUBCOMMAND` entry: its name, a one-line summary and its runner. */
struct CliCommand
{
    QString name;
    QString summary;
    /** Runs with the arguments after the subcommand name; returns the process exit code. */
    std::function<int(const QStringList &args)> run;
};

/** Every subcommand, in the order `--help` lists them. */
const std::vector<CliCommand> &commands();

/** The text of `fmstudio-cli --help`. */
QString usageText();
/** The text of `fmstudio-cli --version`: program version and the four library versions. */
QString versionText();

/** Dispatches argv (without the program name); returns the exit code. */
int runCli(const QStringList &arguments);

QTextStream &out();
QTextStream &err();

/** Writes one compact JSON progress/result line to stdout and flushes it (job protocol). */
void emitJsonLine(const QJsonObject &line);
/** Reports an error as a {"phase":"error"} JSON line and as text on stderr; returns 1. */
int failWithJson(const Error &error);

} // namespace fm::cli
