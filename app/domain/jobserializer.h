#pragma once

#include "deliveryjob.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

/**
 * Jobs for machines, the one writer of each format: the command line's `--format json|csv`, the
 * GUI's Export and Copy, and the emulator's answers use it. Field names are the service's
 * (JobId, TrailName, ...), times its UTC form, and status words stable English: the output does
 * not change with the locale, so scripts can rely on it.
 */
namespace JobSerializer {

/** "initializing", "delivering", "complete", "failed"; "unknown" for any other number. */
QLatin1String statusWord(JobStatus status);

/** A job in the service's list shape (JobId, TrailName, ..., UpdatedTime). */
QJsonObject toJson(const DeliveryJob &job);
/** GetDeliveryHistoryJob's shape: the list shape, the `Status` array of regions and RequestId. */
QJsonObject toDetailJson(const DeliveryJob &job, const QString &requestId);

/** The CSV header line, CRLF included. */
QLatin1String csvHeader();
/**
 * Appends one RFC 4180 record (CRLF included): fields quoted when they hold , " CR or LF; the
 * raw JobStatus number beside its status word ("unknown (7)" for a number the service added).
 */
void appendCsvRecord(QString &out, const DeliveryJob &job);
/** Header and one record per job. */
QString toCsv(const QList<DeliveryJob> &jobs);

} // namespace JobSerializer
