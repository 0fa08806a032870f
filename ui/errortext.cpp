#include "errortext.h"

#include <QCoreApplication>

// When the API layer's describeApiError() lands, human() delegates to it (one wording for the
// CLI and the UI); until then this is the UI's own wording of the spec's error table.

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

namespace ErrorText {

QString missingRamAction(const ApiError &error)
{
    if (error.action.isEmpty())
        return {};
    return QStringLiteral("actiontrail:") + error.action;
}

QString human(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
        return tr("Could not reach ActionTrail. Check the network connection and proxy settings.");
    case ApiError::Kind::Timeout:
        return tr("ActionTrail did not answer in time. Try again in a moment.");
    case ApiError::Kind::MalformedResponse:
        return tr("ActionTrail sent an answer this app does not understand.");
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled.");
    case ApiError::Kind::Configuration:
        return error.message.isEmpty() ? tr("The account is not set up for this request.")
                                       : error.message;
    case ApiError::Kind::Http:
    case ApiError::Kind::Service:
        break;
    }
    const QString &code = error.code;
    if (code == QLatin1String("Forbidden.RAM")) {
        const QString action = missingRamAction(error);
        return action.isEmpty()
            ? tr("This account is not allowed to do this. Ask an administrator for the "
                 "ActionTrail permissions in RAM.")
            : tr("This account is not allowed to do this. Ask an administrator to grant the RAM "
                 "permission %1.")
                  .arg(action);
    }
    if (code == QLatin1String("ServiceUnavailable") || error.httpStatus == 503)
        return tr("ActionTrail is unavailable at the moment. Try again later.");
    if (code.startsWith(QLatin1String("Throttling")))
        return tr("Too many requests: ActionTrail is limiting this account. Wait a little and "
                  "try again.");
    if (code == QLatin1String("InternalError") || error.httpStatus >= 500)
        return tr("ActionTrail had an internal error. Try again later.");
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return tr("This computer's clock is off by more than 15 minutes. Correct the clock and "
                  "try again.");
    if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
        return tr("The AccessKey ID %1 is not known or is disabled. Check the account settings.")
            .arg(error.accessKeyId.isEmpty() ? tr("in use") : error.accessKeyId);
    if (code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("IncompleteSignature"))
        return tr("ActionTrail rejected the signature: the AccessKey secret is probably wrong.");
    if (code == QLatin1String("DeliveryHistoryJobRunning"))
        return tr("Another backfill task is still running. Only one can run at a time per "
                  "account.");
    if (code == QLatin1String("DeliveryHistoryJobNotFound"))
        return tr("The backfill task no longer exists.");
    if (code == QLatin1String("TrailNotFoundException"))
        return tr("The trail does not exist (or does not deliver to Simple Log Service).");
    if (!error.message.isEmpty())
        return error.message;
    return tr("ActionTrail answered with HTTP status %1.").arg(error.httpStatus);
}

QString identifiers(const ApiError &error)
{
    QStringList parts;
    if (!error.code.isEmpty())
        parts << tr("Code: %1").arg(error.code);
    else if (error.httpStatus > 0)
        parts << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        parts << tr("RequestId: %1").arg(error.requestId);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString details(const ApiError &error)
{
    QStringList lines;
    auto add = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            lines << tr(label).arg(value);
    };
    add(QT_TRANSLATE_NOOP("ErrorText", "Operation: %1"), error.action);
    if (error.httpStatus > 0)
        add(QT_TRANSLATE_NOOP("ErrorText", "HTTP status: %1"), QString::number(error.httpStatus));
    add(QT_TRANSLATE_NOOP("ErrorText", "Code: %1"), error.code);
    add(QT_TRANSLATE_NOOP("ErrorText", "Message: %1"), error.message);
    add(QT_TRANSLATE_NOOP("ErrorText", "RequestId: %1"), error.requestId);
    add(QT_TRANSLATE_NOOP("ErrorText", "HostId: %1"), error.hostId);
    add(QT_TRANSLATE_NOOP("ErrorText", "Recommend: %1"), error.recommend);
    add(QT_TRANSLATE_NOOP("ErrorText", "Detail: %1"), error.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ErrorText
