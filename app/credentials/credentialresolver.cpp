#include "credentialresolver.h"

#include "aliyunenvironment.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {
const QString envKeyId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString envSecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
} // namespace

QString ResolvedCredentials::describeSource() const
{
    if (!aliyunFile.isEmpty()) {
        const QString how = source == CredentialSource::ExplicitProfile
            ? QCoreApplication::translate("CredentialResolver", "selected explicitly")
            : source == CredentialSource::EnvironmentProfile
            ? QCoreApplication::translate("CredentialResolver", "from ALIBABA_CLOUD_PROFILE")
            : QCoreApplication::translate("CredentialResolver", "the aliyun CLI's current profile");
        return QCoreApplication::translate("CredentialResolver",
                                           "aliyun CLI profile \"%1\" in %2 (%3)")
            .arg(profileName, aliyunFile, how);
    }
    switch (source) {
    case CredentialSource::ExplicitProfile:
        return QCoreApplication::translate("CredentialResolver",
                                           "profile \"%1\" (selected explicitly)")
            .arg(profileName);
    case CredentialSource::Environment:
        return accessKey.isSts()
            ? QCoreApplication::translate(
                "CredentialResolver",
                "environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN)")
            : QCoreApplication::translate("CredentialResolver",
                                          "environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, "
                                          "ALIBABA_CLOUD_ACCESS_KEY_SECRET)");
    case CredentialSource::EnvironmentProfile:
        return QCoreApplication::translate("CredentialResolver",
                                           "profile \"%1\" (from ALIBABA_CLOUD_PROFILE)")
            .arg(profileName);
    case CredentialSource::DefaultProfile:
    case CredentialSource::AliyunCurrentProfile:
        return QCoreApplication::translate("CredentialResolver",
                                           "profile \"%1\" (the default profile)")
            .arg(profileName);
    }
    return {};
}

QString CredentialChoice::describeSource() const
{
    ResolvedCredentials described;
    described.source = source;
    described.profileName = profileName;
    if (aliyunProfile)
        described.aliyunFile = aliyunProfile->sourceFile;
    return described.describeSource();
}

CredentialRequest::CredentialRequest(QObject *parent)
    : QObject(parent)
{ }

void CredentialRequest::succeed(const ResolvedCredentials &credentials)
{
    if (m_finished)
        return;
    m_finished = true;
    m_succeeded = true;
    m_credentials = credentials;
    qCDebug(lcCredentials).noquote()
        << "credentials from" << credentials.describeSource() << "key id"
        << Profiles::maskAccessKeyId(credentials.accessKey.id);
    emit finished(this);
    deleteLater();
}

void CredentialRequest::fail(const QString &error, bool keychainFailure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorString = error;
    m_keychainFailure = keychainFailure;
    emit finished(this);
    deleteLater();
}

CredentialResolver::CredentialResolver(ProfileStore *profiles, SecretStore *secrets,
                                       const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_environment(environment)
{ }

void CredentialResolver::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
}

CredentialChoice CredentialResolver::choose(const QString &explicitProfile) const
{
    CredentialChoice choice;
    const auto fail = [&choice](const QString &error) {
        choice.ok = false;
        choice.error = error;
        return choice;
    };
    const auto useProfile = [&](const QString &name, CredentialSource source) {
        choice.source = source;
        choice.profileName = name;
        if (!m_profiles || !m_profiles->contains(name)) {
            if (AliyunChain::chooseNamed(m_environment, name, &choice))
                return choice;
            return fail(tr("There is no profile named \"%1\"%2, neither ours nor the aliyun "
                           "CLI's. See the list with backfill-browser profile list.")
                            .arg(name,
                                 source == CredentialSource::EnvironmentProfile
                                     ? tr(" (named by %1)")
                                           .arg(AliyunEnvironment::profile(m_environment).variable)
                                     : QString()));
        }
        choice.ok = true;
        return choice;
    };

    if (!explicitProfile.isEmpty())
        return useProfile(explicitProfile, CredentialSource::ExplicitProfile);

    const QString keyId = AliyunEnvironment::accessKeyId(m_environment).value;
    const QString secret = AliyunEnvironment::accessKeySecret(m_environment).value;
    if (!keyId.isEmpty() || !secret.isEmpty()) {
        choice.source = CredentialSource::Environment;
        if (keyId.isEmpty() || secret.isEmpty()) {
            return fail(tr("%1 is not set, but its partner is: set both "
                           "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or "
                           "unset both to use a profile.")
                            .arg(keyId.isEmpty() ? envKeyId : envSecret));
        }
        choice.ok = true;
        return choice;
    }

    const QString profileFromEnvironment = AliyunEnvironment::profile(m_environment).value;
    if (!profileFromEnvironment.isEmpty())
        return useProfile(profileFromEnvironment, CredentialSource::EnvironmentProfile);

    const QString defaultName = m_profiles ? m_profiles->defaultProfileName() : QString();
    if (!defaultName.isEmpty())
        return useProfile(defaultName, CredentialSource::DefaultProfile);
    if (AliyunChain::chooseFallback(m_environment, &choice))
        return choice;
    choice.source = CredentialSource::DefaultProfile;
    const bool haveProfiles = m_profiles && !m_profiles->profiles().isEmpty();
    return fail(haveProfiles ? tr("No profile was chosen and none is the default. Choose one "
                                  "(--profile NAME), or make one the default "
                                  "(backfill-browser profile set-default NAME).")
                             : tr("No credentials: add a profile (backfill-browser profile add "
                                  "NAME --access-key-id ID --secret-stdin), import one "
                                  "(backfill-browser profile import-aliyun), set "
                                  "ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                  "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI "
                                  "(aliyun configure)."));
}

