#pragma once

#include "domain/deliveryjob.h"

#include <QList>
#include <QString>

// Jobs for people on a terminal: translated words, local times, aligned columns. Scripts use
// --format csv|json (JobSerializer), which do not change with the locale.

/** "initializing", "delivering", "complete", "failed", or "unknown (7)" -- translated. */
QString jobStatusText(JobStatus status, int rawStatus);
/** An aligned, human table of jobs with local times; header included. */
QString formatJobsTable(const QList<DeliveryJob> &jobs);
/** One job with its per-region statuses, for `jobs get`. */
QString formatJobDetail(const DeliveryJob &job);
/** "cn-hangzhou complete, cn-beijing delivering (1 of 2 regions complete)", for `jobs watch`. */
QString regionSummary(const DeliveryJob &job);
