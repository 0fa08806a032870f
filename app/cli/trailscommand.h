#pragma once

#include <QStringList>

/**
 * `backfill-browser trails list|get NAME`: the account's trails with their delivery targets,
 * logging status, backfill readiness, last task and the window a new task would cover today.
 * Same conventions as `jobs` (runs in an existing QCoreApplication; exit 0, 1 or 2).
 */
int runTrailsCommand(const QStringList &arguments);

/** `trails --help` or `trails SUBCOMMAND --help`. */
QString trailsHelpText(const QString &subcommand);
/** list, get. */
QStringList trailsSubcommands();
