#include "jobscommand.h"

#include "api/actiontrailclient.h"
#include "api/apilogging.h"
#include "api/joblister.h"
#include "api/networksetup.h"
#include "api/responseparser.h"
#include "clicredentials.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include <unistd.h>

namespace {

// [ours] The region used when neither --endpoint, --region nor ALIBABA_CLOUD_REGION_ID says one.
const char defaultRegion[] = "cn-hangzhou";
const int defaultWatchIntervalSeconds = 5;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString alignedTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &title : header)
        widths.append(int(title.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

void appendCsvField(QString &out, const QString &value)
{
    const bool special = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\r' || c == u'\n';
    });
    if (!special) {
        out += value;
        return;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    out += QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString regionSummary(const DeliveryJob &job)
{
    QStringList parts;
    int complete = 0;
    for (const RegionStatus &region : job.regions) {
        parts << region.region + QLatin1Char(' ') + jobStatusText(region.status, region.rawStatus);
        if (region.status == JobStatus::Complete)
            ++complete;
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("JobsCommand", "no regions reported yet");
    return QCoreApplication::translate("JobsCommand", "%1 (%2 of %3 regions complete)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(complete)
        .arg(job.regions.size());
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

struct JobsRequest
{
    QString subcommand;
    QString argument; // JOB_ID or TRAIL_NAME
    qint64 jobId = 0;
    QString format = QStringLiteral("table");
    int page = 1;
    int pageSize = 20;
    bool all = false;
    int parallel = 4; // pages in flight for --all (JobLister's default)
    qint64 maxJobs = JobLister::defaultMaxJobs;
    int deadlineMs = 60000;
    int intervalMs = defaultWatchIntervalSeconds * 1000;
};

/** Validates the `jobs` command line; false with a one-line reason. */
bool readJobsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error)
{
    const QStringList positional = parser.positionalArguments(); // "jobs", subcommand, ...
    request->subcommand = positional.value(1);
    const QString sub = request->subcommand;
    static const QStringList subcommands = {QStringLiteral("list"), QStringLiteral("get"),
                                            QStringLiteral("create"), QStringLiteral("delete"),
                                            QStringLiteral("watch")};
    if (sub.isEmpty()) {
        *error = QCoreApplication::translate("JobsCommand", "'jobs' needs a subcommand: list, get, create, delete or watch");
        return false;
    }
    if (!subcommands.contains(sub)) {
        *error = QCoreApplication::translate("JobsCommand", "unknown subcommand 'jobs %1'; use list, get, create, delete or watch").arg(sub);
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
    for (const char *option : {"page", "page-size", "all", "format", "yes", "interval", "parallel", "max-jobs"}) {
        const QString name = QString::fromLatin1(option);
        if (parser.isSet(name) && !allowed.value(sub).contains(name)) {
            *error = QCoreApplication::translate("JobsCommand", "--%1 does not apply to 'jobs %2'").arg(name, sub);
            return false;
        }
    }

    const QStringList extra = positional.mid(2);
    if (sub == QLatin1String("list")) {
        if (!extra.isEmpty()) {
            *error = QCoreApplication::translate("JobsCommand", "'jobs list' takes no arguments (got \"%1\")").arg(extra.join(QLatin1Char(' ')));
            return false;
        }
    } else {
        const QString what = sub == QLatin1String("create") ? QStringLiteral("TRAIL_NAME")
                                                             : QStringLiteral("JOB_ID");
        if (extra.size() != 1) {
            *error = extra.isEmpty() ? QCoreApplication::translate("JobsCommand", "'jobs %1' needs %2").arg(sub, what)
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
                *error = QCoreApplication::translate("JobsCommand", "JOB_ID must be a positive whole number, not \"%1\"").arg(request->argument);
                return false;
            }
        }
    }

    if (parser.isSet(QStringLiteral("format"))) {
        request->format = parser.value(QStringLiteral("format")).toLower();
        const QStringList formats = sub == QLatin1String("list")
            ? QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}
            : QStringList{QStringLiteral("table"), QStringLiteral("json")};
        if (!formats.contains(request->format)) {
            *error = QCoreApplication::translate("JobsCommand", "--format must be one of %1 for 'jobs %2', not \"%3\"")
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
            *error = QCoreApplication::translate("JobsCommand", "--page must be a whole number from 1, not \"%1\"")
                         .arg(parser.value(QStringLiteral("page")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        request->pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || request->pageSize < 1 || request->pageSize > 100) {
            *error = QCoreApplication::translate("JobsCommand", "--page-size must be a whole number from 1 to 100, not \"%1\"")
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
            *error = QCoreApplication::translate(
                         "JobsCommand", "--parallel goes with --all and takes a whole number from 1 to 16, not \"%1\"")
                         .arg(parser.value(QStringLiteral("parallel")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("max-jobs"))) {
        bool ok = false;
        request->maxJobs = parser.value(QStringLiteral("max-jobs")).toLongLong(&ok);
        if (!ok || request->maxJobs < 1 || request->maxJobs > 100000000 || !request->all) {
            *error = QCoreApplication::translate(
                         "JobsCommand", "--max-jobs goes with --all and takes a whole number from 1 to 100000000, not \"%1\"")
                         .arg(parser.value(QStringLiteral("max-jobs")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("deadline")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate("JobsCommand", "--deadline must be a number of seconds from 1 to 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("deadline")));
            return false;
        }
        request->deadlineMs = int(seconds * 1000);
    }
    if (sub == QLatin1String("delete") && !parser.isSet(QStringLiteral("yes"))) {
        *error = QCoreApplication::translate("JobsCommand", "refusing to delete backfill task %1 without --yes").arg(request->argument);
        return false;
    }
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate("JobsCommand", "--interval must be a number of seconds from 1 to 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("interval")));
            return false;
        }
        request->intervalMs = int(seconds * 1000);
    }
    return true;
}

/** --endpoint > --region > ALIBABA_CLOUD_REGION_ID > the default region. */
bool resolveEndpoint(const GlobalOptions &global, const QProcessEnvironment &environment,
                     QUrl *endpoint, QString *error)
{
    if (!global.endpoint.isEmpty()) {
        const QUrl url(global.endpoint, QUrl::StrictMode);
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(url, &whyNot)) {
            *error = whyNot;
            return false;
        }
        *endpoint = url;
        return true;
    }
    QString region = global.region;
    if (region.isEmpty())
        region = environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
    if (region.isEmpty())
        region = QString::fromLatin1(defaultRegion);
    *endpoint = ActionTrailClient::endpointForRegion(region);
    if (!endpoint->isValid()) {
        *error = QCoreApplication::translate("JobsCommand", "\"%1\" is not a region ID (such as cn-hangzhou)").arg(region);
        return false;
    }
    return true;
}

/** Runs one validated `jobs` request; lives for the duration of the event loop. */
class JobsRun
{
public:
    JobsRun(const GlobalOptions &global, const JobsRequest &request, ActionTrailClient *client)
        : m_global(global), m_request(request), m_client(client), m_out(stdout), m_err(stderr)
    {
    }

    void start()
    {
        const QString &sub = m_request.subcommand;
        if (sub == QLatin1String("list"))
            m_request.all ? listAll() : listPage();
        else if (sub == QLatin1String("get"))
            get();
        else if (sub == QLatin1String("create"))
            create();
        else if (sub == QLatin1String("delete"))
            remove();
        else
            watch();
    }

    void fail(const ApiError &error)
    {
        m_err << "backfill-browser: " << describeApiError(error) << "\n";
        const QStringList details = apiErrorDetails(error).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : details)
            m_err << "  " << line << "\n";
        m_err.flush();
        finish(error.kind == ApiError::Kind::Configuration ? CliUsageError : CliServiceFailure);
    }

    void failUsage(const QString &reason)
    {
        m_err << "backfill-browser: " << reason << "\n";
        m_err.flush();
        finish(CliUsageError);
    }

    void finish(int code)
    {
        m_out.flush();
        QCoreApplication::exit(code);
    }

    QTextStream &err() { return m_err; }

private:
    /** Long waits are said out loud (with a countdown on a terminal): silence looks like a hang. */
    void announceWait(const ApiError &reason, int remainingMs)
    {
        const bool terminal = isatty(fileno(stderr)) != 0;
        const bool starting = remainingMs > m_lastWaitMs;
        m_lastWaitMs = remainingMs;
        if (!starting && !terminal)
            return;
        const QString line = QCoreApplication::translate("JobsCommand", "waiting %1 s before trying again: %2")
                                 .arg((remainingMs + 999) / 1000)
                                 .arg(describeApiError(reason));
        if (terminal)
            m_err << "\r\x1b[K" << line << (remainingMs <= 1000 ? "\n" : "");
        else
            m_err << line << "\n";
        m_err.flush();
    }

    template<typename Call>
    void watchRetries(Call *call)
    {
        QObject::connect(call, &ApiCall::waiting, &m_context,
                         [this](const ApiError &reason, int remainingMs) { announceWait(reason, remainingMs); });
        if (!m_global.verbose)
            return;
        QObject::connect(call, &ApiCall::retrying, &m_context,
                         [this](int attempt, int maxAttempts, const ApiError &reason, int delayMs) {
                             m_err << QCoreApplication::translate("JobsCommand", "retrying %1/%2 in %3 ms: %4")
                                          .arg(attempt)
                                          .arg(maxAttempts)
                                          .arg(delayMs)
                                          .arg(describeApiError(reason))
                                   << "\n";
                             m_err.flush();
                         });
    }

    void printJobs(const JobPage &page, bool all)
    {
        if (m_request.format == QLatin1String("json")) {
            if (all) {
                QJsonObject object = ResponseParser::jobPageToJson(page);
                // One object with every job; page bookkeeping would only mislead.
                object.remove(QStringLiteral("PageNumber"));
                object.remove(QStringLiteral("PageSize"));
                object.remove(QStringLiteral("RequestId"));
                m_out << json(object);
            } else {
                m_out << json(ResponseParser::jobPageToJson(page));
            }
        } else if (m_request.format == QLatin1String("csv")) {
            m_out << formatJobsCsv(page.jobs);
        } else if (page.jobs.isEmpty()) {
            m_out << (page.totalCount > 0 && !all
                          ? QCoreApplication::translate("JobsCommand", "No backfill tasks on page %1 (%2 in all).\n")
                                .arg(page.pageNumber)
                                .arg(page.totalCount)
                          : QCoreApplication::translate("JobsCommand", "No backfill tasks.\n"));
        } else {
            m_out << formatJobsTable(page.jobs);
            if (all) {
                m_out << QCoreApplication::translate("JobsCommand", "%n backfill task(s).", nullptr, int(page.jobs.size())) << "\n";
            } else {
                const qint64 pages = std::max<qint64>(
                    1, (qint64(page.totalCount) + page.pageSize - 1) / std::max(1, page.pageSize));
                m_out << QCoreApplication::translate("JobsCommand", "Page %1 of %2, %3 backfill tasks in all.")
                             .arg(page.pageNumber)
                             .arg(pages)
                             .arg(page.totalCount)
                      << "\n";
            }
        }
        finish(CliSuccess);
    }

    void listPage()
    {
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(m_request.page, m_request.pageSize);
        watchRetries(call);
        QObject::connect(call, &ListJobsCall::finished, &m_context,
                         [this](const JobPage &page) { printJobs(page, false); });
        QObject::connect(call, &ApiCall::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
    }

    void listAll()
    {
        auto *lister = new JobLister(m_client, &m_context); // owned by the run's context
        lister->setPageSize(m_request.pageSize);
        lister->setMaxInFlight(m_request.parallel);
        lister->setMaxJobs(m_request.maxJobs);
        QObject::connect(lister, &JobLister::waiting, &m_context,
                         [this](int, const ApiError &reason, int remainingMs) { announceWait(reason, remainingMs); });
        QObject::connect(lister, &JobLister::finished, &m_context,
                         [this](const JobPage &all) { printJobs(all, true); });
        QObject::connect(lister, &JobLister::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
        if (m_global.verbose) {
            QObject::connect(lister, &JobLister::progress, &m_context, [this](int done, int total) {
                m_err << QCoreApplication::translate("JobsCommand", "page %1 of %2").arg(done).arg(total) << "\n";
                m_err.flush();
            });
            QObject::connect(lister, &JobLister::retrying, &m_context,
                             [this](int page, int attempt, int maxAttempts, const ApiError &reason,
                                    int delayMs) {
                                 m_err << QCoreApplication::translate("JobsCommand", "page %1: retrying %2/%3 in %4 ms: %5")
                                              .arg(page)
                                              .arg(attempt)
                                              .arg(maxAttempts)
                                              .arg(delayMs)
                                              .arg(describeApiError(reason))
                                       << "\n";
                                 m_err.flush();
                             });
        }
        lister->start();
    }

    void get()
    {
        GetJobCall *call = m_client->getDeliveryHistoryJob(m_request.jobId);
        watchRetries(call);
        QObject::connect(call, &GetJobCall::finished, &m_context,
                         [this](const DeliveryJob &job, const QString &requestId) {
                             if (m_request.format == QLatin1String("json"))
                                 m_out << json(ResponseParser::jobDetailToJson(job, requestId));
                             else
                                 m_out << formatJobDetail(job);
                             finish(CliSuccess);
                         });
        QObject::connect(call, &ApiCall::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
    }

    void create()
    {
        CreateJobCall *call = m_client->createDeliveryHistoryJob(m_request.argument, QString());
        watchRetries(call);
        QObject::connect(call, &CreateJobCall::finished, &m_context,
                         [this](const CreatedJob &created) {
                             if (m_request.format == QLatin1String("json")) {
                                 QJsonObject object;
                                 object.insert(QStringLiteral("JobId"), created.jobId);
                                 object.insert(QStringLiteral("RequestId"), created.requestId);
                                 m_out << json(object);
                             } else {
                                 m_out << QCoreApplication::translate("JobsCommand", "Created backfill task %1 for trail %2.\n"
                                             "Follow it with: backfill-browser jobs watch %1\n")
                                              .arg(created.jobId)
                                              .arg(m_request.argument);
                             }
                             finish(CliSuccess);
                         });
        QObject::connect(call, &ApiCall::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
    }

    void remove()
    {
        DeleteJobCall *call = m_client->deleteDeliveryHistoryJob(m_request.jobId);
        watchRetries(call);
        QObject::connect(call, &DeleteJobCall::finished, &m_context,
                         [this](qint64 jobId, const QString &) {
                             m_out << QCoreApplication::translate("JobsCommand", "Deleted backfill task %1.").arg(jobId) << "\n";
                             finish(CliSuccess);
                         });
        QObject::connect(call, &ApiCall::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
    }

    void watch()
    {
        GetJobCall *call = m_client->getDeliveryHistoryJob(m_request.jobId);
        watchRetries(call);
        QObject::connect(call, &GetJobCall::finished, &m_context,
                         [this](const DeliveryJob &job, const QString &) {
                             const QString line = jobStatusText(job.status, job.rawStatus)
                                 + QStringLiteral(" - ") + regionSummary(job);
                             if (line != m_lastLine) {
                                 m_out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))
                                       << "  " << QCoreApplication::translate("JobsCommand", "task %1: %2").arg(job.jobId).arg(line) << "\n";
                                 m_out.flush();
                                 m_lastLine = line;
                             }
                             if (job.status == JobStatus::Complete) {
                                 finish(CliSuccess);
                             } else if (job.status == JobStatus::Failed) {
                                 m_err << QCoreApplication::translate("JobsCommand", "backfill-browser: backfill task %1 failed.").arg(job.jobId)
                                       << "\n";
                                 m_err.flush();
                                 finish(CliServiceFailure);
                             } else {
                                 QTimer::singleShot(m_request.intervalMs, &m_context,
                                                    [this] { watch(); });
                             }
                         });
        QObject::connect(call, &ApiCall::failed, &m_context,
                         [this](const ApiError &error) { fail(error); });
    }

    GlobalOptions m_global;
    JobsRequest m_request;
    ActionTrailClient *m_client;
    QObject m_context; // receiver of every connection: gone with the run
    QTextStream m_out;
    QTextStream m_err;
    QString m_lastLine;
    int m_lastWaitMs = 0;
};

} // namespace

void addJobsOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        {QStringLiteral("page"), QCoreApplication::translate("JobsCommand", "jobs list: the page to show (from 1; default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate("JobsCommand", "jobs list: tasks per page, 1 to 100 (default 20; 100 with --all)."), QStringLiteral("N")},
        {QStringLiteral("all"), QCoreApplication::translate("JobsCommand", "jobs list: every task of the account, all pages.")},
        {QStringLiteral("format"),
         QCoreApplication::translate("JobsCommand", "Output: table (default; local times), json (the service's own response shape; for "
            "--all one object with every job) or csv (jobs list only; RFC 4180, UTC times)."),
         QStringLiteral("table|json|csv")},
        {QStringLiteral("parallel"),
         QCoreApplication::translate("JobsCommand", "jobs list --all: pages fetched at once, 1 to 16 (default 4)."),
         QStringLiteral("N")},
        {QStringLiteral("max-jobs"),
         QCoreApplication::translate("JobsCommand", "jobs list --all: the most tasks one listing may hold (default 100000); a service "
            "claiming more is refused."),
         QStringLiteral("N")},
        {QStringLiteral("deadline"),
         QCoreApplication::translate("JobsCommand", "The longest one request may take in all, retries included, in seconds (default 60; "
            "--timeout is the longest silence)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("yes"), QCoreApplication::translate("JobsCommand", "jobs delete: confirm the deletion (required).")},
        {QStringLiteral("interval"),
         QCoreApplication::translate("JobsCommand", "jobs watch: seconds between polls (default 5)."), QStringLiteral("SECONDS")},
    });
}

QString jobStatusText(JobStatus status, int rawStatus)
{
    switch (status) {
    case JobStatus::Initializing:
        return QCoreApplication::translate("JobsCommand", "initializing");
    case JobStatus::Delivering:
        return QCoreApplication::translate("JobsCommand", "delivering");
    case JobStatus::Complete:
        return QCoreApplication::translate("JobsCommand", "complete");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobsCommand", "failed");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("JobsCommand", "unknown (%1)").arg(rawStatus);
}

QString formatJobsTable(const QList<DeliveryJob> &jobs)
{
    const QStringList header = {QCoreApplication::translate("JobsCommand", "JOB ID"),      QCoreApplication::translate("JobsCommand", "TRAIL"),      QCoreApplication::translate("JobsCommand", "HOME REGION"),
                                QCoreApplication::translate("JobsCommand", "STATUS"),      QCoreApplication::translate("JobsCommand", "EVENTS FROM"), QCoreApplication::translate("JobsCommand", "EVENTS TO"),
                                QCoreApplication::translate("JobsCommand", "CREATED"),     QCoreApplication::translate("JobsCommand", "UPDATED")};
    QList<QStringList> rows;
    for (const DeliveryJob &job : jobs) {
        rows.append({QString::number(job.jobId), job.trailName, job.homeRegion,
                     jobStatusText(job.status, job.rawStatus), localTime(job.eventsFrom),
                     localTime(job.eventsTo), localTime(job.createdTime),
                     localTime(job.updatedTime)});
    }
    return alignedTable(header, rows);
}

QString formatJobsCsv(const QList<DeliveryJob> &jobs)
{
    // Column names are the service's field names: stable for scripts, not translated.
    QString text = QStringLiteral("JobId,TrailName,HomeRegion,JobStatus,Status,StartTime,EndTime,"
                                  "CreatedTime,UpdatedTime\r\n");
    // Appended field by field into one buffer, numbers and times without temporaries: `jobs list
    // --all` writes 10,000 rows of this, and per-field QStrings were most of its cost.
    text.reserve(text.size() + jobs.size() * 160);
    const auto appendNumber = [&text](qint64 value) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
        text.append(QLatin1String(digits, end - digits));
    };
    // The four known status words, translated once rather than per row.
    const std::array<QString, 4> statusWords
        = {jobStatusText(JobStatus::Initializing, 0), jobStatusText(JobStatus::Delivering, 1),
           jobStatusText(JobStatus::Complete, 2), jobStatusText(JobStatus::Failed, 3)};
    for (const DeliveryJob &job : jobs) {
        appendNumber(job.jobId);
        text += QLatin1Char(',');
        appendCsvField(text, job.trailName);
        text += QLatin1Char(',');
        appendCsvField(text, job.homeRegion);
        text += QLatin1Char(',');
        appendNumber(job.rawStatus);
        text += QLatin1Char(',');
        const auto known = std::size_t(int(job.status));
        appendCsvField(text,
                       known < statusWords.size() ? statusWords.at(known)
                                                  : jobStatusText(job.status, job.rawStatus));
        for (const QDateTime *time : {&job.eventsFrom, &job.eventsTo, &job.createdTime, &job.updatedTime}) {
            text += QLatin1Char(',');
            ResponseParser::appendServiceTime(text, *time);
        }
        text += QLatin1String("\r\n");
    }
    return text;
}

QString formatJobDetail(const DeliveryJob &job)
{
    QList<QStringList> rows = {
        {QCoreApplication::translate("JobsCommand", "Job ID"), QString::number(job.jobId)},
        {QCoreApplication::translate("JobsCommand", "Trail"), job.trailName},
        {QCoreApplication::translate("JobsCommand", "Home region"), job.homeRegion},
        {QCoreApplication::translate("JobsCommand", "Status"), jobStatusText(job.status, job.rawStatus)},
        {QCoreApplication::translate("JobsCommand", "Events from"), localTime(job.eventsFrom)},
        {QCoreApplication::translate("JobsCommand", "Events to"), localTime(job.eventsTo)},
        {QCoreApplication::translate("JobsCommand", "Created"), localTime(job.createdTime)},
        {QCoreApplication::translate("JobsCommand", "Updated"), localTime(job.updatedTime)},
    };
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, int(row.first().size()));
    QString text;
    for (const QStringList &row : rows)
        text += (row.first() + QLatin1Char(':')).leftJustified(width + 2) + row.last() + QLatin1Char('\n');
    text += QLatin1Char('\n');
    QList<QStringList> regions;
    for (const RegionStatus &region : job.regions)
        regions.append({region.region, jobStatusText(region.status, region.rawStatus)});
    if (regions.isEmpty())
        text += QCoreApplication::translate("JobsCommand", "No per-region status reported.\n");
    else
        text += alignedTable({QCoreApplication::translate("JobsCommand", "REGION"), QCoreApplication::translate("JobsCommand", "STATUS")}, regions);
    return text;
}

int runJobsCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    auto usageError = [&err](const QString &reason) {
        err << "backfill-browser: " << reason << "\n"
            << QCoreApplication::translate("JobsCommand", "Try 'backfill-browser --help'.") << "\n";
        return int(CliUsageError);
    };

    QCommandLineParser parser;
    addGlobalOptions(&parser);
    addJobsOptions(&parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << commandLineHelpText();
        return CliSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "backfill-browser " << QCoreApplication::applicationVersion() << "\n";
        return CliSuccess;
    }
    GlobalOptions global;
    JobsRequest request;
    QString error;
    if (!readGlobalOptions(parser, &global, &error) || !readJobsRequest(parser, &request, &error))
        return usageError(error);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QUrl endpoint;
    if (!resolveEndpoint(global, environment, &endpoint, &error))
        return usageError(error);

    if (global.verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("backfill.api.debug=true"));
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    }

    QNetworkAccessManager network;
    configureNetworkAccess(&network, environment);
    ActionTrailClient client(&network);
    client.setEndpoint(endpoint);
    client.setSignatureVersion(global.signatureVersion);
    client.setTransferTimeout(std::chrono::milliseconds(global.timeoutMs));
    client.setCallDeadline(std::chrono::milliseconds(request.deadlineMs));

    JobsRun run(global, request, &client);
    QObject context;
    const bool signatureOnCommandLine = parser.isSet(QStringLiteral("signature-version"));
    resolveCliCredentials(global.profile, environment, &context,
                          [&run, &client, &global, signatureOnCommandLine](const CliCredentials &credentials) {
                              if (!credentials.ok) {
                                  run.failUsage(credentials.error);
                                  return;
                              }
                              if (global.verbose) {
                                  run.err() << QCoreApplication::translate("JobsCommand", "credentials: %1").arg(credentials.source) << "\n";
                                  run.err().flush();
                              }
                              // A profile's own endpoint/region/signature apply unless given on the command line.
                              if (global.endpoint.isEmpty() && global.region.isEmpty()
                                  && (!credentials.endpoint.isEmpty() || !credentials.region.isEmpty())) {
                                  const QUrl profileEndpoint = credentials.endpoint.isEmpty()
                                      ? ActionTrailClient::endpointForRegion(credentials.region)
                                      : credentials.endpoint;
                                  QString whyNot;
                                  if (!profileEndpoint.isValid() || !ActionTrailClient::isAllowedEndpoint(profileEndpoint, &whyNot)) {
                                      run.failUsage(whyNot.isEmpty() ? QCoreApplication::translate("JobsCommand", "the profile's region \"%1\" is not a region ID").arg(credentials.region) : whyNot);
                                      return;
                                  }
                                  client.setEndpoint(profileEndpoint);
                              }
                              if (credentials.signatureVersion && !signatureOnCommandLine)
                                  client.setSignatureVersion(*credentials.signatureVersion);
                              if (global.verbose) {
                                  // After the profile had its say, so it shows what is really used.
                                  run.err() << QCoreApplication::translate("JobsCommand", "endpoint: %1, signature %2, timeout %3 s")
                                                   .arg(client.endpoint().toString(),
                                                        client.signatureVersion() == SignatureVersion::V3 ? QStringLiteral("v3")
                                                                                                          : QStringLiteral("v1"))
                                                   .arg(global.timeoutMs / 1000.0)
                                            << "\n";
                                  run.err().flush();
                              }
                              client.setAccessKey(credentials.key);
                              run.start();
                          });
    return QCoreApplication::exec();
}
