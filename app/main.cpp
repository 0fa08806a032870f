// The one binary: no arguments (or only GUI options) -> the desktop app; a command word such as
// `jobs` or `profile` -> the command line, which creates only a QCoreApplication and needs no
// display. This file includes no Widgets header: the GUI is started through ui/guimain.h.
#include "cli/commandline.h"
#include "guimain.h"

int main(int argc, char *argv[])
{
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    return runGui(argc, argv);
}
