#include "clicredentials.h"

#include "api/networksetup.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

void resolveCliCredentials(const QString &profileOption, const QProcessEnvironment &environment,
                           QObject *context, std::function<void(const CliCredentials &)> done)
{
    // The stores live as long as this one resolution: children of a holder owned by `context`.
    auto *holder = new QObject(context);
    auto *profiles = new ProfileStore(holder);
    auto *secrets = new SecretStore(holder);
    auto *resolver = new CredentialResolver(profiles, secrets, environment, holder);
    // The aliyun CLI's CredentialsURI and CloudSSO profiles fetch their credentials.
    auto *network = new QNetworkAccessManager(holder);
    configureNetworkAccess(network, environment);
    resolver->setNetwork(network);
    const auto finish = [holder, done = std::move(done)](const CliCredentials &result) {
        holder->deleteLater();
        done(result);
    };
    if (!profiles->load()) {
        CliCredentials result;
        result.error = profiles->lastError();
        QMetaObject::invokeMethod(
            holder, [finish, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    CredentialRequest *request = resolver->resolve(profileOption);
    QObject::connect(
        request, &CredentialRequest::finished, holder,
        [finish, profiles](CredentialRequest *resolved) {
            CliCredentials result;
            if (!resolved->succeeded()) {
                result.error = resolved->errorString();
                finish(result);
                return;
            }
            const ResolvedCredentials c = resolved->credentials();
            result.ok = true;
            result.key = c.accessKey;
            result.source = QCoreApplication::translate("CliCredentials", "%1, key %2")
                                .arg(c.describeSource(), Profiles::maskAccessKeyId(c.accessKey.id));
            if (!c.aliyunFile.isEmpty()) {
                result.region = c.region;
            } else if (c.source != CredentialSource::Environment) {
                // Only what the profile itself says: the environment's region is
                // applied by the command already.
                if (const std::optional<Profile> p = profiles->profile(c.profileName)) {
                    result.region = p->region;
                    result.caBundle = p->caBundle;
                }
                result.endpoint = c.endpoint;
                result.signatureVersion = c.signatureVersion;
            }
            finish(result);
        });
}
