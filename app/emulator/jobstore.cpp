#include "jobstore.h"

#include "domain/regioncatalog.h"
#include "domain/utctime.h"

#include "emulatorpolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr qint64 docSampleJobId = 16602; // the job both documentation pages show
constexpr qint64 secondsPerDay = qint64(24) * 60 * 60;

QRandomGenerator seededGenerator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return {std::begin(words), std::end(words)};
}

// Names a real account's trails tend to have; "trail-name" is the documentation's.
const char *const trailNamePool[] = {
    "audit-all-regions", "security-central",  "prod-ops",        "finance-compliance",
    "sec-ops-global",    "k8s-control-plane", "data-lake-audit", "payments-pci",
    "iam-changes",       "ecs-fleet",         "backup-trail",
};

bool listedBefore(const EmulatedJob &a, const EmulatedJob &b)
{
    if (a.createdSecs != b.createdSecs)
        return a.createdSecs > b.createdSecs;
    return a.jobId > b.jobId;
}

} // namespace

int EmulatedJob::jobStatus() const
{
    bool allInitializing = true;
    bool anyActive = false;
    bool anyFailed = false;
    for (int i = 0; i < regionCount; ++i) {
        allInitializing = allInitializing && regionStatus[i] == 0;
        anyActive = anyActive || regionStatus[i] <= 1;
        anyFailed = anyFailed || regionStatus[i] == 3;
    }
    if (allInitializing)
        return 0;
    if (anyActive)
        return 1;
    return anyFailed ? 3 : 2;
}

bool EmulatedJob::isRunning() const
{
    return jobStatus() <= 1;
}

const QStringList &JobStore::knownRegions()
{
    static const QStringList regions = RegionCatalog::knownRegionIds();
    return regions;
}

JobStore::JobStore(quint64 seed, int jobCount, qint64 nowSecs, qint64 firstJobId)
    : m_random(seededGenerator(seed))
    , m_firstJobId(firstJobId > 0 ? firstJobId : docSampleJobId)
{
    const int hangzhou = int(knownRegions().indexOf(QStringLiteral("cn-hangzhou")));
    EmulatedTrail documented;
    documented.name = QStringLiteral("trail-name");
    documented.homeRegion = hangzhou;
    m_trails.append(documented);
    QList<QString> pool;
    for (const char *name : trailNamePool)
        pool.append(QString::fromLatin1(name));
    const int extraTrails = 2 + m_random.bounded(5);
    for (int i = 0; i < extraTrails && !pool.isEmpty(); ++i) {
        const QString name = pool.takeAt(m_random.bounded(int(pool.size())));
        EmulatedTrail trail;
        trail.name = name;
        trail.homeRegion = m_random.bounded(int(knownRegions().size()));
        m_trails.append(trail);
    }
    generate(std::max(jobCount, 0), nowSecs);
    addTrailsOfEveryKind(nowSecs);
}

