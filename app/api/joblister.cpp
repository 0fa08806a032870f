#include "joblister.h"

#include "actiontrailclient.h"
#include "apilogging.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

JobLister::JobLister(ActionTrailClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

JobLister::~JobLister()
{
    ++m_generation;
    cancelCalls();
}

void JobLister::setPageSize(int pageSize)
{
    m_requestedPageSize = m_pageSize = std::clamp(pageSize, 1, 100);
}

void JobLister::setMaxInFlight(int calls)
{
    m_maxInFlight = std::max(1, calls);
}

void JobLister::setMaxRestarts(int restarts)
{
    m_maxRestarts = std::max(0, restarts);
}

void JobLister::setMaxJobs(qint64 jobs)
{
    m_maxJobs = std::max<qint64>(1, jobs);
}

void JobLister::start()
{
    ++m_generation;
    m_pageSize = m_requestedPageSize;
    cancelCalls();
    m_running = true;
    m_restarts = 0;
    m_totalCount = -1;
    m_pageCount = 0;
    m_nextPage = 0;
    m_nextToHand = 1;
    m_peakInFlight = 0;
    m_pages.clear();
    requestPage(1);
}

void JobLister::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    cancelCalls();
    m_running = false;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.action = QStringLiteral("ListDeliveryHistoryJobs");
    emit failed(error);
}

void JobLister::cancelCalls()
{
    // Generation bump first: the calls' Cancelled failures must not count as ours.
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ListJobsCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void JobLister::requestPage(int pageNumber)
{
    if (!m_client) {
        m_running = false;
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        emit failed(error);
        return;
    }
    ListJobsCall *call = m_client->listDeliveryHistoryJobs(pageNumber, m_pageSize);
    const int generation = m_generation;
    m_inFlight.insert(pageNumber, call);
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    connect(call, &ListJobsCall::finished, this,
            [this, generation, pageNumber](const JobPage &page) {
                onPage(generation, pageNumber, page);
            });
    connect(call, &ApiCall::failed, this,
            [this, generation](const ApiError &error) { onPageFailed(generation, error); });
    connect(call, &ApiCall::retrying, this,
            [this, generation, pageNumber](int attempt, int maxAttempts, const ApiError &reason,
                                           int delayMs) {
                if (generation == m_generation)
                    emit retrying(pageNumber, attempt, maxAttempts, reason, delayMs);
            });
    connect(call, &ApiCall::waiting, this,
            [this, generation, pageNumber](const ApiError &reason, int remainingMs) {
                if (generation == m_generation)
                    emit waiting(pageNumber, reason, remainingMs);
            });
}

bool JobLister::restartBecause(const QString &why)
{
    ++m_generation;
    cancelCalls();
    if (m_restarts >= m_maxRestarts) {
        m_running = false;
        ApiError error;
        error.kind = ApiError::Kind::MalformedResponse;
        error.action = QStringLiteral("ListDeliveryHistoryJobs");
        error.detail = QCoreApplication::translate("JobLister",
                                                   "the job list kept changing while it was read "
                                                   "(%1); tried %n time(s)",
                                                   nullptr, m_restarts + 1)
                           .arg(why);
        emit failed(error);
        return false;
    }
    ++m_restarts;
    qCDebug(lcApi).noquote() << "JobLister: listing changed underneath (" << why
                             << "), starting over, restart" << m_restarts;
    m_totalCount = -1;
    m_pageCount = 0;
    m_nextPage = 0;
    m_nextToHand = 1;
    m_pages.clear();
    requestPage(1);
    return true;
}

void JobLister::onPage(int generation, int asked, const JobPage &page)
{
    if (generation != m_generation || !m_running)
        return;
    m_inFlight.remove(asked);

    if (m_totalCount < 0) {
        // A service that caps PageSize below what we asked says so in page 1: follow it, or
        // every later page would look short.
        if (page.pageSize >= 1 && page.pageSize < m_pageSize)
            m_pageSize = page.pageSize;
        const qint64 total = page.totalCount;
        const qint64 pages = std::max<qint64>(1, (total + m_pageSize - 1) / m_pageSize);
        // The page budget is what maxJobs would take at the page size we asked for: a PageSize
        // answered far below it must not turn one listing into a flood of requests.
        const qint64 maxPages = (m_maxJobs + m_requestedPageSize - 1) / m_requestedPageSize;
        if (total > m_maxJobs || pages > maxPages) {
            failBecause(QCoreApplication::translate(
                            "JobLister",
                            "the service claims TotalCount %1 with PageSize %2 (%3 pages); a "
                            "listing is limited to %4 tasks in %5 pages of %6 (raise it with "
                            "--max-jobs)")
                            .arg(total)
                            .arg(m_pageSize)
                            .arg(pages)
                            .arg(m_maxJobs)
                            .arg(maxPages)
                            .arg(m_requestedPageSize));
            return;
        }
        m_totalCount = total;
        m_firstRequestId = page.requestId;
        m_pageCount = int(pages);
        m_nextPage = 2;
    } else if (page.totalCount != m_totalCount) {
        restartBecause(
            QStringLiteral("TotalCount %1 then %2").arg(m_totalCount).arg(page.totalCount));
        return;
    }
    const qint64 expected
        = asked < m_pageCount ? m_pageSize : m_totalCount - qint64(m_pageCount - 1) * m_pageSize;
    if (page.jobs.size() != expected) {
        restartBecause(QStringLiteral("page %1 held %2 jobs, expected %3")
                           .arg(asked)
                           .arg(page.jobs.size())
                           .arg(expected));
        return;
    }
    m_pages.insert(asked, page);
    // A receiver may abort or restart us from its slot: hand on copies, and stop if it did.
    while (m_pages.contains(m_nextToHand) && generation == m_generation) {
        const JobPage ready = m_pages.value(m_nextToHand++);
        emit pageReady(ready);
    }
    if (generation != m_generation)
        return;
    emit progress(int(m_pages.size()), m_pageCount);
    if (int(m_pages.size()) == m_pageCount) {
        assemble();
        return;
    }
    launchMore();
}

void JobLister::launchMore()
{
    while (m_running && m_inFlight.size() < m_maxInFlight && m_nextPage <= m_pageCount)
        requestPage(m_nextPage++);
}

void JobLister::failBecause(const QString &why)
{
    ++m_generation;
    cancelCalls();
    m_running = false;
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.action = QStringLiteral("ListDeliveryHistoryJobs");
    error.detail = why;
    qCDebug(lcApi).noquote() << "JobLister:" << why;
    emit failed(error);
}

void JobLister::onPageFailed(int generation, const ApiError &error)
{
    if (generation != m_generation || !m_running)
        return;
    ++m_generation;
    cancelCalls();
    m_running = false;
    emit failed(error);
}

void JobLister::assemble()
{
    JobPage all;
    all.pageNumber = 1;
    all.pageSize = m_pageSize;
    all.totalCount = int(m_totalCount);
    all.requestId = m_firstRequestId;
    QSet<qint64> seen;
    seen.reserve(m_totalCount);
    all.jobs.reserve(m_totalCount);
    for (const JobPage &page : std::as_const(m_pages)) {
        for (const DeliveryJob &job : page.jobs) {
            if (seen.contains(job.jobId)) {
                restartBecause(QStringLiteral("JobId %1 seen twice").arg(job.jobId));
                return;
            }
            seen.insert(job.jobId);
            all.jobs.append(job);
        }
    }
    ++m_generation;
    m_running = false;
    emit finished(all);
}
