#include "trailoverview.h"

#include "jobserializer.h"
#include "utctime.h"

#include <QJsonArray>

namespace TrailSerializer {

QString targets(const Trail &trail)
{
    QStringList parts;
    if (!trail.slsProjectArn.isEmpty())
        parts << QStringLiteral("sls:") + trail.slsProjectArn;
    if (!trail.ossBucketName.isEmpty())
        parts << QStringLiteral("oss:") + trail.ossBucketName;
    if (!trail.maxComputeProjectArn.isEmpty())
        parts << QStringLiteral("maxcompute:") + trail.maxComputeProjectArn;
    return parts.join(QLatin1Char(' '));
}

QLatin1String readinessWord(const BackfillReadiness &readiness)
{
    return readiness.isReady() ? QLatin1String("ready") : QLatin1String("not-ready");
}

QLatin1String reasonWord(const BackfillReadiness &readiness)
{
    switch (readiness.reason) {
    case BackfillReadiness::Reason::Ready:
        return QLatin1String("");
    case BackfillReadiness::Reason::NoSlsDelivery:
        return QLatin1String("no-sls-delivery");
    case BackfillReadiness::Reason::NotLogging:
        return QLatin1String("not-logging");
    case BackfillReadiness::Reason::OrganizationTrail:
        return QLatin1String("organization-trail");
    case BackfillReadiness::Reason::OtherRegion:
        return QLatin1String("other-region");
    }
    return QLatin1String("");
}

QString csvHeader()
{
    return QStringLiteral("Name,HomeRegion,Targets,Status,IsLogging,LatestDeliveryTime,"
                          "LatestDeliveryLogServiceError,Readiness,Reason,LastTaskJobId,"
                          "LastTaskStatus,NewTaskFrom,NewTaskTo,NewTaskDays\r\n");
}

void appendCsvRecord(QString &out, const TrailOverview &o)
{
    const auto field = [&out](const QString &text) {
        JobSerializer::appendCsvField(out, text);
        out += QLatin1Char(',');
    };
    field(o.trail.name);
    field(o.trail.homeRegion);
    field(targets(o.trail));
    field(o.trail.status);
    field(o.statusError.isEmpty() ? QString::fromLatin1(o.status.isLogging ? "true" : "false")
                                  : QString());
    field(UtcTime::format(o.status.latestDeliveryTime));
    field(o.status.latestDeliveryLogServiceError);
    field(readinessWord(o.readiness));
    field(reasonWord(o.readiness));
    field(o.lastTask.jobId > 0 ? QString::number(o.lastTask.jobId) : QString());
    field(o.lastTask.jobId > 0 ? QString(JobSerializer::statusWord(o.lastTask.status)) : QString());
    field(UtcTime::format(o.newTaskWindow.from));
    field(UtcTime::format(o.newTaskWindow.to));
    out += QString::number(o.newTaskWindow.days());
    out += QLatin1String("\r\n");
}

QString toCsv(const QList<TrailOverview> &overviews)
{
    QString text = csvHeader();
    for (const TrailOverview &overview : overviews)
        appendCsvRecord(text, overview);
    return text;
}

QJsonObject toJson(const TrailOverview &o)
{
    const Trail &t = o.trail;
    QJsonObject object {
        {QStringLiteral("Name"), t.name},
        {QStringLiteral("HomeRegion"), t.homeRegion},
        {QStringLiteral("TrailRegion"), t.trailRegion},
        {QStringLiteral("Status"), t.status},
        {QStringLiteral("SlsProjectArn"), t.slsProjectArn},
        {QStringLiteral("OssBucketName"), t.ossBucketName},
        {QStringLiteral("MaxComputeProjectArn"), t.maxComputeProjectArn},
        {QStringLiteral("IsOrganizationTrail"), t.isOrganizationTrail},
        {QStringLiteral("StartLoggingTime"), UtcTime::format(t.startLoggingTime)},
    };
    if (o.statusError.isEmpty()) {
        object.insert(QStringLiteral("TrailStatus"),
                      QJsonObject {
                          {QStringLiteral("IsLogging"), o.status.isLogging},
                          {QStringLiteral("LatestDeliveryTime"),
                           UtcTime::format(o.status.latestDeliveryTime)},
                          {QStringLiteral("LatestDeliveryLogServiceTime"),
                           UtcTime::format(o.status.latestDeliveryLogServiceTime)},
                          {QStringLiteral("LatestDeliveryLogServiceError"),
                           o.status.latestDeliveryLogServiceError},
                      });
    } else {
        object.insert(QStringLiteral("TrailStatusError"), o.statusError);
    }
    object.insert(QStringLiteral("Readiness"),
                  QJsonObject {{QStringLiteral("Ready"), o.readiness.isReady()},
                               {QStringLiteral("Reason"), reasonWord(o.readiness)}});
    if (o.lastTask.jobId > 0) {
        object.insert(
            QStringLiteral("LastTask"),
            QJsonObject {{QStringLiteral("JobId"), o.lastTask.jobId},
                         {QStringLiteral("Status"), JobSerializer::statusWord(o.lastTask.status)},
                         {QStringLiteral("CreatedTime"), UtcTime::format(o.lastTask.createdTime)}});
    }
    object.insert(QStringLiteral("NewTaskWindow"),
                  QJsonObject {{QStringLiteral("From"), UtcTime::format(o.newTaskWindow.from)},
                               {QStringLiteral("To"), UtcTime::format(o.newTaskWindow.to)},
                               {QStringLiteral("Days"), o.newTaskWindow.days()}});
    return object;
}

} // namespace TrailSerializer
