#pragma once

#include <QStringList>

/** `backfill-browser profile ...`: runs inside an existing QCoreApplication; returns the exit code. */
int runProfileCommand(const QStringList &arguments);
