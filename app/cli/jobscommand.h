#pragma once

#include "domain/deliveryjob.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/** Adds the options of `jobs ...`: --page, --page-size, --all, --format, --yes, --interval. */
void addJobsOptions(QCommandLineParser *parser);

/**
 * `backfill-browser jobs ...`: runs inside an existing QCoreApplication (and its event loop);
 * `arguments` is the whole command line (program name first). Returns the exit code:
 * 0 success, 1 service or network failure, 2 usage or configuration error.
 */
int runJobsCommand(const QStringList &arguments);

// Output formats (pure functions, tested on their own).

/** "initializing", "delivering", "complete", "failed", or "unknown (7)" -- translated. */
QString jobStatusText(JobStatus status, int rawStatus);
/** An aligned, human table of jobs with local times; header included. */
QString formatJobsTable(const QList<DeliveryJob> &jobs);
/** RFC 4180: header row, CRLF line ends, fields quoted when they hold , " CR or LF; UTC times. */
QString formatJobsCsv(const QList<DeliveryJob> &jobs);
/** One job with its per-region statuses, for `jobs get`. */
QString formatJobDetail(const DeliveryJob &job);
