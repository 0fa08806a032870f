#include "jobsoptions.h"

#include "helptext.h"
#include "suggestion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {

struct Subcommand
{
    const char *name;
    const char *synopsis; // after "jobs NAME"
    const char *description;
    QStringList options; // the `jobs` options it accepts
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        {"list",
         "[--page N] [--page-size N] [--all | --all-regions] [--status S] [--trail NAME] "
         "[--format table|json|csv]",
         QT_TRANSLATE_NOOP("JobsCommand",
                           "List backfill tasks: one page, every page with --all, or every "
                           "region's with --all-regions."),
         {QStringLiteral("page"), QStringLiteral("page-size"), QStringLiteral("all"),
          QStringLiteral("format"), QStringLiteral("parallel"), QStringLiteral("columns"),
          QStringLiteral("quiet"), QStringLiteral("max-jobs"), QStringLiteral("deadline"),
          QStringLiteral("all-accounts"), QStringLiteral("role-name"),
          QStringLiteral("external-id"), QStringLiteral("all-regions"), QStringLiteral("status"),
          QStringLiteral("trail")}},
        {"get",
         "JOB_ID [--format table|json]",
         QT_TRANSLATE_NOOP("JobsCommand", "Show one backfill task with its per-region status."),
         {QStringLiteral("format"), QStringLiteral("deadline")}},
        {"create",
         "TRAIL_NAME [--format table|json]",
         QT_TRANSLATE_NOOP("JobsCommand", "Start a backfill task for a trail."),
         {QStringLiteral("format"), QStringLiteral("client-token"), QStringLiteral("dry-run"),
          QStringLiteral("deadline")}},
        {"delete",
         "JOB_ID --yes",
         QT_TRANSLATE_NOOP("JobsCommand", "Delete a backfill task."),
         {QStringLiteral("yes"), QStringLiteral("dry-run"), QStringLiteral("deadline")}},
        {"watch",
         "JOB_ID [--interval SECONDS]",
         QT_TRANSLATE_NOOP(
             "JobsCommand",
             "Poll a backfill task until it is complete (exit 0) or failed (exit 1)."),
         {QStringLiteral("interval"), QStringLiteral("format"), QStringLiteral("deadline")}},
    };
    return list;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &sub : subcommands()) {
        if (name == QLatin1String(sub.name))
            return &sub;
    }
    return nullptr;
}

