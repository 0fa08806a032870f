#pragma once

#include "api/accesskey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

struct EmulatorResponse;

/** How the emulated STS behaves; the defaults let the account's key assume any of its roles. */
struct StsEmulatorSettings
{
    /** The emulated account: role ARNs must name it (another account's role: NoPermission). */
    QString accountId = QStringLiteral("1234567890123456");
    /** Role names that do not exist: EntityNotExist.Role. */
    QStringList deniedRoles;
    /** Role name -> the ExternalId its trust policy requires (a wrong or missing one:
     * NoPermission). */
    QMap<QString, QString> requiredExternalIds;
    /** Issued credentials live at most this many seconds (0: as asked), to exercise refresh. */
    int durationCapSeconds = 0;
    /** What another account's role is to this account's callers. */
    enum class ForeignRole {
        NotTrusted, ///< NoPermission
        Trusted, ///< assumed: the session acts in that account
        Missing, ///< EntityNotExist.Role
    };
    /**
     * The answer for acs:ram::<accountId>:role/<roleName> of another account (a resource
     * directory's member roles trust their management account); empty: every such role is
     * NotTrusted.
     */
    std::function<ForeignRole(const QString &accountId, const QString &roleName)> foreignRole;
};

/** Temporary credentials the emulated STS issued, and for whom. */
struct IssuedSession
{
    AccessKey key;
    qint64 expiresAt = 0; ///< seconds since the epoch
    QString roleArn;
    QString roleName;
    QString sessionName;
    QString roleId;
};

/**
 * STS 2015-04-01 as the emulator speaks it: AssumeRole (the documented parameter rules and error
 * codes) and GetCallerIdentity. Issued credentials are "STS."-prefixed keys with a secret and a
 * SecurityToken that EmulatorProtocol accepts on every product until they expire. Memory is
 * bounded: sessions expired an hour ago are forgotten, and at most maxSessions are kept.
 */
class StsEmulator
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr const char *apiVersion = "2015-04-01";
    static constexpr int maxSessions = 10000;

    StsEmulator(StsEmulatorSettings settings, Clock clock);

    /** The issued session with this key id, or nullptr. */
    const IssuedSession *session(const QString &keyId) const;
    /** Role names that do not exist from now on (sessions already issued stay valid). */
    void setDeniedRoles(const QStringList &roles) { m_settings.deniedRoles = roles; }
    /** How many issued sessions are remembered (for memory-bound tests). */
    int sessionCount() const { return int(m_sessions.size()); }

    /**
     * One STS request, already authenticated: `caller` is the session that signed it, or nullptr
     * for the account's own key (a RAM user).
     */
    EmulatorResponse handle(const QString &action, const QMap<QString, QString> &parameters,
                            const IssuedSession *caller, const QByteArray &host);

private:
    EmulatorResponse assumeRole(const QMap<QString, QString> &parameters, const QByteArray &host);
    EmulatorResponse getCallerIdentity(const IssuedSession *caller);
    void forgetOldSessions(qint64 now);

    StsEmulatorSettings m_settings;
    Clock m_clock;
    QHash<QString, IssuedSession> m_sessions;
};