void JobStore::addTrailsOfEveryKind(qint64 nowSecs)
{
    // The seeded trails (those with tasks) all logged to SLS since before their first task; one
    // of them has stopped since. Then one trail of each kind that cannot be backfilled, and one
    // young trail in another region whose SLS delivery fails: none of these has tasks, so every
    // task stays consistent with its trail. No random numbers are drawn: the jobs of a seed stay
    // what they were.
    qint64 firstTask = nowSecs;
    for (const EmulatedJob &job : m_jobs)
        firstTask = std::min(firstTask, job.createdSecs);
    for (int i = 0; i < m_trails.size(); ++i) {
        EmulatedTrail &trail = m_trails[i];
        trail.createdSecs = firstTask - (30 + i) * secondsPerDay;
        trail.startedLoggingSecs = trail.createdSecs + 60;
    }
    if (m_trails.size() > 2) {
        EmulatedTrail &stopped = m_trails[2];
        qint64 lastTask = stopped.startedLoggingSecs;
        for (const EmulatedJob &job : m_jobs) {
            if (job.trailIndex == 2)
                lastTask = std::max(lastTask, job.updatedSecs);
        }
        stopped.status = QStringLiteral("Disable");
        stopped.stoppedLoggingSecs = std::min(nowSecs - 3600, lastTask + 3600);
    }
    const auto region
        = [](const char *id) { return int(knownRegions().indexOf(QString::fromLatin1(id))); };
    EmulatedTrail fresh;
    fresh.name = QStringLiteral("fresh-trail");
    fresh.homeRegion = region("cn-hangzhou");
    fresh.status = QStringLiteral("Fresh");
    fresh.createdSecs = nowSecs - 2 * secondsPerDay;
    addTrail(fresh);
    EmulatedTrail oss;
    oss.name = QStringLiteral("oss-archive");
    oss.homeRegion = region("cn-hangzhou");
    oss.deliversToSls = false;
    oss.deliversToOss = true;
    oss.createdSecs = nowSecs - 200 * secondsPerDay;
    oss.startedLoggingSecs = oss.createdSecs + 60;
    addTrail(oss);
    EmulatedTrail organization;
    organization.name = QStringLiteral("org-audit");
    organization.homeRegion = region("cn-shanghai");
    organization.organization = true;
    organization.createdSecs = nowSecs - 300 * secondsPerDay;
    organization.startedLoggingSecs = organization.createdSecs + 60;
    addTrail(organization);
    // Started 34 days ago: a task today covers the 56 days before it, which nothing else holds.
    EmulatedTrail young;
    young.name = QStringLiteral("new-app-trail");
    young.homeRegion = region("cn-beijing");
    young.createdSecs = nowSecs - 34 * secondsPerDay;
    young.startedLoggingSecs = young.createdSecs + 60;
    young.slsDeliveryError = QString::fromLatin1(EmulatorPolicy::slsDeliveryError);
    addTrail(young);
}

void JobStore::addTrail(const EmulatedTrail &trail)
{
    if (trailIndex(trail.name) < 0)
        m_trails.append(trail);
}

QString JobStore::regionId(int index)
{
    return knownRegions().value(index);
}

Trail JobStore::describeTrail(int index) const
{
    const EmulatedTrail &emulated = m_trails.at(index);
    const QString account = QString::fromLatin1(EmulatorPolicy::accountId);
    const QString home = regionId(emulated.homeRegion);
    const auto time = [](qint64 secs) {
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
    };
    Trail trail;
    trail.name = emulated.name;
    trail.homeRegion = home;
    trail.trailRegion = QStringLiteral("All");
    trail.status = emulated.status;
    trail.eventRW = QStringLiteral("Write");
    if (emulated.deliversToSls) {
        trail.slsProjectArn
            = QStringLiteral("acs:log:%1:%2:project/actiontrail-%2").arg(home, account);
        trail.slsWriteRoleArn
            = QStringLiteral("acs:ram::%1:role/aliyunserviceroleforactiontrail").arg(account);
    }
    if (emulated.deliversToOss)
        trail.ossBucketName = QStringLiteral("audit-archive-%1").arg(account);
    trail.isOrganizationTrail = emulated.organization;
    if (emulated.organization)
        trail.organizationId = QStringLiteral("rd-Demo01");
    trail.trailArn
        = QStringLiteral("acs:actiontrail:%1:%2:trail/%3").arg(home, account, emulated.name);
    trail.createTime = time(emulated.createdSecs);
    trail.updateTime = time(std::max(emulated.createdSecs, emulated.stoppedLoggingSecs));
    trail.startLoggingTime = time(emulated.startedLoggingSecs);
    trail.stopLoggingTime = time(emulated.stoppedLoggingSecs);
    return trail;
}

