#include "allregionsjobsource.h"

#include "api/actiontrailclient.h"
#include "callrequest.h"
#include "clientjobsource.h"

#include <memory>

AllRegionsJobSource::AllRegionsJobSource(ActionTrailClient *home,
                                         AllRegionsLister::ClientFactory clientFor, QObject *parent)
    : JobSource(parent)
    , m_home(home)
    , m_clientFor(std::move(clientFor))
{ }

void AllRegionsJobSource::listEverything(PendingJobRequest *request,
                                         std::function<void(const AllRegionsListing &)> done)
{
    // The lister belongs to the request: it goes when the request is finished or aborted.
    auto *lister = new AllRegionsLister(m_home, m_clientFor, request);
    lister->setMaxConcurrent(m_maxConcurrent);
    request->setAbortHandler([lister] {
        QObject::disconnect(lister, nullptr, nullptr, nullptr);
        lister->abort();
    });
    // Progress in regions: done of known.
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    connect(lister, &AllRegionsLister::regionsKnown, request,
            [request, counts](const QStringList &regions, bool) {
                counts->second = int(regions.size());
                request->reportProgress(0, counts->second);
            });
    const auto regionDone
        = [request, counts] { request->reportProgress(++counts->first, counts->second); };
    connect(lister, &AllRegionsLister::regionListed, request, regionDone);
    connect(lister, &AllRegionsLister::regionFailed, request, regionDone);
    connect(lister, &AllRegionsLister::failed, request, &PendingJobRequest::finishFailed);
    connect(lister, &AllRegionsLister::finished, request,
            [this, done = std::move(done)](const AllRegionsListing &listing) {
                m_listing = listing;
                for (DeliveryJob &job : m_listing.jobs)
                    job.listedIn = m_listing.listedIn.value(job.jobId);
                m_haveListing = true;
                emit regionsFailed(m_listing.failures);
                done(m_listing);
            });
    lister->start();
}

PendingJobRequest *AllRegionsJobSource::listJobs(int pageNumber, int pageSize)
{
    auto *request = new PendingJobRequest(this);
    const auto slice = [request, pageNumber, pageSize](const AllRegionsListing &listing) {
        JobPage page;
        page.pageNumber = pageNumber;
        page.pageSize = pageSize;
        page.totalCount = int(listing.jobs.size());
        page.jobs = listing.jobs.mid(qsizetype(pageNumber - 1) * pageSize, pageSize);
        request->finishListed(page);
    };
    if (pageNumber > 1 && m_haveListing) {
        const AllRegionsListing listing = m_listing;
        // Completion comes later, like a real reply: callers connect after the call returns.
        QMetaObject::invokeMethod(
            request, [slice, listing] { slice(listing); }, Qt::QueuedConnection);
        return request;
    }
    listEverything(request, slice);
    return request;
}

PendingJobRequest *AllRegionsJobSource::listAllJobs()
{
    auto *request = new PendingJobRequest(this);
    listEverything(request, [request](const AllRegionsListing &listing) {
        JobPage all;
        all.pageNumber = 1;
        all.pageSize = int(listing.jobs.size());
        all.totalCount = int(listing.jobs.size());
        all.jobs = listing.jobs;
        request->reportPage(all);
        request->finishListed(all);
    });
    return request;
}

ActionTrailClient *AllRegionsJobSource::clientForJob(qint64 jobId)
{
    const QString region = m_listing.listedIn.value(jobId);
    if (region.isEmpty() || !m_clientFor)
        return m_home;
    QPointer<ActionTrailClient> &client = m_regionClients[region];
    if (!client) {
        client = m_clientFor(region);
        if (client)
            client->setParent(this);
    }
    return client ? client.data() : m_home.data();
}

PendingJobRequest *AllRegionsJobSource::getJob(qint64 jobId)
{
    ActionTrailClient *client = clientForJob(jobId);
    if (!client)
        return CallRequest::notConnected<PendingJobRequest>(this);
    GetJobCall *call = client->getDeliveryHistoryJob(jobId);
    PendingJobRequest *request = CallRequest::follow<PendingJobRequest>(call, this);
    connect(call, &ApiCall::retrying, request, &PendingJobRequest::reportRetrying);
    // The detail replaces the row: it keeps the region that listed it.
    const QString region = m_listing.listedIn.value(jobId);
    connect(call, &GetJobCall::finished, request,
            [request, region](DeliveryJob job, const QString &requestId) {
                job.listedIn = region;
                request->finishFetched(job, requestId);
            });
    return request;
}

PendingJobRequest *AllRegionsJobSource::deleteJob(qint64 jobId)
{
    auto *source = new ClientJobSource(clientForJob(jobId), this);
    PendingJobRequest *request = source->deleteJob(jobId);
    request->setParent(this);
    source->setParent(request);
    return request;
}

PendingJobRequest *AllRegionsJobSource::createJob(const QString &trailName,
                                                  const QString &clientToken)
{
    auto *source = new ClientJobSource(m_home, this);
    PendingJobRequest *request = source->createJob(trailName, clientToken);
    request->setParent(this);
    source->setParent(request);
    return request;
}
