#include "allregionslister.h"

#include "actiontrailclient.h"
#include "apilogging.h"
#include "joblister.h"
#include "trailcalls.h"

#include <algorithm>
#include <utility>

AllRegionsLister::AllRegionsLister(ActionTrailClient *home, ClientFactory clientFor,
                                   QObject *parent)
    : QObject(parent)
    , m_home(home)
    , m_clientFor(std::move(clientFor))
{ }

AllRegionsLister::~AllRegionsLister()
{
    ++m_generation;
    stopListers();
}

void AllRegionsLister::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
}

void AllRegionsLister::setMaxJobsPerRegion(qint64 jobs)
{
    m_maxJobsPerRegion = jobs;
}

void AllRegionsLister::setRegions(const QStringList &regions)
{
    m_givenRegions = regions;
    m_givenRegions.removeDuplicates();
}

void AllRegionsLister::start()
{
    ++m_generation;
    stopListers();
    m_running = true;
    m_listing = AllRegionsListing();
    m_perRegion.clear();
    m_peakConcurrent = 0;
    m_nextRegion = 0;
    m_probing = false;
    m_children = new QObject(this);
    if (!m_givenRegions.isEmpty())
        listRegions(m_givenRegions, false);
    else
        discoverFromTrails();
}

void AllRegionsLister::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    stopListers();
    m_running = false;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.action = QStringLiteral("ListDeliveryHistoryJobs");
    emit failed(error);
}

void AllRegionsLister::stopListers()
{
    // The generation was bumped first: the listers' Cancelled failures are not ours.
    const auto active = m_active;
    m_active.clear();
    for (const QPointer<JobLister> &lister : active) {
        if (lister)
            lister->abort();
    }
    if (m_children) {
        m_children->deleteLater();
        m_children = nullptr;
    }
}

void AllRegionsLister::discoverFromTrails()
{
    if (!m_home) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        m_running = false;
        emit failed(error);
        return;
    }
    const int generation = m_generation;
    DescribeTrailsCall *call = m_home->describeTrails(true, false);
    connect(call, &DescribeTrailsCall::finished, this,
            [this, generation](const QList<Trail> &trails, const QString &) {
                if (generation != m_generation)
                    return;
                QStringList regions;
                for (const Trail &trail : trails) {
                    if (!trail.homeRegion.isEmpty() && !regions.contains(trail.homeRegion))
                        regions.append(trail.homeRegion);
                }
                if (regions.isEmpty()) {
                    discoverFromRegions(std::nullopt);
                    return;
                }
                std::sort(regions.begin(), regions.end());
                listRegions(regions, true);
            });
    connect(call, &ApiCall::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            discoverFromRegions(error);
    });
}

void AllRegionsLister::discoverFromRegions(const std::optional<ApiError> &trailsError)
{
    if (trailsError) {
        qCDebug(lcApi).noquote() << "All regions: DescribeTrails failed (" << trailsError->code
                                 << trailsError->detail << "), asking DescribeRegions";
    }
    if (!m_home) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        m_running = false;
        emit failed(error);
        return;
    }
    const int generation = m_generation;
    DescribeRegionsCall *call = m_home->describeRegions();
    connect(call, &DescribeRegionsCall::finished, this,
            [this, generation](const QList<ServiceRegion> &regions, const QString &) {
                if (generation != m_generation)
                    return;
                QStringList ids;
                for (const ServiceRegion &region : regions) {
                    if (!ids.contains(region.regionId))
                        ids.append(region.regionId);
                }
                listRegions(ids, false);
            });
    connect(call, &ApiCall::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_running = false;
        emit failed(error);
    });
}

void AllRegionsLister::listRegions(const QStringList &regions, bool fromTrails)
{
    m_listing.regions = regions;
    m_listing.regionsFromTrails = fromTrails;
    const int generation = m_generation;
    emit regionsKnown(regions, fromTrails);
    if (generation != m_generation)
        return;
    if (regions.isEmpty()) {
        assemble();
        return;
    }
    m_probing = m_oneListingWhenAccountWide && regions.size() > 1;
    launchMore();
}

void AllRegionsLister::launchMore()
{
    const int generation = m_generation;
    const int cap = m_probing ? 1 : m_maxConcurrent;
    while (m_active.size() < cap && m_nextRegion < m_listing.regions.size()) {
        const QString region = m_listing.regions.at(m_nextRegion++);
        ActionTrailClient *client = m_clientFor ? m_clientFor(region) : nullptr;
        if (!client) {
            ApiError error;
            error.kind = ApiError::Kind::Configuration;
            error.detail = tr("no endpoint for region %1").arg(region);
            m_listing.failures.append({region, error});
            emit regionFailed(region, error);
            if (generation != m_generation)
                return;
            continue;
        }
        client->setParent(m_children);
        auto *lister = new JobLister(client, m_children);
        // One page request per region at a time: the cap counts requests, not regions.
        lister->setMaxInFlight(1);
        if (m_maxJobsPerRegion > 0)
            lister->setMaxJobs(m_maxJobsPerRegion);
        m_active.insert(region, lister);
        m_peakConcurrent = std::max(m_peakConcurrent, int(m_active.size()));
        connect(lister, &JobLister::finished, this, [this, generation, region](const JobPage &all) {
            if (generation != m_generation)
                return;
            m_perRegion.insert(region, all.jobs);
            emit regionListed(region, all.jobs);
            if (generation == m_generation)
                onRegionDone(region);
        });
        connect(lister, &JobLister::failed, this,
                [this, generation, region](const ApiError &error) {
                    if (generation != m_generation)
                        return;
                    m_listing.failures.append({region, error});
                    emit regionFailed(region, error);
                    if (generation == m_generation)
                        onRegionDone(region);
                });
        lister->start();
    }
    if (m_active.isEmpty() && m_nextRegion >= m_listing.regions.size())
        assemble();
}

void AllRegionsLister::onRegionDone(const QString &region)
{
    if (QPointer<JobLister> lister = m_active.take(region))
        lister->deleteLater();
    if (std::exchange(m_probing, false)) {
        const QList<DeliveryJob> jobs = m_perRegion.value(region);
        const bool accountWide
            = std::any_of(jobs.cbegin(), jobs.cend(), [&](const DeliveryJob &job) {
                  return !job.homeRegion.isEmpty() && job.homeRegion != region;
              });
        if (accountWide) {
            qCDebug(lcApi).noquote() << "All regions:" << region
                                     << "listed tasks of other regions' trails: the account's "
                                        "listing is whole, the other regions are not asked";
            m_listing.accountWide = true;
            m_listing.regions = {region};
            m_nextRegion = 1;
        }
    }
    launchMore();
}

void AllRegionsLister::assemble()
{
    if (!m_running)
        return;
    // In the regions' order, so that "listed in" names the first region that had the job.
    QList<DeliveryJob> jobs;
    for (const QString &region : std::as_const(m_listing.regions)) {
        const auto it = m_perRegion.constFind(region);
        if (it == m_perRegion.constEnd())
            continue;
        for (const DeliveryJob &job : *it) {
            if (m_listing.listedIn.contains(job.jobId))
                continue;
            m_listing.listedIn.insert(job.jobId, region);
            jobs.append(job);
        }
    }
    std::stable_sort(jobs.begin(), jobs.end(), DeliveryJobs::newestFirst);
    m_listing.jobs = std::move(jobs);
    m_perRegion.clear();
    m_running = false;
    emit finished(m_listing);
}