TrailStatus JobStore::trailStatus(int index, qint64 nowSecs) const
{
    const EmulatedTrail &emulated = m_trails.at(index);
    const auto time = [](qint64 secs) {
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
    };
    TrailStatus status;
    status.isLogging = emulated.status == QLatin1String("Enable");
    status.startLoggingTime = time(emulated.startedLoggingSecs);
    status.stopLoggingTime = time(emulated.stoppedLoggingSecs);
    qint64 lastDelivery = 0;
    if (status.isLogging)
        lastDelivery = nowSecs - EmulatorPolicy::latestDeliveryAgoSeconds;
    else if (emulated.stoppedLoggingSecs > 0)
        lastDelivery = emulated.stoppedLoggingSecs;
    status.latestDeliveryTime = time(lastDelivery);
    if (emulated.deliversToSls) {
        status.latestDeliveryLogServiceTime = time(lastDelivery);
        status.latestDeliveryLogServiceError = emulated.slsDeliveryError;
    }
    status.ossBucketStatus = emulated.deliversToOss;
    status.slsLogStoreStatus = emulated.deliversToSls && emulated.slsDeliveryError.isEmpty();
    return status;
}

QList<const EmulatedJob *> JobStore::pageInRegion(const QString &region, qint64 offset,
                                                  int limit) const
{
    QList<const EmulatedJob *> result;
    const int wanted = int(knownRegions().indexOf(region));
    if (offset < 0 || limit <= 0)
        return result;
    qint64 seen = 0;
    for (const EmulatedJob &job : m_jobs) {
        if (m_trails.at(job.trailIndex).homeRegion != wanted)
            continue;
        if (seen++ < offset)
            continue;
        result.append(&job);
        if (result.size() == limit)
            break;
    }
    return result;
}

int JobStore::countInRegion(const QString &region) const
{
    const int wanted = int(knownRegions().indexOf(region));
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [&](const EmulatedJob &job) {
        return m_trails.at(job.trailIndex).homeRegion == wanted;
    }));
}

EmulatedJob JobStore::newJob(int trailIndex, qint64 nowSecs)
{
    EmulatedJob job;
    job.trailIndex = trailIndex;
    job.createdSecs = nowSecs;
    job.updatedSecs = nowSecs;
    job.regionCount = 1 + m_random.bounded(EmulatedJob::maxRegions);
    job.regions[0] = quint8(m_trails.at(trailIndex).homeRegion);
    const int regionTotal = int(knownRegions().size());
    for (int i = 1; i < job.regionCount; ++i) {
        quint8 candidate = 0;
        do {
            candidate = quint8(m_random.bounded(regionTotal));
        } while (std::find(job.regions.begin(), job.regions.begin() + i, candidate)
                 != job.regions.begin() + i);
        job.regions[i] = candidate;
    }
    return job;
}

