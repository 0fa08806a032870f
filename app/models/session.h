#pragma once

#include "api/accesskey.h"
#include "api/credentialprovider.h"
#include "api/requestsigner.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ActionTrailClient;
class ClientJobSource;
class ClientTrailSource;
class JobSource;
class QNetworkAccessManager;
class TrailSource;

/** Which account the session talks to, and how. */
struct SessionAccount
{
    QString profileName; ///< empty for the environment's keys and the demo
    /** What signs the session's requests (shared with nobody else's session). */
    std::shared_ptr<CredentialProvider> credentials;
    /** A fixed key, for the demo and tests: used when `credentials` is null. */
    AccessKey accessKey;
    QString region;
    /** The account's own endpoint (private, VPC, an emulator); empty: the region's public one. */
    QUrl endpoint;
    /** The account's endpoints of some regions (its profile's), used instead of the public ones. */
    QMap<QString, QUrl> regionEndpoints;
    /** Where STS answers for these credentials (who they are); empty: nobody is asked. */
    QUrl stsEndpoint;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool demo = false;
};

/**
 * The active identity and what talks to the service for it: the network, the ActionTrail client
 * and the JobSource and TrailSource over it. Whenever the account or the region changes, the client
 * and source are built anew and sourceChanged() says so, so a changed key or endpoint always takes
 * effect and nothing keeps a stale client. GUI-free; the window only sees the JobSource.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /** The network every request of the app goes through (proxies from the environment). */
    QNetworkAccessManager *network() const { return m_network; }

    /** --endpoint: wins over every account's and region's endpoint while set. */
    void setEndpointOverride(const QUrl &endpoint) { m_endpointOverride = endpoint; }
    QUrl endpointOverride() const { return m_endpointOverride; }
    /** --endpoint REGION=URL: a region's endpoint instead of its public one (VPC, private). */
    void setRegionEndpoints(const QMap<QString, QUrl> &endpoints) { m_regionEndpoints = endpoints; }
    /**
     * The endpoint of `regionId` for this account: the command line's REGION=URL, else the
     * account's own for that region, else its public one.
     */
    QUrl endpointForRegion(const QString &regionId) const;

    /**
     * All regions: the source lists every region the account's trails live in (a Region column
     * shows where each task was listed); false: the session's region only. Rebuilds the source.
     */
    void setAllRegions(bool allRegions);
    bool isAllRegions() const { return m_allRegions; }

    /**
     * All accounts: the source lists the tasks of every member account of the resource directory
     * the account manages (AllAccountsJobSource; Account and Region columns); false: this
     * account only. Rebuilds the source; All regions is left.
     */
    void setAllAccounts(bool allAccounts);
    bool isAllAccounts() const { return m_allAccounts; }
    /** --sts-endpoint and --resourcemanager-endpoint (empty: the services' public ones). */
    void setDirectoryEndpoints(const QUrl &sts, const QUrl &resourceManager);

    /** Connects (again) with `account`: a new client and source, even if nothing changed. */
    void connectTo(const SessionAccount &account);
    /** Another region of the same account (the account's fixed endpoint, if any, stays). */
    void setRegion(const QString &regionId);

    bool isConnected() const { return !m_source.isNull(); }
    bool isDemo() const { return m_account.demo; }
    SessionAccount account() const { return m_account; }
    QString region() const { return m_account.region; }
    /** The endpoint requests go to now. */
    QUrl endpoint() const;
    JobSource *source() const;
    /** The trails of the same account and region (nullptr while not connected). */
    TrailSource *trailSource() const;
    ActionTrailClient *client() const;

signals:
    /** The source to list from changed (nullptr while it is being rebuilt). */
    void sourceChanged(JobSource *source);
    /** The trail source changed with the job source (nullptr while it is being rebuilt). */
    void trailSourceChanged(TrailSource *source);
    void regionChanged(const QString &regionId);
    void allRegionsChanged(bool allRegions);
    void allAccountsChanged(bool allAccounts);
    void accountChanged(const SessionAccount &account);

private:
    void rebuild();
    JobSource *makeAllAccountsSource();

    QNetworkAccessManager *m_network;
    QPointer<ActionTrailClient> m_client;
    QPointer<JobSource> m_source;
    QPointer<ClientTrailSource> m_trailSource;
    SessionAccount m_account;
    QUrl m_endpointOverride;
    QMap<QString, QUrl> m_regionEndpoints;
    bool m_allRegions = false;
    bool m_allAccounts = false;
    QUrl m_stsEndpoint;
    QUrl m_resourceManagerEndpoint;
};
