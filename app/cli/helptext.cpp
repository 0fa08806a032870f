#include "helptext.h"

#include "globaloptions.h"
#include "jobsoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

QString commandLineHelpText()
{
    QCommandLineParser parser;
    parser.addOptions(GlobalOptionList::all());
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
        "  jobs watch JOB_ID [--interval SECONDS]   poll until complete (exit 0) or failed (exit "
        "1)\n"
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
