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

QString details(const ApiError &error)
{
    return apiErrorDetails(error);
}

} // namespace ErrorText
