#include "commandline.h"

#include "buildinfo.h"
#include "jobscommand.h"
#include "profilecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {
bool isCommandWord(const char *word)
{
    return std::strcmp(word, "jobs") == 0 || std::strcmp(word, "profile") == 0
        || std::strcmp(word, "--version") == 0 || std::strcmp(word, "-v") == 0
        || std::strcmp(word, "--help") == 0 || std::strcmp(word, "-h") == 0;
}
} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    return argc > 1 && isCommandWord(argv[1]);
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backfill-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << buildInfoText(); // app/buildinfo.cpp: version, commit, Qt, QtKeychain, licence
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << "Usage: backfill-browser [jobs|profile] ...\n"
               "  (no arguments)   start the desktop app\n"
               "  --version        print the version\n";
        return 0;
    }
    if (command == QLatin1String("jobs"))
        return runJobsCommand(args.mid(2));
    if (command == QLatin1String("profile"))
        return runProfileCommand(args.mid(2));
    err << "backfill-browser: the '" << command << "' command is not available in this build\n";
    return 2;
}
