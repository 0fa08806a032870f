#pragma once

#include "api/apierror.h"
#include "jobsource.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

/** What is known of one job in full: its regions, when they were fetched, and any failure. */
struct JobDetail
{
    DeliveryJob job; ///< with its regions once regionsKnown
    bool regionsKnown = false;
    QString requestId; ///< of the answer shown (or of the failure)
    QDateTime fetchedAt; ///< UTC; invalid before the first answer
    bool loading = false; ///< a GetDeliveryHistoryJob for it is under way
    QString retryNote; ///< "retrying 2/8: throttled" while a fetch waits to retry
    std::optional<ApiError> error;
};

/**
 * Fetches jobs in full (GetDeliveryHistoryJob) for the detail pane, so selecting a row shows its
 * regions at once on a slow link: answers are cached per JobId, the rows around the selection
 * are fetched ahead, and a cached job older than staleAfter() is fetched again in the background
 * when shown. The current job always goes first; at most MaxInFlight requests are under way,
 * and only the jobs asked for (the caller bounds the list to the rows a person can reach).
 * Every answer is also reported by jobFetched() so the model, the one owner of job rows, is
 * updated.
 */
class JobDetailLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;
    static constexpr int CacheSize = 2000;
    /** An answer older than this is fetched again when its job is shown, and says its age. */
    static constexpr int DefaultStaleAfterSeconds = 30;

    explicit JobDetailLoader(QObject *parent = nullptr);
    ~JobDetailLoader() override;

    /** Another account or region: forgets everything. */
    void setSource(JobSource *source);
    void setClock(std::function<QDateTime()> clock);
    /** Seconds after which a cached answer is fetched again when its job is shown. */
    void setStaleAfter(int seconds) { m_staleAfterSeconds = seconds; }
    int staleAfter() const { return m_staleAfterSeconds; }

    /** The job the person looks at (0: none): fetched first, or refreshed when stale. */
    void setCurrent(qint64 jobId);
    qint64 current() const { return m_current; }
    /** Jobs to fetch ahead, most wanted first; replaces the previous list. */
    void setPrefetch(const QList<qint64> &jobIds);
    /** Fetches the job again now (Refresh, the pane's Retry). */
    void reload(qint64 jobId);
    /** A fresh copy from elsewhere (the live-progress poller). */
    void put(const DeliveryJob &job, const QString &requestId);

    JobDetail detail(qint64 jobId) const;
    int inFlight() const { return int(m_requests.size()); }
    /** GetDeliveryHistoryJob requests started since setSource() (for tests and benchmarks). */
    int requestsStarted() const { return m_started; }

signals:
    /** What is known of `jobId` changed (answer, failure, loading, retry). */
    void detailChanged(qint64 jobId);
    /** A GetDeliveryHistoryJob answer, for the model. */
    void jobFetched(const DeliveryJob &job, const QString &requestId);

private:
    JobDetail &entry(qint64 jobId);
    bool isStale(const JobDetail &detail) const;
    void pump();
    void start(qint64 jobId);
    void abortAll();

    QPointer<JobSource> m_source;
    std::function<QDateTime()> m_clock;
    int m_staleAfterSeconds = DefaultStaleAfterSeconds;
    qint64 m_current = 0;
    QList<qint64> m_wanted; ///< prefetch, most wanted first
    QCache<qint64, JobDetail> m_cache {CacheSize};
    QHash<qint64, QPointer<PendingJobRequest>> m_requests;
    QList<qint64> m_startOrder; ///< the jobs of m_requests, oldest first
    int m_started = 0;
};
