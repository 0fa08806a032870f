#include "allaccountslister.h"

#include "actiontrailclient.h"
#include "apilogging.h"
#include "requestslots.h"
#include "resourcemanagercalls.h"
#include "responseparser.h"
#include "rolesessionprovider.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {
bool isThrottling(const ApiError &error)
{
    return error.kind == ApiError::Kind::Service
        && error.code.startsWith(QLatin1String("Throttling"));
}

/** The throttling that stopped (part of) an account's listing, if any. */
std::optional<ApiError> throttlingOf(const AccountTasks &tasks)
{
    if (tasks.failure && isThrottling(*tasks.failure))
        return tasks.failure;
    for (const RegionFailure &failure : tasks.listing.failures) {
        if (isThrottling(failure.error))
            return failure.error;
    }
    return std::nullopt;
}

ApiError cancelled()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.action = QStringLiteral("ListAccounts");
    return error;
}
} // namespace

int AllAccountsListing::failedAccounts() const
{
    return int(std::count_if(accounts.cbegin(), accounts.cend(),
                             [](const AccountTasks &tasks) { return tasks.failure.has_value(); }));
}

int AllAccountsListing::jobCount() const
{
    int count = 0;
    for (const AccountTasks &tasks : accounts)
        count += int(tasks.listing.jobs.size());
    return count;
}

AllAccountsLister::AllAccountsLister(ActionTrailClient *management, EndpointForRegion endpointFor,
                                     QObject *parent)
    : QObject(parent)
    , m_management(management)
    , m_endpointFor(std::move(endpointFor))
    , m_slots(std::make_shared<RequestSlots>(m_maxConcurrent))
{ }

AllAccountsLister::~AllAccountsLister()
{
    ++m_generation;
    stopMembers();
}

void AllAccountsLister::setRoleName(const QString &roleName)
{
    m_roleName = roleName;
}

void AllAccountsLister::setExternalId(const QString &externalId)
{
    m_externalId = externalId;
}

void AllAccountsLister::setRoleDurationSeconds(int seconds)
{
    m_durationSeconds = seconds;
}

void AllAccountsLister::setMaxConcurrent(int requests)
{
    m_maxConcurrent = std::max(1, requests);
    m_slots->setCapacity(m_maxConcurrent);
}

int AllAccountsLister::peakConcurrent() const
{
    return m_slots->peak();
}

void AllAccountsLister::setMaxAccounts(int accounts)
{
    m_maxAccounts = std::max(1, accounts);
}

std::shared_ptr<RoleSessionProvider> AllAccountsLister::sessionOf(const QString &accountId) const
{
    for (const std::shared_ptr<RoleSessionProvider> &session : m_sessions) {
        if (Sts::accountIdOfRoleArn(session->role().roleArn) == accountId
            && Sts::roleNameOfRoleArn(session->role().roleArn) == m_roleName)
            return session;
    }
    return nullptr;
}

void AllAccountsLister::start()
{
    ++m_generation;
    stopMembers();
    m_listing = AllAccountsListing();
    m_queue.clear();
    m_throttledOnce.clear();
    m_throttleRounds = 0;
    m_holding = false;
    m_running = true;
    if (!m_management) {
        m_running = false;
        emit failed(cancelled());
        return;
    }
    listAccountsPage(1);
}

bool AllAccountsLister::retry(const QString &accountId)
{
    if (m_running)
        return false;
    for (int i = 0; i < m_listing.accounts.size(); ++i) {
        if (m_listing.accounts.at(i).account.accountId != accountId)
            continue;
        ++m_generation;
        m_running = true;
        m_holding = false;
        m_throttledOnce.remove(i);
        m_queue = {i};
        launchMore();
        return true;
    }
    return false;
}

void AllAccountsLister::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    stopMembers();
    m_running = false;
    emit failed(cancelled());
}

void AllAccountsLister::stopMembers()
{
    // The generation was bumped first: what the members still say is not ours.
    const auto active = m_active;
    m_active.clear();
    m_queue.clear();
    for (const QPointer<QObject> &context : active) {
        if (context)
            context->deleteLater();
    }
}

void AllAccountsLister::listAccountsPage(int pageNumber)
{
    const int generation = m_generation;
    ListAccountsCall *call
        = m_management->listAccounts(pageNumber, ResponseParser::maxAccountsPerPage);
    connect(call, &ListAccountsCall::finished, this,
            [this, generation, pageNumber](const AccountPage &page) {
                if (generation != m_generation)
                    return;
                if (page.totalCount > m_maxAccounts
                    || m_listing.accounts.size() + page.accounts.size() > m_maxAccounts) {
                    ApiError error;
                    error.kind = ApiError::Kind::MalformedResponse;
                    error.action = QStringLiteral("ListAccounts");
                    error.requestId = page.requestId;
                    error.detail = tr("the resource directory claims %1 member accounts, more "
                                      "than %2")
                                       .arg(std::max<qsizetype>(page.totalCount,
                                                                m_listing.accounts.size()
                                                                    + page.accounts.size()))
                                       .arg(m_maxAccounts);
                    m_running = false;
                    emit failed(error);
                    return;
                }
                for (const MemberAccount &account : page.accounts)
                    m_listing.accounts.append({account, {}, std::nullopt});
                // An empty page ends the listing whatever TotalCount claims.
                if (m_listing.accounts.size() < page.totalCount && !page.accounts.isEmpty()) {
                    listAccountsPage(pageNumber + 1);
                    return;
                }
                // Members that moved while the pages were read may appear twice: once each.
                QSet<QString> seen;
                QList<AccountTasks> unique;
                QList<MemberAccount> accounts;
                for (const AccountTasks &tasks : std::as_const(m_listing.accounts)) {
                    if (seen.contains(tasks.account.accountId))
                        continue;
                    seen.insert(tasks.account.accountId);
                    unique.append(tasks);
                    accounts.append(tasks.account);
                }
                m_listing.accounts = unique;
                emit accountsKnown(accounts);
                if (generation != m_generation)
                    return;
                for (int i = 0; i < m_listing.accounts.size(); ++i)
                    m_queue.append(i);
                launchMore();
                finishIfDone();
            });
    connect(call, &ApiCall::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_running = false;
        emit failed(error);
    });
}

