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
        "  jobs list                    list backfill tasks (one page, every page with --all,\n"
        "                               every region's with --all-regions)\n"
        "  jobs get JOB_ID              one task with its per-region status\n"
        "  jobs create TRAIL_NAME       start a backfill task for a trail\n"
        "  jobs delete JOB_ID --yes     delete a task\n"
        "  jobs watch JOB_ID            poll until complete (exit 0) or failed (exit 1)\n"
        "  trails list                  trails with readiness, last task and coverage\n"
        "  trails get TRAIL_NAME        one trail in detail\n"
        "  profile ...                  manage credential profiles\n"
        "  help [COMMAND [SUBCOMMAND]]  a command's own help (also: COMMAND --help)\n"
        "Global options may come before or after the command. Without a command, only\n"
        "--profile, --region, --endpoint, --language and --demo are allowed: they start the\n"
        "desktop app."));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "jobs, trails, profile or help"),
        QStringLiteral("COMMAND ..."));
    return helpWithProgram(parser, QStringLiteral("backfill-browser"))
        + QCoreApplication::translate(
               "CommandLine",
               "\nEnvironment:\n"
               "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,\n"
               "  ALIBABA_CLOUD_SECURITY_TOKEN   credentials (STS token optional)\n"
               "  ALIBABA_CLOUD_REGION_ID        default region\n"
               "  HTTPS_PROXY (for https), HTTP_PROXY (for http), NO_PROXY (or lower case)\n"
               "                                 proxy settings\n"
               "  SSL_CERT_FILE, SSL_CERT_DIR    more trusted CA certificates (PEM), beside the\n"
               "                                 system's\n"
               "\nExit status: 0 success; 1 the service or the network failed (Code, Message and\n"
               "RequestId on stderr); 2 usage or configuration error.\n");
}

QString helpWithProgram(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && at < lineEnd)
        text.replace(at, started.size(), program);
    return text;
}
