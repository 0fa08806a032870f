#include "networksetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &environment)
    : m_environment(environment)
{ }

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
    const QString scheme
        = query.url().scheme().isEmpty() ? query.protocolTag() : query.url().scheme();
    const bool plainHttp = scheme == QLatin1String("http");
    const QString configured = plainHttp ? variable("http_proxy") : variable("https_proxy");
    if (!configured.isEmpty()) {
        const QNetworkProxy proxy = proxyFromUrl(configured);
        if (proxy.type() != QNetworkProxy::NoProxy)
            return {proxy};
    }
    // Qt's own reading of the environment falls back to http_proxy for https; curl and Go do
    // not, and neither do we: HTTP_PROXY is for plain http only.
    if (!plainHttp && !variable("http_proxy").isEmpty())
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

void configureNetworkAccess(QNetworkAccessManager *network, const QProcessEnvironment &environment)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    network->setProxyFactory(new EnvironmentProxyFactory(environment)); // the manager owns it
    // Never follow redirects: a redirect would carry our signed headers to another place.
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

namespace {
bool addCertificatesFrom(const QString &path, const QString &what, QList<QSslCertificate> *into,
                         QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("NetworkSetup", "%1: cannot read %2: %3")
                     .arg(what, path, file.errorString());
        return false;
    }
    // A CA file is small; a bound keeps a wrong path (a device, a huge file) harmless.
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("NetworkSetup", "%1: %2 holds no PEM certificate")
                     .arg(what, path);
        return false;
    }
    into->append(certificates);
    return true;
}
} // namespace

bool addTrustedCertificates(const QProcessEnvironment &environment, const QString &caBundle,
                            QString *error)
{
    QList<QSslCertificate> extra;
    const QString certFile = environment.value(QStringLiteral("SSL_CERT_FILE")).trimmed();
    if (!certFile.isEmpty()
        && !addCertificatesFrom(certFile, QStringLiteral("SSL_CERT_FILE"), &extra, error))
        return false;
    const QString certDirs = environment.value(QStringLiteral("SSL_CERT_DIR")).trimmed();
    for (const QString &directory : certDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QDir dir(directory);
        if (!dir.exists()) {
            *error
                = QCoreApplication::translate("NetworkSetup", "SSL_CERT_DIR: %1 is not a directory")
                      .arg(directory);
            return false;
        }
        // Files that are not certificates (hash links to them are) are skipped, as OpenSSL does.
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Readable)) {
            QFile file(entry.filePath());
            if (file.size() <= 16 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                extra.append(QSslCertificate::fromData(file.readAll(), QSsl::Pem));
        }
    }
    if (!caBundle.isEmpty()
        && !addCertificatesFrom(caBundle, QStringLiteral("--ca-bundle"), &extra, error))
        return false;
    if (extra.isEmpty())
        return true;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(extra); // beside the system's
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

QString proxyEnvironmentProblem(const QProcessEnvironment &environment)
{
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"}) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (value.isEmpty())
            continue;
        const QNetworkProxy proxy = EnvironmentProxyFactory::proxyFromUrl(value);
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.port() == 0) {
            return QCoreApplication::translate(
                       "NetworkSetup",
                       "%1 is not a proxy URL such as http://proxy.example.com:3128 (\"%2\")")
                .arg(QString::fromLatin1(name), value);
        }
    }
    return {};
}

QString describeProxyFor(QNetworkAccessManager *network, const QUrl &url)
{
    QNetworkProxyFactory *factory = network->proxyFactory();
    if (!factory)
        return {};
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy
        || proxies.first().type() == QNetworkProxy::DefaultProxy)
        return {};
    const QNetworkProxy &proxy = proxies.first();
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                      : QStringLiteral("http");
    // Never the user name or password.
    return QStringLiteral("%1://%2:%3").arg(scheme, proxy.hostName()).arg(proxy.port());
}
