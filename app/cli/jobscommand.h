#pragma once

#include <QStringList>

/** `backfill-browser jobs ...`: runs inside an existing QCoreApplication; returns the exit code. */
int runJobsCommand(const QStringList &arguments);
