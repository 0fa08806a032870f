#include "commandline.h"

#include "buildinfo.h"
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

void addGlobalOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        {QStringLiteral("profile"),
         QCoreApplication::translate("CommandLine", "Use the credentials profile NAME (default: the environment, then the default "
            "profile)."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"),
         QCoreApplication::translate("CommandLine", "Region ID whose endpoint to use, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID, "
            "else cn-hangzhou)."),
         QStringLiteral("ID")},
        {QStringLiteral("endpoint"),
         QCoreApplication::translate("CommandLine", "Full endpoint URL instead of the region's, e.g. "
            "https://actiontrail-vpc.cn-beijing.aliyuncs.com (http:// only to this computer)."),
         QStringLiteral("URL")},
        {QStringLiteral("signature-version"),
         QCoreApplication::translate("CommandLine", "Request signing: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1)."),
         QStringLiteral("v3|v1")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("CommandLine", "Give up on an attempt after SECONDS without data (default 10); reads are retried."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("verbose"),
         QCoreApplication::translate("CommandLine", "Log each request (action, HTTP status, RequestId, timing; never secrets) and the "
            "credential source to stderr.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("CommandLine", "Show the version.")},
    });
}

bool readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options, QString *error)
{
    options->profile = parser.value(QStringLiteral("profile"));
    options->region = parser.value(QStringLiteral("region"));
    options->endpoint = parser.value(QStringLiteral("endpoint"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("profile")) && options->profile.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--profile needs a profile name");
        return false;
    }
    if (parser.isSet(QStringLiteral("region")) && options->region.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--region needs a region ID such as cn-hangzhou");
        return false;
    }
    if (parser.isSet(QStringLiteral("signature-version"))) {
        const QString version = parser.value(QStringLiteral("signature-version")).toLower();
        if (version == QLatin1String("v3") || version == QLatin1String("3")) {
            options->signatureVersion = SignatureVersion::V3;
        } else if (version == QLatin1String("v1") || version == QLatin1String("1")) {
            options->signatureVersion = SignatureVersion::V1;
        } else {
            *error = QCoreApplication::translate("CommandLine", "--signature-version must be v3 or v1, not \"%1\"")
                         .arg(parser.value(QStringLiteral("signature-version")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QCoreApplication::translate("CommandLine", "--timeout must be a number of seconds between 0 and 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("timeout")));
            return false;
        }
        options->timeoutMs = int(seconds * 1000);
    }
    return true;
}

QString commandLineHelpText()
{
    QCommandLineParser parser;
    addGlobalOptions(&parser);
    addJobsOptions(&parser);
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Browse and manage Alibaba Cloud ActionTrail data backfill tasks.\n"
        "With no arguments, starts the desktop app.\n"
        "\n"
        "Commands:\n"
        "  jobs list [--page N] [--page-size N] [--all] [--format table|json|csv]\n"
        "  jobs get JOB_ID [--format table|json]\n"
        "  jobs create TRAIL_NAME [--format table|json]\n"
        "  jobs delete JOB_ID --yes\n"
        "  jobs watch JOB_ID [--interval SECONDS]   poll until complete (exit 0) or failed (exit 1)\n"
        "  profile ...                              manage credential profiles\n"
        "Global options may come before or after the command."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "jobs or profile"),
                                 QStringLiteral("COMMAND ..."));
    return parser.helpText()
        + QCoreApplication::translate(
              "CommandLine",
              "\nEnvironment:\n"
              "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,\n"
              "  ALIBABA_CLOUD_SECURITY_TOKEN   credentials (STS token optional)\n"
              "  ALIBABA_CLOUD_REGION_ID        default region\n"
              "  HTTPS_PROXY, HTTP_PROXY, NO_PROXY (or lower case)   proxy settings\n"
              "\nExit status: 0 success; 1 the service or the network failed (Code, Message and\n"
              "RequestId on stderr); 2 usage or configuration error.\n");
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