void JobStore::generate(int jobCount, qint64 nowSecs)
{
    if (jobCount == 0) {
        m_lastJobId = m_firstJobId;
        return;
    }
    m_jobs.reserve(size_t(jobCount) + 16);

    // JobIds grow with time; the gaps are sized so that roughly the newest quarter lies above
    // 2^31 (a client that stores them in 32 bits breaks visibly).
    const double meanGap
        = std::max(1.0, (double(1LL << 31) - double(docSampleJobId)) / (0.75 * jobCount));
    const quint32 maxGap = quint32(std::min(2.0 * meanGap, 4.0e9));

    // Created times spread evenly (with jitter) over months, oldest first, up to ten minutes ago.
    const qint64 spanSecs = qint64(jobCount <= 2000 ? 240 : 720) * secondsPerDay;
    const qint64 newest = nowSecs - qint64(10) * 60;
    const qint64 oldest = newest - spanSecs;
    const qint64 step = std::max<qint64>(1, spanSecs / jobCount);
    const bool newestRunning = m_random.bounded(4) != 0;

    qint64 jobId = m_firstJobId;
    for (int i = 0; i < jobCount; ++i) {
        const bool docSample = i == 0;
        EmulatedJob job = newJob(docSample ? 0 : m_random.bounded(int(m_trails.size())), 0);
        if (docSample)
            job.regionCount = 1; // cn-hangzhou only, as in the sample
        job.jobId = jobId;
        job.createdSecs
            = std::min(newest, oldest + i * step + m_random.bounded(qint64(step / 2 + 1)));
        if (i == jobCount - 1 && newestRunning && !docSample) {
            // A backfill takes minutes, not days: the running one was started just now.
            job.createdSecs = std::max(job.createdSecs, newest + m_random.bounded(qint64(9 * 60)));
            const int done = m_random.bounded(job.regionCount);
            for (int r = 0; r < job.regionCount; ++r)
                job.regionStatus[r] = qint8(r < done ? 2 : (r == done ? 1 : 0));
            job.updatedSecs = nowSecs - m_random.bounded(60);
        } else {
            for (int r = 0; r < job.regionCount; ++r) {
                const bool failed
                    = !docSample && m_random.generateDouble() < EmulatorPolicy::regionFailureChance;
                job.regionStatus[r] = qint8(failed ? 3 : 2);
            }
            job.updatedSecs = job.createdSecs + 180 + m_random.bounded(1020);
        }
        m_jobs.push_back(job);
        m_lastJobId = jobId;
        jobId += 1 + m_random.bounded(maxGap);
    }
    std::reverse(m_jobs.begin(), m_jobs.end());
}

QList<const EmulatedJob *> JobStore::page(qint64 offset, int limit) const
{
    QList<const EmulatedJob *> result;
    if (offset < 0 || offset >= qint64(m_jobs.size()) || limit <= 0)
        return result;
    const qint64 end = std::min<qint64>(qint64(m_jobs.size()), offset + limit);
    result.reserve(int(end - offset));
    for (qint64 i = offset; i < end; ++i)
        result.append(&m_jobs[size_t(i)]);
    return result;
}

const EmulatedJob *JobStore::find(qint64 jobId) const
{
    // A linear scan of compact structs: about 0.1 ms for 100,000 jobs, so no index to keep in step.
    const auto it = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                 [jobId](const EmulatedJob &job) { return job.jobId == jobId; });
    return it == m_jobs.cend() ? nullptr : &*it;
}

void JobStore::insert(const EmulatedJob &job)
{
    const auto at = std::lower_bound(m_jobs.begin(), m_jobs.end(), job, listedBefore);
    m_jobs.insert(at, job);
    m_lastJobId = std::max(m_lastJobId, job.jobId);
}

int JobStore::trailIndex(const QString &name) const
{
    for (int i = 0; i < m_trails.size(); ++i) {
        if (m_trails.at(i).name == name)
            return i;
    }
    return -1;
}

const EmulatedJob *JobStore::runningJob() const
{
    const auto it = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                 [](const EmulatedJob &job) { return job.isRunning(); });
    return it == m_jobs.cend() ? nullptr : &*it;
}

JobStore::CreateResult JobStore::create(const QString &trailName, const QString &clientToken,
                                        qint64 nowSecs, const QString &region)
{
    if (!clientToken.isEmpty()) {
        const auto known = m_clientTokens.constFind(clientToken);
        if (known != m_clientTokens.constEnd())
            return {CreateOutcome::SameClientToken, *known};
    }
    const int trail = trailIndex(trailName);
    if (trail < 0)
        return {CreateOutcome::TrailNotFound, 0};
    // The same rule the app applies before offering a trail, in the same order.
    switch (BackfillReadiness::of(describeTrail(trail), region).reason) {
    case BackfillReadiness::Reason::Ready:
        break;
    case BackfillReadiness::Reason::OrganizationTrail:
        return {CreateOutcome::OrganizationTrail, 0};
    case BackfillReadiness::Reason::NoSlsDelivery:
        return {CreateOutcome::NoSlsDelivery, 0};
    case BackfillReadiness::Reason::NotLogging:
        return {CreateOutcome::NotLogging, 0};
    case BackfillReadiness::Reason::OtherRegion:
        return {CreateOutcome::OtherRegion, 0};
    }
    if (runningJob())
        return {CreateOutcome::AlreadyRunning, 0};

    EmulatedJob job = newJob(trail, nowSecs);
    job.jobId = m_lastJobId + 1 + m_random.bounded(1000);
    insert(job);
    if (!clientToken.isEmpty())
        m_clientTokens.insert(clientToken, job.jobId);
    return {CreateOutcome::Created, job.jobId};
}

