#pragma once

#include "models/jobsource.h"

#include <QHash>
#include <QPointer>

/**
 * An in-memory ActionTrail for model and widget unit tests: the "server" is a list of jobs in the
 * service's order. Answers come through a queued call like a real reply, or, with
 * autoRespond = false, only when the test says so (to provoke races and stale answers).
 * Integration tests talk real HTTP to the emulator instead.
 */
class FakeJobSource : public JobSource
{
    Q_OBJECT

public:
    struct Call
    {
        QString action;
        int pageNumber = 0;
        int pageSize = 0;
        qint64 jobId = 0;
        QString trailName;
        QString clientToken;
        QPointer<PendingJobRequest> request;
        bool answered = false;
    };

    using JobSource::JobSource;

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override;
    PendingJobRequest *getJob(qint64 jobId) override;
    PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) override;
    PendingJobRequest *deleteJob(qint64 jobId) override;
    PendingJobRequest *listAllJobs() override;

    /** Answers call `index` from the current server state (if still unanswered). */
    void respond(int index);
    void respondAll();
    int unanswered() const;
    int callCount(const QString &action) const;

    static DeliveryJob makeJob(qint64 jobId, const QString &trail, JobStatus status,
                               const QDateTime &created);
    static ApiError serviceError(int httpStatus, const QString &code, const QString &message);
    /** `count` jobs with descending ids, newest first, cycling through trails and statuses. */
    static QList<DeliveryJob> makeJobs(int count, qint64 firstId = 100000);

    QList<DeliveryJob> jobs;
    bool autoRespond = true;
    /** List pages that fail (page number -> error) until removed. */
    QHash<int, ApiError> failingPages;
    /** Any call of this action fails with the error until cleared. */
    QHash<QString, ApiError> failingActions;
    QList<Call> calls;
    int maxConcurrent = 0;

private:
    PendingJobRequest *record(Call call);
};
