#include "session.h"

#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "clientjobsource.h"
#include "clienttrailsource.h"
#include "domain/regioncatalog.h"
#include "modelslogging.h"

#include <QNetworkAccessManager>

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
    return ActionTrailClient::endpointForRegion(m_account.region);
}

void Session::connectTo(const SessionAccount &account)
{
    m_account = account;
    if (m_account.region.isEmpty())
        m_account.region = RegionCatalog::defaultRegionId();
    rebuild();
    emit accountChanged(m_account);
    emit regionChanged(m_account.region);
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
    m_client->setAccessKey(m_account.accessKey);
    m_client->setSignatureVersion(m_account.signatureVersion);
    m_client->setEndpoint(endpoint());
    m_source = new ClientJobSource(m_client, this);
    m_trailSource = new ClientTrailSource(m_client, m_account.region, this);
    qCInfo(lcModel).noquote() << "session:" << (m_account.demo ? "demo" : "account")
                              << m_account.profileName << m_account.region
                              << m_client->endpoint().toString();
    emit sourceChanged(m_source);
    emit trailSourceChanged(m_trailSource);
}
