#pragma once

#include "api/joblister.h"

#include <QString>

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
    int deadlineMs = 60000;  // one call in all, retries included
    int intervalMs = 5000;
};

/** Adds the options of `jobs ...`: --page, --page-size, --all, --format, --yes, --interval, ... */
void addJobsOptions(QCommandLineParser *parser);

/** Reads the `jobs` command line from `parser`; false with a one-line reason. */
bool readJobsRequest(const QCommandLineParser &parser, JobsRequest *request, QString *error);
