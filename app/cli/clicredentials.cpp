#include "clicredentials.h"

#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QCoreApplication>

void resolveCliCredentials(const CliCredentialQuery &query, QObject *context,
                           std::function<void(const CliCredentials &)> done)
{
    // The stores live as long as this one resolution: children of a holder owned by `context`.
    auto *holder = new QObject(context);
    auto *profiles = new ProfileStore(holder);
    auto *secrets = new SecretStore(holder);
    auto *resolver = new CredentialResolver(profiles, secrets, query.environment, holder);
    // Also how the aliyun CLI's CredentialsURI and CloudSSO profiles fetch their credentials.
    resolver->setStsAccess(query.network, query.stsSettings);
    resolver->setStsEndpointOverride(query.stsEndpoint);
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
    CredentialRequest *request = resolver->resolve(query.profile);
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
            result.provider = c.provider;
            result.source = QCoreApplication::translate("CliCredentials", "%1, signing with %2")
                                .arg(c.describeSource(), c.provider->describe());
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
                result.regionEndpoints = c.regionEndpoints;
                result.signatureVersion = c.signatureVersion;
            }
            finish(result);
        });
}
