#pragma once

#include <QStringList>

/** `backfill-browser profile ...`: runs inside an existing QCoreApplication; returns the exit code.
 */
int runProfileCommand(const QStringList &arguments);

/** `profile --help`: every subcommand with its options. */
QString profileHelpText();
