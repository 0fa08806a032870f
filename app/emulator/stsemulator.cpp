#include "stsemulator.h"

#include "api/assumerole.h"
#include "domain/utctime.h"
#include "emulatorpolicy.h"
#include "emulatorprotocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace {
EmulatorResponse problem(int status, const QString &code, const QString &message,
                         const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(status, code, message, host);
}

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

EmulatorResponse success(QJsonObject body)
{
    EmulatorResponse response;
    response.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    body.insert(QStringLiteral("RequestId"), response.requestId);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

/** A stable numeric id for a name, as RAM's ids look (digits). */
QString numericId(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(hash.at(i));
    return QString::number(300000000000000000ULL + value % 100000000000000000ULL);
}
} // namespace

StsEmulator::StsEmulator(StsEmulatorSettings settings, Clock clock)
    : m_settings(std::move(settings))
    , m_clock(std::move(clock))
{ }

const IssuedSession *StsEmulator::session(const QString &keyId) const
{
    const auto it = m_sessions.constFind(keyId);
    return it == m_sessions.constEnd() ? nullptr : &it.value();
}

EmulatorResponse StsEmulator::handle(const QString &action,
                                     const QMap<QString, QString> &parameters,
                                     const IssuedSession *caller, const QByteArray &host)
{
    if (action == QLatin1String("AssumeRole"))
        return assumeRole(parameters, host);
    if (action == QLatin1String("GetCallerIdentity"))
        return getCallerIdentity(caller);
    const auto &shape = EmulatorPolicy::apiNotFound;
    return problem(shape.httpStatus, QString::fromLatin1(shape.code),
                   QString::fromLatin1(shape.message), host);
}

EmulatorResponse StsEmulator::assumeRole(const QMap<QString, QString> &parameters,
                                         const QByteArray &host)
{
    const auto invalid
        = [&host](const AssumeRoleProblem &p) { return problem(400, p.code, p.message, host); };
    AssumeRoleRequest request;
    request.roleArn = parameters.value(QStringLiteral("RoleArn"));
    request.roleSessionName = parameters.value(QStringLiteral("RoleSessionName"));
    request.externalId = parameters.value(QStringLiteral("ExternalId"));
    request.policy = parameters.value(QStringLiteral("Policy"));
    if (auto p = Sts::checkRoleArn(request.roleArn))
        return invalid(*p);
    if (auto p = Sts::checkSessionName(request.roleSessionName))
        return invalid(*p);
    int duration = Sts::defaultDurationSeconds;
    if (parameters.contains(QStringLiteral("DurationSeconds"))) {
        bool ok = false;
        duration = parameters.value(QStringLiteral("DurationSeconds")).toInt(&ok);
        // Sent at all, it must be in range (0 is only our own "not sent").
        if (!ok || duration < Sts::minDurationSeconds || duration > Sts::maxDurationSeconds)
            return invalid(*Sts::checkDuration(-1));
    }
    if (auto p = Sts::checkExternalId(request.externalId))
        return invalid(*p);
    if (auto p = Sts::checkPolicy(request.policy))
        return invalid(*p);

    const QString roleName = Sts::roleNameOfRoleArn(request.roleArn);
    const QString roleAccount = Sts::accountIdOfRoleArn(request.roleArn);
    using ForeignRole = StsEmulatorSettings::ForeignRole;
    const ForeignRole foreign = roleAccount == m_settings.accountId ? ForeignRole::Trusted
        : m_settings.foreignRole ? m_settings.foreignRole(roleAccount, roleName)
                                 : ForeignRole::NotTrusted;
    if (foreign == ForeignRole::NotTrusted
        || (m_settings.requiredExternalIds.contains(roleName)
            && m_settings.requiredExternalIds.value(roleName) != request.externalId)) {
        return problem(403, QStringLiteral("NoPermission"),
                       QStringLiteral("You are not authorized to do this action. You should be "
                                      "authorized by RAM."),
                       host);
    }
    if (foreign == ForeignRole::Missing
        || m_settings.deniedRoles.contains(roleName, Qt::CaseInsensitive))
        return problem(404, QStringLiteral("EntityNotExist.Role"),
                       QStringLiteral("The specified Role not exists: %1").arg(roleName), host);

    const qint64 now = m_clock().toSecsSinceEpoch();
    forgetOldSessions(now);
    if (m_settings.durationCapSeconds > 0)
        duration = std::min(duration, m_settings.durationCapSeconds);
    IssuedSession session;
    session.key.id = QStringLiteral("STS.") + randomText(20);
    session.key.secret = randomText(32);
    // Real tokens run to many hundred bytes and have no fixed length: so do these.
    session.key.securityToken = QStringLiteral("CAIS") + randomText(420 + int(now % 7) * 24);
    session.expiresAt = now + duration;
    session.roleArn = request.roleArn;
    session.roleName = roleName;
    session.sessionName = request.roleSessionName;
    session.roleId = numericId(request.roleArn);
    m_sessions.insert(session.key.id, session);

    const QString assumedArn = QStringLiteral("acs:ram::%1:assumed-role/%2/%3")
                                   .arg(roleAccount, roleName, session.sessionName);
    return success({
        {QStringLiteral("AssumedRoleUser"),
         QJsonObject {{QStringLiteral("Arn"), assumedArn},
                      {QStringLiteral("AssumedRoleId"),
                       session.roleId + QLatin1Char(':') + session.sessionName}}},
        {QStringLiteral("Credentials"),
         QJsonObject {{QStringLiteral("AccessKeyId"), session.key.id},
                      {QStringLiteral("AccessKeySecret"), session.key.secret},
                      {QStringLiteral("SecurityToken"), session.key.securityToken},
                      {QStringLiteral("Expiration"),
                       QString::fromLatin1(UtcTime::bytes(session.expiresAt))}}},
    });
}

EmulatorResponse StsEmulator::getCallerIdentity(const IssuedSession *caller)
{
    if (!caller) {
        const QString userId = numericId(QStringLiteral("user/backfill-emulator"));
        return success({
            {QStringLiteral("AccountId"), m_settings.accountId},
            {QStringLiteral("IdentityType"), QStringLiteral("RAMUser")},
            {QStringLiteral("Arn"),
             QStringLiteral("acs:ram::%1:user/backfill-emulator").arg(m_settings.accountId)},
            {QStringLiteral("PrincipalId"), userId},
            {QStringLiteral("UserId"), userId},
        });
    }
    // A member role's session is that member account's identity.
    const QString account = Sts::accountIdOfRoleArn(caller->roleArn);
    return success({
        {QStringLiteral("AccountId"), account},
        {QStringLiteral("IdentityType"), QStringLiteral("AssumedRoleUser")},
        {QStringLiteral("Arn"),
         QStringLiteral("acs:ram::%1:assumed-role/%2/%3")
             .arg(account, caller->roleName, caller->sessionName)},
        {QStringLiteral("PrincipalId"), caller->roleId + QLatin1Char(':') + caller->sessionName},
        {QStringLiteral("RoleId"), caller->roleId},
    });
}

void StsEmulator::forgetOldSessions(qint64 now)
{
    // Expired sessions are kept an hour, so that their use still answers "expired".
    constexpr qint64 rememberExpiredSeconds = 3600;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->expiresAt > rememberExpiredSeconds)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    while (m_sessions.size() >= maxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->expiresAt < oldest->expiresAt)
                oldest = it;
        }
        m_sessions.erase(oldest);
    }
}
