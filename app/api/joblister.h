#pragma once

#include "apierror.h"
#include "domain/deliveryjob.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class ActionTrailClient;
class ListJobsCall;

/**
 * Lists every job of the account: page 1 first (for TotalCount), then the remaining pages
 * concurrently with at most maxInFlight() requests under way (HTTP keep-alive reuses the
 * connections), reassembled in the service's order.
 *
 * Never loses or duplicates a job silently: each page must report the same TotalCount and hold
 * the expected number of jobs, and no JobId may appear twice; when the listing changed underneath
 * (a job created or deleted meanwhile) it starts over, at most maxRestarts() times, then fails.
 * Each page call has the client's retries. Emits exactly one of finished()/failed() per start().
 *
 * Page 1's TotalCount and PageSize are claims, not facts: a listing whose plan exceeds maxJobs()
 * jobs, or the pages those jobs would take at the requested page size, fails at once with a
 * MalformedResponse naming the claim, before a second page is asked for. Pages arrive at most
 * maxInFlight() at a time and are held until the listing is complete, so memory is bounded by
 * maxJobs() jobs (and each page by the client's body cap).
 */
class JobLister : public QObject
{
    Q_OBJECT

public:
    explicit JobLister(ActionTrailClient *client, QObject *parent = nullptr);
    ~JobLister() override;

    /** 1..100, default 100 (fewest requests); a smaller PageSize answered by page 1 wins. */
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    void setMaxInFlight(int calls); ///< default 4
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxRestarts(int restarts); ///< default 3
    int maxRestarts() const { return m_maxRestarts; }
    /** The most jobs one listing may hold; default defaultMaxJobs. */
    void setMaxJobs(qint64 jobs);
    qint64 maxJobs() const { return m_maxJobs; }
    static constexpr qint64 defaultMaxJobs = 100000;

    /** Starts (or restarts, abandoning what is under way without a signal) the listing. */
    void start();
    /** Stops: `failed` is emitted once with Kind::Cancelled if a listing was under way. */
    void abort();
    bool isRunning() const { return m_running; }
    /** The highest number of page requests that were under way at once (for tests, benchmarks). */
    int peakInFlight() const { return m_peakInFlight; }

signals:
    /** `pagesDone` of `pagesTotal` pages have arrived (pagesTotal is 0 until page 1 is in). */
    void progress(int pagesDone, int pagesTotal);
    /**
     * Pages handed on in the service's order as soon as every page before them is in, so a view
     * can show rows while the rest arrive. After a restart page 1 comes again: a receiver keys
     * rows by JobId, and finished() is the consistent whole.
     */
    void pageReady(const JobPage &page);
    /** A page request will be retried (forwarded from the page's ApiCall). */
    void retrying(int pageNumber, int attempt, int maxAttempts, const ApiError &reason,
                  int delayMs);
    /**
     * Every job, in order: `jobs` complete, `totalCount` as reported, `pageNumber` 1,
     * `pageSize` the page size used, `requestId` that of page 1.
     */
    void finished(const JobPage &all);
    /** A page request waits more than 2 s before its next attempt (forwarded; a countdown). */
    void waiting(int pageNumber, const ApiError &reason, int remainingMs);
    void failed(const ApiError &error);

private:
    void requestPage(int pageNumber);
    void onPage(int generation, int pageNumber, const JobPage &page);
    void onPageFailed(int generation, const ApiError &error);
    void launchMore();
    bool restartBecause(const QString &why);
    void failBecause(const QString &why);
    void cancelCalls();
    void assemble();

    QPointer<ActionTrailClient> m_client;
    int m_requestedPageSize = 100;
    int m_pageSize = 100; ///< in use: the requested one, or the service's cap from page 1
    int m_maxInFlight = 4;
    int m_maxRestarts = 3;
    int m_restarts = 0;
    int m_generation = 0;
    bool m_running = false;
    qint64 m_maxJobs = defaultMaxJobs;
    qint64 m_totalCount = -1;
    int m_pageCount = 0;
    int m_nextPage = 0;
    int m_nextToHand = 1; ///< the next page pageReady() hands on
    int m_peakInFlight = 0;
    QString m_firstRequestId;
    QMap<int, JobPage> m_pages;
    QMap<int, QPointer<ListJobsCall>> m_inFlight;
};
