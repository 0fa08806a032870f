#pragma once

#include "api/accesskey.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

/** The outcome of credential resolution for the command line. */
struct CliCredentials
{
    bool ok = false;
    AccessKey key;
    /** Which source won, for --verbose ("environment variables ..."); never the secret. */
    QString source;
    /** One line saying what is missing or wrong, when !ok (the command exits with 2). */
    QString error;
};

/**
 * THE place where the command line finds its credentials; the credentials work replaces this
 * body with profile resolution (precedence: --profile > environment > ALIBABA_CLOUD_PROFILE >
 * default profile). `done` is called exactly once, possibly later (a keychain read is
 * asynchronous), in the thread of `context`, and not at all if `context` is destroyed first.
 *
 * For now: ALIBABA_CLOUD_ACCESS_KEY_ID / _ACCESS_KEY_SECRET / _SECURITY_TOKEN only; a profile
 * (option or ALIBABA_CLOUD_PROFILE) is a clear error.
 */
void resolveCliCredentials(const QString &profileOption, const QProcessEnvironment &environment,
                           QObject *context, std::function<void(const CliCredentials &)> done);
