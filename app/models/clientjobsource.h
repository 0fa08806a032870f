#pragma once

#include "jobsource.h"

#include <QPointer>

class ActionTrailClient;

/**
 * The models' JobSource over the real ActionTrailClient: each request wraps one ApiCall (or, for
 * "Load all", one JobLister) and forwards its one completion, its retries and its progress.
 * Aborting a request aborts the call underneath.
 */
class ClientJobSource : public JobSource
{
    Q_OBJECT

public:
    explicit ClientJobSource(ActionTrailClient *client, QObject *parent = nullptr);

    ActionTrailClient *client() const { return m_client; }

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override;
    PendingJobRequest *getJob(qint64 jobId) override;
    PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) override;
    PendingJobRequest *deleteJob(qint64 jobId) override;
    PendingJobRequest *listAllJobs() override;

private:
    QPointer<ActionTrailClient> m_client;
};