void AllAccountsLister::launchMore()
{
    while (!m_holding && m_active.size() < memberWindow() && !m_queue.isEmpty())
        listMember(m_queue.takeFirst());
}

std::shared_ptr<RoleSessionProvider> AllAccountsLister::sessionFor(const MemberAccount &account)
{
    AssumeRoleRequest role;
    role.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(account.accountId, m_roleName);
    role.externalId = m_externalId;
    role.durationSeconds = m_durationSeconds;
    const QString key = role.roleArn + QLatin1Char('\n') + role.externalId + QLatin1Char('\n')
        + QString::number(role.durationSeconds);
    if (auto found = m_sessions.value(key))
        return found;
    // The STS calls copy the management client's settings: its key signs AssumeRole.
    ClientConfig settings = m_management->config();
    settings.requestSlots = m_slots;
    auto session = std::make_shared<RoleSessionProvider>(m_management->networkAccessManager(),
                                                         settings, role);
    if (settings.clock)
        session->setClock(settings.clock);
    m_sessions.insert(key, session);
    return session;
}

void AllAccountsLister::listMember(int index)
{
    const int generation = m_generation;
    auto *context = new QObject(this);
    m_active.insert(index, context);
    const MemberAccount account = m_listing.accounts.at(index).account;
    const std::shared_ptr<RoleSessionProvider> session = sessionFor(account);
    if (session->current(CredentialProvider::refreshMargin)) {
        listMemberTasks(index, session);
        return;
    }
    // Assumed first, on its own: a member without the role is one clear failure, not one per
    // region.
    connect(session.get(), &CredentialProvider::refreshed, context,
            [this, generation, index, session] {
                if (generation == m_generation)
                    listMemberTasks(index, session);
            });
    connect(session.get(), &CredentialProvider::refreshFailed, context,
            [this, generation, index, account](const ApiError &error) {
                if (generation == m_generation)
                    memberDone(index, {account, {}, error});
            });
    session->refresh();
}

void AllAccountsLister::listMemberTasks(int index,
                                        const std::shared_ptr<RoleSessionProvider> &session)
{
    QObject *context = m_active.value(index);
    if (!context || !m_management)
        return;
    const int generation = m_generation;
    const MemberAccount account = m_listing.accounts.at(index).account;
    ClientConfig config = m_management->config();
    config.credentials = session;
    config.requestSlots = m_slots;
    QNetworkAccessManager *network = m_management->networkAccessManager();
    auto *home = new ActionTrailClient(network, context);
    home->setConfig(config);
    const EndpointForRegion endpointFor = m_endpointFor;
    auto clientFor = [network, config, endpointFor](const QString &region) -> ActionTrailClient * {
        ClientConfig regional = config;
        regional.endpoint = endpointFor ? endpointFor(region) : QUrl();
        if (!regional.endpoint.isValid())
            return nullptr;
        auto *client = new ActionTrailClient(network);
        client->setConfig(regional);
        return client;
    };
    auto *lister = new AllRegionsLister(home, clientFor, context);
    // Every region at once as far as the shared slots allow: they count the requests.
    lister->setMaxConcurrent(m_maxConcurrent);
    // Members are many: a member whose first region lists its whole account costs one listing.
    lister->setOneListingWhenAccountWide(true);
    connect(lister, &AllRegionsLister::finished, this,
            [this, generation, index, account](const AllRegionsListing &listing) {
                if (generation == m_generation)
                    memberDone(index, {account, listing, std::nullopt});
            });
    connect(lister, &AllRegionsLister::failed, this,
            [this, generation, index, account](const ApiError &error) {
                if (generation == m_generation)
                    memberDone(index, {account, {}, error});
            });
    lister->start();
}

void AllAccountsLister::memberDone(int index, const AccountTasks &tasks)
{
    if (QPointer<QObject> context = m_active.take(index))
        context->deleteLater();
    const int generation = m_generation;
    if (const auto throttling = throttlingOf(tasks); throttling && !m_throttledOnce.value(index)) {
        // Throttling is the directory's limit, not this account's: every start waits.
        m_throttledOnce.insert(index, true);
        m_queue.prepend(index);
        const RetryPolicy policy
            = m_management ? m_management->config().retryPolicy : RetryPolicy();
        const auto delay = policy.backoff(++m_throttleRounds, *throttling);
        qCDebug(lcApi).noquote() << "All accounts:" << tasks.account.accountId << "throttled,"
                                 << "every account waits" << delay.count() << "ms";
        if (!m_holding) {
            m_holding = true;
            QTimer::singleShot(delay, this, [this, generation] {
                if (generation != m_generation)
                    return;
                m_holding = false;
                launchMore();
                finishIfDone();
            });
        }
        return;
    }
    m_listing.accounts[index] = tasks;
    emit accountListed(tasks);
    if (generation != m_generation)
        return;
    launchMore();
    finishIfDone();
}

void AllAccountsLister::finishIfDone()
{
    if (!m_running || m_holding || !m_queue.isEmpty() || !m_active.isEmpty())
        return;
    m_running = false;
    emit finished(m_listing);
}
