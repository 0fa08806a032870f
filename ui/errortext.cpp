#include "errortext.h"

#include <QCoreApplication>

// The words come from the API layer (describeApiError): one wording for the CLI and the UI.

namespace ErrorText {

QString human(const ApiError &error)
{
    return describeApiError(error);
}

QString identifiers(const ApiError &error)
{
    QStringList parts;
    if (!error.code.isEmpty())
        parts << QCoreApplication::translate("ErrorText", "Code: %1").arg(error.code);
    else if (error.httpStatus > 0)
        parts << QCoreApplication::translate("ErrorText", "HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        parts << QCoreApplication::translate("ErrorText", "RequestId: %1").arg(error.requestId);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString shortReason(const ApiError &error)
{
    if (!error.code.isEmpty())
        return error.code;
    if (error.httpStatus > 0)
        return QCoreApplication::translate("ErrorText", "HTTP %1").arg(error.httpStatus);
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ErrorText", "no answer in time");
    case ApiError::Kind::MalformedResponse:
        return QCoreApplication::translate("ErrorText", "unreadable answer");
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ErrorText", "network error");
    default:
        return QCoreApplication::translate("ErrorText", "error");
    }
}

QString details(const ApiError &error)
{
    return apiErrorDetails(error);
}

} // namespace ErrorText
