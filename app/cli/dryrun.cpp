#include "dryrun.h"

#include "api/actiontrailclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString dryRunText(const QUrl &endpoint, SignatureVersion version, const AccessKey &key,
                   const QString &action, const QMap<QString, QString> &parameters)
{
    UnsignedRequest request;
    request.method = "POST";
    request.host = ActionTrailClient::hostHeader(endpoint);
    request.action = action;
    request.apiVersion = ClientConfig::apiVersionOf(ApiProduct::ActionTrail);
    request.parameters = parameters;
    const SignedRequest signedRequest = RequestSigner(version).sign(request, key);

    const QString elided = QStringLiteral("<elided>");
    QMap<QString, QString> query = signedRequest.queryParameters;
    for (const char *secret : {"Signature", "SecurityToken"}) {
        if (query.contains(QString::fromLatin1(secret)))
            query.insert(QString::fromLatin1(secret), elided);
    }
    QStringList pairs;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();

    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    QString text = QCoreApplication::translate("JobsCommand",
                                               "Dry run: nothing is sent. The request would be:")
        + QLatin1Char('\n') + QStringLiteral("POST ") + url.toString(QUrl::RemoveQuery)
        + (pairs.isEmpty() ? QString() : QLatin1Char('?') + pairs.join(QLatin1Char('&')))
        + QLatin1Char('\n');
    static const QRegularExpression signature(QStringLiteral("Signature=[0-9a-fA-F]+"));
    for (const auto &[name, value] : signedRequest.headers) {
        QString shown = QString::fromLatin1(value);
        if (name == "authorization")
            shown.replace(signature, QStringLiteral("Signature=") + elided);
        else if (name == "x-acs-security-token")
            shown = elided;
        text += QString::fromLatin1(name) + QStringLiteral(": ") + shown + QLatin1Char('\n');
    }
    return text;
}
