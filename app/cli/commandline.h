#pragma once

/**
 * True when argv names a command-line command: the first word that is not a global option (or
 * its value) is `jobs` or `profile`, or `--help`/`-h`/`--version`/`-v` comes before any other word.
 * Global options may thus precede the command word (`backfill-browser --region x jobs list`).
 */
bool isCommandLineInvocation(int argc, char *argv[]);

/** Runs the command line with its own QCoreApplication; returns the process exit code. */
int runCommandLine(int argc, char *argv[]);
