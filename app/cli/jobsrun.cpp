#include "jobsrun.h"

#include "accountsrun.h"
#include "api/actiontrailclient.h"
#include "api/allregionslister.h"
#include "api/apierror.h"
#include "api/joblister.h"
#include "api/responseparser.h"
#include "domain/jobserializer.h"
#include "domain/safetext.h"
#include "domain/utctime.h"
#include "dryrun.h"
#include "endpointchoice.h"
#include "exitcode.h"
#include "jobstext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
/** The error with every text that came from the server made safe for a terminal. */
ApiError forDisplay(const ApiError &error)
{
    return safeForDisplay(error);
}
} // namespace

JobsRun::JobsRun(const GlobalOptions &global, const JobsRequest &request, ActionTrailClient *client)
    : m_global(global)
    , m_request(request)
    , m_client(client)
    , m_out(stdout)
    , m_err(stderr)
{ }

JobsRun::~JobsRun() = default;

void JobsRun::withCurrentKey(std::function<void(const AccessKey &)> signWith)
{
    const std::shared_ptr<CredentialProvider> provider = m_client->credentialProvider();
    if (!provider) {
        failUsage(QCoreApplication::translate("JobsCommand", "No credentials to sign with."));
        return;
    }
    const auto signNow = [this, provider, signWith](const std::optional<ApiError> &error) {
        if (const auto held = provider->current(CredentialProvider::minimumValidity)) {
            signWith(held->key);
            return;
        }
        if (error) {
            fail(*error);
            return;
        }
        failUsage(QCoreApplication::translate("JobsCommand", "The credentials have expired."));
    };
    if (provider->current(CredentialProvider::refreshMargin)) {
        signNow(std::nullopt);
        return;
    }
    // A role's key is only known once assumed: that is a real STS call, even for a dry run.
    QObject::connect(provider.get(), &CredentialProvider::refreshed, &m_context,
                     [signNow] { signNow(std::nullopt); });
    QObject::connect(provider.get(), &CredentialProvider::refreshFailed, &m_context,
                     [signNow](const ApiError &error) { signNow(error); });
    provider->refresh();
}

void JobsRun::start(const QString &, const GlobalOptions &global)
{
    m_global = global;
    const QString &sub = m_request.subcommand;
    if (m_request.accountsCommand || m_request.allAccounts)
        listAccounts();
    else if (sub == QLatin1String("list"))
        m_request.allRegions ? listAllRegions() : m_request.all ? listAll() : listPage();
    else if (sub == QLatin1String("get"))
        get();
    else if (sub == QLatin1String("create"))
        create();
    else if (sub == QLatin1String("delete"))
        remove();
    else
        watch();
}

void JobsRun::listAccounts()
{
    m_accounts = std::make_unique<AccountsRun>(
        m_request, m_client, m_out, m_err, [this](int code) { finish(code); },
        [this](const ApiError &error) { fail(error); });
    if (m_request.accountsCommand) {
        m_accounts->listAccounts();
        return;
    }
    // --endpoint URL names one endpoint that serves the account (the emulator, a VPC endpoint of
    // the home region): every region's tasks are asked there, but a region's own REGION=URL.
    const QUrl serving = m_global.endpoint.isEmpty() ? QUrl() : m_client->endpoint();
    m_accounts->listAllAccountsJobs([serving, global = m_global](const QString &region) {
        QUrl endpoint;
        QString whyNot;
        return memberRegionEndpoint(global, serving, region, &endpoint, &whyNot) ? endpoint
                                                                                 : QUrl();
    });
}

void JobsRun::fail(const ApiError &error)
{
    // Code, Message and RequestId are the service's words: shown, never run by the terminal.
    const ApiError shown = forDisplay(error);
    m_err << "backfill-browser: " << describeApiError(shown) << "\n";
    const QStringList details = apiErrorDetails(shown).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : details)
        m_err << "  " << line << "\n";
    m_err.flush();
    finish(error.kind == ApiError::Kind::Configuration ? CliUsageError : CliServiceFailure);
}

void JobsRun::failUsage(const QString &reason)
{
    m_err << "backfill-browser: " << reason << "\n";
    m_err.flush();
    finish(CliUsageError);
}

void JobsRun::finish(int code)
{
    m_out.flush();
    QCoreApplication::exit(code);
}

