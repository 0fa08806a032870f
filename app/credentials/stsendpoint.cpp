#include "stsendpoint.h"

#include "api/actiontrailclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QUrl forRegion(const QString &region, QString *whyNot)
{
    static const QRegularExpression regionForm(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!regionForm.match(region).hasMatch()) {
        if (whyNot)
            *whyNot = QCoreApplication::translate("StsEndpoint", "\"%1\" is not an STS region ID.")
                          .arg(region);
        return {};
    }
    return QUrl(QStringLiteral("https://sts.%1.aliyuncs.com").arg(region));
}
} // namespace

QUrl StsEndpointChoice::fromHostOrUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
}

QUrl StsEndpointChoice::resolve(const QProcessEnvironment &environment, QString *whyNot) const
{
    const QString environmentEndpoint
        = environment.value(QStringLiteral("ALIBABA_CLOUD_STS_ENDPOINT"));
    const QString environmentRegion = environment.value(QStringLiteral("ALIBABA_CLOUD_STS_REGION"));
    QUrl endpoint;
    if (!commandLine.isEmpty())
        endpoint = fromHostOrUrl(commandLine);
    else if (!profileEndpoint.isEmpty())
        endpoint = fromHostOrUrl(profileEndpoint);
    else if (!profileRegion.isEmpty())
        endpoint = forRegion(profileRegion, whyNot);
    else if (!environmentEndpoint.isEmpty())
        endpoint = fromHostOrUrl(environmentEndpoint);
    else if (!environmentRegion.isEmpty())
        endpoint = forRegion(environmentRegion, whyNot);
    else
        endpoint = ClientConfig::defaultStsEndpoint();
    if (!endpoint.isValid() && whyNot && !whyNot->isEmpty())
        return {};
    if (!ActionTrailClient::isAllowedEndpoint(endpoint, whyNot))
        return {};
    return endpoint;
}