QList<QCommandLineOption> jobsOptions()
{
    return {
        {QStringLiteral("page"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs list: the page to show (from 1; default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate(
             "JobsCommand", "jobs list: tasks per page, 1 to 100 (default 20; 100 with --all)."),
         QStringLiteral("N")},
        {QStringLiteral("all"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs list: every task of the account, all pages.")},
        {QStringLiteral("format"),
         QCoreApplication::translate(
             "JobsCommand",
             "Output: table (default; local times), json (the service's own response shape; for "
             "--all one object with every job) or csv (jobs list only; RFC 4180, UTC times)."),
         QStringLiteral("table|json|csv")},
        {QStringLiteral("parallel"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs list --all: pages fetched at once, 1 to 16 (default 4); with --all-accounts "
             "the requests in flight in all (default 8)."),
         QStringLiteral("N")},
        {QStringLiteral("all-accounts"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs list: every task of every member account of the resource directory the "
             "signed-in (management) account manages, each through its member role; json adds "
             "AccountId to every task and an Accounts array.")},
        {QStringLiteral("role-name"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs list --all-accounts: the role assumed in each member "
                                     "(default ResourceDirectoryAccountAccessRole)."),
         QStringLiteral("NAME")},
        {QStringLiteral("external-id"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs list --all-accounts: the ExternalId the member role "
                                     "requires."),
         QStringLiteral("ID")},
        {QStringLiteral("max-jobs"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs list --all: the most tasks one listing may hold "
                                     "(default 100000); a service claiming more is refused."),
         QStringLiteral("N")},
        {QStringLiteral("deadline"),
         QCoreApplication::translate("JobsCommand",
                                     "The longest one request may take in all, retries included, "
                                     "in seconds (default 60; --timeout is the longest silence)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("yes"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs delete: confirm the deletion (required).")},
        {QStringLiteral("interval"),
         QCoreApplication::translate("JobsCommand",
                                     "jobs watch: seconds between polls (default 5)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("columns"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs list (table, csv): these columns in this order, e.g. JobId,Status; the names "
             "of the CSV header."),
         QStringLiteral("A,B,...")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs create, jobs delete: print the signed request (signature and STS token "
             "elided) and send nothing.")},
        {QStringLiteral("quiet"),
         QCoreApplication::translate("JobsCommand", "jobs list: only the task IDs, one a line.")},
        {QStringLiteral("all-regions"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs list: every task in every region the account's trails live in (DescribeTrails; "
             "else DescribeRegions), each once, with a Region column; --parallel caps the "
             "requests under way. A region that fails is reported on stderr (exit 1) without "
             "dropping the others' tasks.")},
        {QStringLiteral("status"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs list: only tasks in these states: initializing, running (delivering), "
             "complete, failed; comma-separated. Filters what was listed."),
         QStringLiteral("S,...")},
        {QStringLiteral("trail"),
         QCoreApplication::translate(
             "JobsCommand", "jobs list: only the tasks of trail NAME. Filters what was listed."),
         QStringLiteral("NAME")},
        {QStringLiteral("client-token"),
         QCoreApplication::translate(
             "JobsCommand",
             "jobs create: the idempotency token; the same token never creates a second task "
             "(default: a new one per call)."),
         QStringLiteral("TOKEN")},
    };
}

} // namespace

QStringList jobsSubcommands()
{
    QStringList names;
    for (const Subcommand &sub : subcommands())
        names << QString::fromLatin1(sub.name);
    return names;
}

void addJobsOptions(QCommandLineParser *parser)
{
    parser->addOptions(jobsOptions());
}

QString jobsHelpText(const QString &subcommand)
{
    QCommandLineParser parser;
    const Subcommand *sub = findSubcommand(subcommand);
    QString program = QStringLiteral("backfill-browser jobs");
    QString description;
    if (sub) {
        program += QLatin1Char(' ') + QString::fromLatin1(sub->name);
        description = QCoreApplication::translate("JobsCommand", sub->description)
            + QLatin1Char('\n') + program + QLatin1Char(' ') + QString::fromLatin1(sub->synopsis);
        for (const QCommandLineOption &option : jobsOptions()) {
            if (sub->options.contains(option.names().constFirst()))
                parser.addOption(option);
        }
    } else {
        description = QCoreApplication::translate("JobsCommand", "Subcommands:");
        for (const Subcommand &each : subcommands()) {
            description
                += QStringLiteral("\n  %1 %2\n      %3")
                       .arg(QString::fromLatin1(each.name), QString::fromLatin1(each.synopsis),
                            QCoreApplication::translate("JobsCommand", each.description));
        }
        parser.addOptions(jobsOptions());
        parser.addPositionalArgument(
            QStringLiteral("subcommand"),
            QCoreApplication::translate("JobsCommand", "list, get, create, delete or watch"),
            QStringLiteral("SUBCOMMAND"));
    }
    parser.setApplicationDescription(description);
    return helpWithProgram(parser, program)
        + QCoreApplication::translate("JobsCommand",
                                      "\nThe global options (--profile, --region, --endpoint, "
                                      "--timeout, --verbose, ...) apply too; see "
                                      "'backfill-browser --help'.\n");
}

bool readDeadlineOption(const QCommandLineParser &parser, int *deadlineMs, QString *error)
{
    if (!parser.isSet(QStringLiteral("deadline")))
        return true;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("deadline")).toDouble(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        *error = QCoreApplication::translate(
                     "JobsCommand",
                     "--deadline must be a number of seconds from 1 to 3600, not \"%1\"")
                     .arg(parser.value(QStringLiteral("deadline")));
        return false;
    }
    *deadlineMs = int(seconds * 1000);
    return true;
}

bool JobsRequest::matches(const DeliveryJob &job) const
{
    if (!statuses.isEmpty() && !statuses.contains(job.status))
        return false;
    return trail.isEmpty() || job.trailName == trail;
}

namespace {
/** `accounts list [--format table|json|csv] [--deadline S]`. */
bool readAccountsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != QLatin1String("list") || positional.size() > 2) {
        *error = QCoreApplication::translate(
            "JobsCommand", "'accounts' has one subcommand: list (takes no arguments)");
        return false;
    }
    for (const QCommandLineOption &option : jobsOptions()) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name) && name != QLatin1String("format")
            && name != QLatin1String("deadline")) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--%1 does not apply to 'accounts list'")
                         .arg(name);
            return false;
        }
    }
    request->accountsCommand = true;
    request->subcommand = QStringLiteral("list");
    if (parser.isSet(QStringLiteral("format"))) {
        request->format = parser.value(QStringLiteral("format"));
        if (request->format != QLatin1String("table") && request->format != QLatin1String("json")
            && request->format != QLatin1String("csv")) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--format must be table|json|csv, not \"%1\"")
                         .arg(request->format);
            return false;
        }
    }
    if (!readDeadlineOption(parser, &request->deadlineMs, error))
        return false;
    return true;
}
} // namespace

