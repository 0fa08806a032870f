#include "apierror.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace {

QString ramAction(const ApiError &error)
{
    return QStringLiteral("actiontrail:")
        + (error.action.isEmpty() ? QStringLiteral("*") : error.action);
}

/** "about 17 minutes ahead"/"behind": how far the local clock is off from the server's Date. */
QString describeSkew(const ApiError &error)
{
    if (!error.serverDate.isValid() || !error.localDate.isValid())
        return {};
    const qint64 seconds = error.serverDate.secsTo(error.localDate); // > 0: local is ahead
    const qint64 magnitude = qAbs(seconds);
    QString amount;
    if (magnitude >= qint64(2) * 3600)
        amount = QCoreApplication::translate("ApiError", "%n hour(s)", nullptr,
                                             static_cast<int>(magnitude / 3600));
    else if (magnitude >= 120)
        amount = QCoreApplication::translate("ApiError", "%1 minutes").arg(magnitude / 60);
    else
        amount = QCoreApplication::translate("ApiError", "%1 seconds").arg(magnitude);
    return seconds >= 0
        ? QCoreApplication::translate(
              "ApiError", "Your computer's clock is about %1 ahead of the service's (%2 UTC).")
              .arg(amount, error.serverDate.toUTC().toString(Qt::ISODate))
        : QCoreApplication::translate(
              "ApiError", "Your computer's clock is about %1 behind the service's (%2 UTC).")
              .arg(amount, error.serverDate.toUTC().toString(Qt::ISODate));
}

QString describeNetwork(const ApiError &error, ErrorAudience audience)
{
    const QString host = error.host.isEmpty()
        ? QCoreApplication::translate("ApiError", "the service")
        : error.host;
    // Through a proxy, Qt reports a refused or vanished proxy as a proxy error or, for an https
    // tunnel, as an unknown network error: either way the proxy is what to check.
    const auto code = QNetworkReply::NetworkError(error.networkError);
    const bool proxyCode = code >= QNetworkReply::ProxyConnectionRefusedError
        && code <= QNetworkReply::UnknownProxyError;
    if (!error.proxy.isEmpty() && (proxyCode || code == QNetworkReply::UnknownNetworkError))
        return QCoreApplication::translate(
                   "ApiError",
                   "The proxy %1 could not be used to reach %2: %3. Check HTTPS_PROXY "
                   "(HTTP_PROXY for http://) and NO_PROXY.")
            .arg(error.proxy, host, error.detail);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        if (audience == ErrorAudience::Window)
            return QCoreApplication::translate(
                       "ApiError",
                       "%1 refused the connection. Check the endpoint and region in the account's "
                       "settings (Accounts\u2026, Edit) and that the service is reachable.")
                .arg(host);
        return QCoreApplication::translate(
                   "ApiError",
                   "%1 refused the connection. Check the endpoint (--endpoint / region) and that "
                   "the service is reachable.")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
                   "ApiError",
                   "The host %1 could not be found. Check the region or endpoint and your DNS or "
                   "network connection.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate(
                   "ApiError",
                   "%1 closed the connection before answering completely. This is usually "
                   "temporary; try again.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate(
                   "ApiError",
                   "The secure (TLS) connection to %1 could not be established: %2. The "
                   "certificate is not trusted or the connection is being intercepted; check the "
                   "system's CA certificates and any proxy.")
            .arg(host, error.detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate(
                   "ApiError",
                   "The proxy could not be used to reach %1: %2. Check HTTPS_PROXY / NO_PROXY "
                   "and the system proxy settings.")
            .arg(host, error.detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate(
            "ApiError", "The network is not available. Check your connection and try again.");
    default:
        return QCoreApplication::translate(
                   "ApiError",
                   "Could not talk to %1: %2. Check your network connection and try again.")
            .arg(host, error.detail);
    }
}

QString parameterName(const QString &code, const char *prefix)
{
    return code.mid(int(qstrlen(prefix)));
}

