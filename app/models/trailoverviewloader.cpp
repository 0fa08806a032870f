#include "trailoverviewloader.h"

#include "api/actiontrailclient.h"
#include "api/joblister.h"
#include "api/trailcalls.h"

TrailOverviewLoader::TrailOverviewLoader(ActionTrailClient *client, QString region,
                                         std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_region(std::move(region))
    , m_clock(std::move(clock))
{ }

TrailOverviewLoader::~TrailOverviewLoader() = default;

void TrailOverviewLoader::start()
{
    if (!m_client)
        return;
    DescribeTrailsCall *call = m_client->describeTrails(true, false);
    connect(call, &DescribeTrailsCall::finished, this,
            [this](const QList<Trail> &trails, const QString &) { onTrails(trails); });
    connect(call, &ApiCall::failed, this, &TrailOverviewLoader::failed);
}

void TrailOverviewLoader::onTrails(const QList<Trail> &trails)
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    for (const Trail &trail : trails) {
        if (!m_names.isEmpty() && !m_names.contains(trail.name))
            continue;
        TrailOverview overview;
        overview.trail = trail;
        overview.readiness = BackfillReadiness::of(trail, m_region);
        overview.newTaskWindow = Coverage::newTaskWindow(now, trail.startLoggingTime);
        m_overviews.append(overview);
    }
    if (m_overviews.isEmpty() || !m_client) {
        m_tasksDone = true;
        maybeFinish();
        return;
    }
    auto *lister = new JobLister(m_client, this);
    connect(lister, &JobLister::finished, this, [this, lister](const JobPage &all) {
        // Newest first: the first task seen of a trail is its last.
        for (TrailOverview &overview : m_overviews) {
            for (const DeliveryJob &job : all.jobs) {
                if (job.trailName == overview.trail.name) {
                    overview.lastTask = job;
                    break;
                }
            }
        }
        m_tasksDone = true;
        lister->deleteLater();
        maybeFinish();
    });
    connect(lister, &JobLister::failed, this, [this, lister](const ApiError &error) {
        m_tasksError = error.code.isEmpty() ? error.detail
                                            : error.code + QLatin1String(": ") + error.message;
        m_tasksDone = true;
        lister->deleteLater();
        maybeFinish();
    });
    lister->start();
    launchStatuses();
}

void TrailOverviewLoader::launchStatuses()
{
    while (m_client && m_statusesInFlight < m_maxConcurrent && m_nextStatus < m_overviews.size()) {
        const int index = m_nextStatus++;
        const Trail &trail = m_overviews.at(index).trail;
        GetTrailStatusCall *call = m_client->getTrailStatus(trail.name, trail.isOrganizationTrail);
        ++m_statusesInFlight;
        connect(call, &GetTrailStatusCall::finished, this,
                [this, index](const TrailStatus &status) {
                    m_overviews[index].status = status;
                    --m_statusesInFlight;
                    ++m_statusesDone;
                    launchStatuses();
                    maybeFinish();
                });
        connect(call, &ApiCall::failed, this, [this, index](const ApiError &error) {
            m_overviews[index].statusError = error.code.isEmpty()
                ? error.detail
                : error.code + QLatin1String(": ") + error.message;
            --m_statusesInFlight;
            ++m_statusesDone;
            launchStatuses();
            maybeFinish();
        });
    }
}

void TrailOverviewLoader::maybeFinish()
{
    if (m_finished || !m_tasksDone || m_statusesDone < m_overviews.size())
        return;
    m_finished = true;
    emit finished(m_overviews);
}
