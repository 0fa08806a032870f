#include "joblistloader.h"

#include "jobtablemodel.h"
#include "modelslogging.h"

#include <algorithm>

namespace {
int pagesFor(qint64 rows, int pageSize)
{
    return rows <= 0 ? 0 : int((rows + pageSize - 1) / pageSize);
}
} // namespace

JobListLoader::JobListLoader(JobTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_model->setFetcher([this] { return canFetchMore(); }, [this] { fetchMore(); });
}

JobListLoader::~JobListLoader()
{
    m_model->setFetcher({}, {});
    abortAll();
}

void JobListLoader::setSource(JobSource *source)
{
    abortAll();
    m_source = source;
    reload();
}

void JobListLoader::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, int(MaxPageSize));
}

bool JobListLoader::canFetchMore() const
{
    return m_source && m_operation == Operation::None && !m_exhausted && !m_error;
}

void JobListLoader::fetchMore()
{
    if (!canFetchMore())
        return;
    startOperation(Operation::FetchPage);
    requestPage(int(m_coveredRows / m_pageSize) + 1, m_pageSize);
}

void JobListLoader::reload()
{
    abortAll();
    ++m_generation;
    m_coveredRows = 0;
    m_totalCount = -1;
    m_exhausted = false;
    m_listed = false;
    m_refreshQueue.clear();
    m_refreshDone.clear();
    m_loadAllAfterFirstPage = false;
    // State is consistent before the model resets: views may call fetchMore() from inside it.
    const bool wasLoading = isLoading();
    m_operation = Operation::None;
    const bool hadError = std::exchange(m_error, std::nullopt).has_value();
    m_model->clear();
    if (wasLoading)
        emit loadingChanged(false);
    if (hadError)
        emit errorCleared();
    emitCounts();
    if (m_source)
        fetchMore();
}

void JobListLoader::refresh()
{
    if (!m_source)
        return;
    if (!m_listed) {
        // Nothing to compare with yet: a plain first load.
        if (m_operation == Operation::None) {
            clearError();
            fetchMore();
        }
        return;
    }
    if (m_operation == Operation::Refresh || m_operation == Operation::LoadAll)
        return;
    abortAll();
    ++m_generation;
    m_refreshDone.clear();
    m_loadAllAfterFirstPage = false;
    clearError();
    startOperation(Operation::Refresh);
    // One page more than loaded when more remain, so jobs pushed down by new ones stay.
    const int pages
        = std::max(1, pagesFor(m_model->rowCount(), MaxPageSize)) + (m_exhausted ? 0 : 1);
    m_refreshQueue.clear();
    for (int page = 1; page <= pages; ++page)
        m_refreshQueue << page;
    m_refreshLastPage = pages;
    pumpRefresh();
}

void JobListLoader::loadAll()
{
    if (!m_source || m_exhausted || m_operation == Operation::LoadAll)
        return;
    if (m_operation != Operation::None) {
        // Continue once the page or refresh in flight has settled.
        m_loadAllAfterFirstPage = true;
        return;
    }
    clearError();
    startOperation(Operation::LoadAll);
    m_loadAllClock.start();
    const quint64 generation = m_generation;
    PendingJobRequest *request = track(m_source->listAllJobs());
    connect(request, &PendingJobRequest::pageListed, this, [this, generation](const JobPage &page) {
        if (generation != m_generation)
            return;
        m_listed = true;
        noteTotal(page.totalCount);
        m_model->appendJobs(page.jobs);
        m_coveredRows = std::max<qint64>(m_coveredRows, m_model->rowCount());
        emitCounts();
        emit loadProgress(m_model->rowCount(), m_totalCount);
    });
    connect(request, &PendingJobRequest::listed, this, [this, generation](const JobPage &all) {
        if (generation != m_generation)
            return;
        m_listed = true;
        noteTotal(all.totalCount);
        // The consistent whole: rows that moved or vanished while the pages came are fixed here.
        m_model->applyListing(all.jobs);
        m_coveredRows = std::max<qint64>(m_totalCount, m_model->rowCount());
        m_exhausted = true;
        finishOperation();
        emitCounts();
        emit loadProgress(m_model->rowCount(), m_totalCount);
    });
    connect(request, &PendingJobRequest::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            onFailed(error);
    });
    connect(request, &PendingJobRequest::retrying, this, &JobListLoader::retrying);
    emit loadProgress(m_model->rowCount(), m_totalCount);
}

void JobListLoader::cancel()
{
    if (!isLoading())
        return;
    const bool wasLoadingAll = isLoadingAll();
    abortAll();
    ++m_generation;
    m_refreshQueue.clear();
    m_refreshDone.clear();
    m_loadAllAfterFirstPage = false;
    // Load all hands pages on in order, so the rows that arrived are the top of the list.
    m_coveredRows = std::max<qint64>(m_coveredRows, m_model->rowCount());
    finishOperation();
    emitCounts();
    if (wasLoadingAll)
        emit loadAllCancelled(m_model->rowCount(), m_totalCount);
}

qint64 JobListLoader::loadAllElapsedMs() const
{
    return isLoadingAll() && m_loadAllClock.isValid() ? m_loadAllClock.elapsed() : -1;
}