QString describeService(const ApiError &error, ErrorAudience audience)
{
    const QString &code = error.code;
    const QString keyId = error.accessKeyId.isEmpty()
        ? QCoreApplication::translate("ApiError", "(none)")
        : error.accessKeyId;
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return QCoreApplication::translate(
                   "ApiError",
                   "The service rejected the request signature: the AccessKey secret does not "
                   "belong to AccessKey ID %1. Enter the secret again (copy it from the RAM "
                   "console).")
            .arg(keyId);
    if (code == QLatin1String("IncompleteSignature") && audience == ErrorAudience::Window)
        return QCoreApplication::translate(
            "ApiError",
            "The service says the request signature is incomplete. A proxy may be "
            "altering requests; otherwise set the account's signature to V1 (Accounts\u2026, Edit) "
            "and report this.");
    if (code == QLatin1String("IncompleteSignature"))
        return QCoreApplication::translate(
            "ApiError",
            "The service says the request signature is incomplete. A proxy may be "
            "altering requests; otherwise try --signature-version v1 and report this.");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return QCoreApplication::translate(
                   "ApiError",
                   "The AccessKey ID %1 does not exist. Check the key (it may have been deleted) "
                   "or sign in with another one.")
            .arg(keyId);
    if (code == QLatin1String("InvalidAccessKeyId.Inactive"))
        return QCoreApplication::translate(
                   "ApiError",
                   "The AccessKey %1 is disabled. Enable it in the RAM console or sign in with "
                   "another key.")
            .arg(keyId);
    if (code == QLatin1String("InvalidTimeStamp.Expired")) {
        const QString skew = describeSkew(error);
        return (skew.isEmpty() ? QCoreApplication::translate(
                    "ApiError",
                    "Your computer's clock differs from the service's by more "
                    "than 15 minutes.")
                               : skew)
            + QLatin1Char(' ')
            + QCoreApplication::translate(
                   "ApiError",
                   "Requests are refused when the clock is off by more than 15 minutes: correct "
                   "the "
                   "system clock (enable automatic time synchronisation) and try again.");
    }
    if (code == QLatin1String("EntityNotExist.Role"))
        return QCoreApplication::translate(
                   "ApiError",
                   "The RAM role %1 does not exist. Check the role ARN (account ID and role "
                   "name) in the profile.")
            .arg(error.parameters.value(QStringLiteral("RoleArn")));
    if (code == QLatin1String("NoPermission") && error.action == QLatin1String("AssumeRole"))
        return QCoreApplication::translate(
                   "ApiError",
                   "Not allowed to assume the role %1 with AccessKey ID %2: the role's trust "
                   "policy must name this user or role (and its ExternalId, if it asks for one), "
                   "and the caller needs sts:AssumeRole.")
            .arg(error.parameters.value(QStringLiteral("RoleArn")), keyId);
    if (code == QLatin1String("InvalidSecurityToken.Expired"))
        return QCoreApplication::translate(
            "ApiError",
            "The temporary (STS) credentials have expired. Sign in again, or use a profile that "
            "renews them (a RAM role).");
    if (code.startsWith(QLatin1String("InvalidSecurityToken")))
        return QCoreApplication::translate(
                   "ApiError",
                   "The service did not accept the security token of AccessKey ID %1. Enter the "
                   "STS token again, together with its key and secret.")
            .arg(keyId);
    if (code == QLatin1String("InvalidTimeStamp.Format"))
        return QCoreApplication::translate(
            "ApiError",
            "The service did not accept the request's time stamp format. This is a bug in "
            "Backfill Browser; please report it.");
    if (code == QLatin1String("SignatureNonceUsed"))
        return QCoreApplication::translate(
            "ApiError",
            "The service saw this request twice (its nonce was already used). Try again.");
    if (code == QLatin1String("InvalidApi.NotFound"))
        return QCoreApplication::translate(
                   "ApiError",
                   "%1 does not offer the ActionTrail operation %2. Check the endpoint or region.")
            .arg(error.host.isEmpty() ? QCoreApplication::translate("ApiError", "The endpoint")
                                      : error.host,
                 error.action);
    if (code.startsWith(QLatin1String("Forbidden")))
        return QCoreApplication::translate(
                   "ApiError",
                   "Permission denied: your RAM user or role is not allowed %1. Ask an "
                   "administrator to grant the RAM action %1 in a RAM policy.")
            .arg(ramAction(error));
    if (code.startsWith(QLatin1String("Throttling")))
        return QCoreApplication::translate(
            "ApiError",
            "The service is throttling requests (too many in a short time). Wait a moment "
            "and try again.");
    if (code == QLatin1String("ServiceUnavailable"))
        return QCoreApplication::translate(
            "ApiError", "ActionTrail is temporarily unavailable. Try again in a few minutes.");
    if (code == QLatin1String("InternalError"))
        return QCoreApplication::translate(
            "ApiError",
            "ActionTrail had an internal error. Try again; if it persists, contact Alibaba "
            "Cloud support with the request ID.");
    if (code == QLatin1String("DeliveryHistoryJobRunning"))
        return QCoreApplication::translate(
            "ApiError",
            "Another backfill task is still running, and only one may run at a time per "
            "account. Wait until it completes (or delete it), then try again.");
    if (code == QLatin1String("TrailNotFoundException")) {
        const QString trail = error.parameters.value(QStringLiteral("TrailName"));
        return trail.isEmpty()
            ? QCoreApplication::translate(
                "ApiError", "The trail does not exist (or the task refers to a deleted trail).")
            : QCoreApplication::translate(
                  "ApiError",
                  "The trail \"%1\" does not exist. Check the name; the trail must deliver to "
                  "Simple Log Service.")
                  .arg(trail);
    }
    if (isNotFoundError(error)) {
        const QString jobId = error.parameters.value(QStringLiteral("JobId"));
        return jobId.isEmpty()
            ? QCoreApplication::translate(
                "ApiError", "The backfill task does not exist (it may have been deleted).")
            : QCoreApplication::translate("ApiError",
                                          "There is no backfill task with ID %1 (it may have been "
                                          "deleted).")
                  .arg(jobId);
    }
    if (code.startsWith(QLatin1String("Missing")))
        return QCoreApplication::translate(
                   "ApiError",
                   "The request lacked the required parameter %1. This is a bug in Backfill "
                   "Browser; please report it.")
            .arg(parameterName(code, "Missing"));
    if (code.startsWith(QLatin1String("Invalid")) && !code.contains(QLatin1Char('.'))) {
        const QString name = parameterName(code, "Invalid");
        const QString value = error.parameters.value(name);
        return value.isEmpty()
            ? QCoreApplication::translate("ApiError", "The service did not accept the value of %1.")
                  .arg(name)
            : QCoreApplication::translate("ApiError", "The service did not accept %1 = \"%2\".")
                  .arg(name, value);
    }
    return QCoreApplication::translate("ApiError", "The service refused the request (%1): %2")
        .arg(code, error.message);
}

} // namespace

