#pragma once

#include "api/requestsigner.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

/**
 * True when argv names a command-line command: the first word that is not a global option (or
 * its value) is `jobs` or `profile`, or `--help`/`-h`/`--version`/`-v` comes before any other word.
 * Global options may thus precede the command word (`backfill-browser --region x jobs list`).
 */
bool isCommandLineInvocation(int argc, char *argv[]);

/** Runs the command line with its own QCoreApplication; returns the process exit code. */
int runCommandLine(int argc, char *argv[]);

/** Exit codes of the command line. */
enum CliExitCode { CliSuccess = 0, CliServiceFailure = 1, CliUsageError = 2 };

/** The options every command accepts. */
struct GlobalOptions
{
    QString profile;
    QString region;
    QString endpoint;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    int timeoutMs = 10000;
    bool verbose = false;
};

/** Adds --profile, --region, --endpoint, --signature-version, --timeout, --verbose, --help, --version. */
void addGlobalOptions(QCommandLineParser *parser);
/** Reads and validates the global options; false with a one-line reason on a bad value. */
bool readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options, QString *error);
/** The whole --help text (every command, every flag, environment, exit codes). */
QString commandLineHelpText();
