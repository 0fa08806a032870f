#pragma once

#include <QString>

class QCommandLineParser;

/** The whole --help text (every command, every global and GUI option, environment, exit codes). */
QString commandLineHelpText();

/** parser.helpText() with the program's name, not the path it was started by, in "Usage:". */
QString helpWithProgram(const QCommandLineParser &parser, const QString &program);