bool isNotFoundError(const ApiError &error)
{
    // [ours] Not documented: Get/Delete of an unknown JobId answers DeliveryHistoryJobNotFound
    // (Alibaba's Terraform provider checks it); the documented TrailNotFoundException is alike.
    return error.kind == ApiError::Kind::Service
        && (error.code == QLatin1String("DeliveryHistoryJobNotFound")
            || error.code == QLatin1String("TrailNotFoundException"));
}

QString describeApiError(const ApiError &error, ErrorAudience audience)
{
    if (error.outcomeUnknown) {
        const QString jobId = error.parameters.value(QStringLiteral("JobId"));
        return QCoreApplication::translate(
                   "ApiError",
                   "Unknown outcome: the request to delete backfill task %1 was sent, "
                   "but the connection broke before the answer, and the task still "
                   "exists. The deletion may still happen. Check the task before "
                   "deleting it again.")
            .arg(jobId);
    }
    switch (error.kind) {
    case ApiError::Kind::Service:
        return describeService(error, audience);
    case ApiError::Kind::Http:
        if (error.httpStatus >= 500)
            return QCoreApplication::translate(
                       "ApiError",
                       "The service answered HTTP %1 without an explanation. This is usually "
                       "temporary; try again later.")
                .arg(error.httpStatus);
        if (error.httpStatus == 407)
            return QCoreApplication::translate(
                "ApiError", "The proxy requires authentication (HTTP 407). Check HTTPS_PROXY.");
        return QCoreApplication::translate(
                   "ApiError",
                   "The service answered HTTP %1 without an explanation. Check the endpoint: it "
                   "may not be an ActionTrail endpoint, or a proxy intercepted the request.")
            .arg(error.httpStatus);
    case ApiError::Kind::Network:
        return describeNetwork(error, audience);
    case ApiError::Kind::Timeout:
        if (audience == ErrorAudience::Window)
            return QCoreApplication::translate(
                       "ApiError",
                       "%1 did not answer in time. Check your network connection and try again.")
                .arg(error.host.isEmpty() ? QCoreApplication::translate("ApiError", "The service")
                                          : error.host);
        return QCoreApplication::translate(
                   "ApiError",
                   "%1 did not answer in time. Check your network connection, or allow more time "
                   "with a longer --timeout.")
            .arg(error.host.isEmpty() ? QCoreApplication::translate("ApiError", "The service")
                                      : error.host);
    case ApiError::Kind::MalformedResponse:
        return QCoreApplication::translate(
                   "ApiError",
                   "The service's answer could not be understood (%1). If this persists, the "
                   "endpoint may not be ActionTrail or the API has changed.")
            .arg(error.detail);
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case ApiError::Kind::Configuration:
        return error.detail.isEmpty()
            ? QCoreApplication::translate("ApiError", "The connection settings are incomplete.")
            : error.detail;
    }
    return error.detail;
}

ApiError safeForDisplay(ApiError error)
{
    for (QString *text : {&error.code, &error.message, &error.requestId, &error.hostId,
                          &error.recommend, &error.detail})
        *text = SafeText::forDisplay(*text);
    for (QString &value : error.parameters)
        value = SafeText::forDisplay(value);
    return error;
}

QString apiErrorDetails(const ApiError &error)
{
    QStringList parts;
    if (!error.code.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Code: %1").arg(error.code);
    if (!error.message.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        parts << QCoreApplication::translate("ApiError", "RequestId: %1").arg(error.requestId);
    if (error.httpStatus > 0)
        parts << QCoreApplication::translate("ApiError", "HTTP status: %1").arg(error.httpStatus);
    if (!error.hostId.isEmpty())
        parts << QCoreApplication::translate("ApiError", "HostId: %1").arg(error.hostId);
    if (!error.detail.isEmpty() && error.kind != ApiError::Kind::Configuration)
        parts << QCoreApplication::translate("ApiError", "Detail: %1").arg(error.detail);
    if (!error.recommend.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Recommend: %1").arg(error.recommend);
    return parts.join(QLatin1Char('\n'));
}
