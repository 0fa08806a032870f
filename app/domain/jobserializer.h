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

/** A CSV column, named as in the header; --columns picks and orders them. */
enum class Column {
    JobId,
    TrailName,
    HomeRegion,
    JobStatus,
    Status,
    StartTime,
    EndTime,
    CreatedTime,
    UpdatedTime,
    Region, ///< All regions only: the region whose endpoint listed the task (DeliveryJob::listedIn)
};

/** Every column of a one-region listing, in the header's order (Region is not among them). */
QList<Column> allColumns();
/** allColumns() with Region after HomeRegion: the columns of an All regions listing. */
QList<Column> allRegionsColumns();
/** The column's header name ("JobId", ...). */
QLatin1String columnName(Column column);
/**
 * "JobId,Status" (names as in the header, any case) -> columns in that order; false with a
 * one-line reason naming the unknown name and the known ones.
 */
bool parseColumns(const QString &list, QList<Column> *columns, QString *error);

/** "initializing", "delivering", "complete", "failed"; "unknown" for any other number. */
QLatin1String statusWord(JobStatus status);

/** A job in the service's list shape (JobId, TrailName, ..., UpdatedTime), and "Region" after
 * them when DeliveryJob::listedIn is set (All regions). */
QJsonObject toJson(const DeliveryJob &job);
/**
 * toJson(job) as compact JSON text appended to `out`, in the service's key order, without a
 * QJsonObject: for writing thousands of jobs as a stream (`jobs list --all --format json`).
 */
void appendJson(QString &out, const DeliveryJob &job);
/** GetDeliveryHistoryJob's shape: the list shape, the `Status` array of regions and RequestId. */
QJsonObject toDetailJson(const DeliveryJob &job, const QString &requestId);

/** Appends one CSV field (RFC 4180 quoting, a leading ' before a formula): the one CSV field
 * writer, for every CSV this app writes. */
void appendCsvField(QString &out, const QString &text);

/** The CSV header line of `columns`, CRLF included. */
QString csvHeader(const QList<Column> &columns = allColumns());
/**
 * Appends one RFC 4180 record (CRLF included): fields quoted when they hold , " CR or LF; the
 * raw JobStatus number beside its status word ("unknown (7)" for a number the service added).
 */
void appendCsvRecord(QString &out, const DeliveryJob &job,
                     const QList<Column> &columns = allColumns());
/** Header and one record per job. */
QString toCsv(const QList<DeliveryJob> &jobs, const QList<Column> &columns = allColumns());

} // namespace JobSerializer
