#include "credentialresolver.h"

#include "aliyunenvironment.h"
#include "aliyunprovider.h"
#include "profilestore.h"
#include "secretstore.h"
#include "stsendpoint.h"

#include "api/rolesessionprovider.h"

#include <QNetworkAccessManager>

#include <QCoreApplication>

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
        return provider && provider->last() && provider->last()->key.isSts()
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

QString ResolvedCredentials::accessKeyId() const
{
    if (!provider)
        return {};
    if (const std::optional<Credentials> held = provider->last())
        return held->key.id;
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
        << "credentials from" << credentials.describeSource() << "signing with"
        << (credentials.provider ? credentials.provider->describe() : QString());
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
        credentials.provider = std::make_shared<StaticCredentialProvider>(
            Credentials {AccessKey {AliyunEnvironment::accessKeyId(m_environment).value,
                                    AliyunEnvironment::accessKeySecret(m_environment).value,
                                    AliyunEnvironment::securityToken(m_environment).value},
                         {}});
        credentials.region = AliyunEnvironment::regionId(m_environment).value;
        if (credentials.region.isEmpty())
            credentials.region = Profiles::fallbackRegion();
        credentials.stsEndpoint = stsEndpointFor({}, {});
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
    credentials.stsEndpoint
        = stsEndpointFor(choice.aliyunProfile->stsEndpoint, choice.aliyunProfile->stsRegion);
    AliyunProviderFactory factory {m_environment, m_network, m_stsSettings, m_stsEndpointOverride,
                                   m_aliyunLimits};
    AliyunProviderBuild *build = factory.start(*choice.aliyunProfile, request);
    connect(build, &AliyunProviderBuild::finished, request,
            [request, credentials](AliyunProviderBuild *done) {
                if (!done->provider()) {
                    request->fail(done->errorString());
                    return;
                }
                ResolvedCredentials resolved = credentials;
                resolved.provider = done->provider();
                request->succeed(resolved);
            });
}

void CredentialResolver::setStsAccess(QNetworkAccessManager *network, const ClientConfig &settings)
{
    m_network = network;
    m_stsSettings = settings;
}

void CredentialResolver::setStsEndpointOverride(const QString &endpoint)
{
    m_stsEndpointOverride = endpoint;
}

QUrl CredentialResolver::stsEndpointFor(const QString &profileEndpoint,
                                        const QString &profileRegion) const
{
    QString whyNot;
    const QUrl endpoint
        = StsEndpointChoice {m_stsEndpointOverride, profileEndpoint, profileRegion}.resolve(
            m_environment, &whyNot);
    return endpoint.isValid() ? endpoint : QUrl();
}

QStringList CredentialResolver::sourceChain(const QString &name, QString *why) const
{
    return sourceChain(
        name,
        [this](const QString &profileName) {
            return m_profiles ? m_profiles->profile(profileName) : std::nullopt;
        },
        why);
}

QStringList CredentialResolver::sourceChain(
    const QString &name, const std::function<std::optional<Profile>(const QString &)> &lookup,
    QString *why)
{
    QStringList chain;
    QString next = name;
    while (true) {
        const std::optional<Profile> profile = lookup(next);
        if (!profile) {
            if (why)
                *why = chain.isEmpty()
                    ? tr("There is no profile named \"%1\".").arg(next)
                    : tr("The profile \"%1\" assumes its role with the credentials of \"%2\", "
                         "which does not exist.")
                          .arg(chain.constLast(), next);
            return {};
        }
        if (chain.contains(next)) {
            chain << next;
            if (why)
                *why = tr("The profiles' sources form a cycle: %1. Point one of them at an "
                          "AccessKey profile.")
                           .arg(chain.join(QStringLiteral(" -> ")));
            return {};
        }
        chain << next;
        if (profile->kind != CredentialKind::ChainableRamRoleArn)
            return chain;
        next = profile->sourceProfile;
    }
}

