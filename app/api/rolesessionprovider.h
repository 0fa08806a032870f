#pragma once

#include "assumerole.h"
#include "clientconfig.h"
#include "credentialprovider.h"

#include <QPointer>

class ActionTrailClient;
class QNetworkAccessManager;

/**
 * Credentials of a RAM role, assumed through STS AssumeRole with the credentials of a source
 * provider (an AccessKey, or another role: chains of any depth). Kept in memory only.
 *
 * Each refresh assumes the role anew (a new session name when none is fixed); ApiCall asks for
 * one when CredentialProvider::refreshMargin or less remains. A failed refresh keeps the session
 * held while it is valid. The STS calls go through an ActionTrailClient of its own, with the
 * given settings (retries, deadline, clock, STS endpoint) and the source as its signer.
 */
class RoleSessionProvider : public CredentialProvider
{
    Q_OBJECT

public:
    /** `stsSettings.credentials` is the source; `stsSettings.stsEndpoint` where STS is. */
    RoleSessionProvider(QNetworkAccessManager *network, const ClientConfig &stsSettings,
                        const AssumeRoleRequest &role, QObject *parent = nullptr);
    ~RoleSessionProvider() override;

    QString describe() const override;
    AssumeRoleRequest role() const { return m_role; }
    /** What the last AssumeRole answered (ARN of the session, ...); empty before the first. */
    AssumedRole session() const { return m_session; }
    std::shared_ptr<CredentialProvider> source() const;

protected:
    void startRefresh() override;

private:
    ActionTrailClient *m_client;
    AssumeRoleRequest m_role;
    AssumedRole m_session;
};
