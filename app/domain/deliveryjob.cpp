#include "deliveryjob.h"

JobStatus jobStatusFromInt(qint64 value)
{
    switch (value) {
    case 0:
        return JobStatus::Initializing;
    case 1:
        return JobStatus::Delivering;
    case 2:
        return JobStatus::Complete;
    case 3:
        return JobStatus::Failed;
    default:
        return JobStatus::Unknown;
    }
}

bool isJobActive(JobStatus status)
{
    return status == JobStatus::Initializing || status == JobStatus::Delivering;
}

bool operator==(const DeliveryJob &a, const DeliveryJob &b)
{
    return a.jobId == b.jobId && a.trailName == b.trailName && a.homeRegion == b.homeRegion
        && a.rawStatus == b.rawStatus && a.eventsFrom == b.eventsFrom && a.eventsTo == b.eventsTo
        && a.createdTime == b.createdTime && a.updatedTime == b.updatedTime
        && a.regions == b.regions && a.listedIn == b.listedIn && a.accountId == b.accountId
        && a.accountName == b.accountName;
}

bool DeliveryJobs::newestFirst(const DeliveryJob &a, const DeliveryJob &b)
{
    if (a.createdTime != b.createdTime)
        return a.createdTime > b.createdTime;
    return a.jobId > b.jobId;
}
