#include "fakejobsource.h"

#include <QTimer>

PendingJobRequest *FakeJobSource::record(Call call)
{
    auto *request = new PendingJobRequest(this);
    call.request = request;
    calls << call;
    maxConcurrent = std::max(maxConcurrent, unanswered());
    if (autoRespond) {
        const int index = int(calls.size()) - 1;
        QTimer::singleShot(0, this, [this, index] { respond(index); });
    }
    return request;
}

PendingJobRequest *FakeJobSource::listJobs(int pageNumber, int pageSize)
{
    Call call;
    call.action = QStringLiteral("ListDeliveryHistoryJobs");
    call.pageNumber = pageNumber;
    call.pageSize = pageSize;
    return record(call);
}

PendingJobRequest *FakeJobSource::getJob(qint64 jobId)
{
    Call call;
    call.action = QStringLiteral("GetDeliveryHistoryJob");
    call.jobId = jobId;
    return record(call);
}

PendingJobRequest *FakeJobSource::createJob(const QString &trailName, const QString &clientToken)
{
    Call call;
    call.action = QStringLiteral("CreateDeliveryHistoryJob");
    call.trailName = trailName;
    call.clientToken = clientToken;
    return record(call);
}

PendingJobRequest *FakeJobSource::deleteJob(qint64 jobId)
{
    Call call;
    call.action = QStringLiteral("DeleteDeliveryHistoryJob");
    call.jobId = jobId;
    return record(call);
}

PendingJobRequest *FakeJobSource::listAllJobs()
{
    Call call;
    call.action = QStringLiteral("ListAll");
    return record(call);
}

int FakeJobSource::unanswered() const
{
    return int(std::count_if(calls.cbegin(), calls.cend(), [](const Call &c) {
        return !c.answered && c.request && !c.request->isFinished();
    }));
}

int FakeJobSource::callCount(const QString &action) const
{
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [&](const Call &c) { return c.action == action; }));
}

void FakeJobSource::respondAll()
{
    for (int i = 0; i < calls.size(); ++i)
        respond(i);
}

void FakeJobSource::respond(int index)
{
    Call &call = calls[index];
    if (call.answered)
        return;
    call.answered = true;
    const QPointer<PendingJobRequest> request = call.request;
    if (!request)
        return;
    const QString requestId = QStringLiteral("REQ-%1").arg(index);
    if (failingActions.contains(call.action)) {
        request->finishFailed(failingActions.value(call.action));
        return;
    }
    auto findJob = [this](qint64 id) {
        return std::find_if(jobs.begin(), jobs.end(),
                            [id](const DeliveryJob &j) { return j.jobId == id; });
    };
    if (call.action == QLatin1String("ListAll")) {
        JobPage all;
        all.pageNumber = 1;
        all.pageSize = 100;
        all.totalCount = int(jobs.size());
        all.requestId = requestId;
        for (DeliveryJob job : std::as_const(jobs)) {
            job.regions.clear();
            all.jobs << job;
        }
        // Pages of 100 first, in order, as the real lister hands them on.
        const int pages = std::max(1, int((all.jobs.size() + 99) / 100));
        for (int page = 0; page < pages && request; ++page) {
            if (failingPages.contains(page + 1)) {
                request->finishFailed(failingPages.value(page + 1));
                return;
            }
            JobPage part = all;
            part.pageNumber = page + 1;
            part.jobs = all.jobs.mid(page * 100, 100);
            request->reportPage(part);
            if (request)
                request->reportProgress(page + 1, pages);
        }
        if (request)
            request->finishListed(all);
    } else if (call.action == QLatin1String("ListDeliveryHistoryJobs")) {
        if (failingPages.contains(call.pageNumber)) {
            request->finishFailed(failingPages.value(call.pageNumber));
            return;
        }
        JobPage page;
        page.pageNumber = call.pageNumber;
        page.pageSize = call.pageSize;
        page.totalCount = int(jobs.size());
        page.requestId = requestId;
        const qsizetype first = qsizetype(call.pageNumber - 1) * call.pageSize;
        for (qsizetype i = first; i < jobs.size() && i < first + call.pageSize; ++i) {
            DeliveryJob job = jobs[i];
            job.regions.clear(); // a listing carries no regions
            page.jobs << job;
        }
        request->finishListed(page);
    } else if (call.action == QLatin1String("GetDeliveryHistoryJob")) {
        const auto it = findJob(call.jobId);
        if (it == jobs.end()) {
            request->finishFailed(serviceError(404, QStringLiteral("DeliveryHistoryJobNotFound"),
                                               QStringLiteral("The job does not exist.")));
            return;
        }
        request->finishFetched(*it, requestId);
    } else if (call.action == QLatin1String("CreateDeliveryHistoryJob")) {
        const bool running = std::any_of(
            jobs.cbegin(), jobs.cend(), [](const DeliveryJob &j) { return isJobActive(j.status); });
        if (running) {
            request->finishFailed(
                serviceError(400, QStringLiteral("DeliveryHistoryJobRunning"),
                             QStringLiteral("A delivery history job is running.")));
            return;
        }
        qint64 id = 1;
        for (const DeliveryJob &j : std::as_const(jobs))
            id = std::max(id, j.jobId + 1);
        jobs.prepend(
            makeJob(id, call.trailName, JobStatus::Initializing, QDateTime::currentDateTimeUtc()));
        request->finishCreated(CreatedJob {id, requestId});
    } else if (call.action == QLatin1String("DeleteDeliveryHistoryJob")) {
        const auto it = findJob(call.jobId);
        if (it == jobs.end()) {
            request->finishFailed(serviceError(404, QStringLiteral("DeliveryHistoryJobNotFound"),
                                               QStringLiteral("The job does not exist.")));
            return;
        }
        jobs.erase(it);
        request->finishDeleted(call.jobId, requestId);
    }
}

DeliveryJob FakeJobSource::makeJob(qint64 jobId, const QString &trail, JobStatus status,
                                   const QDateTime &created)
{
    DeliveryJob job;
    job.jobId = jobId;
    job.trailName = trail;
    job.homeRegion = QStringLiteral("cn-hangzhou");
    job.status = status;
    job.rawStatus = int(status);
    job.createdTime = created;
    job.updatedTime = created.addSecs(3600);
    job.eventsFrom = created.addDays(-90);
    job.eventsTo = created;
    const QStringList regions {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
                               QStringLiteral("ap-southeast-1")};
    for (const QString &region : regions)
        job.regions << RegionStatus {region, status, int(status)};
    return job;
}

ApiError FakeJobSource::serviceError(int httpStatus, const QString &code, const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = httpStatus;
    error.code = code;
    error.message = message;
    error.requestId = QStringLiteral("ERR-REQ-1");
    return error;
}

QList<DeliveryJob> FakeJobSource::makeJobs(int count, qint64 firstId)
{
    static const JobStatus statuses[]
        = {JobStatus::Complete, JobStatus::Failed, JobStatus::Complete, JobStatus::Delivering};
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<DeliveryJob> jobs;
    for (int i = 0; i < count; ++i) {
        jobs << makeJob(firstId - i, QStringLiteral("trail-%1").arg(i % 7),
                        i == 0 ? JobStatus::Delivering : statuses[i % 3],
                        base.addSecs(-3600LL * i));
    }
    return jobs;
}