void JobListLoader::retry()
{
    if (!m_error)
        return;
    const Operation failed = m_failedOperation;
    clearError();
    switch (failed) {
    case Operation::LoadAll:
        loadAll();
        break;
    case Operation::Refresh:
        refresh();
        break;
    case Operation::None:
    case Operation::FetchPage:
        fetchMore();
        break;
    }
}

void JobListLoader::addCreatedJob(const DeliveryJob &job)
{
    if (!m_model->applyJob(job))
        return;
    if (m_totalCount >= 0)
        ++m_totalCount;
    // The service's list moved down by one under the pages we hold.
    ++m_coveredRows;
    emitCounts();
}

void JobListLoader::removeDeletedJob(qint64 jobId)
{
    if (!m_model->removeJob(jobId))
        return;
    if (m_totalCount > 0)
        --m_totalCount;
    if (m_coveredRows > 0)
        --m_coveredRows;
    emitCounts();
}

void JobListLoader::startOperation(Operation operation)
{
    const bool wasLoading = isLoading();
    m_operation = operation;
    if (!wasLoading)
        emit loadingChanged(true);
}

void JobListLoader::finishOperation()
{
    const bool wasLoading = isLoading();
    m_operation = Operation::None;
    if (wasLoading)
        emit loadingChanged(false);
    if (std::exchange(m_loadAllAfterFirstPage, false) && !m_error)
        loadAll();
}

PendingJobRequest *JobListLoader::track(PendingJobRequest *request)
{
    m_inFlight << request;
    // Out of the count the moment it answers (it is deleted later), so the next page can start.
    const auto done
        = [this, request] { m_inFlight.removeAll(QPointer<PendingJobRequest>(request)); };
    connect(request, &PendingJobRequest::listed, this, done);
    connect(request, &PendingJobRequest::failed, this, done);
    return request;
}

void JobListLoader::requestPage(int pageNumber, int pageSize)
{
    const quint64 generation = m_generation;
    PendingJobRequest *request = track(m_source->listJobs(pageNumber, pageSize));
    connect(request, &PendingJobRequest::listed, this,
            [this, generation, pageNumber, pageSize](const JobPage &page) {
                if (generation != m_generation) {
                    qCDebug(lcModel) << "dropping a stale page" << pageNumber;
                    return;
                }
                onPage(pageNumber, pageSize, page);
            });
    connect(request, &PendingJobRequest::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            onFailed(error);
    });
    connect(request, &PendingJobRequest::retrying, this, &JobListLoader::retrying);
}

void JobListLoader::onPage(int pageNumber, int pageSize, const JobPage &page)
{
    if (pageNumber == 1)
        m_listed = true;
    noteTotal(page.totalCount);
    switch (m_operation) {
    case Operation::FetchPage:
        m_model->appendJobs(page.jobs);
        m_coveredRows = std::max(m_coveredRows, qint64(pageNumber) * pageSize);
        m_exhausted = page.jobs.size() < pageSize || m_coveredRows >= m_totalCount;
        finishOperation();
        emitCounts();
        break;
    case Operation::Refresh:
        m_refreshDone.insert(pageNumber, page);
        pumpRefresh();
        break;
    case Operation::LoadAll:
    case Operation::None:
        break;
    }
}

void JobListLoader::onFailed(const ApiError &error)
{
    qCInfo(lcModel) << "listing failed:" << error.code << error.requestId << error.detail;
    m_failedOperation
        = std::exchange(m_loadAllAfterFirstPage, false) ? Operation::LoadAll : m_operation;
    abortAll();
    ++m_generation;
    m_refreshQueue.clear();
    m_refreshDone.clear();
    m_coveredRows = std::max<qint64>(m_coveredRows,
                                     m_failedOperation == Operation::LoadAll ? m_model->rowCount()
                                                                             : m_coveredRows);
    m_error = error; // before finishOperation(), so nothing queued starts
    finishOperation();
    emit errorOccurred(error);
    emitCounts();
}

void JobListLoader::pumpRefresh()
{
    while (!m_refreshQueue.isEmpty() && m_inFlight.size() < ParallelPages)
        requestPage(m_refreshQueue.takeFirst(), MaxPageSize);
    if (!m_refreshQueue.isEmpty() || int(m_refreshDone.size()) < m_refreshLastPage)
        return;
    QList<DeliveryJob> jobs;
    bool shortPage = false;
    for (const JobPage &page : std::as_const(m_refreshDone)) {
        jobs += page.jobs;
        shortPage = shortPage || page.jobs.size() < MaxPageSize;
    }
    m_refreshDone.clear();
    m_model->applyListing(jobs);
    m_coveredRows = qint64(m_refreshLastPage) * MaxPageSize;
    m_exhausted = shortPage || m_coveredRows >= m_totalCount;
    finishOperation();
    emitCounts();
}

void JobListLoader::abortAll()
{
    const auto requests = std::exchange(m_inFlight, {});
    for (const QPointer<PendingJobRequest> &request : requests) {
        if (request) {
            disconnect(request, nullptr, this, nullptr);
            request->abort();
        }
    }
}

void JobListLoader::clearError()
{
    if (!m_error)
        return;
    m_error.reset();
    emit errorCleared();
}

void JobListLoader::noteTotal(int total)
{
    m_totalCount = std::max(0, total);
}

void JobListLoader::emitCounts()
{
    emit countsChanged(m_model->rowCount(), m_totalCount);
}
