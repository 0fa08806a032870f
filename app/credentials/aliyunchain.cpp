#include "aliyunchain.h"

#include "aliyunanswers.h"
#include "aliyunenvironment.h"
#include "credentialhttpcall.h"
#include "credentialresolver.h"
#include "externalprocess.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

/** `aliyun CLI profile "x" (/home/me/.aliyun/config.json)`, the start of every sentence. */
QString named(const AliyunProfile &profile)
{
    return QCoreApplication::translate("AliyunChain", "The aliyun CLI profile \"%1\" (%2)")
        .arg(profile.name, profile.sourceFile);
}

/** The same in the middle of a sentence. */
QString mentioned(const AliyunProfile &profile)
{
    return QCoreApplication::translate("AliyunChain", "the aliyun CLI profile \"%1\" (%2)")
        .arg(profile.name, profile.sourceFile);
}

QString configureCommand(const AliyunProfile &profile)
{
    return QStringLiteral("aliyun configure --profile %1 --mode %2")
        .arg(profile.name, AliyunConfig::modeName(profile.mode));
}

QString utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

/** The profile's credentials_uri, else ALIBABA_CLOUD_CREDENTIALS_URI (as the CLI reads it). */
QString credentialsUri(const AliyunProfile &profile, const QProcessEnvironment &environment)
{
    return profile.credentialsUri.isEmpty()
        ? environment.value(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_URI"))
        : profile.credentialsUri;
}

/** Temporary credentials are refreshed when this little of their life is left. */
constexpr qint64 refreshMarginSeconds = 180;

/** The STS triple the aliyun CLI wrote back for a CloudSSO profile, valid for @p atLeast. */
bool cachedStsValid(const AliyunProfile &profile, qint64 nowSeconds, qint64 atLeast)
{
    return !profile.accessKeyId.isEmpty() && !profile.accessKeySecret.isEmpty()
        && !profile.stsToken.isEmpty() && profile.stsExpiration > nowSeconds + atLeast;
}

/** The CloudSSO sign-in the portal still accepts. */
bool ssoSignInValid(const AliyunProfile &profile, qint64 nowSeconds)
{
    return !profile.accessToken.isEmpty() && profile.cloudSsoAccessTokenExpire > nowSeconds;
}

bool decide(const std::optional<AliyunProfile> &found, const QString &error,
            CredentialChoice *choice)
{
    if (!error.isEmpty()) {
        choice->ok = false;
        choice->error = error;
        return true;
    }
    if (!found)
        return false;
    choice->ok = true;
    choice->profileName = found->name;
    choice->aliyunProfile = found;
    return true;
}
} // namespace

namespace AliyunChain {
bool chooseNamed(const QProcessEnvironment &environment, const QString &name,
                 CredentialChoice *choice)
{
    QString error;
    const std::optional<AliyunProfile> found = AliyunProfiles::load(environment).find(name, &error);
    return decide(found, error, choice);
}

bool chooseFallback(const QProcessEnvironment &environment, CredentialChoice *choice)
{
    QString error;
    const std::optional<AliyunProfile> found = AliyunProfiles::load(environment).fallback(&error);
    if (decide(found, error, choice)) {
        choice->source = CredentialSource::AliyunCurrentProfile;
        return true;
    }
    return false;
}
QList<AliyunProfile> sourceChain(const AliyunProfile &profile, const AliyunProfiles &profiles,
                                 QString *error)
{
    QList<AliyunProfile> chain {profile};
    QStringList names {profile.name};
    while (chain.constFirst().mode == AliyunMode::ChainableRamRoleArn) {
        const AliyunProfile &link = chain.constFirst();
        if (link.sourceProfile.isEmpty()) {
            *error = QCoreApplication::translate("AliyunChain",
                                                 "%1 has no source_profile; set it with: %2")
                         .arg(named(link), configureCommand(link));
            return {};
        }
        if (names.contains(link.sourceProfile)) {
            names.append(link.sourceProfile);
            *error = QCoreApplication::translate(
                         "AliyunChain",
                         "The aliyun CLI profiles form a cycle of source profiles (%1, each "
                         "standing on the next); a role chain must end at a profile with its own "
                         "credentials.")
                         .arg(names.join(QStringLiteral(" \u2192 ")));
            return {};
        }
        if (chain.size() >= maxChainDepth) {
            *error = QCoreApplication::translate(
                         "AliyunChain", "%1 stands on more than %2 role profiles; that is refused.")
                         .arg(named(profile))
                         .arg(maxChainDepth);
            return {};
        }
        QString fileError;
        const std::optional<AliyunProfile> source = profiles.find(link.sourceProfile, &fileError);
        if (!fileError.isEmpty()) {
            *error = fileError;
            return {};
        }
        if (!source) {
            *error = QCoreApplication::translate(
                         "AliyunChain", "%1 names the source profile \"%2\", which is not defined.")
                         .arg(named(link), link.sourceProfile);
            return {};
        }
        chain.prepend(*source);
        names.append(source->name);
    }
    return chain;
}
} // namespace AliyunChain

