#include "allaccountsjobsource.h"

#include "api/actiontrailclient.h"
#include "api/rolesessionprovider.h"
#include "callrequest.h"
#include "clientjobsource.h"
#include "modelslogging.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
ApiError cancelled()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.action = QStringLiteral("ListAccounts");
    return error;
}

JobPage sliceOf(const QList<DeliveryJob> &jobs, int pageNumber, int pageSize)
{
    JobPage page;
    page.pageNumber = pageNumber;
    page.pageSize = pageSize;
    page.totalCount = int(jobs.size());
    page.jobs = jobs.mid(qsizetype(pageNumber - 1) * pageSize, pageSize);
    return page;
}
} // namespace

AllAccountsJobSource::AllAccountsJobSource(ActionTrailClient *management,
                                           AllAccountsLister::EndpointForRegion endpointFor,
                                           QObject *parent)
    : JobSource(parent)
    , m_management(management)
    , m_endpointFor(endpointFor)
    , m_lister(new AllAccountsLister(management, std::move(endpointFor), this))
{
    // Progress in accounts: done of known.
    connect(m_lister, &AllAccountsLister::accountsKnown, this,
            [this](const QList<MemberAccount> &accounts) {
                m_progress = {0, int(accounts.size())};
                if (m_listingRequest)
                    m_listingRequest->reportProgress(0, m_progress.second);
            });
    connect(m_lister, &AllAccountsLister::accountListed, this, [this] {
        ++m_progress.first;
        if (m_listingRequest)
            m_listingRequest->reportProgress(m_progress.first, m_progress.second);
    });
    connect(m_lister, &AllAccountsLister::finished, this,
            [this](const AllAccountsListing &listing) {
                adopt(listing);
                emit accountsListed(m_listing);
                if (m_listingRequest) {
                    m_listingRequest = nullptr;
                    if (const Done done = std::exchange(m_done, {}))
                        done(m_jobs);
                    return;
                }
                // A retry of one account: the next page 1 shows it without listing again.
                m_serveRetried = true;
                emit listingUpdated();
            });
    connect(m_lister, &AllAccountsLister::failed, this, [this](const ApiError &error) {
        if (PendingJobRequest *request = m_listingRequest) {
            m_listingRequest = nullptr;
            m_done = {};
            request->finishFailed(error);
        }
    });
}

AllAccountsJobSource::~AllAccountsJobSource()
{
    // The lister goes with us; what it would still say has no one to hear it.
    disconnect(m_lister, nullptr, this, nullptr);
}

void AllAccountsJobSource::adopt(const AllAccountsListing &listing)
{
    m_listing = listing;
    m_jobs.clear();
    m_accountOfJob.clear();
    for (int a = 0; a < m_listing.accounts.size(); ++a) {
        const AccountTasks &tasks = m_listing.accounts.at(a);
        for (const DeliveryJob &listed : tasks.listing.jobs) {
            // The table holds a task once by JobId, which the service numbers for all accounts.
            if (m_accountOfJob.contains(listed.jobId)) {
                qCWarning(lcModel).noquote()
                    << "All accounts: task" << listed.jobId << "listed by account"
                    << tasks.account.accountId << "and by account"
                    << m_listing.accounts.at(m_accountOfJob.value(listed.jobId)).account.accountId
                    << "; shown once";
                continue;
            }
            DeliveryJob job = listed;
            job.listedIn = tasks.listing.listedIn.value(job.jobId);
            job.accountId = tasks.account.accountId;
            job.accountName = tasks.account.displayName;
            m_accountOfJob.insert(job.jobId, a);
            m_jobs.append(job);
        }
    }
    // Newest first across accounts, like one account's listing: page 1 is the newest tasks of
    // them all, not the first account's.
    std::stable_sort(m_jobs.begin(), m_jobs.end(), DeliveryJobs::newestFirst);
    m_haveListing = true;
}

void AllAccountsJobSource::listEverything(PendingJobRequest *request, Done done)
{
    // One listing at a time: a request still waiting for an earlier one ends here, once.
    if (PendingJobRequest *earlier = std::exchange(m_listingRequest, nullptr))
        earlier->finishFailed(cancelled());
    m_serveRetried = false;
    m_listingRequest = request;
    m_done = std::move(done);
    request->setAbortHandler([this, request] {
        if (m_listingRequest != request)
            return;
        m_listingRequest = nullptr;
        m_done = {};
        m_lister->abort();
    });
    m_lister->start();
}

