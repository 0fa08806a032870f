#include "clicredentials.h"

#include <QCoreApplication>

namespace {
CliCredentials resolveNow(const QString &profileOption, const QProcessEnvironment &environment)
{
    CliCredentials result;
    if (!profileOption.isEmpty()) {
        result.error = QCoreApplication::translate("CliCredentials", "profiles are not available yet in this build (--profile %1); set "
                          "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead")
                           .arg(profileOption);
        return result;
    }
    const QString id = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    const QString secret = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    const QString token = environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
    if (!id.isEmpty() && !secret.isEmpty()) {
        result.ok = true;
        result.key = {id, secret, token};
        result.source = token.isEmpty()
            ? QCoreApplication::translate("CliCredentials", "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (key %1)").arg(id)
            : QCoreApplication::translate("CliCredentials", "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/_SECURITY_TOKEN "
                 "(STS key %1)")
                  .arg(id);
        return result;
    }
    if (!id.isEmpty() || !secret.isEmpty()) {
        result.error = id.isEmpty()
            ? QCoreApplication::translate("CliCredentials", "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not")
            : QCoreApplication::translate("CliCredentials", "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not");
        return result;
    }
    const QString profileVariable = environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    if (!profileVariable.isEmpty()) {
        result.error = QCoreApplication::translate("CliCredentials", "profiles are not available yet in this build (ALIBABA_CLOUD_PROFILE=%1); "
                          "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead")
                           .arg(profileVariable);
        return result;
    }
    result.error = QCoreApplication::translate("CliCredentials", "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                      "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS)");
    return result;
}
} // namespace

void resolveCliCredentials(const QString &profileOption, const QProcessEnvironment &environment,
                           QObject *context, std::function<void(const CliCredentials &)> done)
{
    const CliCredentials result = resolveNow(profileOption, environment);
    // Queued, like the asynchronous keychain path that will replace this, so callers see one shape.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}