void JobsRun::announceWait(const ApiError &reason, int remainingMs)
{
    // Long waits are said out loud (with a countdown on a terminal): silence looks like a hang.
    const bool terminal = isatty(fileno(stderr)) != 0;
    const bool starting = remainingMs > m_lastWaitMs;
    m_lastWaitMs = remainingMs;
    if (!starting && !terminal)
        return;
    const QString line
        = QCoreApplication::translate("JobsCommand", "waiting %1 s before trying again: %2")
              .arg((remainingMs + 999) / 1000)
              .arg(describeApiError(forDisplay(reason)));
    if (terminal)
        m_err << "\r\x1b[K" << line << (remainingMs <= 1000 ? "\n" : "");
    else
        m_err << line << "\n";
    m_err.flush();
}

template<typename Call> void JobsRun::watchRetries(Call *call)
{
    QObject::connect(
        call, &ApiCall::waiting, &m_context,
        [this](const ApiError &reason, int remainingMs) { announceWait(reason, remainingMs); });
    if (!m_global.verbose)
        return;
    QObject::connect(call, &ApiCall::retrying, &m_context,
                     [this](int attempt, int maxAttempts, const ApiError &reason, int delayMs) {
                         m_err << QCoreApplication::translate("JobsCommand",
                                                              "retrying %1/%2 in %3 ms: %4")
                                      .arg(attempt)
                                      .arg(maxAttempts)
                                      .arg(delayMs)
                                      .arg(describeApiError(forDisplay(reason)))
                               << "\n";
                         m_err.flush();
                     });
}

void JobsRun::printJobs(const JobPage &listed, bool all)
{
    // --status and --trail filter what was listed; the counts stay the service's.
    JobPage page = listed;
    const bool filtering = !m_request.statuses.isEmpty() || !m_request.trail.isEmpty();
    if (filtering) {
        page.jobs.clear();
        for (const DeliveryJob &job : listed.jobs) {
            if (m_request.matches(job))
                page.jobs.append(job);
        }
        m_err << QCoreApplication::translate("JobsCommand", "%1 of %2 listed tasks match.")
                     .arg(page.jobs.size())
                     .arg(listed.jobs.size())
              << "\n";
        m_err.flush();
    }
    // Data on stdout, anything for people about it (counts, pages, hints) on stderr, so a pipe
    // gets only the data.
    if (m_request.quiet) {
        QString ids;
        for (const DeliveryJob &job : page.jobs)
            ids += QString::number(job.jobId) + QLatin1Char('\n');
        m_out << ids;
    } else if (m_request.format == QLatin1String("json")) {
        if (all)
            writeJsonStream(page);
        else
            m_out << json(ResponseParser::jobPageToJson(page));
    } else if (m_request.format == QLatin1String("csv")) {
        writeCsvStream(page.jobs,
                       m_request.columns.isEmpty() ? JobSerializer::allColumns()
                                                   : m_request.columns);
    } else if (page.jobs.isEmpty()) {
        m_err << (page.totalCount > 0 && !all
                      ? QCoreApplication::translate("JobsCommand",
                                                    "No backfill tasks on page %1 (%2 in all).\n")
                            .arg(page.pageNumber)
                            .arg(page.totalCount)
                      : QCoreApplication::translate("JobsCommand", "No backfill tasks.\n"));
    } else {
        m_out << (m_request.columns.isEmpty() ? formatJobsTable(page.jobs)
                                              : formatJobsTable(page.jobs, m_request.columns));
        m_out.flush();
        if (all) {
            m_err << QCoreApplication::translate("JobsCommand", "%n backfill task(s).", nullptr,
                                                 int(page.jobs.size()))
                  << "\n";
        } else {
            const qint64 pages = std::max<qint64>(
                1, (qint64(page.totalCount) + page.pageSize - 1) / std::max(1, page.pageSize));
            m_err << QCoreApplication::translate("JobsCommand",
                                                 "Page %1 of %2, %3 backfill tasks in all.")
                         .arg(page.pageNumber)
                         .arg(pages)
                         .arg(page.totalCount)
                  << "\n";
        }
    }
    finish(CliSuccess);
}

namespace {
// Jobs per write: the text of one chunk stays around 200 KB however many jobs there are.
constexpr int jobsPerChunk = 1000;
} // namespace

void JobsRun::writeCsvStream(const QList<DeliveryJob> &jobs,
                             const QList<JobSerializer::Column> &columns)
{
    QString chunk = JobSerializer::csvHeader(columns);
    chunk.reserve(jobsPerChunk * 160);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        JobSerializer::appendCsvRecord(chunk, jobs.at(i), columns);
        if ((i + 1) % jobsPerChunk == 0) {
            m_out << chunk;
            chunk.clear();
        }
    }
    m_out << chunk;
}

