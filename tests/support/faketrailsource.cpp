#include "faketrailsource.h"

#include <QTimer>

FakeTrailSource::FakeTrailSource(QString region, QObject *parent)
    : TrailSource(parent)
    , m_region(std::move(region))
{ }

Trail FakeTrailSource::makeTrail(const QString &name, const QString &region,
                                 const QDateTime &started)
{
    Trail trail;
    trail.name = name;
    trail.homeRegion = region;
    trail.trailRegion = QStringLiteral("All");
    trail.status = QStringLiteral("Enable");
    trail.eventRW = QStringLiteral("Write");
    trail.slsProjectArn
        = QStringLiteral("acs:log:%1:1594986938260000:project/audit-log").arg(region);
    trail.slsWriteRoleArn
        = QStringLiteral("acs:ram::1594986938260000:role/aliyunactiontraildefaultrole");
    trail.trailArn
        = QStringLiteral("acs:actiontrail:%1:1594986938260000:trail/%2").arg(region, name);
    trail.createTime = started;
    trail.startLoggingTime = started;
    return trail;
}

PendingTrailRequest *FakeTrailSource::record(const QString &action, const QString &trailName)
{
    auto *request = new PendingTrailRequest(this);
    calls.append({action, trailName, request, false});
    if (action == QLatin1String("GetTrailStatus"))
        maxConcurrentStatus = std::max(maxConcurrentStatus, inFlightStatus());
    if (autoRespond) {
        const int index = int(calls.size()) - 1;
        QTimer::singleShot(0, this, [this, index] { respond(index); });
    }
    return request;
}

PendingTrailRequest *FakeTrailSource::describeTrails()
{
    return record(QStringLiteral("DescribeTrails"), {});
}

PendingTrailRequest *FakeTrailSource::getTrailStatus(const Trail &trail)
{
    return record(QStringLiteral("GetTrailStatus"), trail.name);
}

void FakeTrailSource::respond(int index)
{
    Call &call = calls[index];
    if (call.answered)
        return;
    call.answered = true;
    PendingTrailRequest *request = call.request;
    if (!request)
        return;
    if (call.action == QLatin1String("DescribeTrails")) {
        if (failList)
            request->finishFailed(listError);
        else
            request->finishListed(trails, QStringLiteral("fake-describe"));
        return;
    }
    if (failingStatus.contains(call.trailName)) {
        request->finishFailed(failingStatus.value(call.trailName));
        return;
    }
    TrailStatus status = statuses.value(call.trailName);
    status.requestId = QStringLiteral("fake-status");
    request->finishStatus(status);
}

void FakeTrailSource::respondAll()
{
    for (int i = 0; i < calls.size(); ++i)
        respond(i);
}

int FakeTrailSource::unanswered() const
{
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [](const Call &call) { return !call.answered; }));
}

int FakeTrailSource::inFlightStatus() const
{
    return int(std::count_if(calls.cbegin(), calls.cend(), [](const Call &call) {
        return !call.answered && call.request && call.action == QLatin1String("GetTrailStatus");
    }));
}

int FakeTrailSource::callCount(const QString &action) const
{
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [&action](const Call &call) { return call.action == action; }));
}
