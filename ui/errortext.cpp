#include "errortext.h"

#include <QCoreApplication>

namespace ErrorText {

QString identifiers(const ApiError &error)
{
    QStringList parts;
    // A success status says nothing about what failed (a broken body arrives with HTTP 200).
    if (!error.code.isEmpty())
        parts << QCoreApplication::translate("ErrorText", "Code: %1").arg(error.code);
    else if (error.httpStatus >= 300)
        parts << QCoreApplication::translate("ErrorText", "HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        parts << QCoreApplication::translate("ErrorText", "RequestId: %1").arg(error.requestId);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString shortReason(const ApiError &error)
{
    if (!error.code.isEmpty())
        return error.code;
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ErrorText", "no answer in time");
    case ApiError::Kind::MalformedResponse:
        return QCoreApplication::translate("ErrorText", "unreadable answer");
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ErrorText", "network error");
    default:
        break;
    }
    if (error.httpStatus >= 300)
        return QCoreApplication::translate("ErrorText", "HTTP %1").arg(error.httpStatus);
    return QCoreApplication::translate("ErrorText", "error");
}

} // namespace ErrorText
