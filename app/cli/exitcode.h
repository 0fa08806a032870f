#pragma once

/** Exit codes of the command line. */
enum CliExitCode { CliSuccess = 0, CliServiceFailure = 1, CliUsageError = 2 };
