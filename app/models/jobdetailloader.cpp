#include "jobdetailloader.h"

#include "modelslogging.h"

JobDetailLoader::JobDetailLoader(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

JobDetailLoader::~JobDetailLoader()
{
    abortAll();
}

void JobDetailLoader::setSource(JobSource *source)
{
    abortAll();
    m_source = source;
    m_cache.clear();
    m_wanted.clear();
    m_current = 0;
    m_started = 0;
}

void JobDetailLoader::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

JobDetail &JobDetailLoader::entry(qint64 jobId)
{
    if (JobDetail *known = m_cache.object(jobId))
        return *known;
    auto *fresh = new JobDetail;
    fresh->job.jobId = jobId;
    m_cache.insert(jobId, fresh);
    return *m_cache.object(jobId);
}

JobDetail JobDetailLoader::detail(qint64 jobId) const
{
    if (const JobDetail *known = m_cache.object(jobId))
        return *known;
    JobDetail none;
    none.job.jobId = jobId;
    none.loading = m_requests.contains(jobId);
    return none;
}

bool JobDetailLoader::isStale(const JobDetail &detail) const
{
    return !detail.fetchedAt.isValid() || detail.fetchedAt.secsTo(m_clock()) >= m_staleAfterSeconds;
}

void JobDetailLoader::setCurrent(qint64 jobId)
{
    const bool again = jobId == std::exchange(m_current, jobId);
    if (jobId == 0)
        return;
    const JobDetail *known = m_cache.object(jobId);
    // Fetched when missing, stale, or failed ahead of time; a failure on show stays until Retry.
    const bool wanted = !known || (known->error ? !again : isStale(*known));
    if (!m_requests.contains(jobId) && wanted) {
        // The current job may not wait behind prefetches: make room by dropping the oldest.
        if (m_requests.size() >= MaxInFlight && !m_startOrder.isEmpty()) {
            const qint64 oldest = m_startOrder.takeFirst();
            if (const QPointer<PendingJobRequest> request = m_requests.take(oldest)) {
                disconnect(request, nullptr, this, nullptr);
                request->abort();
            }
            if (JobDetail *dropped = m_cache.object(oldest))
                dropped->loading = false;
        }
        start(jobId);
    }
    pump();
}

void JobDetailLoader::setPrefetch(const QList<qint64> &jobIds)
{
    m_wanted = jobIds;
    pump();
}

void JobDetailLoader::reload(qint64 jobId)
{
    if (jobId == 0 || m_requests.contains(jobId))
        return;
    if (JobDetail *known = m_cache.object(jobId))
        known->error.reset();
    start(jobId);
}

void JobDetailLoader::put(const DeliveryJob &job, const QString &requestId)
{
    JobDetail &d = entry(job.jobId);
    d.job = job;
    d.regionsKnown = true;
    d.requestId = requestId;
    d.fetchedAt = m_clock();
    d.error.reset();
    emit detailChanged(job.jobId);
}

void JobDetailLoader::pump()
{
    for (qint64 jobId : std::as_const(m_wanted)) {
        if (m_requests.size() >= MaxInFlight)
            return;
        if (jobId == 0 || m_requests.contains(jobId))
            continue;
        const JobDetail *known = m_cache.object(jobId);
        if (known && (known->regionsKnown || known->error))
            continue; // ahead of time once is enough; it is refreshed when shown
        start(jobId);
    }
}

void JobDetailLoader::start(qint64 jobId)
{
    if (!m_source)
        return;
    JobDetail &d = entry(jobId);
    d.loading = true;
    d.retryNote.clear();
    PendingJobRequest *request = m_source->getJob(jobId);
    m_requests.insert(jobId, request);
    m_startOrder.append(jobId);
    ++m_started;
    connect(request, &PendingJobRequest::retrying, this,
            [this, jobId](int attempt, int maxAttempts, const ApiError &reason) {
                JobDetail &d = entry(jobId);
                d.retryNote = tr("retrying %1/%2: %3")
                                  .arg(attempt)
                                  .arg(maxAttempts)
                                  .arg(reason.code.isEmpty() ? reason.detail : reason.code);
                emit detailChanged(jobId);
            });
    connect(request, &PendingJobRequest::fetched, this,
            [this, jobId](const DeliveryJob &job, const QString &requestId) {
                m_requests.remove(jobId);
                m_startOrder.removeOne(jobId);
                JobDetail &d = entry(jobId);
                d.loading = false;
                d.retryNote.clear();
                emit jobFetched(job, requestId);
                put(job, requestId);
                pump();
            });
    connect(request, &PendingJobRequest::failed, this, [this, jobId](const ApiError &error) {
        m_requests.remove(jobId);
        m_startOrder.removeOne(jobId);
        qCInfo(lcModel) << "fetching job" << jobId << "failed:" << error.code << error.requestId;
        JobDetail &d = entry(jobId);
        d.loading = false;
        d.retryNote.clear();
        d.error = error;
        if (!error.requestId.isEmpty())
            d.requestId = error.requestId;
        emit detailChanged(jobId);
        pump();
    });
    emit detailChanged(jobId);
}

void JobDetailLoader::abortAll()
{
    m_startOrder.clear();
    const auto requests = std::exchange(m_requests, {});
    for (const QPointer<PendingJobRequest> &request : requests) {
        if (request) {
            disconnect(request, nullptr, this, nullptr);
            request->abort();
        }
    }
}
