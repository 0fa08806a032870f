#include "jobsource.h"

PendingJobRequest::PendingJobRequest(QObject *parent)
    : QObject(parent)
{ }

PendingJobRequest::~PendingJobRequest() = default;

void PendingJobRequest::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    // The underlying call may still emit (ApiCall emits Cancelled); we stay silent by design.
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    deleteLater();
}

bool PendingJobRequest::begin()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_abortHandler = {};
    deleteLater();
    return true;
}

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
    if (!m_finished)
        emit retrying(attempt, maxAttempts, reason, delayMs);
}

void PendingJobRequest::reportProgress(int done, int total)
{
    if (!m_finished)
        emit progress(done, total);
}

void PendingJobRequest::reportPage(const JobPage &page)
{
    if (!m_finished)
        emit pageListed(page);
}
