#include "jobsource.h"

PendingJobRequest::PendingJobRequest(QObject *parent)
    : PendingRequest(parent)
{ }

PendingJobRequest::~PendingJobRequest() = default;

void PendingJobRequest::finishListed(const JobPage &page)
{
    if (begin())
        emit listed(page);
}

void PendingJobRequest::finishFetched(const DeliveryJob &job, const QString &requestId)
{
    if (begin())
        emit fetched(job, requestId);
}

void PendingJobRequest::finishCreated(const CreatedJob &created)
{
    if (begin())
        emit this->created(created);
}

void PendingJobRequest::finishDeleted(qint64 jobId, const QString &requestId)
{
    if (begin())
        emit deleted(jobId, requestId);
}

void PendingJobRequest::finishFailed(const ApiError &error)
{
    if (begin())
        emit failed(error);
}

void PendingJobRequest::reportRetrying(int attempt, int maxAttempts, const ApiError &reason,
                                       int delayMs)
{
    if (!isFinished())
        emit retrying(attempt, maxAttempts, reason, delayMs);
}

void PendingJobRequest::reportProgress(int done, int total)
{
    if (!isFinished())
        emit progress(done, total);
}

void PendingJobRequest::reportPage(const JobPage &page)
{
    if (!isFinished())
        emit pageListed(page);
}
