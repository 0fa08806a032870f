#pragma once

#include "api/requestsigner.h"

#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

class QCommandLineParser;

/**
 * The one list of options that come before (or without) a command word, shared by the desktop
 * app's start-up and the command line: the dispatcher in main() reads it to tell a command-line
 * call from a GUI start without a display, each side's parser takes its share of it, and --help
 * prints all of it.
 */
namespace GlobalOptionList {

/** Who reads an option. */
enum class Scope {
    Both, ///< the GUI and the command line (--profile, --region, --endpoint, --language,
          ///< --ca-bundle)
    CommandLine, ///< only the command line (--verbose, --timeout, --help, ...)
    Gui, ///< only the desktop app (--demo)
};

/** True when `name` (without dashes, e.g. "region" or "h") is a global option taking a value. */
bool takesValue(QStringView name);
/** The scope of the global option `name`, or false when there is no such option. */
bool scopeOf(QStringView name, Scope *scope);
/** True for --help/-h and --version/-v. */
bool isHelpOrVersion(QStringView name);

/** The options for one side: Both plus those of `side` (CommandLine or Gui). */
QList<QCommandLineOption> options(Scope side);
/** Adds options(side) to `parser`. */
void addTo(QCommandLineParser *parser, Scope side);
/** Every global option, for --help; GUI-only ones say so in their description. */
QList<QCommandLineOption> all();

} // namespace GlobalOptionList

/**
 * The --endpoint values, GUI and command line alike: a plain URL is the endpoint in use (at most
 * one), REGION=URL one region's. False with a one-line reason.
 */
bool splitEndpointValues(const QStringList &values, QString *endpoint,
                         QMap<QString, QString> *regionEndpoints, QString *error);

/** The values of the global options of the command line. */
struct GlobalOptions
{
    QString profile;
    QString region;
    QString endpoint; ///< --endpoint URL: the endpoint in use, whatever the region
    /** --endpoint REGION=URL (repeatable): one region's endpoint, e.g. a VPC endpoint. */
    QMap<QString, QString> regionEndpoints;
    QString language;
    QString caBundle; ///< --ca-bundle FILE: extra trusted CA certificates
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool signatureVersionSet = false; ///< given on the command line (overrides a profile's)
    int timeoutMs = 10000;
    bool verbose = false;

    /** Reads and validates them from `parser`; false with a one-line reason on a bad value. */
    bool read(const QCommandLineParser &parser, QString *error);
};