AliyunResolution::AliyunResolution(QObject *parent)
    : QObject(parent)
{ }

QString AliyunResolution::problem(const AliyunProfile &profile,
                                  const QProcessEnvironment &environment, const QDateTime &now)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const bool keyPair = !profile.accessKeyId.isEmpty() && !profile.accessKeySecret.isEmpty();
    switch (profile.mode) {
    case AliyunMode::Unset:
        return QCoreApplication::translate(
                   "AliyunChain",
                   "%1 has no mode and no access key; set it up with: aliyun configure --profile "
                   "%2")
            .arg(named(profile), profile.name);
    case AliyunMode::AK:
        if (!keyPair)
            return QCoreApplication::translate(
                       "AliyunChain",
                       "%1 lacks access_key_id or access_key_secret; set them with: %2")
                .arg(named(profile), configureCommand(profile));
        return {};
    case AliyunMode::StsToken:
        if (!keyPair || profile.stsToken.isEmpty())
            return QCoreApplication::translate(
                       "AliyunChain",
                       "%1 lacks access_key_id, access_key_secret or sts_token; set them with: %2")
                .arg(named(profile), configureCommand(profile));
        if (profile.stsExpiration != 0 && profile.stsExpiration <= nowSeconds)
            return QCoreApplication::translate(
                       "AliyunChain",
                       "The STS token of %1 expired at %2; get a new one and set it with: %3")
                .arg(mentioned(profile), utc(profile.stsExpiration), configureCommand(profile));
        return {};
    case AliyunMode::External:
        if (AliyunEnvironment::externalSourcesDisabled(environment))
            return QCoreApplication::translate("AliyunChain",
                                               "%1 runs a program (External), which "
                                               "ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.")
                .arg(named(profile));
        if (profile.processCommand.isEmpty())
            return QCoreApplication::translate("AliyunChain",
                                               "%1 has no process_command; set it with: %2")
                .arg(named(profile), configureCommand(profile));
        return {};
    case AliyunMode::CredentialsURI: {
        if (AliyunEnvironment::externalSourcesDisabled(environment))
            return QCoreApplication::translate(
                       "AliyunChain",
                       "%1 fetches credentials from a URL (CredentialsURI), which "
                       "ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.")
                .arg(named(profile));
        const QString uri = credentialsUri(profile, environment);
        if (uri.isEmpty())
            return QCoreApplication::translate("AliyunChain",
                                               "%1 has no credentials_uri; set it with: %2")
                .arg(named(profile), configureCommand(profile));
        QString why;
        if (!CredentialHttpCall::isAllowedUrl(QUrl(uri), &why))
            return QCoreApplication::translate("AliyunChain", "%1: %2").arg(named(profile), why);
        return {};
    }
    case AliyunMode::CloudSSO: {
        if (profile.cloudSsoSignInUrl.isEmpty() || profile.cloudSsoAccountId.isEmpty()
            || profile.cloudSsoAccessConfig.isEmpty())
            return QCoreApplication::translate(
                       "AliyunChain",
                       "%1 lacks its CloudSSO sign-in URL, account or access configuration; sign "
                       "in with: %2")
                .arg(named(profile), configureCommand(profile));
        if (!cachedStsValid(profile, nowSeconds, 0) && !ssoSignInValid(profile, nowSeconds))
            return QCoreApplication::translate(
                       "AliyunChain",
                       "The CloudSSO sign-in of %1 has expired; sign in again with: %2")
                .arg(mentioned(profile), configureCommand(profile));
        return {};
    }
    case AliyunMode::RamRoleArn:
        if (!keyPair || profile.ramRoleArn.isEmpty())
            return QCoreApplication::translate(
                       "AliyunChain",
                       "%1 lacks access_key_id, access_key_secret or ram_role_arn; set them with: "
                       "%2")
                .arg(named(profile), configureCommand(profile));
        return {};
    case AliyunMode::ChainableRamRoleArn:
        // Its source_profile is checked by sourceChain().
        if (profile.ramRoleArn.isEmpty())
            return QCoreApplication::translate("AliyunChain",
                                               "%1 lacks ram_role_arn; set it with: %2")
                .arg(named(profile), configureCommand(profile));
        return {};
    case AliyunMode::EcsRamRole:
    case AliyunMode::OIDC:
    case AliyunMode::OAuth:
        return QCoreApplication::translate(
                   "AliyunChain",
                   "%1 uses mode %2, which Backfill Browser does not support; use a profile of "
                   "mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or "
                   "CredentialsURI.")
            .arg(named(profile), AliyunConfig::modeName(profile.mode));
    case AliyunMode::Other:
        break;
    }
    return QCoreApplication::translate(
               "AliyunChain",
               "%1 uses mode \"%2\", which Backfill Browser does not know; use a profile of mode "
               "AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or "
               "CredentialsURI.")
        .arg(named(profile), profile.modeText.left(64));
}

