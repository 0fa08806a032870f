#include "trail.h"

#include <QCoreApplication>

bool operator==(const Trail &a, const Trail &b)
{
    return a.name == b.name && a.homeRegion == b.homeRegion && a.trailRegion == b.trailRegion
        && a.status == b.status && a.eventRW == b.eventRW && a.slsProjectArn == b.slsProjectArn
        && a.slsWriteRoleArn == b.slsWriteRoleArn && a.ossBucketName == b.ossBucketName
        && a.maxComputeProjectArn == b.maxComputeProjectArn
        && a.isOrganizationTrail == b.isOrganizationTrail && a.organizationId == b.organizationId
        && a.trailArn == b.trailArn && a.createTime == b.createTime && a.updateTime == b.updateTime
        && a.startLoggingTime == b.startLoggingTime && a.stopLoggingTime == b.stopLoggingTime;
}

qint64 TimeWindow::days() const
{
    return isValid() ? from.secsTo(to) / 86400 : 0;
}

namespace Coverage {

TimeWindow taskWindow(const DeliveryJob &job, const QDateTime &trailStartedLogging)
{
    if (job.eventsFrom.isValid() && job.eventsTo.isValid())
        return TimeWindow {job.eventsFrom, job.eventsTo};
    if (!job.createdTime.isValid())
        return {};
    return newTaskWindow(job.createdTime, trailStartedLogging);
}

TimeWindow newTaskWindow(const QDateTime &now, const QDateTime &trailStartedLogging)
{
    const QDateTime from = now.addDays(-HorizonDays);
    QDateTime to = now;
    if (trailStartedLogging.isValid())
        to = std::min(now, trailStartedLogging.addSecs(60 * AfterTrailStartMinutes));
    return TimeWindow {from, to};
}

} // namespace Coverage

QString BackfillReadiness::explanation() const
{
    switch (reason) {
    case Reason::Ready:
        return QCoreApplication::translate("BackfillReadiness", "Ready for a backfill task.");
    case Reason::NoSlsDelivery:
        return QCoreApplication::translate(
            "BackfillReadiness",
            "Not ready: the trail does not deliver to Simple Log Service, and a backfill task "
            "delivers only there.");
    case Reason::NotLogging:
        return QCoreApplication::translate(
            "BackfillReadiness", "Not ready: the trail is not logging. Start logging first.");
    case Reason::OrganizationTrail:
        return QCoreApplication::translate(
            "BackfillReadiness",
            "Not ready: this is an organization trail; only single-account trails can be "
            "backfilled.");
    case Reason::OtherRegion:
        return QCoreApplication::translate(
            "BackfillReadiness",
            "Not ready here: the trail lives in another region. Switch to its home region.");
    }
    return {};
}

BackfillReadiness BackfillReadiness::of(const Trail &trail, const QString &region)
{
    BackfillReadiness readiness;
    if (trail.isOrganizationTrail)
        readiness.reason = Reason::OrganizationTrail;
    else if (!trail.deliversToSls())
        readiness.reason = Reason::NoSlsDelivery;
    else if (!trail.isLogging())
        readiness.reason = Reason::NotLogging;
    else if (!region.isEmpty() && trail.homeRegion != region)
        readiness.reason = Reason::OtherRegion;
    return readiness;
}

namespace TrailName {

QString problem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("TrailName", "Enter the name of a trail.");
    if (name.size() < MinLength || name.size() > MaxLength)
        return QCoreApplication::translate("TrailName",
                                           "A trail name has %1 to %2 characters; this has %3.")
            .arg(MinLength)
            .arg(MaxLength)
            .arg(name.size());
    const QChar first = name.front();
    if (first < QLatin1Char('a') || first > QLatin1Char('z'))
        return QCoreApplication::translate("TrailName",
                                           "A trail name starts with a lower-case letter (a-z).");
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        if (!allowed)
            return QCoreApplication::translate(
                "TrailName", "A trail name has only lower-case letters, digits, '-' and '_'.");
    }
    return {};
}

} // namespace TrailName
