#include "apicommand.h"

#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "buildinfo.h"
#include "clicredentials.h"
#include "credentials/stsendpoint.h"
#include "endpointchoice.h"
#include "exitcode.h"
#include "globaloptions.h"
#include "helptext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

int runApiCommand(const QStringList &arguments, const ApiCommandSpec &spec)
{
    QTextStream err(stderr);
    auto usageError = [&err](const QString &reason) {
        err << "backfill-browser: " << reason << "\n"
            << QCoreApplication::translate("JobsCommand", "Try 'backfill-browser --help'.") << "\n";
        return int(CliUsageError);
    };

    QCommandLineParser parser;
    GlobalOptionList::addTo(&parser, GlobalOptionList::Scope::CommandLine);
    spec.addOptions(&parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << commandLineHelpText();
        return CliSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << buildInfoText();
        return CliSuccess;
    }
    GlobalOptions global;
    QString error;
    if (!global.read(parser, &error) || !spec.read(parser, &error))
        return usageError(error);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QUrl endpoint;
    if (!chooseEndpoint(global, environment, &endpoint, &error)
        || !checkRegionEndpoints(global, &error))
        return usageError(error);
    QUrl resourceManagerEndpoint;
    if (!chooseResourceManagerEndpoint(global, environment, &resourceManagerEndpoint, &error))
        return usageError(error);
    // Where member roles are assumed (jobs list --all-accounts); a role profile's own STS
    // endpoint still decides where its role is assumed.
    const QUrl stsEndpoint
        = StsEndpointChoice {global.stsEndpoint, QString(), QString()}.resolve(environment, &error);
    if (!stsEndpoint.isValid())
        return usageError(error);

    // An unparsable proxy must stop the command, not let the request go direct.
    const QString proxyProblem = proxyEnvironmentProblem(environment);
    if (!proxyProblem.isEmpty())
        return usageError(proxyProblem);
    if (!addTrustedCertificates(environment, global.caBundle, &error))
        return usageError(error);

    if (global.verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("backfill.api.debug=true"));
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
    }

    QNetworkAccessManager network;
    configureNetworkAccess(&network, environment);
    ActionTrailClient client(&network);
    client.setEndpoint(endpoint);
    client.setSignatureVersion(global.signatureVersion);
    client.setTransferTimeout(std::chrono::milliseconds(global.timeoutMs));
    client.setCallDeadline(std::chrono::milliseconds(spec.deadlineMs()));
    ClientConfig settings = client.config();
    settings.resourceManagerEndpoint = resourceManagerEndpoint;
    settings.stsEndpoint = stsEndpoint;
    client.setConfig(settings);

    const std::unique_ptr<CommandRun> command = spec.makeRun(global, &client);
    CommandRun &run = *command;
    QObject context;
    CliCredentialQuery query;
    query.profile = global.profile;
    query.stsEndpoint = global.stsEndpoint;
    query.environment = environment;
    query.network = &network;
    // Roles are assumed with the same patience as the command's own calls.
    query.stsSettings = client.config();
    resolveCliCredentials(
        query, &context,
        [&run, &client, &global, &network, &environment](const CliCredentials &credentials) {
            if (!credentials.ok) {
                run.failUsage(credentials.error);
                return;
            }
            if (global.verbose) {
                run.err() << QCoreApplication::translate("JobsCommand", "credentials: %1")
                                 .arg(credentials.source)
                          << "\n";
                run.err().flush();
            }
            // A profile's own endpoints/region/signature apply unless given on the command line.
            addProfileRegionEndpoints(&global, credentials.regionEndpoints);
            QUrl endpoint;
            QString whyNot;
            if (!chooseEndpoint(global, environment, &endpoint, &whyNot)
                || !applyProfileEndpoint(global, credentials.endpoint, credentials.region,
                                         &endpoint, &whyNot)) {
                run.failUsage(whyNot);
                return;
            }
            client.setEndpoint(endpoint);
            // The profile's CA bundle, unless --ca-bundle named one.
            if (global.caBundle.isEmpty() && !credentials.caBundle.isEmpty()
                && !addTrustedCertificates(QProcessEnvironment(), credentials.caBundle, &whyNot)) {
                run.failUsage(whyNot);
                return;
            }
            if (credentials.signatureVersion && !global.signatureVersionSet)
                client.setSignatureVersion(*credentials.signatureVersion);
            if (global.verbose) {
                // After the profile had its say, so it shows what is really used.
                run.err() << QCoreApplication::translate("JobsCommand",
                                                         "endpoint: %1, signature %2, timeout %3 s")
                                 .arg(client.endpoint().toString(),
                                      client.signatureVersion() == SignatureVersion::V3
                                          ? QStringLiteral("v3")
                                          : QStringLiteral("v1"))
                                 .arg(global.timeoutMs / 1000.0)
                          << "\n";
                const QString proxy = describeProxyFor(&network, client.endpoint());
                run.err()
                    << (proxy.isEmpty()
                            ? QCoreApplication::translate("JobsCommand", "proxy: none (direct)")
                            : QCoreApplication::translate("JobsCommand", "proxy: %1").arg(proxy))
                    << "\n";
                run.err().flush();
            }
            client.setCredentialProvider(credentials.provider);
            // The region worked in: the command line's or the environment's, else the profile's.
            QString region = global.region;
            if (region.isEmpty())
                region = environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
            if (region.isEmpty())
                region = credentials.region;
            if (region.isEmpty())
                region = chooseRegion(global, environment);
            run.start(region, global);
        });
    return QCoreApplication::exec();
}
