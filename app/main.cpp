// The one binary: no arguments (or only GUI options) -> the desktop app; a command word such as
// `jobs` or `profile` -> the command line, which creates only a QCoreApplication and needs no
// display. This file includes no Widgets header: the GUI is started through ui/guimain.h.
#include "cli/commandline.h"
#include "guimain.h"

#include <sys/prctl.h>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    // A core of this process would hold the keychain secret in plain memory: never write one,
    // and keep other processes of the user from attaching to read it.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0);
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    return runGui(argc, argv);
}
