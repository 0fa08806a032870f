#pragma once

#include "actiontrailclient.h"
#include "assumerole.h"

/**
 * STS AssumeRole: temporary credentials for a role. Resent freely (it acts on nothing); the
 * parameters were checked against every documented rule before it started.
 */
class AssumeRoleCall : public ApiCall
{
    Q_OBJECT
public:
    AssumeRoleRequest request() const { return m_request; }
signals:
    void finished(const AssumedRole &role);

private:
    friend class ActionTrailClient;
    AssumeRoleCall(ActionTrailClient *client, const AssumeRoleRequest &request);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    AssumeRoleRequest m_request;
};

/** STS GetCallerIdentity: who the credentials in use belong to. */
class GetCallerIdentityCall : public ApiCall
{
    Q_OBJECT
signals:
    void finished(const CallerIdentity &identity);

private:
    friend class ActionTrailClient;
    explicit GetCallerIdentityCall(ActionTrailClient *client);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
};
