#include "rolesessionprovider.h"

#include "actiontrailclient.h"
#include "apilogging.h"
#include "stscalls.h"

#include "domain/utctime.h"

RoleSessionProvider::RoleSessionProvider(QNetworkAccessManager *network,
                                         const ClientConfig &stsSettings,
                                         const AssumeRoleRequest &role, QObject *parent)
    : CredentialProvider(parent)
    , m_client(new ActionTrailClient(network, this))
    , m_role(role)
{
    m_client->setConfig(stsSettings);
    setClock(stsSettings.clock);
}

RoleSessionProvider::~RoleSessionProvider() = default;

std::shared_ptr<CredentialProvider> RoleSessionProvider::source() const
{
    return m_client->credentialProvider();
}

QString RoleSessionProvider::describe() const
{
    const std::shared_ptr<CredentialProvider> from = source();
    QString text
        = tr("role %1 via %2").arg(m_role.roleArn, from ? from->describe() : tr("no credentials"));
    if (const std::optional<Credentials> held = last(); held && !held->expiration.isNull())
        text += tr(", session expires %1").arg(UtcTime::format(held->expiration));
    return text;
}

void RoleSessionProvider::startRefresh()
{
    qCDebug(lcApi).noquote() << "assuming" << m_role.roleArn;
    AssumeRoleCall *call = m_client->assumeRole(m_role);
    connect(call, &AssumeRoleCall::finished, this, [this](const AssumedRole &session) {
        m_session = session;
        qCDebug(lcApi).noquote() << "assumed" << session.arn << "until"
                                 << UtcTime::format(session.credentials.expiration);
        deliver(session.credentials);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) { fail(error); });
}
