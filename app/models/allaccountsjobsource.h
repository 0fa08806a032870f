#pragma once

#include "api/allaccountslister.h"
#include "jobsource.h"

#include <QHash>
#include <QPointer>

#include <functional>

class ActionTrailClient;

/**
 * "All accounts" for the models: a JobSource whose listing is the tasks of every member account
 * of the resource directory the management client's identity manages (AllAccountsLister), each
 * task with DeliveryJob::accountId, accountName and listedIn set, so the table can show Account
 * and Region columns. A page is a slice of the latest whole listing; page 1 lists anew (a
 * refresh), except right after retryAccount() completed, when it serves that updated listing.
 *
 * Get and Delete go to the task's own account (its member role session) at the region that
 * listed it; Create goes to the management account. Accounts that could not be listed are in
 * accountsListed()'s listing; their tasks are missing, every other account's are all there.
 */
class AllAccountsJobSource : public JobSource
{
    Q_OBJECT

public:
    AllAccountsJobSource(ActionTrailClient *management,
                         AllAccountsLister::EndpointForRegion endpointFor,
                         QObject *parent = nullptr);
    ~AllAccountsJobSource() override;

    /** The lister (its role name, ExternalId and concurrency cap are set there). */
    AllAccountsLister *lister() const { return m_lister; }
    /** The latest listing (empty before the first one finished). */
    AllAccountsListing listing() const { return m_listing; }

    /**
     * Lists one account again (the accounts summary's Retry): accountsListed() with the whole
     * listing, then listingUpdated(). False while a listing runs or for an unknown account.
     */
    bool retryAccount(const QString &accountId);

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override;
    PendingJobRequest *getJob(qint64 jobId) override;
    PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) override;
    PendingJobRequest *deleteJob(qint64 jobId) override;
    PendingJobRequest *listAllJobs() override;

signals:
    /** After each listing and each retry: every member account and how its listing went. */
    void accountsListed(const AllAccountsListing &listing);
    /** A retry changed the listing: list page 1 again to show it (it costs no request). */
    void listingUpdated();

private:
    using Done = std::function<void(const QList<DeliveryJob> &)>;
    void listEverything(PendingJobRequest *request, Done done);
    void adopt(const AllAccountsListing &listing);
    /** A client of the account holding `jobId` at the region that listed it (owned by
     * `parent`); nullptr when that account has no role session. */
    ActionTrailClient *memberClientFor(qint64 jobId, QObject *parent) const;
    /** Fails (later, like a reply) an `action` whose account has no role session. */
    PendingJobRequest *noSession(const QString &action);

    QPointer<ActionTrailClient> m_management;
    AllAccountsLister::EndpointForRegion m_endpointFor;
    AllAccountsLister *m_lister;
    AllAccountsListing m_listing;
    QList<DeliveryJob> m_jobs; // every account's, in the listing's order
    QHash<qint64, int> m_accountOfJob; // index into m_listing.accounts
    bool m_haveListing = false;
    bool m_serveRetried = false;
    QPointer<PendingJobRequest> m_listingRequest;
    std::pair<int, int> m_progress; // accounts listed, accounts known
    Done m_done;
};
