#pragma once

#include <QString>

/** The whole --help text (every command, every global and GUI option, environment, exit codes). */
QString commandLineHelpText();
