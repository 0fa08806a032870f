#include "commandline.h"

#include "buildinfo.h"
#include "exitcode.h"
#include "helptext.h"
#include "i18n.h"
#include "jobscommand.h"
#include "profilecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {
// Global options that take a value: the word after them is not the command word.
const char *const optionsWithValue[] = {"--profile", "--region", "--endpoint",
                                        "--signature-version", "--timeout"};

bool takesValue(const char *word)
{
    for (const char *option : optionsWithValue) {
        if (std::strcmp(word, option) == 0)
            return true;
    }
    return false;
}

bool isHelpOrVersion(const char *word)
{
    return std::strcmp(word, "--version") == 0 || std::strcmp(word, "-v") == 0
        || std::strcmp(word, "--help") == 0 || std::strcmp(word, "-h") == 0;
}

/** Index of the command word in argv (skipping global options and their values), or -1. */
int commandWordIndex(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *word = argv[i];
        if (isHelpOrVersion(word))
            return -1;
        if (takesValue(word)) {
            ++i;
            continue;
        }
        if (word[0] == '-')
            continue; // --verbose, --region=x, or an option of the GUI
        return i;
    }
    return -1;
}

bool helpOrVersionBeforeCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (isHelpOrVersion(argv[i]))
            return true;
        if (takesValue(argv[i]))
            ++i;
        else if (argv[i][0] != '-')
            return false;
    }
    return false;
}
} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    if (helpOrVersionBeforeCommand(argc, argv))
        return true;
    const int index = commandWordIndex(argc, argv);
    return index > 0
        && (std::strcmp(argv[index], "jobs") == 0 || std::strcmp(argv[index], "profile") == 0);
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backfill-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    // Messages in the user's language (LANGUAGE, LC_MESSAGES, LANG) like other command-line tools;
    // json and csv output stay as the service spells them (packaging work, app/i18n.h).
    installTranslations(app, QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();

    const int index = commandWordIndex(argc, argv);
    const QString command = index > 0 ? args.value(index) : QString();
    if (command == QLatin1String("profile"))
        return runProfileCommand(args.mid(index + 1));
    if (command == QLatin1String("jobs"))
        return runJobsCommand(args);

    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
        out << buildInfoText(); // app/buildinfo.cpp: version, commit, Qt, QtKeychain, licence
        return CliSuccess;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << commandLineHelpText();
        return CliSuccess;
    }
    err << QCoreApplication::translate("CommandLine",
                                       "backfill-browser: unknown command \"%1\"; try --help")
               .arg(command)
        << "\n";
    return CliUsageError;
}
