#include "jobsoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>

void addJobsOptions(QCommandLineParser *parser)
{
    parser->addOptions({
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
             "JobsCommand", "jobs list --all: pages fetched at once, 1 to 16 (default 4)."),
         QStringLiteral("N")},
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
    });
}

bool readJobsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error)
{
    const QStringList positional = parser.positionalArguments(); // "jobs", subcommand, ...
    request->subcommand = positional.value(1);
    const QString sub = request->subcommand;
    static const QStringList subcommands
        = {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"),
           QStringLiteral("delete"), QStringLiteral("watch")};
    if (sub.isEmpty()) {
        *error = QCoreApplication::translate(
            "JobsCommand", "'jobs' needs a subcommand: list, get, create, delete or watch");
        return false;
    }
    if (!subcommands.contains(sub)) {
        *error = QCoreApplication::translate(
                     "JobsCommand",
                     "unknown subcommand 'jobs %1'; use list, get, create, delete or watch")
                     .arg(sub);
        return false;
    }

    // Which job options each subcommand accepts.
    const QMap<QString, QStringList> allowed = {
        {QStringLiteral("list"),
         {QStringLiteral("page"), QStringLiteral("page-size"), QStringLiteral("all"),
          QStringLiteral("format"), QStringLiteral("parallel"), QStringLiteral("max-jobs")}},
        {QStringLiteral("get"), {QStringLiteral("format")}},
        {QStringLiteral("create"), {QStringLiteral("format")}},
        {QStringLiteral("delete"), {QStringLiteral("yes")}},
        {QStringLiteral("watch"), {QStringLiteral("interval")}},
    };
    for (const char *option :
         {"page", "page-size", "all", "format", "yes", "interval", "parallel", "max-jobs"}) {
        const QString name = QString::fromLatin1(option);
        if (parser.isSet(name) && !allowed.value(sub).contains(name)) {
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
    } else if (request->all) {
        request->pageSize = 100; // fewest requests
    }
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        request->parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || request->parallel < 1 || request->parallel > 16 || !request->all) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--parallel goes with --all and takes a whole "
                                                 "number from 1 to 16, not \"%1\"")
                         .arg(parser.value(QStringLiteral("parallel")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("max-jobs"))) {
        bool ok = false;
        request->maxJobs = parser.value(QStringLiteral("max-jobs")).toLongLong(&ok);
        if (!ok || request->maxJobs < 1 || request->maxJobs > 100000000 || !request->all) {
            *error = QCoreApplication::translate("JobsCommand",
                                                 "--max-jobs goes with --all and takes a whole "
                                                 "number from 1 to 100000000, not \"%1\"")
                         .arg(parser.value(QStringLiteral("max-jobs")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("deadline")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate(
                         "JobsCommand",
                         "--deadline must be a number of seconds from 1 to 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("deadline")));
            return false;
        }
        request->deadlineMs = int(seconds * 1000);
    }
    if (sub == QLatin1String("delete") && !parser.isSet(QStringLiteral("yes"))) {
        *error = QCoreApplication::translate("JobsCommand",
                                             "refusing to delete backfill task %1 without --yes")
                     .arg(request->argument);
        return false;
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