bool JobStore::remove(qint64 jobId)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [jobId](const EmulatedJob &job) { return job.jobId == jobId; });
    if (it == m_jobs.end())
        return false;
    m_jobs.erase(it);
    m_listEntries.remove(jobId);
    return true;
}

void JobStore::tick(qint64 nowSecs)
{
    auto running = std::find_if(m_jobs.begin(), m_jobs.end(),
                                [](const EmulatedJob &job) { return job.isRunning(); });
    if (running == m_jobs.end()) {
        QStringList ready;
        for (int i = 0; i < m_trails.size(); ++i) {
            if (BackfillReadiness::of(describeTrail(i)).isReady())
                ready.append(m_trails.at(i).name);
        }
        if (!ready.isEmpty()
            && m_random.generateDouble() < EmulatorPolicy::autoStartChancePerTick) {
            create(ready.at(m_random.bounded(int(ready.size()))), QString(), nowSecs);
        }
        return;
    }
    for (int r = 0; r < running->regionCount; ++r) {
        qint8 &status = running->regionStatus[r];
        if (status == 0) {
            status = 1;
            break;
        }
        if (status == 1) {
            status = m_random.generateDouble() < EmulatorPolicy::regionFailureChance ? 3 : 2;
            break;
        }
    }
    running->updatedSecs = nowSecs;
}

QString JobStore::formatTime(qint64 secs)
{
    return QString::fromLatin1(UtcTime::bytes(secs));
}

QByteArray JobStore::listEntryJson(const EmulatedJob &job) const
{
    CachedListEntry &entry = m_listEntries[job.jobId];
    const int status = job.jobStatus();
    if (entry.json.isEmpty() || entry.updatedSecs != job.updatedSecs || entry.jobStatus != status) {
        entry.updatedSecs = job.updatedSecs;
        entry.jobStatus = status;
        entry.json = QJsonDocument(toJson(job, false)).toJson(QJsonDocument::Compact);
    }
    return entry.json;
}

QJsonObject JobStore::toJson(const EmulatedJob &job, bool withRegions) const
{
    const EmulatedTrail &trail = m_trails.at(job.trailIndex);
    QJsonObject object {
        {QStringLiteral("JobId"), job.jobId},
        {QStringLiteral("TrailName"), trail.name},
        {QStringLiteral("HomeRegion"), knownRegions().at(trail.homeRegion)},
        {QStringLiteral("JobStatus"), job.jobStatus()},
        {QStringLiteral("StartTime"),
         formatTime(job.createdSecs - EmulatorPolicy::eventWindowDays * secondsPerDay)},
        {QStringLiteral("EndTime"),
         formatTime(job.createdSecs + EmulatorPolicy::endTimeAfterCreatedSeconds)},
        {QStringLiteral("CreatedTime"), formatTime(job.createdSecs)},
        {QStringLiteral("UpdatedTime"), formatTime(job.updatedSecs)},
    };
    if (withRegions) {
        QJsonArray regions;
        for (int r = 0; r < job.regionCount; ++r) {
            regions.append(QJsonObject {
                {QStringLiteral("Region"), knownRegions().at(job.regions[r])},
                {QStringLiteral("Status"), int(job.regionStatus[r])},
            });
        }
        object.insert(QStringLiteral("Status"), regions);
    }
    return object;
}
