// The one binary: no arguments (or only GUI options) -> the desktop app; a command word such as
// `jobs` or `profile` -> the command line, which creates only a QCoreApplication and needs no
// display. This file includes no Widgets header: the GUI is started through ui/guimain.h.
#include "cli/commandline.h"
#include "emulator/demobackend.h"
#include "guimain.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

#include <sys/prctl.h>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    // A core of this process would hold the keychain secret in plain memory: never write one,
    // and keep other processes of the user from attaching to read it.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0);
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    // The demo service belongs to the application object, so it goes before the event loop's end.
    auto backend = std::make_shared<QPointer<DemoBackend>>();
    const AppSession::DemoStarter startDemo = [backend](const QUrl &external) {
        AppSession::DemoService service;
        service.accessKey = DemoBackend::accessKey();
        if (!external.isEmpty()) {
            service.endpoint = external;
            return service;
        }
        if (!*backend)
            *backend = new DemoBackend(QCoreApplication::instance());
        if ((*backend)->start())
            service.endpoint = (*backend)->endpoint();
        else
            service.error = (*backend)->errorString();
        return service;
    };
    return runGui(argc, argv, startDemo);
}