AliyunResolution *AliyunResolution::start(const AliyunProfile &profile,
                                          const QProcessEnvironment &environment,
                                          QNetworkAccessManager *network, const Limits &limits,
                                          QObject *parent)
{
    auto *resolution = new AliyunResolution(parent);
    resolution->run(profile, environment, network, limits);
    return resolution;
}

void AliyunResolution::later(const std::function<void()> &step)
{
    QMetaObject::invokeMethod(this, step, Qt::QueuedConnection);
}

void AliyunResolution::run(const AliyunProfile &profile, const QProcessEnvironment &environment,
                           QNetworkAccessManager *network, const Limits &limits)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString why = problem(profile, environment, now);
    if (!why.isEmpty()) {
        later([this, why] { fail(why); });
        return;
    }
    switch (profile.mode) {
    case AliyunMode::AK:
        later([this, key = AccessKey {profile.accessKeyId, profile.accessKeySecret, {}}] {
            succeed(key, {});
        });
        return;
    case AliyunMode::StsToken: {
        const QDateTime expiration = profile.stsExpiration == 0
            ? QDateTime()
            : QDateTime::fromSecsSinceEpoch(profile.stsExpiration, Qt::UTC);
        later([this, expiration,
               key = AccessKey {profile.accessKeyId, profile.accessKeySecret, profile.stsToken}] {
            succeed(key, expiration);
        });
        return;
    }
    case AliyunMode::External: {
        ExternalProcess *process = ExternalProcess::start(profile.processCommand, environment,
                                                          limits.processLimit, this);
        connect(process, &ExternalProcess::finished, this,
                [this, prefix = named(profile)](ExternalProcess *done) {
                    // What the program says beside its credentials is the person's to read.
                    if (!done->errorOutput().isEmpty())
                        qCInfo(lcCredentials).noquote()
                            << prefix << "process_command said:" << done->errorOutput();
                    if (done->succeeded())
                        succeed(done->accessKey(), done->expiration());
                    else
                        fail(QCoreApplication::translate("AliyunChain", "%1: %2")
                                 .arg(prefix, done->errorString()));
                });
        return;
    }
    case AliyunMode::CredentialsURI: {
        const QString uri = credentialsUri(profile, environment);
        CredentialHttpCall *call
            = CredentialHttpCall::start(network, QUrl(uri), {}, {}, limits.httpDeadline, this);
        connect(call, &CredentialHttpCall::finished, this,
                [this, prefix = named(profile)](CredentialHttpCall *done) {
                    if (!done->succeeded()) {
                        fail(QCoreApplication::translate("AliyunChain", "%1: %2")
                                 .arg(prefix, done->errorString()));
                        return;
                    }
                    AccessKey key;
                    QDateTime expiration;
                    QString invalid;
                    if (!AliyunAnswers::parseCredentialsUri(done->answer(), &key, &expiration,
                                                            &invalid)) {
                        fail(QCoreApplication::translate(
                                 "AliyunChain",
                                 "%1: its credentials_uri answered without credentials (%2).")
                                 .arg(prefix, invalid));
                        return;
                    }
                    succeed(key, expiration);
                });
        return;
    }
    case AliyunMode::CloudSSO: {
        // The cached credentials while they have some life left; a fresh set from the portal
        // while the sign-in lasts; the last minutes of the cached ones when it does not.
        const qint64 nowSeconds = now.toSecsSinceEpoch();
        if (cachedStsValid(profile, nowSeconds, refreshMarginSeconds)
            || !ssoSignInValid(profile, nowSeconds)) {
            later([this, expiration = QDateTime::fromSecsSinceEpoch(profile.stsExpiration, Qt::UTC),
                   key = AccessKey {profile.accessKeyId, profile.accessKeySecret,
                                    profile.stsToken}] { succeed(key, expiration); });
            return;
        }
        // The portal answers on its own host; the sign-in URL's path is the login page.
        QUrl portal(profile.cloudSsoSignInUrl);
        portal.setPath(QStringLiteral("/cloud-credentials"));
        portal.setQuery(QString());
        portal.setFragment(QString());
        CredentialHttpCall *call = CredentialHttpCall::start(
            network, portal, profile.accessToken.toUtf8(),
            AliyunAnswers::cloudCredentialRequest(profile.cloudSsoAccountId,
                                                  profile.cloudSsoAccessConfig),
            limits.httpDeadline, this);
        connect(call, &CredentialHttpCall::finished, this,
                [this, prefix = named(profile),
                 signIn = configureCommand(profile)](CredentialHttpCall *done) {
                    if (!done->succeeded()) {
                        fail(done->httpStatus() == 401 || done->httpStatus() == 403
                                 ? QCoreApplication::translate(
                                       "AliyunChain",
                                       "%1: the CloudSSO portal no longer accepts its sign-in; "
                                       "sign in again with: %2")
                                       .arg(prefix, signIn)
                                 : QCoreApplication::translate("AliyunChain", "%1: %2")
                                       .arg(prefix, done->errorString()));
                        return;
                    }
                    AccessKey key;
                    QDateTime expiration;
                    QString invalid;
                    if (!AliyunAnswers::parseCloudCredential(done->answer(), &key, &expiration,
                                                             &invalid)) {
                        fail(QCoreApplication::translate(
                                 "AliyunChain",
                                 "%1: the CloudSSO portal answered without credentials (%2).")
                                 .arg(prefix, invalid));
                        return;
                    }
                    succeed(key, expiration);
                });
        return;
    }
    default:
        later([this] {
            fail(QCoreApplication::translate("AliyunChain", "This profile cannot be used."));
        });
        return;
    }
}

void AliyunResolution::succeed(const AccessKey &key, const QDateTime &expiration)
{
    if (m_done)
        return;
    m_done = true;
    m_key = key;
    m_expiration = expiration;
    emit finished(this);
    deleteLater();
}

void AliyunResolution::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_errorString = error;
    emit finished(this);
    deleteLater();
}
