#pragma once

#include "domain/deliveryjob.h"
#include "domain/jobserializer.h"

#include <QList>
#include <QString>

// Jobs for people on a terminal: translated words, local times, aligned columns. Scripts use
// --format csv|json (JobSerializer), which do not change with the locale.

/** "initializing", "delivering", "complete", "failed", or "unknown (7)" -- translated. */
QString jobStatusText(JobStatus status, int rawStatus);
/** The columns of the table without --columns: all but the JobStatus number. */
QList<JobSerializer::Column> defaultTableColumns();
/**
 * An aligned, human table of jobs with local times; header included. Aligned by what a
 * terminal shows: East Asian wide characters take two cells.
 */
QString formatJobsTable(const QList<DeliveryJob> &jobs,
                        const QList<JobSerializer::Column> &columns = defaultTableColumns());
/** Terminal cells `text` takes: 2 for East Asian Wide/Fullwidth, 0 for combining marks. */
int displayWidth(const QString &text);
/** A time for people: local, as every table of the command line shows it. */
QString formatLocalTime(const QDateTime &time);
/** An aligned table for a terminal (cells already made safe), header first. */
QString formatAlignedTable(const QStringList &header, const QList<QStringList> &rows);
/** One job with its per-region statuses, for `jobs get`. */
QString formatJobDetail(const DeliveryJob &job);
/** "cn-hangzhou complete, cn-beijing delivering (1 of 2 regions complete)", for `jobs watch`. */
QString regionSummary(const DeliveryJob &job);
