#pragma once

#include "api/clientconfig.h"
#include "api/credentialprovider.h"
#include "api/requestsigner.h"

#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

/** The outcome of credential resolution for the command line. */
struct CliCredentials
{
    bool ok = false;
    /** Signs the command's requests (a fixed key, or a role assumed when first needed). */
    std::shared_ptr<CredentialProvider> provider;
    /** Which source won, for --verbose ("environment variables ..."); never the secret. */
    QString source;
    /** One line saying what is missing or wrong, when !ok (the command exits with 2). */
    QString error;

    // Set only when a profile won and defines them: where its requests go unless --region,
    // --endpoint or --signature-version on the command line say otherwise.
    QString region;
    QUrl endpoint;
    /** The profile's endpoints of some regions; the command line's --endpoint REGION=URL wins. */
    QMap<QString, QUrl> regionEndpoints;
    std::optional<SignatureVersion> signatureVersion;
    /** The profile's CA bundle (a PEM file trusted beside the system's), if it names one. */
    QString caBundle;
};

/** What the command line asks for: which profile, and how role profiles reach STS. */
struct CliCredentialQuery
{
    /** `--profile`; empty when not given. */
    QString profile;
    /** `--sts-endpoint`; empty when not given. */
    QString stsEndpoint;
    QProcessEnvironment environment;
    /** For roles' AssumeRole calls (a role profile needs it). */
    QNetworkAccessManager *network = nullptr;
    /** Retries, deadline, timeouts and clock of the AssumeRole calls. */
    ClientConfig stsSettings;
};

/**
 * THE place where the command line finds its credentials: CredentialResolver's precedence
 * (--profile > ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/_SECURITY_TOKEN > ALIBABA_CLOUD_PROFILE >
 * default profile), secrets from the keychain. `done` is called exactly once, later (a keychain
 * read is asynchronous), in the thread of `context`, and not at all if `context` is destroyed
 * first.
 */
void resolveCliCredentials(const CliCredentialQuery &query, QObject *context,
                           std::function<void(const CliCredentials &)> done);
