#pragma once

#include "credentials/identitycheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class Session;
struct SessionAccount;

/**
 * Who the session's account signs in as, for the status bar: "bb-audit @ 1234…5678, expires
 * 14:32" (the role session's or user's name, the account id elided in the middle, the expiry in
 * local time) and every detail, the full ARN included, for its tooltip.
 *
 * Asks STS GetCallerIdentity whenever the session connects with credentials, and again when
 * they are renewed (a role's new session has a new expiry and may have a new name). Says
 * nothing for the demo, for an account without an STS to ask, or while it does not know; a
 * failure to ask is logged, never shown as an error: the session works without it.
 */
class SessionIdentity : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SessionIdentity(Session *session, QObject *parent = nullptr);

    /** Empty while unknown. */
    QString text() const;
    QString toolTip() const;
    std::optional<SignedInIdentity> identity() const { return m_identity; }

    /** For tests: "now", which decides whether the expiry shows its date. */
    void setClock(Clock clock) { m_clock = std::move(clock); }

signals:
    /** text() or toolTip() changed (both empty: say nothing). */
    void changed(const QString &text, const QString &toolTip);

private:
    void follow(const SessionAccount &account);
    void ask();
    void renewed();

    QPointer<Session> m_session;
    QPointer<IdentityCheck> m_check;
    QMetaObject::Connection m_refreshed;
    std::optional<SignedInIdentity> m_identity;
    Clock m_clock;
};
