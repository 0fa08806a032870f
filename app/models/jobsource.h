#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"

#include "pendingrequest.h"

/**
 * One request to a JobSource, in flight. Exactly one of the completion signals (`listed`,
 * `fetched`, `created`, `deleted` or `failed`) is emitted, then the object deletes itself.
 * abort() cancels silently: nothing is emitted afterwards, which is what a model wants when it
 * drops a stale request.
 */
class PendingJobRequest : public PendingRequest
{
    Q_OBJECT

public:
    explicit PendingJobRequest(QObject *parent = nullptr);
    ~PendingJobRequest() override;

    // Completion, called by JobSource implementations (each emits, then deleteLater()).
    void finishListed(const JobPage &page);
    void finishFetched(const DeliveryJob &job, const QString &requestId);
    void finishCreated(const CreatedJob &created);
    void finishDeleted(qint64 jobId, const QString &requestId);
    void finishFailed(const ApiError &error);
    void reportRetrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    void reportProgress(int done, int total);
    void reportPage(const JobPage &page);

signals:
    void listed(const JobPage &page);
    void fetched(const DeliveryJob &job, const QString &requestId);
    void created(const CreatedJob &created);
    void deleted(qint64 jobId, const QString &requestId);
    void failed(const ApiError &error);
    /** Attempt `attempt` of `maxAttempts` starts in `delayMs` because of `reason`. */
    void retrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    /** For listAllJobs(): `done` of `total` pages have arrived. */
    void progress(int done, int total);
    /**
     * For listAllJobs(): a page, in the service's order, before the whole arrives (a page may
     * come again if the listing starts over; `listed` is the consistent whole).
     */
    void pageListed(const JobPage &page);
};

/**
 * What the models and the UI need from the service. ActionTrailClient is adapted to it by
 * ClientJobSource; tests use an in-memory fake. The seam exists so the models can be written
 * and tested without a network, and so a request can be dropped without caring about its type.
 * Requests are children of the source.
 */
class JobSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual PendingJobRequest *listJobs(int pageNumber, int pageSize) = 0;
    virtual PendingJobRequest *getJob(qint64 jobId) = 0;
    virtual PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) = 0;
    virtual PendingJobRequest *deleteJob(qint64 jobId) = 0;
    /**
     * Every job: `pageListed` for each page in the service's order as it arrives, then `listed`
     * with all jobs as one consistent snapshot (and `progress` in pages on the way).
     */
    virtual PendingJobRequest *listAllJobs() = 0;
};
