#pragma once

#include "api/apierror.h"
#include "jobsource.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

class JobTableModel;

/**
 * Fills a JobTableModel from a JobSource: page by page as the view scrolls (fetchMore), a
 * refresh that re-lists the loaded range and applies the differences row by row, and "Load all"
 * through the source's one listing of everything (JobLister for the real service), whose pages
 * are shown as they arrive. One operation at a time; an error stops it, keeps every row and
 * can be retried; Load all can be cancelled and keeps what arrived.
 */
class JobListLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 100;
    /** How many pages a refresh keeps in flight at once. */
    static constexpr int ParallelPages = 4;

    explicit JobListLoader(JobTableModel *model, QObject *parent = nullptr);
    ~JobListLoader() override;

    /** Drops every row and, for a non-null source, starts loading page 1. */
    void setSource(JobSource *source);
    JobSource *source() const { return m_source; }

    /** Clamped to 1..100; applies to the next page fetched. */
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    /** True while pages remain, none is in flight and no error stands. */
    bool canFetchMore() const;
    /** Fetches the next page (what the view's scrolling asks for). */
    void fetchMore();
    /** Forgets all rows and loads page 1 again. */
    void reload();
    /** Re-lists the loaded range and applies the differences row by row. */
    void refresh();
    /** Fetches every remaining job; rows appear page by page. */
    void loadAll();
    /** Stops Load all (or whatever is loading), keeping the rows that arrived. No error. */
    void cancel();
    /** Repeats the operation that failed (keeps the rows already loaded). */
    void retry();

    /** A job the app created: on top of the list, counted. */
    void addCreatedJob(const DeliveryJob &job);
    /** A job the service confirmed deleted (or already gone). */
    void removeDeletedJob(qint64 jobId);

    /** TotalCount of the last listing; -1 before the first page. */
    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_operation != Operation::None; }
    bool isLoadingAll() const { return m_operation == Operation::LoadAll; }
    bool isRefreshing() const { return m_operation == Operation::Refresh; }
    /** True when every page has been fetched. */
    bool isComplete() const { return m_exhausted; }
    /** Whether page 1 has arrived at least once since the last reload. */
    bool hasListed() const { return m_listed; }
    std::optional<ApiError> lastError() const { return m_error; }
    /** Milliseconds since Load all started (for an estimate); -1 when not loading all. */
    qint64 loadAllElapsedMs() const;

signals:
    void loadingChanged(bool loading);
    /** Rows loaded and the service's TotalCount (-1 while unknown). */
    void countsChanged(int loaded, int total);
    void errorOccurred(const ApiError &error);
    void errorCleared();
    void retrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    /** Load all: `loaded` rows of `total` (total -1 until the service said). */
    void loadProgress(int loaded, int total);
    /** Load all stopped by cancel(), with `loaded` of `total` rows kept. */
    void loadAllCancelled(int loaded, int total);

private:
    enum class Operation { None, FetchPage, LoadAll, Refresh };

    void startOperation(Operation operation);
    void finishOperation();
    PendingJobRequest *track(PendingJobRequest *request);
    void requestPage(int pageNumber, int pageSize);
    void onPage(int pageNumber, int pageSize, const JobPage &page);
    void onFailed(const ApiError &error);
    void pumpRefresh();
    void abortAll();
    void clearError();
    void noteTotal(int total);
    void emitCounts();

    JobTableModel *m_model;
    QPointer<JobSource> m_source;
    int m_pageSize = DefaultPageSize;

    // Rows of the service's list covered by pages received, counted from the top.
    qint64 m_coveredRows = 0;
    int m_totalCount = -1;
    bool m_exhausted = false;
    bool m_listed = false;

    Operation m_operation = Operation::None;
    Operation m_failedOperation = Operation::None;
    quint64 m_generation = 0;
    QList<QPointer<PendingJobRequest>> m_inFlight;
    std::optional<ApiError> m_error;
    bool m_loadAllAfterFirstPage = false;
    QElapsedTimer m_loadAllClock;

    // Refresh: pages queued and received.
    QList<int> m_refreshQueue;
    QMap<int, JobPage> m_refreshDone;
    int m_refreshLastPage = 0;
};
