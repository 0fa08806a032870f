#include "profiletest.h"

#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "credentials/aliyunconfig.h"
#include "credentials/credentialresolver.h"
#include "credentials/identitycheck.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "credentials/stsendpoint.h"
#include "domain/safetext.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace {

/** One `profile test` run: its parsing, its one sign-in and question, and what it prints. */
class ProfileTest
{
    // lupdate files the strings of member functions under this name; QObject's tr would not.
    Q_DECLARE_TR_FUNCTIONS(ProfileTest)

public:
    int run(const QStringList &arguments);

private:
    static int fail(const QString &message, int code);
    static int failWith(const ApiError &error);
    static void print(const QString &name, const SignedInIdentity &identity);
};

int ProfileTest::fail(const QString &message, int code)
{
    QTextStream(stderr) << "backfill-browser profile test: " << message << "\n";
    return code;
}

int ProfileTest::failWith(const ApiError &error)
{
    const ApiError shown = safeForDisplay(error);
    QTextStream err(stderr);
    err << "backfill-browser profile test: " << describeApiError(shown) << "\n";
    for (const QString &line : apiErrorDetails(shown).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err << "  " << line << "\n";
    return error.kind == ApiError::Kind::Configuration ? CliUsageError : CliServiceFailure;
}

void ProfileTest::print(const QString &name, const SignedInIdentity &identity)
{
    QTextStream out(stdout);
    out << tr("Profile \"%1\" signs in as:").arg(SafeText::forDisplay(name)) << "\n";
    const QList<QPair<QString, QString>> details = identity.details();
    qsizetype width = 0;
    for (const auto &detail : details)
        width = std::max(width, detail.first.size() + 1);
    for (const auto &[label, value] : details)
        out << "  " << (label + QLatin1Char(':')).leftJustified(width + 1) << value << "\n";
}

int ProfileTest::run(const QStringList &arguments)
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
    // Checked here, before anything is sent, so that a refused STS is said as a usage error.
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

    int code = CliServiceFailure;
    CredentialRequest *request = resolver.resolve(name);
    QObject::connect(
        request, &CredentialRequest::finished, &network, [&](CredentialRequest *resolved) {
            if (!resolved->succeeded()) {
                code = fail(resolved->errorString(),
                            resolved->isKeychainFailure() ? CliUsageError : CliServiceFailure);
                QCoreApplication::exit(code);
                return;
            }
            ClientConfig asking = settings;
            asking.credentials = resolved->credentials().provider;
            asking.stsEndpoint = endpoint;
            asking.signatureVersion = resolved->credentials().signatureVersion;
            IdentityCheck *check = IdentityCheck::start(&network, asking, &network);
            QObject::connect(check, &IdentityCheck::finished, &network, [&](IdentityCheck *done) {
                if (done->succeeded()) {
                    print(name, done->identity());
                    code = CliSuccess;
                } else {
                    code = failWith(done->error());
                }
                QCoreApplication::exit(code);
            });
        });
    QCoreApplication::exec();
    return code;
}

} // namespace

int runProfileTest(const QStringList &arguments)
{
    return ProfileTest().run(arguments);
}
