#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** A backfill task's status, overall or in one region: the service's 0..3 [doc]. */
enum class JobStatus : qint8 {
    Initializing = 0,
    Delivering = 1,
    Complete = 2,
    Failed = 3,
    Unknown = -1, ///< any other number the service may send; the raw value is kept beside it
};

/** Maps the service's integer to JobStatus; numbers outside 0..3 become Unknown. */
JobStatus jobStatusFromInt(qint64 value);
/** True for Initializing and Delivering: the job may still change. */
bool isJobActive(JobStatus status);

/** One region's progress within a job (GetDeliveryHistoryJob's `Status` array). */
struct RegionStatus
{
    QString region;
    JobStatus status = JobStatus::Unknown;
    int rawStatus = -1;

    friend bool operator==(const RegionStatus &a, const RegionStatus &b)
    {
        return a.region == b.region && a.rawStatus == b.rawStatus;
    }
};

/**
 * A data backfill task ("historical event delivery job"). Times are UTC. StartTime/EndTime of the
 * service are the window of *events* being delivered, hence eventsFrom/eventsTo.
 */
struct DeliveryJob
{
    qint64 jobId = 0;
    QString trailName;
    QString homeRegion;
    JobStatus status = JobStatus::Unknown;
    int rawStatus = -1;
    QDateTime eventsFrom; ///< StartTime
    QDateTime eventsTo; ///< EndTime
    QDateTime createdTime;
    QDateTime updatedTime;
    /** Only GetDeliveryHistoryJob returns the per-region list; empty after a listing. */
    QList<RegionStatus> regions;
    /** All regions: the region whose endpoint listed the job; empty for a one-region listing. */
    QString listedIn;
    /** All accounts: the member account that holds the task (its own credentials fetch and
     * delete it); empty outside All accounts. */
    QString accountId;
    /** All accounts: that member account's display name. */
    QString accountName;

    /** Field-by-field equality (used to decide whether a refreshed row changed). */
    friend bool operator==(const DeliveryJob &a, const DeliveryJob &b);
    friend bool operator!=(const DeliveryJob &a, const DeliveryJob &b) { return !(a == b); }
};

/** The service's listing order, for listings merged from many: newest CreatedTime first, then
 * the higher JobId. */
namespace DeliveryJobs {
bool newestFirst(const DeliveryJob &a, const DeliveryJob &b);
} // namespace DeliveryJobs

/** One page of ListDeliveryHistoryJobs. */
struct JobPage
{
    QList<DeliveryJob> jobs;
    int pageNumber = 0;
    int pageSize = 0;
    int totalCount = 0;
    QString requestId;
};

/** CreateDeliveryHistoryJob's answer. */
struct CreatedJob
{
    qint64 jobId = 0;
    QString requestId;
};

Q_DECLARE_METATYPE(RegionStatus)
Q_DECLARE_METATYPE(DeliveryJob)
Q_DECLARE_METATYPE(JobPage)
Q_DECLARE_METATYPE(CreatedJob)
