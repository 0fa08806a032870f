#pragma once

#include "allregionslister.h"
#include "apierror.h"
#include "domain/memberaccount.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ActionTrailClient;
class RequestSlots;
class RoleSessionProvider;

/** One member account's part of All accounts. */
struct AccountTasks
{
    MemberAccount account;
    /** Its tasks, every region's once (empty when `failure` is set). */
    AllRegionsListing listing;
    /** Why the account could not be listed at all (its role, its permissions); its regions'
     * own failures are in listing.failures. */
    std::optional<ApiError> failure;
};

/** What All accounts listed: every member account, in ListAccounts' order. */
struct AllAccountsListing
{
    QList<AccountTasks> accounts;
    int failedAccounts() const;
    int jobCount() const;
};

/**
 * All accounts: the backfill tasks of every member account of the resource directory the
 * management client's identity manages (or is delegated administrator of).
 *
 * Lists the members (ResourceManager ListAccounts, pages of 100), then for each member assumes
 * acs:ram::<member>:role/<roleName()> (optionally with an ExternalId) through a RoleSessionProvider
 * whose source is the management client's credentials, and lists the member's tasks with an
 * AllRegionsLister (its trails' home regions). Role sessions are kept between runs and refreshed
 * by the calls that use them (CredentialProvider::refreshMargin before they expire).
 *
 * One global cap: at most maxConcurrent() requests are under way in all, counted by one
 * RequestSlots shared by every member's role session and region clients, so the members' regions
 * are listed in parallel and a slot freed by any answer goes to the next request waiting,
 * whichever member it is for. A member throttled is listed again once,
 * after a backoff that holds every account's next start (throttling is the directory's, not one
 * account's). A member that fails is reported in its AccountTasks; it never hides the others.
 * Emits exactly one of finished() / failed() per start(); failed() only when the members could
 * not be listed.
 */
class AllAccountsLister : public QObject
{
    Q_OBJECT

public:
    /** The ActionTrail endpoint of `region` (emulators map every region to themselves). */
    using EndpointForRegion = std::function<QUrl(const QString &region)>;

    static constexpr const char *defaultRoleName = "ResourceDirectoryAccountAccessRole";

    AllAccountsLister(ActionTrailClient *management, EndpointForRegion endpointFor,
                      QObject *parent = nullptr);
    ~AllAccountsLister() override;

    void setRoleName(const QString &roleName);
    QString roleName() const { return m_roleName; }
    /** Sent with every AssumeRole when not empty. */
    void setExternalId(const QString &externalId);
    /** The role sessions' DurationSeconds; 0: the service's default. */
    void setRoleDurationSeconds(int seconds);
    void setMaxConcurrent(int requests); ///< default 8
    int maxConcurrent() const { return m_maxConcurrent; }
    /** More members than this is refused as a claim no directory makes (default 5000). */
    void setMaxAccounts(int accounts);
    /** The most requests in flight at once so far (tests, bench). */
    int peakConcurrent() const;
    /** The role session of a member listed before (nullptr before). */
    std::shared_ptr<RoleSessionProvider> sessionOf(const QString &accountId) const;

    void start();
    /** Lists one member again (after start() finished); `accountListed` then `finished` again
     * with the whole listing updated. False when no listing holds that account. */
    bool retry(const QString &accountId);
    /** Stops: `failed` with Kind::Cancelled once, if a listing was under way. */
    void abort();

signals:
    void accountsKnown(const QList<MemberAccount> &accounts);
    void accountListed(const AccountTasks &tasks);
    void finished(const AllAccountsListing &listing);
    void failed(const ApiError &error);

private:
    void listAccountsPage(int pageNumber);
    void launchMore();
    void listMember(int index);
    void listMemberTasks(int index, const std::shared_ptr<RoleSessionProvider> &session);
    void memberDone(int index, const AccountTasks &tasks);
    std::shared_ptr<RoleSessionProvider> sessionFor(const MemberAccount &account);
    void finishIfDone();
    void stopMembers();

    QPointer<ActionTrailClient> m_management;
    EndpointForRegion m_endpointFor;
    QString m_roleName = QString::fromLatin1(defaultRoleName);
    QString m_externalId;
    int m_durationSeconds = 0;
    int m_maxConcurrent = 8;
    int m_maxAccounts = 5000;

    bool m_running = false;
    int m_generation = 0;
    /** Members listed at once: enough that every slot stays busy while members wait on their
     * previous answer (role, then trails, then regions). */
    int memberWindow() const { return m_maxConcurrent * 4; }
    std::shared_ptr<RequestSlots> m_slots;
    AllAccountsListing m_listing;
    QList<int> m_queue; // indexes into m_listing.accounts still to list
    QHash<int, QPointer<QObject>> m_active; // index -> the member run's context
    QHash<int, bool> m_throttledOnce;
    int m_throttleRounds = 0;
    bool m_holding = false; // a shared throttling backoff is under way
    QHash<QString, std::shared_ptr<RoleSessionProvider>> m_sessions; // by role ARN + ExternalId
};

Q_DECLARE_METATYPE(AccountTasks)
Q_DECLARE_METATYPE(AllAccountsListing)
