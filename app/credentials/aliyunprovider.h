#pragma once

#include "aliyunchain.h"
#include "aliyunconfig.h"
#include "api/clientconfig.h"
#include "api/credentialprovider.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

class QNetworkAccessManager;

/**
 * An aliyun CLI profile that holds or fetches its own credentials (AK, StsToken, External,
 * CredentialsURI, CloudSSO) as a CredentialProvider: each refresh asks the source again
 * (AliyunResolution) with the profile as the CLI's files hold it then, so a key rotated or a
 * sign-in renewed with `aliyun configure` is followed. Kept in memory only.
 */
class AliyunCredentialProvider : public CredentialProvider
{
    Q_OBJECT

public:
    AliyunCredentialProvider(const AliyunProfile &profile, const QProcessEnvironment &environment,
                             QNetworkAccessManager *network, const AliyunResolution::Limits &limits,
                             QObject *parent = nullptr);

    QString describe() const override;

protected:
    void startRefresh() override;

private:
    AliyunProfile m_profile;
    QProcessEnvironment m_environment;
    QPointer<QNetworkAccessManager> m_network;
    AliyunResolution::Limits m_limits;
    bool m_started = false;
};

/**
 * Builds the provider of one aliyun CLI profile: its source chain (AliyunChain::sourceChain),
 * the root's own credentials fetched once so that a broken source is reported now, and a
 * RoleSessionProvider for each RamRoleArn / ChainableRamRoleArn link, assumed when first
 * needed. Emits `finished` exactly once, never before control returns to the event loop, then
 * deletes itself.
 */
class AliyunProviderBuild : public QObject
{
    Q_OBJECT

public:
    /** Null on failure. */
    std::shared_ptr<CredentialProvider> provider() const { return m_provider; }
    QString errorString() const { return m_errorString; }

signals:
    void finished(AliyunProviderBuild *build);

private:
    friend struct AliyunProviderFactory;
    explicit AliyunProviderBuild(QObject *parent);
    void finish(std::shared_ptr<CredentialProvider> provider, const QString &error);

    std::shared_ptr<CredentialProvider> m_provider;
    QString m_errorString;
    bool m_done = false;
};

/** What building an aliyun CLI profile's provider needs from CredentialResolver. */
struct AliyunProviderFactory
{
    QProcessEnvironment environment;
    QNetworkAccessManager *network = nullptr;
    /** Retries, deadline, timeouts and clock of AssumeRole calls. */
    ClientConfig stsSettings;
    /** `--sts-endpoint`; empty when not given. */
    QString stsEndpointOverride;
    AliyunResolution::Limits limits;

    AliyunProviderBuild *start(const AliyunProfile &profile, QObject *parent) const;

private:
    /** The role of @p link assumed with @p source; null with @p error set. */
    std::shared_ptr<CredentialProvider> assumeRole(const AliyunProfile &link,
                                                   std::shared_ptr<CredentialProvider> source,
                                                   QString *error) const;
};
