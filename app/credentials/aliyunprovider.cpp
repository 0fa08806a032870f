#include "aliyunprovider.h"

#include "api/accesskey.h"
#include "api/rolesessionprovider.h"
#include "stsendpoint.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace { } // namespace

AliyunCredentialProvider::AliyunCredentialProvider(const AliyunProfile &profile,
                                                   const QProcessEnvironment &environment,
                                                   QNetworkAccessManager *network,
                                                   const AliyunResolution::Limits &limits,
                                                   QObject *parent)
    : CredentialProvider(parent)
    , m_profile(profile)
    , m_environment(environment)
    , m_network(network)
    , m_limits(limits)
{ }

QString AliyunCredentialProvider::describe() const
{
    const QString source
        = AliyunCredentialProvider::tr("aliyun CLI profile \"%1\", %2")
              .arg(m_profile.name,
                   m_profile.mode == AliyunMode::Other ? m_profile.modeText
                                                       : AliyunConfig::modeName(m_profile.mode));
    const std::optional<Credentials> held = last();
    if (!held)
        return source;
    return AliyunCredentialProvider::tr("%1 %2 (%3)")
        .arg(held->key.isSts() ? QStringLiteral("STS") : QStringLiteral("AccessKey"),
             AccessKey::maskId(held->key.id), source);
}

void AliyunCredentialProvider::startRefresh()
{
    // After the first fetch, the profile as the CLI's files hold it now: `aliyun configure`
    // may have rotated the key or renewed the sign-in since.
    if (m_started) {
        QString ignored;
        if (const std::optional<AliyunProfile> now
            = AliyunProfiles::load(m_environment).find(m_profile.name, &ignored);
            now && now->mode == m_profile.mode)
            m_profile = *now;
    }
    m_started = true;
    AliyunResolution *resolution
        = AliyunResolution::start(m_profile, m_environment, m_network, m_limits, this);
    connect(resolution, &AliyunResolution::finished, this, [this](AliyunResolution *done) {
        if (done->succeeded()) {
            deliver(Credentials {done->accessKey(), done->expiration()});
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = done->errorString();
        fail(error);
    });
}

AliyunProviderBuild::AliyunProviderBuild(QObject *parent)
    : QObject(parent)
{ }

void AliyunProviderBuild::finish(std::shared_ptr<CredentialProvider> provider, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_provider = std::move(provider);
    m_errorString = error;
    emit finished(this);
    deleteLater();
}

std::shared_ptr<CredentialProvider>
AliyunProviderFactory::assumeRole(const AliyunProfile &link,
                                  std::shared_ptr<CredentialProvider> source, QString *error) const
{
    const QString why
        = AliyunResolution::problem(link, environment, QDateTime::currentDateTimeUtc());
    if (!why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    if (!network) {
        *error = QCoreApplication::translate(
                     "AliyunProviderFactory",
                     "The aliyun CLI profile \"%1\" assumes a role, which needs the network.")
                     .arg(link.name);
        return nullptr;
    }
    QString whyNot;
    const QUrl endpoint
        = StsEndpointChoice {stsEndpointOverride, link.stsEndpoint, link.stsRegion}.resolve(
            environment, &whyNot);
    if (!endpoint.isValid()) {
        *error = QCoreApplication::translate("AliyunProviderFactory",
                                             "The aliyun CLI profile \"%1\" (%2): %3")
                     .arg(link.name, link.sourceFile, whyNot);
        return nullptr;
    }
    ClientConfig settings = stsSettings;
    settings.credentials = std::move(source);
    settings.stsEndpoint = endpoint;
    AssumeRoleRequest role;
    role.roleArn = link.ramRoleArn;
    role.roleSessionName = link.roleSessionName;
    role.durationSeconds = link.expiredSeconds;
    role.externalId = link.externalId;
    role.policy = link.policy;
    return std::make_shared<RoleSessionProvider>(network, settings, role);
}

AliyunProviderBuild *AliyunProviderFactory::start(const AliyunProfile &profile,
                                                  QObject *parent) const
{
    auto *build = new AliyunProviderBuild(parent);
    const auto failLater = [build](const QString &error) {
        QMetaObject::invokeMethod(
            build, [build, error] { build->finish(nullptr, error); }, Qt::QueuedConnection);
        return build;
    };
    QString error;
    const QList<AliyunProfile> chain
        = AliyunChain::sourceChain(profile, AliyunProfiles::load(environment), &error);
    if (chain.isEmpty())
        return failLater(error);

    // The root holds or fetches its own credentials; a RamRoleArn root assumes its role with
    // the AccessKey it holds.
    const AliyunProfile &root = chain.constFirst();
    std::shared_ptr<CredentialProvider> provider;
    std::shared_ptr<CredentialProvider> fetching;
    if (root.mode == AliyunMode::RamRoleArn) {
        provider = assumeRole(root,
                              std::make_shared<StaticCredentialProvider>(Credentials {
                                  AccessKey {root.accessKeyId, root.accessKeySecret, {}}, {}}),
                              &error);
    } else {
        error = AliyunResolution::problem(root, environment, QDateTime::currentDateTimeUtc());
        if (error.isEmpty()) {
            fetching
                = std::make_shared<AliyunCredentialProvider>(root, environment, network, limits);
            provider = fetching;
        }
    }
    for (qsizetype i = 1; provider && i < chain.size(); ++i)
        provider = assumeRole(chain.at(i), provider, &error);
    if (!provider)
        return failLater(error);
    if (!fetching) {
        QMetaObject::invokeMethod(
            build, [build, provider] { build->finish(provider, {}); }, Qt::QueuedConnection);
        return build;
    }
    // A program that fails, a URL that answers nonsense or an expired sign-in is reported
    // now, not at the first request.
    QObject::connect(fetching.get(), &CredentialProvider::refreshed, build,
                     [build, provider] { build->finish(provider, {}); });
    QObject::connect(fetching.get(), &CredentialProvider::refreshFailed, build,
                     [build](const ApiError &failure) { build->finish(nullptr, failure.message); });
    fetching->refresh();
    return build;
}
