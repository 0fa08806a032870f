#pragma once

#include "api/joblister.h"

#include "domain/jobserializer.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/** What one `jobs ...` call asks for, validated. */
struct JobsRequest
{
    QString subcommand;
    QString argument; // JOB_ID or TRAIL_NAME
    qint64 jobId = 0;
    QString format = QStringLiteral("table");
    int page = 1;
    int pageSize = 20;
    bool all = false;
    int parallel = 4; // pages in flight for --all (JobLister's default)
    qint64 maxJobs = JobLister::defaultMaxJobs; // --all; raised with --max-jobs
    int deadlineMs = 60000; // one call in all, retries included
    int intervalMs = 5000;
    QList<JobSerializer::Column> columns; // --columns; empty: the format's default
    bool quiet = false; // IDs only
    bool dryRun = false; // create/delete: print the signed request only
    QString clientToken; // create: empty = a new token
    int watchTimeoutMs = 0; // watch: give up after this long; 0 = never
    bool allRegions = false; // list: every region the account's trails live in
    QList<JobStatus> statuses; // list --status: only these; empty = every status
    QString trail; // list --trail: only this trail's tasks; empty = every trail

    /** True when `job` passes --status and --trail (applied to what was listed). */
    bool matches(const DeliveryJob &job) const;
};

/** Adds the options of `jobs ...`: --page, --page-size, --all, --format, --yes, --interval, ... */
void addJobsOptions(QCommandLineParser *parser);

/** list, get, create, delete, watch. */
QStringList jobsSubcommands();

/**
 * `jobs --help` (empty `subcommand`: every subcommand and option) or `jobs SUBCOMMAND --help`
 * (its synopsis and only the options it accepts).
 */
QString jobsHelpText(const QString &subcommand);

/** Reads the `jobs` command line from `parser`; false with a one-line reason. */
bool readJobsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error);
