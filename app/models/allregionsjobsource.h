#pragma once

#include "api/allregionslister.h"
#include "jobsource.h"

#include <QHash>
#include <QPointer>

class ActionTrailClient;

/**
 * "All regions" for the models: a JobSource whose listing is every region's tasks
 * (AllRegionsLister), each task once with DeliveryJob::listedIn set, so the table can show a
 * Region column. A page is a slice of the latest whole listing (page 1 lists anew: a refresh).
 * Get and Delete go to the region that listed the task; Create to the home client. Regions that
 * failed are announced with regionsFailed() after each listing; their tasks are missing, the
 * others' are all there.
 */
class AllRegionsJobSource : public JobSource
{
    Q_OBJECT

public:
    AllRegionsJobSource(ActionTrailClient *home, AllRegionsLister::ClientFactory clientFor,
                        QObject *parent = nullptr);

    void setMaxConcurrent(int requests) { m_maxConcurrent = requests; }

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override;
    PendingJobRequest *getJob(qint64 jobId) override;
    PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) override;
    PendingJobRequest *deleteJob(qint64 jobId) override;
    PendingJobRequest *listAllJobs() override;

signals:
    /** After each listing: the regions that could not be listed (empty when none failed). */
    void regionsFailed(const QList<RegionFailure> &failures);

private:
    /** Lists every region, then calls `done` with the listing (or fails `request`). */
    void listEverything(PendingJobRequest *request,
                        std::function<void(const AllRegionsListing &)> done);
    ActionTrailClient *clientForJob(qint64 jobId);

    QPointer<ActionTrailClient> m_home;
    AllRegionsLister::ClientFactory m_clientFor;
    int m_maxConcurrent = 4;
    bool m_haveListing = false;
    AllRegionsListing m_listing;
    QHash<QString, QPointer<ActionTrailClient>> m_regionClients; // for Get and Delete
};
