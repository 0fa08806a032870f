#include "profiletest.h"

#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "api/stscalls.h"
#include "credentials/aliyunconfig.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "credentials/stsendpoint.h"
#include "domain/safetext.h"
#include "domain/utctime.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileTest", text);
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "backfill-browser profile test: " << message << "\n";
    return code;
}

int failWith(const ApiError &error)
{
    const ApiError shown = safeForDisplay(error);
    QTextStream err(stderr);
    err << "backfill-browser profile test: " << describeApiError(shown) << "\n";
    for (const QString &line : apiErrorDetails(shown).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err << "  " << line << "\n";
    return error.kind == ApiError::Kind::Configuration ? CliUsageError : CliServiceFailure;
}
} // namespace

int runProfileTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption stsEndpoint(QStringLiteral("sts-endpoint"),
                                         tr("Ask this STS (host or URL)."),
                                         QStringLiteral("HOST|URL"));
    parser.addOption(stsEndpoint);
    if (!parser.parse(QStringList {QStringLiteral("test")} + arguments))
        return fail(parser.errorText(), CliUsageError);
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give exactly one profile NAME"), CliUsageError);
    const QString name = parser.positionalArguments().constFirst();

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    ProfileStore profiles;
    if (!profiles.load())
        return fail(profiles.lastError(), CliServiceFailure);
    // NAME is ours, else the aliyun CLI's profile NAME: the same lookup as --profile NAME.
    const std::optional<Profile> profile = profiles.profile(name);
    QString aliyunError;
    const std::optional<AliyunProfile> aliyun
        = profile ? std::nullopt : AliyunProfiles::load(environment).find(name, &aliyunError);
    if (!profile && !aliyun)
        return fail(aliyunError.isEmpty()
                        ? tr("there is no profile named \"%1\", neither ours nor the aliyun "
                             "CLI's")
                              .arg(name)
                        : aliyunError,
                    CliUsageError);
    QString whyNot;
    const StsEndpointChoice choice {parser.value(stsEndpoint),
                                    profile ? profile->stsEndpoint : aliyun->stsEndpoint,
                                    profile ? profile->stsRegion : aliyun->stsRegion};
    const QUrl endpoint = choice.resolve(environment, &whyNot);
    if (!endpoint.isValid())
        return fail(whyNot, CliUsageError);

    QNetworkAccessManager network;
    configureNetworkAccess(&network, environment);
    SecretStore secrets;
    CredentialResolver resolver(&profiles, &secrets, environment);
    ClientConfig settings;
    // A test should answer soon: one retry for a transient failure, not the full budget.
    settings.retryPolicy.setMaxAttempts(2);
    resolver.setStsAccess(&network, settings);
    resolver.setStsEndpointOverride(parser.value(stsEndpoint));

    ActionTrailClient client(&network);
    client.setConfig(settings);
    client.setStsEndpoint(endpoint);
    if (profile)
        client.setSignatureVersion(profile->signatureVersion);

    int code = CliServiceFailure;
    CredentialRequest *request = resolver.resolve(name);
    QObject::connect(
        request, &CredentialRequest::finished, &client, [&](CredentialRequest *resolved) {
            if (!resolved->succeeded()) {
                code = fail(resolved->errorString(),
                            resolved->isKeychainFailure() ? CliUsageError : CliServiceFailure);
                QCoreApplication::exit(code);
                return;
            }
            const std::shared_ptr<CredentialProvider> provider = resolved->credentials().provider;
            client.setCredentialProvider(provider);
            GetCallerIdentityCall *call = client.getCallerIdentity();
            QObject::connect(
                call, &GetCallerIdentityCall::finished, &client,
                [&, provider](const CallerIdentity &identity) {
                    QTextStream out(stdout);
                    const std::optional<Credentials> used = provider->last();
                    const QString expires = used && !used->expiration.isNull()
                        ? UtcTime::format(used->expiration) + QLatin1String(" (")
                            + used->expiration.toLocalTime().toString(Qt::ISODate)
                            + QLatin1Char(')')
                        : tr("never (a long-term AccessKey)");
                    out << tr("Profile \"%1\" signs in as:").arg(name) << "\n"
                        << tr("  Account:  %1").arg(SafeText::forDisplay(identity.accountId))
                        << "\n"
                        << tr("  Identity: %1").arg(SafeText::forDisplay(identity.identityType))
                        << "\n"
                        << tr("  ARN:      %1").arg(SafeText::forDisplay(identity.arn)) << "\n"
                        << tr("  Expires:  %1").arg(expires) << "\n"
                        << tr("  Via:      %1").arg(provider->describe()) << "\n";
                    code = CliSuccess;
                    QCoreApplication::exit(code);
                });
            QObject::connect(call, &ApiCall::failed, &client, [&](const ApiError &error) {
                code = failWith(error);
                QCoreApplication::exit(code);
            });
        });
    QCoreApplication::exec();
    return code;
}
