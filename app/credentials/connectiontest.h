#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

class ActionTrailClient;
class CredentialResolver;

/**
 * "Test connection" for one profile: resolves its credentials (keychain read) and lists one
 * backfill task (ListDeliveryHistoryJobs, PageSize 1) at the profile's endpoint. Emits `finished`
 * exactly once on every path, then deletes itself.
 */
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    /** Starts at once; connect to `finished` right away (it is never emitted synchronously). */
    static ConnectionTest *start(QNetworkAccessManager *network, CredentialResolver *resolver,
                                 const QString &profileName, QObject *parent);

signals:
    /** @p message: what was found ("3 backfill tasks ...") or what went wrong and what to do. */
    void finished(const QString &profileName, bool ok, const QString &message);

private:
    ConnectionTest(QNetworkAccessManager *network, QString profileName, QObject *parent);
    void run(CredentialResolver *resolver);
    void finish(bool ok, const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    QString m_profileName;
    ActionTrailClient *m_client = nullptr;
    bool m_finished = false;
};