PendingJobRequest *AllAccountsJobSource::listJobs(int pageNumber, int pageSize)
{
    auto *request = new PendingJobRequest(this);
    if ((pageNumber > 1 || m_serveRetried) && m_haveListing) {
        m_serveRetried = false;
        const JobPage page = sliceOf(m_jobs, pageNumber, pageSize);
        // Completion comes later, like a real reply: callers connect after the call returns.
        QMetaObject::invokeMethod(
            request, [request, page] { request->finishListed(page); }, Qt::QueuedConnection);
        return request;
    }
    listEverything(request, [request, pageNumber, pageSize](const QList<DeliveryJob> &jobs) {
        request->finishListed(sliceOf(jobs, pageNumber, pageSize));
    });
    return request;
}

PendingJobRequest *AllAccountsJobSource::listAllJobs()
{
    auto *request = new PendingJobRequest(this);
    listEverything(request, [request](const QList<DeliveryJob> &jobs) {
        JobPage all = sliceOf(jobs, 1, int(jobs.size()));
        request->reportPage(all);
        request->finishListed(all);
    });
    return request;
}

bool AllAccountsJobSource::retryAccount(const QString &accountId)
{
    if (m_listingRequest)
        return false;
    return m_lister->retry(accountId);
}

PendingJobRequest *AllAccountsJobSource::noSession(const QString &action)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.action = action;
    error.message = QCoreApplication::translate(
        "AllAccountsJobSource", "The task's account could not be signed in to; list it again.");
    return CallRequest::failLater<PendingJobRequest>(this, error);
}

ActionTrailClient *AllAccountsJobSource::memberClientFor(qint64 jobId, QObject *parent) const
{
    const auto found = m_accountOfJob.constFind(jobId);
    if (found == m_accountOfJob.constEnd() || !m_management)
        return nullptr;
    const AccountTasks &tasks = m_listing.accounts.at(*found);
    const std::shared_ptr<RoleSessionProvider> session
        = m_lister->sessionOf(tasks.account.accountId);
    if (!session)
        return nullptr;
    ClientConfig config = m_management->config();
    config.credentials = session;
    const QString region = tasks.listing.listedIn.value(jobId);
    if (m_endpointFor && !region.isEmpty()) {
        const QUrl endpoint = m_endpointFor(region);
        if (endpoint.isValid())
            config.endpoint = endpoint;
    }
    auto *client = new ActionTrailClient(m_management->networkAccessManager(), parent);
    client->setConfig(config);
    return client;
}

PendingJobRequest *AllAccountsJobSource::getJob(qint64 jobId)
{
    // A task not listed here (one just created) is the management account's own.
    const auto found = m_accountOfJob.constFind(jobId);
    auto *request = new PendingJobRequest(this);
    ActionTrailClient *client = found != m_accountOfJob.constEnd() ? memberClientFor(jobId, request)
                                                                   : m_management.data();
    if (!client) {
        delete request;
        return noSession(QStringLiteral("GetDeliveryHistoryJob"));
    }
    GetJobCall *call = client->getDeliveryHistoryJob(jobId);
    CallRequest::attach(request, call);
    connect(call, &ApiCall::retrying, request, &PendingJobRequest::reportRetrying);
    // The detail replaces the row: it keeps the account and the region that listed it.
    DeliveryJob listed;
    if (found != m_accountOfJob.constEnd()) {
        const AccountTasks &tasks = m_listing.accounts.at(*found);
        listed.accountId = tasks.account.accountId;
        listed.accountName = tasks.account.displayName;
        listed.listedIn = tasks.listing.listedIn.value(jobId);
    }
    connect(call, &GetJobCall::finished, request,
            [request, listed](DeliveryJob job, const QString &requestId) {
                job.listedIn = listed.listedIn;
                job.accountId = listed.accountId;
                job.accountName = listed.accountName;
                request->finishFetched(job, requestId);
            });
    return request;
}

PendingJobRequest *AllAccountsJobSource::deleteJob(qint64 jobId)
{
    const bool listed = m_accountOfJob.contains(jobId);
    auto *holder = new QObject(this);
    ActionTrailClient *client = listed ? memberClientFor(jobId, holder) : m_management.data();
    if (!client) {
        delete holder;
        return noSession(QStringLiteral("DeleteDeliveryHistoryJob"));
    }
    auto *source = new ClientJobSource(client, holder);
    PendingJobRequest *request = source->deleteJob(jobId);
    request->setParent(this);
    holder->setParent(request);
    return request;
}

PendingJobRequest *AllAccountsJobSource::createJob(const QString &trailName,
                                                   const QString &clientToken)
{
    auto *source = new ClientJobSource(m_management, this);
    PendingJobRequest *request = source->createJob(trailName, clientToken);
    request->setParent(this);
    source->setParent(request);
    return request;
}