void JobsRun::writeJsonStream(const JobPage &page)
{
    // One object with every job, written job by job rather than built as one QJsonDocument
    // (which held every job twice and took 1.8x the time of the CSV). Page bookkeeping would
    // only mislead, so only the count comes after the list.
    QString chunk = QStringLiteral("{\"DeliveryHistoryJobs\":[");
    chunk.reserve(jobsPerChunk * 220);
    for (qsizetype i = 0; i < page.jobs.size(); ++i) {
        chunk += i == 0 ? QLatin1String("\n") : QLatin1String(",\n");
        JobSerializer::appendJson(chunk, page.jobs.at(i));
        if ((i + 1) % jobsPerChunk == 0) {
            m_out << chunk;
            chunk.clear();
        }
    }
    chunk += QLatin1String("\n],\"TotalCount\":") + QString::number(page.totalCount)
        + QLatin1String("}\n");
    m_out << chunk;
}

void JobsRun::listPage()
{
    ListJobsCall *call = m_client->listDeliveryHistoryJobs(m_request.page, m_request.pageSize);
    watchRetries(call);
    QObject::connect(call, &ListJobsCall::finished, &m_context,
                     [this](const JobPage &page) { printJobs(page, false); });
    QObject::connect(call, &ApiCall::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
}

void JobsRun::listAll()
{
    auto *lister = new JobLister(m_client, &m_context); // owned by the run's context
    lister->setPageSize(m_request.pageSize);
    lister->setMaxInFlight(m_request.parallel);
    lister->setMaxJobs(m_request.maxJobs);
    QObject::connect(lister, &JobLister::waiting, &m_context,
                     [this](int, const ApiError &reason, int remainingMs) {
                         announceWait(reason, remainingMs);
                     });
    QObject::connect(lister, &JobLister::finished, &m_context,
                     [this](const JobPage &all) { printJobs(all, true); });
    QObject::connect(lister, &JobLister::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
    if (m_global.verbose) {
        QObject::connect(lister, &JobLister::progress, &m_context, [this](int done, int total) {
            m_err
                << QCoreApplication::translate("JobsCommand", "page %1 of %2").arg(done).arg(total)
                << "\n";
            m_err.flush();
        });
        QObject::connect(
            lister, &JobLister::retrying, &m_context,
            [this](int page, int attempt, int maxAttempts, const ApiError &reason, int delayMs) {
                m_err << QCoreApplication::translate("JobsCommand",
                                                     "page %1: retrying %2/%3 in %4 ms: %5")
                             .arg(page)
                             .arg(attempt)
                             .arg(maxAttempts)
                             .arg(delayMs)
                             .arg(describeApiError(forDisplay(reason)))
                      << "\n";
                m_err.flush();
            });
    }
    lister->start();
}

void JobsRun::listAllRegions()
{
    // A client per region with this run's settings and credentials; the lister owns it.
    const auto clientFor = [this](const QString &region) -> ActionTrailClient * {
        QUrl endpoint;
        QString whyNot;
        if (!regionEndpoint(m_global, region, &endpoint, &whyNot))
            return nullptr;
        auto *client = new ActionTrailClient(m_client->networkAccessManager());
        ClientConfig settings = m_client->config();
        settings.endpoint = endpoint;
        client->setConfig(settings);
        return client;
    };
    auto *lister = new AllRegionsLister(m_client, clientFor, &m_context);
    lister->setMaxConcurrent(m_request.parallel);
    lister->setMaxJobsPerRegion(m_request.maxJobs);
    QObject::connect(lister, &AllRegionsLister::regionsKnown, &m_context,
                     [this](const QStringList &regions, bool fromTrails) {
                         if (!m_global.verbose)
                             return;
                         m_err << QCoreApplication::translate("JobsCommand", "regions (%1): %2")
                                      .arg(fromTrails ? QStringLiteral("DescribeTrails")
                                                      : QStringLiteral("DescribeRegions"),
                                           SafeText::forDisplay(regions.join(QLatin1Char(','))))
                               << "\n";
                         m_err.flush();
                     });
    QObject::connect(lister, &AllRegionsLister::regionFailed, &m_context,
                     [this](const QString &region, const ApiError &error) {
                         m_err << "backfill-browser: "
                               << QCoreApplication::translate("JobsCommand", "region %1: %2")
                                      .arg(SafeText::forDisplay(region),
                                           describeApiError(forDisplay(error)))
                               << "\n";
                         m_err.flush();
                     });
    QObject::connect(lister, &AllRegionsLister::finished, &m_context,
                     [this](const AllRegionsListing &listing) { printAllRegions(listing); });
    QObject::connect(lister, &AllRegionsLister::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
    lister->start();
}

void JobsRun::printAllRegions(const AllRegionsListing &listing)
{
    QList<DeliveryJob> jobs;
    for (const DeliveryJob &job : listing.jobs) {
        if (!m_request.matches(job))
            continue;
        jobs.append(job);
        jobs.last().listedIn = listing.listedIn.value(job.jobId);
    }
    if (m_request.quiet) {
        QString ids;
        for (const DeliveryJob &job : std::as_const(jobs))
            ids += QString::number(job.jobId) + QLatin1Char('\n');
        m_out << ids;
    } else if (m_request.format == QLatin1String("json")) {
        // Bounded by --max-jobs per region; one document with the regions and their failures.
        QJsonArray array;
        for (const DeliveryJob &job : std::as_const(jobs))
            array.append(JobSerializer::toJson(job));
        QJsonArray errors;
        for (const RegionFailure &failure : listing.failures) {
            errors.append(QJsonObject {
                {QStringLiteral("Region"), failure.region},
                {QStringLiteral("Code"), failure.error.code},
                {QStringLiteral("Message"), failure.error.message},
                {QStringLiteral("RequestId"), failure.error.requestId},
                {QStringLiteral("HttpStatus"), failure.error.httpStatus},
                {QStringLiteral("Error"), describeApiError(failure.error)},
            });
        }
        QJsonObject object;
        object.insert(QStringLiteral("DeliveryHistoryJobs"), array);
        object.insert(QStringLiteral("TotalCount"), int(jobs.size()));
        object.insert(QStringLiteral("Regions"), QJsonArray::fromStringList(listing.regions));
        object.insert(QStringLiteral("RegionErrors"), errors);
        m_out << json(object);
    } else if (m_request.format == QLatin1String("csv")) {
        writeCsvStream(jobs,
                       m_request.columns.isEmpty() ? JobSerializer::allRegionsColumns()
                                                   : m_request.columns);
    } else {
        QList<JobSerializer::Column> columns = m_request.columns;
        if (columns.isEmpty()) {
            columns = defaultTableColumns();
            columns.insert(columns.indexOf(JobSerializer::Column::HomeRegion) + 1,
                           JobSerializer::Column::Region);
        }
        if (!jobs.isEmpty())
            m_out << formatJobsTable(jobs, columns);
        m_out.flush();
        m_err << QCoreApplication::translate("JobsCommand",
                                             "%1 backfill task(s) in %2 region(s); %3 failed.")
                     .arg(jobs.size())
                     .arg(listing.regions.size())
                     .arg(listing.failures.size())
              << "\n";
    }
    finish(listing.failures.isEmpty() ? CliSuccess : CliServiceFailure);
}

void JobsRun::get()
{
    GetJobCall *call = m_client->getDeliveryHistoryJob(m_request.jobId);
    watchRetries(call);
    QObject::connect(call, &GetJobCall::finished, &m_context,
                     [this](const DeliveryJob &job, const QString &requestId) {
                         if (m_request.format == QLatin1String("json"))
                             m_out << json(JobSerializer::toDetailJson(job, requestId));
                         else
                             m_out << formatJobDetail(job);
                         finish(CliSuccess);
                     });
    QObject::connect(call, &ApiCall::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
}

void JobsRun::create()
{
    if (m_request.dryRun) {
        const QString token = m_request.clientToken.isEmpty()
            ? QCoreApplication::translate("JobsCommand", "<a new token per call>")
            : m_request.clientToken;
        withCurrentKey([this, token](const AccessKey &key) {
            m_out << dryRunText(m_client->endpoint(), m_client->signatureVersion(), key,
                                QStringLiteral("CreateDeliveryHistoryJob"),
                                {{QStringLiteral("TrailName"), m_request.argument},
                                 {QStringLiteral("ClientToken"), token}});
            finish(CliSuccess);
        });
        return;
    }
    CreateJobCall *call
        = m_client->createDeliveryHistoryJob(m_request.argument, m_request.clientToken);
    watchRetries(call);
    QObject::connect(call, &CreateJobCall::finished, &m_context, [this](const CreatedJob &created) {
        if (m_request.format == QLatin1String("json")) {
            QJsonObject object;
            object.insert(QStringLiteral("JobId"), created.jobId);
            object.insert(QStringLiteral("RequestId"), created.requestId);
            m_out << json(object);
        } else {
            m_out << QCoreApplication::translate("JobsCommand",
                                                 "Created backfill task %1 for trail %2.")
                         .arg(created.jobId)
                         .arg(m_request.argument)
                  << "\n";
            m_out.flush();
            m_err << QCoreApplication::translate("JobsCommand",
                                                 "Follow it with: backfill-browser jobs watch %1")
                         .arg(created.jobId)
                  << "\n";
        }
        finish(CliSuccess);
    });
    QObject::connect(call, &ApiCall::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
}

void JobsRun::remove()
{
    if (m_request.dryRun) {
        withCurrentKey([this](const AccessKey &key) {
            m_out << dryRunText(m_client->endpoint(), m_client->signatureVersion(), key,
                                QStringLiteral("DeleteDeliveryHistoryJob"),
                                {{QStringLiteral("JobId"), QString::number(m_request.jobId)}});
            finish(CliSuccess);
        });
        return;
    }
    DeleteJobCall *call = m_client->deleteDeliveryHistoryJob(m_request.jobId);
    watchRetries(call);
    QObject::connect(
        call, &DeleteJobCall::finished, &m_context, [this](qint64 jobId, const QString &) {
            m_out << QCoreApplication::translate("JobsCommand", "Deleted backfill task %1.")
                         .arg(jobId)
                  << "\n";
            finish(CliSuccess);
        });
    QObject::connect(call, &ApiCall::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
}

void JobsRun::watch()
{
    if (!m_watchClock.isValid())
        m_watchClock.start();
    GetJobCall *call = m_client->getDeliveryHistoryJob(m_request.jobId);
    watchRetries(call);
    QObject::connect(
        call, &GetJobCall::finished, &m_context,
        [this](const DeliveryJob &job, const QString &requestId) {
            if (m_request.format == QLatin1String("json")) {
                // One JSON line per change (JSON Lines), the job in GetDeliveryHistoryJob's shape
                // plus the stable status word and when it was seen.
                QJsonObject object = JobSerializer::toDetailJson(job, QString());
                object.remove(QStringLiteral("RequestId"));
                object.insert(QStringLiteral("StatusWord"), JobSerializer::statusWord(job.status));
                const QString state
                    = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
                if (state != m_lastLine) {
                    m_lastLine = state;
                    object.insert(QStringLiteral("Time"),
                                  UtcTime::format(QDateTime::currentDateTimeUtc()));
                    object.insert(QStringLiteral("RequestId"), requestId);
                    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
                    m_out.flush();
                }
            } else {
                const QString line = jobStatusText(job.status, job.rawStatus)
                    + QStringLiteral(" - ") + regionSummary(job);
                if (line != m_lastLine) {
                    m_out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))
                          << "  "
                          << QCoreApplication::translate("JobsCommand", "task %1: %2")
                                 .arg(job.jobId)
                                 .arg(line)
                          << "\n";
                    m_out.flush();
                    m_lastLine = line;
                }
            }
            if (job.status == JobStatus::Complete) {
                finish(CliSuccess);
            } else if (job.status == JobStatus::Failed) {
                m_err << QCoreApplication::translate("JobsCommand",
                                                     "backfill-browser: backfill task %1 failed.")
                             .arg(job.jobId)
                      << "\n";
                m_err.flush();
                finish(CliServiceFailure);
            } else if (m_request.watchTimeoutMs > 0
                       && m_watchClock.elapsed() + m_request.intervalMs
                           > m_request.watchTimeoutMs) {
                m_err
                    << QCoreApplication::translate(
                           "JobsCommand",
                           "backfill-browser: backfill task %1 is still %2 after %3 s (--timeout).")
                           .arg(job.jobId)
                           .arg(jobStatusText(job.status, job.rawStatus))
                           .arg(m_request.watchTimeoutMs / 1000.0)
                    << "\n";
                m_err.flush();
                finish(CliServiceFailure);
            } else {
                QTimer::singleShot(m_request.intervalMs, &m_context, [this] { watch(); });
            }
        });
    QObject::connect(call, &ApiCall::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
}
