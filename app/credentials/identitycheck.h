#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class ActionTrailClient;
class QNetworkAccessManager;

/**
 * Who a set of credentials signs in as, from STS GetCallerIdentity, with when they expire. The
 * service's strings are claims: they are made safe to show (control characters escaped) when the
 * value is built, so every reader may show them as they are.
 */
struct SignedInIdentity
{
    QString accountId;
    /** "Account", "RAMUser" or "AssumedRoleUser". */
    QString identityType;
    /** acs:ram::ACCOUNT:root, ...:user/NAME or ...:assumed-role/ROLE/SESSION */
    QString arn;
    /** When the credentials stop working (UTC); null for a long-term AccessKey. */
    QDateTime expiration;
    /** What signs, for people ("role acs:ram::…:role/x via AccessKey LTAI****1234"). */
    QString via;

    /** The role session's name, the RAM user's name, or "root" for the account itself. */
    QString principalName() const;
    /** "1234…5678": enough to tell accounts apart in a status bar, short enough to fit. */
    QString elidedAccountId() const;
    /** Label and value, in the order people read them: Account, Identity, ARN, Expires, Via. */
    QList<QPair<QString, QString>> details() const;
};

Q_DECLARE_METATYPE(SignedInIdentity)

/**
 * One "who am I": STS GetCallerIdentity signed with `settings.credentials` at
 * `settings.stsEndpoint`. Emits `finished` exactly once, never synchronously, then deletes itself.
 * The CLI's `profile test`, the Accounts dialog's Test Connection and the status bar all ask
 * through it.
 */
class IdentityCheck : public QObject
{
    Q_OBJECT

public:
    static IdentityCheck *start(QNetworkAccessManager *network, const ClientConfig &settings,
                                QObject *parent);

    bool succeeded() const { return m_succeeded; }
    /** Valid when succeeded(). */
    SignedInIdentity identity() const { return m_identity; }
    /** Set when !succeeded(). */
    ApiError error() const { return m_error; }

signals:
    void finished(IdentityCheck *check);

private:
    IdentityCheck(QNetworkAccessManager *network, const ClientConfig &settings, QObject *parent);
    void finish();

    ActionTrailClient *m_client;
    SignedInIdentity m_identity;
    ApiError m_error;
    bool m_succeeded = false;
    bool m_finished = false;
};
