#pragma once

/** True when argv names a command-line command (`jobs`, `profile`, `--version`, `--help`). */
bool isCommandLineInvocation(int argc, char *argv[]);

/** Runs the command line with its own QCoreApplication; returns the process exit code. */
int runCommandLine(int argc, char *argv[]);