void CredentialResolver::resolveProfile(CredentialRequest *request, const QString &name,
                                        CredentialSource source)
{
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    QString why;
    const auto failLater = [request](const QString &error) {
        QMetaObject::invokeMethod(
            request, [request, error] { request->fail(error); }, Qt::QueuedConnection);
    };
    if (!profile || !m_secrets) {
        failLater(tr("The profiles or the keychain are not available."));
        return;
    }
    if (sourceChain(name, &why).isEmpty()) {
        failLater(why);
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
    credentials.regionEndpoints = profile->regionEndpoints;
    credentials.stsEndpoint = stsEndpointFor(profile->stsEndpoint, profile->stsRegion);
    credentials.signatureVersion = profile->signatureVersion;
    credentials.sessionOnly = profile->sessionOnly;
    buildProvider(*profile, request,
                  [request, credentials](std::shared_ptr<CredentialProvider> provider,
                                         const QString &error, bool keychainFailure) {
                      if (!provider) {
                          request->fail(error, keychainFailure);
                          return;
                      }
                      ResolvedCredentials resolved = credentials;
                      resolved.provider = std::move(provider);
                      request->succeed(resolved);
                  });
}

void CredentialResolver::buildProvider(const Profile &profile, QObject *context, ProviderDone done)
{
    std::optional<QUrl> stsEndpoint;
    if (profile.assumesRole()) {
        QString whyNot;
        StsEndpointChoice choice {m_stsEndpointOverride, profile.stsEndpoint, profile.stsRegion};
        const QUrl endpoint = choice.resolve(m_environment, &whyNot);
        if (!endpoint.isValid() || !m_network) {
            const QString error = m_network
                ? tr("Profile \"%1\": %2").arg(profile.name, whyNot)
                : tr("Profile \"%1\" assumes a role, which needs the network.").arg(profile.name);
            QMetaObject::invokeMethod(
                context, [done, error] { done(nullptr, error, false); }, Qt::QueuedConnection);
            return;
        }
        stsEndpoint = endpoint;
    }
    // Wraps the source's provider into the role's, for the two role kinds.
    const auto assumeRoleWith = [this, profile, stsEndpoint,
                                 done](std::shared_ptr<CredentialProvider> source) {
        ClientConfig settings = m_stsSettings;
        settings.credentials = std::move(source);
        settings.stsEndpoint = *stsEndpoint;
        settings.signatureVersion = profile.signatureVersion;
        done(std::make_shared<RoleSessionProvider>(m_network, settings, profile.role), {}, false);
    };

    if (profile.kind == CredentialKind::ChainableRamRoleArn) {
        // sourceChain() refused cycles and missing sources before the first step.
        const std::optional<Profile> source = m_profiles->profile(profile.sourceProfile);
        buildProvider(*source, context,
                      [assumeRoleWith, done](std::shared_ptr<CredentialProvider> provider,
                                             const QString &error, bool keychainFailure) {
                          if (!provider) {
                              done(nullptr, error, keychainFailure);
                              return;
                          }
                          assumeRoleWith(std::move(provider));
                      });
        return;
    }

    SecretJob *job = m_secrets->read(profile.name);
    connect(job, &SecretJob::finished, context,
            [this, profile, done, assumeRoleWith](SecretJob *finished) {
                if (finished->error() != SecretJob::Error::None) {
                    done(nullptr, finished->errorString(), true);
                    return;
                }
                // The first read of a session gives items written before labels existed theirs.
                if (!finished->fromCache() && m_secrets && !profile.sessionOnly)
                    m_secrets->label(profile);
                Credentials credentials;
                credentials.key.id = profile.accessKeyId;
                credentials.key.secret = finished->secret().secret;
                // Only an STS profile sends a token, even if one was stored by mistake.
                if (profile.kind == CredentialKind::StsToken) {
                    credentials.key.securityToken = finished->secret().securityToken;
                    credentials.expiration = profile.expiration;
                }
                auto provider = std::make_shared<StaticCredentialProvider>(credentials);
                if (profile.kind == CredentialKind::RamRoleArn)
                    assumeRoleWith(std::move(provider));
                else
                    done(std::move(provider), {}, false);
            });
}
