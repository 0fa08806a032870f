#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class ActionTrailClient;
struct GlobalOptions;

/** One validated command talking to ActionTrail (`jobs ...`, `trails ...`), run once. */
class CommandRun
{
public:
    virtual ~CommandRun() = default;
    /**
     * Credentials are known and installed in the client: go. `region` is the region worked in
     * (--region, the environment, the profile's, else the default); `global` is the command
     * line's options with what the profile adds (its region endpoints). Ends the event loop with
     * the exit code when done.
     */
    virtual void start(const QString &region, const GlobalOptions &global) = 0;
    /** A usage or configuration problem found late (a profile's values): exit 2. */
    virtual void failUsage(const QString &reason) = 0;
    virtual QTextStream &err() = 0;
};

/** What differs between commands; the rest (credentials, endpoint, proxy, TLS) is shared. */
struct ApiCommandSpec
{
    /** Adds the command's own options to the parser (the global ones are added already). */
    std::function<void(QCommandLineParser *)> addOptions;
    /** Reads and validates them; false with a one-line reason. */
    std::function<bool(const QCommandLineParser &, QString *error)> read;
    /** The longest one call may take (after read()). */
    std::function<int()> deadlineMs;
    /** The run, for a client set up with the endpoint, signature and timeouts. */
    std::function<std::unique_ptr<CommandRun>(const GlobalOptions &, ActionTrailClient *)> makeRun;
};

/**
 * THE setup of a command that calls ActionTrail, inside an existing QCoreApplication: parses
 * `arguments` (the whole command line), chooses the endpoint, checks proxies and CA bundles,
 * resolves credentials (the profile's endpoint, region, CA bundle and signature apply unless the
 * command line says otherwise), then starts the run and its event loop. Returns the exit code.
 */
int runApiCommand(const QStringList &arguments, const ApiCommandSpec &spec);