bool readJobsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error)
{
    const QStringList positional = parser.positionalArguments(); // "jobs", subcommand, ...
    if (positional.value(0) == QLatin1String("accounts"))
        return readAccountsRequest(parser, request, error);
    request->subcommand = positional.value(1);
    const QString sub = request->subcommand;
    if (sub.isEmpty()) {
        *error = QCoreApplication::translate(
            "JobsCommand", "'jobs' needs a subcommand: list, get, create, delete or watch");
        return false;
    }
    const Subcommand *known = findSubcommand(sub);
    if (!known) {
        const QString guess = closestWord(sub, jobsSubcommands());
        *error = guess.isEmpty()
            ? QCoreApplication::translate(
                  "JobsCommand",
                  "unknown subcommand 'jobs %1'; use list, get, create, delete or watch")
                  .arg(sub)
            : QCoreApplication::translate("JobsCommand",
                                          "unknown subcommand 'jobs %1' (did you mean '%2'?)")
                  .arg(sub, guess);
        return false;
    }

    for (const QCommandLineOption &option : jobsOptions()) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name) && !known->options.contains(name)) {
            *error = QCoreApplication::translate("JobsCommand", "--%1 does not apply to 'jobs %2'")
                         .arg(name, sub);
            return false;
        }
    }

    const QStringList extra = positional.mid(2);
    if (sub == QLatin1String("list")) {
        if (!extra.isEmpty()) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "'jobs list' takes no arguments (got \"%1\")")
                         .arg(extra.join(QLatin1Char(' ')));
            return false;
        }
    } else {
        const QString what = sub == QLatin1String("create") ? QStringLiteral("TRAIL_NAME")
                                                            : QStringLiteral("JOB_ID");
        if (extra.size() != 1) {
            *error = extra.isEmpty()
                ? QCoreApplication::translate("JobsCommand", "'jobs %1' needs %2").arg(sub, what)
                : QCoreApplication::translate("JobsCommand", "'jobs %1' takes one %2, got %3")
                      .arg(sub, what)
                      .arg(extra.size());
            return false;
        }
        request->argument = extra.first();
        if (sub == QLatin1String("create")) {
            if (request->argument.trimmed().isEmpty()) {
                *error = QCoreApplication::translate("JobsCommand", "TRAIL_NAME must not be empty");
                return false;
            }
        } else {
            bool ok = false;
            request->jobId = request->argument.toLongLong(&ok);
            if (!ok || request->jobId <= 0) {
                *error = QCoreApplication::translate(
                             "JobsCommand", "JOB_ID must be a positive whole number, not \"%1\"")
                             .arg(request->argument);
                return false;
            }
        }
    }

    if (parser.isSet(QStringLiteral("format"))) {
        request->format = parser.value(QStringLiteral("format")).toLower();
        const QStringList formats = sub == QLatin1String("list")
            ? QStringList {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}
            : QStringList {QStringLiteral("table"), QStringLiteral("json")};
        if (!formats.contains(request->format)) {
            *error = QCoreApplication::translate(
                         "JobsCommand", "--format must be one of %1 for 'jobs %2', not \"%3\"")
                         .arg(formats.join(QLatin1Char('|')), sub,
                              parser.value(QStringLiteral("format")));
            return false;
        }
    }
    request->all = parser.isSet(QStringLiteral("all"));
    request->allAccounts = parser.isSet(QStringLiteral("all-accounts"));
    if (!request->allAccounts
        && (parser.isSet(QStringLiteral("role-name"))
            || parser.isSet(QStringLiteral("external-id")))) {
        *error = QCoreApplication::translate(
            "JobsCommand", "--role-name and --external-id go with --all-accounts");
        return false;
    }
    request->roleName = parser.value(QStringLiteral("role-name"));
    request->externalId = parser.value(QStringLiteral("external-id"));
    if (request->allAccounts) {
        request->all = true; // every page of every account
        request->parallel = 8;
    }
    request->allRegions = parser.isSet(QStringLiteral("all-regions"));
    if (request->allRegions && (request->all || parser.isSet(QStringLiteral("page")))) {
        *error = QCoreApplication::translate(
            "JobsCommand",
            "--all-regions lists every page of every region: it excludes --all "
            "and --page");
        return false;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        for (const QString &word :
             parser.value(QStringLiteral("status")).toLower().split(QLatin1Char(','))) {
            const QString w = word.trimmed();
            JobStatus status = JobStatus::Unknown;
            if (w == QLatin1String("initializing"))
                status = JobStatus::Initializing;
            else if (w == QLatin1String("running") || w == QLatin1String("delivering"))
                status = JobStatus::Delivering;
            else if (w == QLatin1String("complete"))
                status = JobStatus::Complete;
            else if (w == QLatin1String("failed"))
                status = JobStatus::Failed;
            else {
                *error = QCoreApplication::translate(
                             "JobsCommand",
                             "--status takes initializing, running, complete or failed, not "
                             "\"%1\"")
                             .arg(w);
                return false;
            }
            if (!request->statuses.contains(status))
                request->statuses.append(status);
        }
    }
    if (parser.isSet(QStringLiteral("trail"))) {
        request->trail = parser.value(QStringLiteral("trail"));
        if (request->trail.isEmpty()) {
            *error = QCoreApplication::translate("JobsCommand", "--trail needs a trail name");
            return false;
        }
    }
    if (request->all && parser.isSet(QStringLiteral("page"))) {
        *error = QCoreApplication::translate("JobsCommand", "--all and --page exclude each other");
        return false;
    }
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        request->page = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || request->page < 1) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--page must be a whole number from 1, not \"%1\"")
                         .arg(parser.value(QStringLiteral("page")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        request->pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || request->pageSize < 1 || request->pageSize > 100) {
            *error
                = QCoreApplication::translate(
                      "JobsCommand", "--page-size must be a whole number from 1 to 100, not \"%1\"")
                      .arg(parser.value(QStringLiteral("page-size")));
            return false;
        }
    } else if (request->all || request->allRegions) {
        request->pageSize = 100; // fewest requests
    }
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        request->parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || request->parallel < 1 || request->parallel > 16
            || !(request->all || request->allRegions)) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--parallel goes with --all or --all-regions and "
                                                 "takes a whole number from 1 to 16, not \"%1\"")
                         .arg(parser.value(QStringLiteral("parallel")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("max-jobs"))) {
        bool ok = false;
        request->maxJobs = parser.value(QStringLiteral("max-jobs")).toLongLong(&ok);
        if (!ok || request->maxJobs < 1 || request->maxJobs > 100000000
            || !(request->all || request->allRegions)) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--max-jobs goes with --all or --all-regions and "
                                                 "takes a whole number from 1 to 100000000 (per "
                                                 "region with --all-regions), not \"%1\"")
                         .arg(parser.value(QStringLiteral("max-jobs")));
            return false;
        }
    }
    if (!readDeadlineOption(parser, &request->deadlineMs, error))
        return false;
    if (sub == QLatin1String("delete") && !parser.isSet(QStringLiteral("yes"))
        && !parser.isSet(QStringLiteral("dry-run"))) {
        *error = QCoreApplication::translate("JobsCommand",
                                             "refusing to delete backfill task %1 without --yes")
                     .arg(request->argument);
        return false;
    }
    if (parser.isSet(QStringLiteral("columns"))) {
        if (request->format == QLatin1String("json")) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--columns goes with --format table or csv");
            return false;
        }
        if (!JobSerializer::parseColumns(parser.value(QStringLiteral("columns")), &request->columns,
                                         error))
            return false;
    }
    request->quiet = parser.isSet(QStringLiteral("quiet"));
    request->dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (request->quiet
        && (parser.isSet(QStringLiteral("format")) || parser.isSet(QStringLiteral("columns")))) {
        *error = QCoreApplication::translate("JobsCommand",
                                             "--quiet prints only IDs: it excludes --format and "
                                             "--columns");
        return false;
    }
    if (parser.isSet(QStringLiteral("client-token"))) {
        request->clientToken = parser.value(QStringLiteral("client-token"));
        // The service takes at most 64 ASCII characters.
        const bool ascii
            = std::all_of(request->clientToken.cbegin(), request->clientToken.cend(),
                          [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
        if (request->clientToken.isEmpty() || request->clientToken.size() > 64 || !ascii) {
            *error = QCoreApplication::translate(
                "JobsCommand",
                "--client-token must be 1 to 64 printable ASCII characters without spaces");
            return false;
        }
    }
    if (sub == QLatin1String("watch") && parser.isSet(QStringLiteral("timeout"))) {
        // For watch, --timeout bounds the whole watch; each request keeps its own deadline.
        request->watchTimeoutMs = int(parser.value(QStringLiteral("timeout")).toDouble() * 1000);
    }
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate(
                         "JobsCommand",
                         "--interval must be a number of seconds from 1 to 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("interval")));
            return false;
        }
        request->intervalMs = int(seconds * 1000);
    }
    return true;
}
