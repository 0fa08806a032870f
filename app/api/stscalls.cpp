#include "stscalls.h"

#include "responseparser.h"

namespace {
QMap<QString, QString> assumeRoleParameters(const AssumeRoleRequest &request)
{
    QMap<QString, QString> parameters {
        {QStringLiteral("RoleArn"), request.roleArn},
        {QStringLiteral("RoleSessionName"), request.roleSessionName},
    };
    if (request.durationSeconds != 0)
        parameters.insert(QStringLiteral("DurationSeconds"),
                          QString::number(request.durationSeconds));
    if (!request.externalId.isEmpty())
        parameters.insert(QStringLiteral("ExternalId"), request.externalId);
    if (!request.policy.isEmpty())
        parameters.insert(QStringLiteral("Policy"), request.policy);
    return parameters;
}
} // namespace

AssumeRoleCall::AssumeRoleCall(ActionTrailClient *client, const AssumeRoleRequest &request)
    : ApiCall(client, QStringLiteral("AssumeRole"), assumeRoleParameters(request), Effect::Read,
              ApiProduct::Sts)
    , m_request(request)
{ }

std::optional<ApiError> AssumeRoleCall::deliver(const QByteArray &body, const QString &)
{
    AssumedRole role;
    if (auto error = ResponseParser::parseAssumedRole(body, &role))
        return error;
    noteRequestId(role.requestId);
    emit finished(role);
    return std::nullopt;
}

GetCallerIdentityCall::GetCallerIdentityCall(ActionTrailClient *client)
    : ApiCall(client, QStringLiteral("GetCallerIdentity"), {}, Effect::Read, ApiProduct::Sts)
{ }

std::optional<ApiError> GetCallerIdentityCall::deliver(const QByteArray &body, const QString &)
{
    CallerIdentity identity;
    if (auto error = ResponseParser::parseCallerIdentity(body, &identity))
        return error;
    noteRequestId(identity.requestId);
    emit finished(identity);
    return std::nullopt;
}

AssumeRoleCall *ActionTrailClient::assumeRole(const AssumeRoleRequest &request)
{
    AssumeRoleRequest checked = request;
    if (checked.roleSessionName.isEmpty())
        checked.roleSessionName = Sts::defaultSessionName(config().now());
    auto *call = new AssumeRoleCall(this, checked);
    if (const auto problem = Sts::check(checked)) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.code = problem->code;
        error.action = call->action();
        error.detail = problem->message;
        // Reported from the event loop like every other completion, nothing sent.
        QMetaObject::invokeMethod(
            call, [call, error] { call->completeWithError(error); }, Qt::QueuedConnection);
        return call;
    }
    call->start();
    return call;
}

GetCallerIdentityCall *ActionTrailClient::getCallerIdentity()
{
    auto *call = new GetCallerIdentityCall(this);
    call->start();
    return call;
}
