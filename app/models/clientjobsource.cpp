#include "clientjobsource.h"

#include "api/actiontrailclient.h"
#include "api/joblister.h"
#include "callrequest.h"

namespace {
/** Ties a PendingJobRequest to an ApiCall: failures, retries and abort go through. */
PendingJobRequest *wrap(ApiCall *call, QObject *parent)
{
    auto *request = CallRequest::follow<PendingJobRequest>(call, parent);
    QObject::connect(call, &ApiCall::retrying, request, &PendingJobRequest::reportRetrying);
    return request;
}
} // namespace

ClientJobSource::ClientJobSource(ActionTrailClient *client, QObject *parent)
    : JobSource(parent)
    , m_client(client)
{ }

PendingJobRequest *ClientJobSource::listJobs(int pageNumber, int pageSize)
{
    if (!m_client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    ListJobsCall *call = m_client->listDeliveryHistoryJobs(pageNumber, pageSize);
    PendingJobRequest *request = wrap(call, this);
    connect(call, &ListJobsCall::finished, request, &PendingJobRequest::finishListed);
    return request;
}

PendingJobRequest *ClientJobSource::getJob(qint64 jobId)
{
    if (!m_client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    GetJobCall *call = m_client->getDeliveryHistoryJob(jobId);
    PendingJobRequest *request = wrap(call, this);
    connect(call, &GetJobCall::finished, request, &PendingJobRequest::finishFetched);
    return request;
}

PendingJobRequest *ClientJobSource::createJob(const QString &trailName, const QString &clientToken)
{
    if (!m_client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    CreateJobCall *call = m_client->createDeliveryHistoryJob(trailName, clientToken);
    PendingJobRequest *request = wrap(call, this);
    connect(call, &CreateJobCall::finished, request, &PendingJobRequest::finishCreated);
    return request;
}

PendingJobRequest *ClientJobSource::deleteJob(qint64 jobId)
{
    if (!m_client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    DeleteJobCall *call = m_client->deleteDeliveryHistoryJob(jobId);
    PendingJobRequest *request = wrap(call, this);
    connect(call, &DeleteJobCall::finished, request, &PendingJobRequest::finishDeleted);
    return request;
}

PendingJobRequest *ClientJobSource::listAllJobs()
{
    if (!m_client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    auto *request = new PendingJobRequest(this);
    // The lister belongs to the request: it goes when the request is finished or aborted.
    auto *lister = new JobLister(m_client, request);
    request->setAbortHandler([lister] {
        QObject::disconnect(lister, nullptr, nullptr, nullptr);
        lister->abort();
    });
    connect(lister, &JobLister::finished, request, &PendingJobRequest::finishListed);
    connect(lister, &JobLister::failed, request, &PendingJobRequest::finishFailed);
    connect(lister, &JobLister::progress, request, &PendingJobRequest::reportProgress);
    connect(lister, &JobLister::pageReady, request, &PendingJobRequest::reportPage);
    connect(lister, &JobLister::retrying, request,
            [request](int, int attempt, int maxAttempts, const ApiError &reason, int delayMs) {
                request->reportRetrying(attempt, maxAttempts, reason, delayMs);
            });
    lister->start();
    return request;
}
