#include "networksetup.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QUrl>

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString EnvironmentProxyFactory::variable(const char *lowerCaseName) const
{
    const QString lower = QString::fromLatin1(lowerCaseName);
    QString value = m_environment.value(lower).trimmed();
    if (!value.isEmpty())
        return value;
    return m_environment.value(lower.toUpper()).trimmed();
}

bool EnvironmentProxyFactory::isLoopbackHost(const QString &host)
{
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

bool EnvironmentProxyFactory::matchesNoProxy(const QString &host, const QString &noProxy)
{
    const QString lowerHost = host.toLower();
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        // "host:port" entries: the port is not part of the decision here.
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !entry.contains(QLatin1String("::")) && entry.count(QLatin1Char(':')) == 1)
            entry = entry.left(colon);
        if (entry.startsWith(QLatin1Char('.')))
            entry = entry.mid(1);
        if (lowerHost == entry || lowerHost.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

QNetworkProxy EnvironmentProxyFactory::proxyFromUrl(const QString &value)
{
    QUrl url(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    if (!url.isValid() || url.host().isEmpty())
        return {QNetworkProxy::NoProxy};
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(socks ? 1080 : 80)));
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.url().isValid() ? query.url().host() : query.peerHostName();
    if (isLoopbackHost(host) || matchesNoProxy(host, variable("no_proxy")))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QString scheme = query.url().scheme().isEmpty() ? query.protocolTag()
                                                          : query.url().scheme();
    const QString configured = scheme == QLatin1String("http") ? variable("http_proxy")
                                                                : variable("https_proxy");
    if (!configured.isEmpty()) {
        const QNetworkProxy proxy = proxyFromUrl(configured);
        if (proxy.type() != QNetworkProxy::NoProxy)
            return {proxy};
    }
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

void configureNetworkAccess(QNetworkAccessManager *network,
                            const QProcessEnvironment &environment)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    network->setProxyFactory(new EnvironmentProxyFactory(environment)); // the manager owns it
    // Never follow redirects: a redirect would carry our signed headers to another place.
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}
