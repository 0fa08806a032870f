#pragma once

#include "deliveryjob.h"
#include "trail.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/** Everything about one trail that decides whether and what to backfill. */
struct TrailOverview
{
    Trail trail;
    /** GetTrailStatus; valid when statusError is empty. */
    TrailStatus status;
    /** Why GetTrailStatus failed (one line); empty when it answered. */
    QString statusError;
    BackfillReadiness readiness;
    /** The trail's newest task among those listed; jobId 0 when it has none. */
    DeliveryJob lastTask;
    /** What a task created now would deliver (Coverage::newTaskWindow). */
    TimeWindow newTaskWindow;
};

/**
 * Trails for machines (`trails list|get --format json|csv`): field names in the service's style,
 * times in the UTC form, words stable English. CSV goes through JobSerializer's one field writer.
 */
namespace TrailSerializer {

/** "sls:<project ARN>", "oss:<bucket>", "maxcompute:<project ARN>", joined by ' '; "" for none. */
QString targets(const Trail &trail);
/** "ready" or "not-ready". */
QLatin1String readinessWord(const BackfillReadiness &readiness);
/** "no-sls-delivery", "not-logging", "organization-trail", "other-region", or "" when ready. */
QLatin1String reasonWord(const BackfillReadiness &readiness);

QString csvHeader();
void appendCsvRecord(QString &out, const TrailOverview &overview);
QString toCsv(const QList<TrailOverview> &overviews);
/** The trail in DescribeTrails' shape plus "TrailStatus", "Readiness", "LastTask" and
 * "NewTaskWindow" objects. */
QJsonObject toJson(const TrailOverview &overview);

} // namespace TrailSerializer
