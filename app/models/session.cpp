#include "session.h"

#include "allaccountsjobsource.h"
#include "allregionsjobsource.h"
#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "clientjobsource.h"
#include "clienttrailsource.h"
#include "domain/regioncatalog.h"
#include "modelslogging.h"

#include <QNetworkAccessManager>

#include <utility>

Session::Session(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    configureNetworkAccess(m_network);
}

Session::~Session() = default;

JobSource *Session::source() const
{
    return m_source;
}

TrailSource *Session::trailSource() const
{
    return m_trailSource;
}

ActionTrailClient *Session::client() const
{
    return m_client;
}

QUrl Session::endpoint() const
{
    if (!m_endpointOverride.isEmpty())
        return m_endpointOverride;
    if (!m_account.endpoint.isEmpty())
        return m_account.endpoint;
    return endpointForRegion(m_account.region);
}

QUrl Session::endpointForRegion(const QString &regionId) const
{
    const auto given = m_regionEndpoints.constFind(regionId);
    if (given != m_regionEndpoints.constEnd())
        return *given;
    const auto own = m_account.regionEndpoints.constFind(regionId);
    if (own != m_account.regionEndpoints.constEnd())
        return *own;
    return ActionTrailClient::endpointForRegion(regionId);
}

void Session::setAllRegions(bool allRegions)
{
    if (allRegions == m_allRegions)
        return;
    m_allRegions = allRegions;
    const bool leftAllAccounts = allRegions && m_allAccounts;
    if (leftAllAccounts) {
        m_allAccounts = false;
        emit allAccountsChanged(false);
    }
    if (m_source)
        rebuild();
    emit allRegionsChanged(allRegions);
}

void Session::setAllAccounts(bool allAccounts)
{
    if (allAccounts == m_allAccounts)
        return;
    m_allAccounts = allAccounts;
    const bool leftAllRegions = allAccounts && m_allRegions;
    if (leftAllRegions)
        m_allRegions = false;
    if (m_source)
        rebuild();
    if (leftAllRegions)
        emit allRegionsChanged(false);
    emit allAccountsChanged(allAccounts);
}

void Session::setDirectoryEndpoints(const QUrl &sts, const QUrl &resourceManager)
{
    m_stsEndpoint = sts;
    m_resourceManagerEndpoint = resourceManager;
}

JobSource *Session::makeAllAccountsSource()
{
    // Member regions: the region's REGION=URL, else the one endpoint this account is served at
    // (--endpoint, the account's own, an emulator answering for every region), else the
    // region's public endpoint.
    const auto endpointFor = [this](const QString &region) {
        const QUrl serving = m_endpointOverride.isEmpty() ? m_account.endpoint : m_endpointOverride;
        if (m_regionEndpoints.contains(region) || serving.isEmpty())
            return endpointForRegion(region);
        return serving;
    };
    return new AllAccountsJobSource(m_client, endpointFor, this);
}

void Session::connectTo(const SessionAccount &account)
{
    m_account = account;
    const bool wasAllAccounts = std::exchange(m_allAccounts, false);
    // Another account starts in its region; All regions is chosen again if wanted.
    const bool wasAllRegions = m_allRegions;
    m_allRegions = false;
    if (m_account.region.isEmpty())
        m_account.region = RegionCatalog::defaultRegionId();
    rebuild();
    emit accountChanged(m_account);
    emit regionChanged(m_account.region);
    if (wasAllRegions)
        emit allRegionsChanged(false);
    if (wasAllAccounts)
        emit allAccountsChanged(false);
}

void Session::setRegion(const QString &regionId)
{
    if (regionId.isEmpty() || regionId == m_account.region)
        return;
    m_account.region = regionId;
    if (m_source)
        rebuild();
    emit regionChanged(regionId);
}

void Session::rebuild()
{
    // Views drop the old source first; then it and its client go (aborting what they had).
    emit sourceChanged(nullptr);
    emit trailSourceChanged(nullptr);
    delete m_trailSource;
    delete m_source;
    delete m_client;
    m_client = new ActionTrailClient(m_network, this);
    if (m_account.credentials)
        m_client->setCredentialProvider(m_account.credentials);
    else
        m_client->setAccessKey(m_account.accessKey);
    m_client->setSignatureVersion(m_account.signatureVersion);
    m_client->setEndpoint(endpoint());
    // The account's STS was chosen by the resolver (--sts-endpoint, the profile's, the
    // environment); the directory's stands in for accounts without one (the demo, tests).
    const QUrl sts = m_account.stsEndpoint.isEmpty() ? m_stsEndpoint : m_account.stsEndpoint;
    if (!sts.isEmpty())
        m_client->setStsEndpoint(sts);
    if (!m_resourceManagerEndpoint.isEmpty()) {
        ClientConfig config = m_client->config();
        config.resourceManagerEndpoint = m_resourceManagerEndpoint;
        m_client->setConfig(config);
    }
    if (m_allAccounts) {
        m_source = makeAllAccountsSource();
    } else if (m_allRegions) {
        // A client per region, with this account's key and signing; the source owns them.
        const SessionAccount account = m_account;
        const auto clientFor = [this, account](const QString &region) {
            auto *client = new ActionTrailClient(m_network);
            // A profile's account signs with its provider (shared, so a role is assumed once);
            // the fixed key is only the demo's and the tests'.
            if (account.credentials)
                client->setCredentialProvider(account.credentials);
            else
                client->setAccessKey(account.accessKey);
            client->setSignatureVersion(account.signatureVersion);
            client->setEndpoint(endpointForRegion(region));
            return client;
        };
        m_source = new AllRegionsJobSource(m_client, clientFor, this);
    } else {
        m_source = new ClientJobSource(m_client, this);
    }
    // All regions: no one region to be ready in; each trail's own home region is said instead.
    m_trailSource
        = new ClientTrailSource(m_client, m_allRegions ? QString() : m_account.region, this);
    qCInfo(lcModel).noquote() << "session:" << (m_account.demo ? "demo" : "account")
                              << m_account.profileName
                              << (m_allAccounts      ? QStringLiteral("all accounts")
                                      : m_allRegions ? QStringLiteral("all regions")
                                                     : m_account.region)
                              << m_client->endpoint().toString();
    emit sourceChanged(m_source);
    emit trailSourceChanged(m_trailSource);
}
