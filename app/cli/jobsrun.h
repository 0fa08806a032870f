#pragma once

#include "api/accesskey.h"
#include "apicommand.h"
#include "globaloptions.h"
#include "jobsoptions.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

class AccountsRun;
class ActionTrailClient;
struct AllRegionsListing;
struct ApiError;
struct DeliveryJob;
struct JobPage;

/**
 * Runs one validated `jobs` request against a configured client and ends the event loop with
 * the exit code (QCoreApplication::exit). Lives for the duration of the event loop; every
 * connection it makes is gone with it.
 */
class JobsRun : public CommandRun
{
public:
    JobsRun(const GlobalOptions &global, const JobsRequest &request, ActionTrailClient *client);
    ~JobsRun();

    /**
     * Runs the request with the client's credentials (a --dry-run signs with them too); `region`
     * is the region worked in.
     */
    void start(const QString &region, const GlobalOptions &global) override;
    /** A service or network failure: Code, Message, RequestId on stderr; exit 1 (2 for config). */
    void fail(const ApiError &error);
    /** A usage or configuration problem found late (a profile's values): exit 2. */
    void failUsage(const QString &reason) override;
    QTextStream &err() override { return m_err; }

private:
    void finish(int code);
    template<typename Call> void watchRetries(Call *call);
    void announceWait(const ApiError &reason, int remainingMs);
    void printJobs(const JobPage &listed, bool all);
    void writeCsvStream(const QList<DeliveryJob> &jobs,
                        const QList<JobSerializer::Column> &columns);
    void writeJsonStream(const JobPage &page);
    void listPage();
    void listAll();
    void listAllRegions();
    void printAllRegions(const AllRegionsListing &listing);
    void get();
    void create();
    void remove();
    void watch();
    void listAccounts();

    GlobalOptions m_global;
    JobsRequest m_request;
    ActionTrailClient *m_client;
    QObject m_context; // receiver of every connection: gone with the run
    QTextStream m_out;
    QTextStream m_err;
    QString m_lastLine;
    int m_lastWaitMs = 0;
    /** Calls `signWith` with a key valid now (a role is assumed first if need be). */
    void withCurrentKey(std::function<void(const AccessKey &)> signWith);
    QElapsedTimer m_watchClock; // jobs watch --timeout
    std::unique_ptr<AccountsRun> m_accounts; // accounts list, jobs list --all-accounts
};