CredentialRequest *CredentialResolver::resolve(const QString &explicitProfile)
{
    auto *request = new CredentialRequest(this);
    // Decide now (the environment and the profile list are what they are at this moment), but
    // always report from the event loop so the caller can connect first.
    const CredentialChoice choice = choose(explicitProfile);
    if (!choice.ok) {
        QMetaObject::invokeMethod(
            request, [request, error = choice.error] { request->fail(error); },
            Qt::QueuedConnection);
        return request;
    }
    if (choice.source == CredentialSource::Environment) {
        ResolvedCredentials credentials;
        credentials.source = CredentialSource::Environment;
        credentials.accessKey = AccessKey {AliyunEnvironment::accessKeyId(m_environment).value,
                                           AliyunEnvironment::accessKeySecret(m_environment).value,
                                           AliyunEnvironment::securityToken(m_environment).value};
        credentials.region = AliyunEnvironment::regionId(m_environment).value;
        if (credentials.region.isEmpty())
            credentials.region = Profiles::fallbackRegion();
        QMetaObject::invokeMethod(
            request, [request, credentials] { request->succeed(credentials); },
            Qt::QueuedConnection);
        return request;
    }
    if (choice.aliyunProfile) {
        resolveAliyunProfile(request, choice);
        return request;
    }
    resolveProfile(request, choice.profileName, choice.source);
    return request;
}

void CredentialResolver::resolveAliyunProfile(CredentialRequest *request,
                                              const CredentialChoice &choice)
{
    ResolvedCredentials credentials;
    credentials.source = choice.source;
    credentials.profileName = choice.profileName;
    credentials.aliyunFile = choice.aliyunProfile->sourceFile;
    credentials.region = choice.aliyunProfile->regionId;
    if (credentials.region.isEmpty())
        credentials.region = AliyunEnvironment::regionId(m_environment).value;
    if (credentials.region.isEmpty())
        credentials.region = Profiles::fallbackRegion();
    AliyunResolution *resolution = AliyunResolution::start(*choice.aliyunProfile, m_environment,
                                                           m_network, m_aliyunLimits, request);
    connect(resolution, &AliyunResolution::finished, request,
            [request, credentials](AliyunResolution *done) {
                if (!done->succeeded()) {
                    request->fail(done->errorString());
                    return;
                }
                ResolvedCredentials resolved = credentials;
                resolved.accessKey = done->accessKey();
                resolved.expiration = done->expiration();
                request->succeed(resolved);
            });
}

void CredentialResolver::resolveProfile(CredentialRequest *request, const QString &name,
                                        CredentialSource source)
{
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile || !m_secrets) {
        QMetaObject::invokeMethod(
            request,
            [request] { request->fail(tr("The profiles or the keychain are not available.")); },
            Qt::QueuedConnection);
        return;
    }
    ResolvedCredentials credentials;
    credentials.source = source;
    credentials.profileName = profile->name;
    credentials.region = profile->region;
    if (credentials.region.isEmpty())
        credentials.region = AliyunEnvironment::regionId(m_environment).value;
    if (credentials.region.isEmpty())
        credentials.region = Profiles::fallbackRegion();
    credentials.endpoint = profile->endpoint;
    credentials.signatureVersion = profile->signatureVersion;
    credentials.sessionOnly = profile->sessionOnly;
    credentials.accessKey.id = profile->accessKeyId;

    const CredentialKind kind = profile->kind;
    SecretJob *job = m_secrets->read(name);
    connect(job, &SecretJob::finished, request,
            [this, request, credentials, kind, saved = *profile](SecretJob *done) {
                if (done->error() != SecretJob::Error::None) {
                    request->fail(done->errorString(), true);
                    return;
                }
                // The first read of a session gives items written before labels existed theirs.
                if (!done->fromCache() && m_secrets && !saved.sessionOnly)
                    m_secrets->label(saved);
                ResolvedCredentials resolved = credentials;
                resolved.accessKey.secret = done->secret().secret;
                // An AccessKey profile never sends a token, even if one was stored by mistake.
                if (kind == CredentialKind::StsToken)
                    resolved.accessKey.securityToken = done->secret().securityToken;
                request->succeed(resolved);
            });
}
