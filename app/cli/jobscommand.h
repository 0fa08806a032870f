#pragma once

#include <QStringList>

/**
 * `backfill-browser jobs ...`: runs inside an existing QCoreApplication (and its event loop);
 * `arguments` is the whole command line (program name first). Returns the exit code:
 * 0 success, 1 service or network failure, 2 usage or configuration error.
 */
int runJobsCommand(const QStringList &arguments);
