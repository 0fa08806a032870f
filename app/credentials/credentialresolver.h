#pragma once

#include "aliyunchain.h"
#include "aliyunconfig.h"
#include "api/clientconfig.h"
#include "api/credentialprovider.h"
#include "api/requestsigner.h"
#include "profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class ProfileStore;
class SecretStore;

/** Where the credentials of a request came from, in order of precedence. */
enum class CredentialSource {
    ExplicitProfile, ///< `--profile NAME` or the profile selected in the UI
    Environment, ///< ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET (/ _SECURITY_TOKEN)
    EnvironmentProfile, ///< the profile named by ALIBABA_CLOUD_PROFILE
    DefaultProfile, ///< the profile marked as default
    AliyunCurrentProfile, ///< the aliyun CLI's current profile (or its INI file's "default")
};

/** What a successful resolution gives the API client. */
struct ResolvedCredentials
{
    CredentialSource source = CredentialSource::DefaultProfile;
    /** Empty for CredentialSource::Environment. */
    QString profileName;
    /**
     * Signs every request of the session. Shared: the session's clients and any client that
     * assumes a role with it hold it; nothing else owns it. It never has a QObject parent.
     */
    std::shared_ptr<CredentialProvider> provider;
    QString region;
    /** Empty: derive from the region. */
    QUrl endpoint;
    /** The profile's own endpoints of some regions (VPC, private), used instead of the public. */
    QMap<QString, QUrl> regionEndpoints;
    /**
     * Where STS answers for these credentials (GetCallerIdentity, a role's AssumeRole), by
     * StsEndpointChoice's rule; empty when the settings name none that may be used.
     */
    QUrl stsEndpoint;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool sessionOnly = false;
    /** Set when the profile is the aliyun CLI's (config.json or the INI file), not ours. */
    QString aliyunFile;

    /** For the UI and `--verbose`, e.g. `profile "prod" (--profile)`; never shows the secret. */
    QString describeSource() const;
    /** The key id that signs now, or the source key of a role (never the secret); may be empty. */
    QString accessKeyId() const;
};

Q_DECLARE_METATYPE(ResolvedCredentials)

/** Which source a request would use, decided without touching the keychain. */
struct CredentialChoice
{
    bool ok = false;
    CredentialSource source = CredentialSource::DefaultProfile;
    /** The profile to read (empty for the environment). */
    QString profileName;
    /** Why no source can be used (when !ok). */
    QString error;
    /** Set when the winner is one of the aliyun CLI's profiles rather than one of ours. */
    std::optional<AliyunProfile> aliyunProfile;

    QString describeSource() const;
};

/**
 * One resolution. Emits `finished` exactly once (reading a secret from the keychain is
 * asynchronous), then deletes itself.
 */
class CredentialRequest : public QObject
{
    Q_OBJECT

public:
    bool succeeded() const { return m_succeeded; }
    /** Valid when succeeded(). */
    ResolvedCredentials credentials() const { return m_credentials; }
    /** Translated, actionable text when !succeeded(). */
    QString errorString() const { return m_errorString; }
    /** True when the failure came from the keychain (no service, locked, ...). */
    bool isKeychainFailure() const { return m_keychainFailure; }

signals:
    void finished(CredentialRequest *request);

private:
    friend class CredentialResolver;
    explicit CredentialRequest(QObject *parent);
    void succeed(const ResolvedCredentials &credentials);
    void fail(const QString &error, bool keychainFailure = false);

    ResolvedCredentials m_credentials;
    QString m_errorString;
    bool m_succeeded = false;
    bool m_keychainFailure = false;
    bool m_finished = false;
};

/**
 * THE place that decides which credentials a request uses, in the order the official
 * credential libraries use:
 *   explicit profile > ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/_SECURITY_TOKEN > ALIBABA_CLOUD_PROFILE
 *   > the default profile > the aliyun CLI's current profile (AliyunChain).
 * A profile name (explicit or from ALIBABA_CLOUD_PROFILE) that is not ours is looked up among
 * the aliyun CLI's profiles. The environment variables are read with the CLI's aliases
 * (AliyunEnvironment).
 * A source that is present but broken (only half of the key pair in the environment, a profile
 * name that does not exist, a missing secret) is an error, never a silent fall-through to the
 * next source. ALIBABA_CLOUD_REGION_ID gives the region when the winner has none.
 * The environment is injected so tests can drive every row of the precedence table.
 */
class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    CredentialResolver(ProfileStore *profiles, SecretStore *secrets,
                       const QProcessEnvironment &environment, QObject *parent = nullptr);

    /**
     * How role profiles reach STS: the network and the settings of their AssumeRole calls
     * (retries, deadline, timeouts, clock; the source credentials and the STS endpoint are
     * filled in per profile). Without it a role profile resolves to an error.
     */
    void setStsAccess(QNetworkAccessManager *network, const ClientConfig &settings);
    /** `--sts-endpoint` (host or URL): wins over the profiles' and the environment's. */
    void setStsEndpointOverride(const QString &endpoint);

    /** @p explicitProfile: `--profile` / the UI selection; empty when none was given. */
    CredentialRequest *resolve(const QString &explicitProfile = {});
    /**
     * The precedence decision alone (synchronous, no secret read): what resolve() will use.
     * For "which account is in use" labels and `profile list`.
     */
    CredentialChoice choose(const QString &explicitProfile = {}) const;

    /**
     * The profiles a role profile's credentials come from, itself first ("a", "b", "c" when a
     * assumes a role with b's, and b with c's); empty with `why` set for a missing source or a
     * cycle (the chain named).
     */
    QStringList sourceChain(const QString &name, QString *why) const;
    /** The same over any set of profiles (`lookup` answers nullopt for a missing name). */
    static QStringList
    sourceChain(const QString &name,
                const std::function<std::optional<Profile>(const QString &)> &lookup, QString *why);

    /** For tests: a short limit on External programs and credential fetches. */
    void setAliyunLimits(const AliyunResolution::Limits &limits) { m_aliyunLimits = limits; }

private:
    using ProviderDone
        = std::function<void(std::shared_ptr<CredentialProvider>, const QString &, bool)>;
    void resolveProfile(CredentialRequest *request, const QString &name, CredentialSource source);
    /** Builds the provider of `profile` (reading secrets as needed); `done` is called once. */
    void buildProvider(const Profile &profile, QObject *context, ProviderDone done);
    void resolveAliyunProfile(CredentialRequest *request, const CredentialChoice &choice);
    /** StsEndpointChoice with --sts-endpoint and the environment; empty when it is refused. */
    QUrl stsEndpointFor(const QString &profileEndpoint, const QString &profileRegion) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QProcessEnvironment m_environment;
    QPointer<QNetworkAccessManager> m_network;
    ClientConfig m_stsSettings;
    QString m_stsEndpointOverride;
    AliyunResolution::Limits m_aliyunLimits;
};
