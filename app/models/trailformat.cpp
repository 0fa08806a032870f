#include "trailformat.h"

#include "domain/safetext.h"
#include "jobformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
/** "audit-log" from "acs:log:cn-qingdao:1594986938260000:project/audit-log". */
QString projectOf(const QString &arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? arn.mid(slash + 1) : arn;
}
} // namespace

namespace TrailFormat {

QString day(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString targets(const Trail &trail)
{
    QStringList parts;
    if (trail.deliversToSls())
        parts << QCoreApplication::translate("TrailFormat", "SLS %1")
                     .arg(SafeText::forDisplay(projectOf(trail.slsProjectArn)));
    if (!trail.ossBucketName.isEmpty())
        parts << QCoreApplication::translate("TrailFormat", "OSS %1")
                     .arg(SafeText::forDisplay(trail.ossBucketName));
    if (!trail.maxComputeProjectArn.isEmpty())
        parts << QCoreApplication::translate("TrailFormat", "MaxCompute %1")
                     .arg(SafeText::forDisplay(projectOf(trail.maxComputeProjectArn)));
    return parts.isEmpty() ? QCoreApplication::translate("TrailFormat", "none")
                           : parts.join(QStringLiteral(", "));
}

QString readinessShort(const BackfillReadiness &readiness)
{
    using Reason = BackfillReadiness::Reason;
    switch (readiness.reason) {
    case Reason::Ready:
        return QCoreApplication::translate("TrailFormat", "Ready");
    case Reason::NoSlsDelivery:
        return QCoreApplication::translate("TrailFormat", "Not ready: no SLS delivery");
    case Reason::NotLogging:
        return QCoreApplication::translate("TrailFormat", "Not ready: not logging");
    case Reason::OrganizationTrail:
        return QCoreApplication::translate("TrailFormat", "Not ready: organization trail");
    case Reason::OtherRegion:
        return QCoreApplication::translate("TrailFormat", "Not ready: another region");
    }
    return {};
}

QString loggingStatus(const Trail &trail)
{
    if (trail.status == QLatin1String("Enable"))
        return QCoreApplication::translate("TrailFormat", "Logging");
    if (trail.status == QLatin1String("Disable"))
        return QCoreApplication::translate("TrailFormat", "Stopped");
    if (trail.status == QLatin1String("Fresh"))
        return QCoreApplication::translate("TrailFormat", "Never started");
    return SafeText::forDisplay(trail.status);
}

QString newTaskWindow(const QDateTime &now, const QDateTime &trailStartedLogging)
{
    const TimeWindow window = Coverage::newTaskWindow(now, trailStartedLogging);
    if (!window.isValid())
        return QCoreApplication::translate(
                   "TrailFormat",
                   "nothing to add: the trail itself recorded every day of the last %1 days")
            .arg(Coverage::HorizonDays);
    if (window.to < now && trailStartedLogging.isValid()) {
        const qint64 recorded = trailStartedLogging.secsTo(now) / 86400;
        return QCoreApplication::translate(
                   "TrailFormat",
                   "from %1 to the trail's start on %2, %3 days (the trail itself recorded the "
                   "%4 days since)")
            .arg(day(window.from), day(trailStartedLogging))
            .arg(window.days())
            .arg(recorded);
    }
    return QCoreApplication::translate("TrailFormat", "from %1 to %2, %3 days")
        .arg(day(window.from), day(window.to))
        .arg(window.days());
}

QString lastTask(const TrailCoverage &coverage)
{
    const int last = coverage.lastTaskIndex();
    if (last < 0)
        return QCoreApplication::translate("TrailFormat", "none");
    const CoverageBar &bar = coverage.bars.at(last);
    return QCoreApplication::translate("TrailFormat", "#%1, %2, created %3")
        .arg(bar.jobId)
        .arg(JobFormat::statusText(bar.status, bar.rawStatus), day(bar.created));
}

QString coverageSummary(const TrailCoverage &coverage)
{
    const QString name = SafeText::forDisplay(coverage.trailName);
    const QString delivered = QCoreApplication::translate("TrailFormat", "%1 of %2 days delivered")
                                  .arg(coverage.deliveredDays())
                                  .arg(Coverage::HorizonDays);
    const int last = coverage.lastTaskIndex();
    if (last < 0)
        return QCoreApplication::translate("TrailFormat", "%1: %2; no task").arg(name, delivered);
    const CoverageBar &bar = coverage.bars.at(last);
    return QCoreApplication::translate("TrailFormat", "%1: %2; last task %3, %4")
        .arg(name, delivered, day(bar.created),
             JobFormat::statusText(bar.status, bar.rawStatus).toLower());
}

} // namespace TrailFormat
