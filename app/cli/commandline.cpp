#include "commandline.h"

#include "buildinfo.h"
#include "exitcode.h"
#include "globaloptions.h"
#include "helptext.h"
#include "i18n.h"
#include "jobscommand.h"
#include "jobsoptions.h"
#include "profilecommand.h"
#include "suggestion.h"
#include "trailscommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

const QStringList &commands()
{
    static const QStringList list
        = {QStringLiteral("jobs"), QStringLiteral("trails"), QStringLiteral("accounts"),
           QStringLiteral("profile"), QStringLiteral("help")};
    return list;
}

/** What the words before the command word say. */
struct Scan
{
    int commandIndex = -1; ///< index of the command word in the arguments, or -1
    bool help = false; ///< --help or -h before the command word
    bool version = false; ///< --version or -v before the command word
    /** An option only the command line knows (--verbose, ...) or one nobody knows. */
    bool commandLineOnly = false;
    QString language; ///< the value of --language, if given
};

/** The option's name without dashes and without "=value": "--region=x" -> "region". */
QStringView optionName(QStringView word, bool *hasInlineValue)
{
    QStringView name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    *hasInlineValue = equals >= 0;
    return equals >= 0 ? name.left(equals) : name;
}

Scan scan(const QStringList &arguments)
{
    Scan result;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--")) {
            if (i + 1 < arguments.size())
                result.commandIndex = i + 1;
            break;
        }
        if (!word.startsWith(QLatin1Char('-')) || word.size() == 1) {
            result.commandIndex = i;
            break;
        }
        bool inlineValue = false;
        const QStringView name = optionName(word, &inlineValue);
        if (name == QLatin1String("help") || name == QLatin1String("h")) {
            result.help = true;
            continue;
        }
        if (name == QLatin1String("version") || name == QLatin1String("v")) {
            result.version = true;
            continue;
        }
        GlobalOptionList::Scope scope;
        if (!GlobalOptionList::scopeOf(name, &scope)
            || scope == GlobalOptionList::Scope::CommandLine)
            result.commandLineOnly = true;
        if (GlobalOptionList::takesValue(name) && !inlineValue) {
            if (name == QLatin1String("language"))
                result.language = arguments.value(i + 1);
            ++i; // the value, even one that looks like a command word
        } else if (inlineValue && name == QLatin1String("language")) {
            result.language = word.mid(word.indexOf(QLatin1Char('=')) + 1);
        }
    }
    return result;
}

QStringList toStringList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/** --help/-h or --version/-v among `words` (before a "--"). */
bool asks(const QStringList &words, QLatin1String longName, QLatin1String shortName)
{
    for (const QString &word : words) {
        if (word == QLatin1String("--"))
            return false;
        if (word == QLatin1String("--") + longName || word == QLatin1Char('-') + shortName)
            return true;
    }
    return false;
}

int usageError(const QString &reason)
{
    QTextStream(stderr) << "backfill-browser: " << reason << "\n"
                        << QCoreApplication::translate("CommandLine",
                                                       "Try 'backfill-browser --help'.")
                        << "\n";
    return CliUsageError;
}

/** `help [COMMAND [SUBCOMMAND]]` and `COMMAND [SUBCOMMAND] --help`. */
int printHelp(const QStringList &topic)
{
    QTextStream out(stdout);
    const QString command = topic.value(0);
    if (command.isEmpty() || command == QLatin1String("help")) {
        out << commandLineHelpText();
    } else if (command == QLatin1String("jobs")) {
        const QString sub = topic.value(1);
        if (!sub.isEmpty() && !sub.startsWith(QLatin1Char('-'))
            && !jobsSubcommands().contains(sub)) {
            const QString guess = closestWord(sub, jobsSubcommands());
            return usageError(
                guess.isEmpty()
                    ? QCoreApplication::translate(
                          "JobsCommand",
                          "unknown subcommand 'jobs %1'; use list, get, create, "
                          "delete or watch")
                          .arg(sub)
                    : QCoreApplication::translate(
                          "JobsCommand", "unknown subcommand 'jobs %1' (did you mean '%2'?)")
                          .arg(sub, guess));
        }
        out << jobsHelpText(sub.startsWith(QLatin1Char('-')) ? QString() : sub);
    } else if (command == QLatin1String("accounts")) {
        out << QCoreApplication::translate(
            "JobsCommand",
            "Usage: backfill-browser accounts list [--format table|json|csv]\n"
            "The member accounts of the resource directory the signed-in account manages (it "
            "must be the management account or a delegated administrator). "
            "--resourcemanager-endpoint or ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT sets where "
            "they are asked.\n");
    } else if (command == QLatin1String("trails")) {
        const QString sub = topic.value(1);
        if (!sub.isEmpty() && !sub.startsWith(QLatin1Char('-'))
            && !trailsSubcommands().contains(sub))
            return usageError(
                QCoreApplication::translate("TrailsCommand",
                                            "unknown subcommand 'trails %1'; use list or get")
                    .arg(sub));
        out << trailsHelpText(sub.startsWith(QLatin1Char('-')) ? QString() : sub);
    } else if (command == QLatin1String("profile")) {
        out << profileHelpText();
    } else {
        return usageError(unknownCommandMessage(command, commands()));
    }
    return CliSuccess;
}

} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    const Scan found = scan(toStringList(argc, argv));
    return found.commandIndex > 0 || found.help || found.version || found.commandLineOnly;
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backfill-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const Scan found = scan(arguments);
    // Messages in the user's language (--language, else LANGUAGE, LC_MESSAGES, LANG) like other
    // command-line tools; csv and json output never change with it.
    QString languageError;
    if (!installTranslations(app, found.language, &languageError))
        return usageError(languageError);

    const QString command = found.commandIndex > 0 ? arguments.at(found.commandIndex) : QString();
    const QStringList rest
        = found.commandIndex > 0 ? arguments.mid(found.commandIndex + 1) : QStringList();
    const QLatin1String version("version"), v("v"), help("help"), h("h");
    if (found.version || (commands().contains(command) && asks(rest, version, v))) {
        QTextStream(stdout) << buildInfoText(); // version, commit, Qt, QtKeychain, licence
        return CliSuccess;
    }
    if (command.isEmpty()) {
        if (found.help)
            return printHelp({});
        // Report an unknown option as the parser words it; else the command is missing.
        QCommandLineParser parser;
        parser.addOptions(GlobalOptionList::all());
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        return usageError(QCoreApplication::translate(
            "CommandLine",
            "these options need a command: jobs, trails, accounts, profile or help"));
    }
    if (command == QLatin1String("help"))
        return printHelp(rest);
    if (!commands().contains(command))
        return usageError(unknownCommandMessage(command, commands()));
    if (found.help || asks(rest, help, h))
        return printHelp(QStringList {command} + rest.mid(0, 1));
    if (command == QLatin1String("profile"))
        return runProfileCommand(rest);
    if (command == QLatin1String("trails"))
        return runTrailsCommand(arguments);
    return runJobsCommand(arguments);
}
