#pragma once

#include "identitycheck.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ActionTrailClient;
class CredentialResolver;
struct ResolvedCredentials;

/**
 * "Test connection" for one profile: resolves its credentials (keychain read), lists one
 * backfill task (ListDeliveryHistoryJobs, PageSize 1) at the profile's endpoint, then asks STS
 * who signed in (GetCallerIdentity: account, identity type, ARN, expiry). Whether ActionTrail
 * answered decides `ok`; the identity is added to the message. Emits `finished` exactly once on
 * every path, then deletes itself.
 */
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    /** Starts at once; connect to `finished` right away (it is never emitted synchronously). */
    static ConnectionTest *start(QNetworkAccessManager *network, CredentialResolver *resolver,
                                 const QString &profileName, QObject *parent);
    /** Who signed in, once STS answered (read it in a slot connected to `finished`). */
    std::optional<SignedInIdentity> identity() const { return m_identity; }

signals:
    /**
     * @p message: what was found ("3 backfill tasks ...") or what went wrong and what to do,
     * then who signed in, one "Label: value" a line (or why STS did not say).
     */
    void finished(const QString &profileName, bool ok, const QString &message);

private:
    ConnectionTest(QNetworkAccessManager *network, QString profileName, QObject *parent);
    void run(CredentialResolver *resolver);
    void askWhoThisIs(const ResolvedCredentials &credentials, bool ok, const QString &message);
    void finish(bool ok, const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    QString m_profileName;
    ActionTrailClient *m_client = nullptr;
    std::optional<SignedInIdentity> m_identity;
    bool m_finished = false;
};
