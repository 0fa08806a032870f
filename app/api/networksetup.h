#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>

class QNetworkAccessManager;

/**
 * Proxy choice for the ActionTrail client: HTTPS_PROXY / https_proxy (HTTP_PROXY / http_proxy for
 * plain http), NO_PROXY / no_proxy, both spellings read (lower case wins, as in curl); otherwise
 * the system configuration. Loopback hosts are never proxied (the local emulator must stay
 * reachable when a corporate proxy is set).
 */
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &environment
                                     = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /** "localhost", 127.0.0.0/8 and ::1. */
    static bool isLoopbackHost(const QString &host);
    /** NO_PROXY semantics: comma-separated hosts/domains; ".x.com" and "x.com" match subdomains;
     * "*" all. */
    static bool matchesNoProxy(const QString &host, const QString &noProxy);
    /** "http://user:pw@proxy:3128" (or "socks5://...", or bare "proxy:3128") -> a QNetworkProxy. */
    static QNetworkProxy proxyFromUrl(const QString &value);

private:
    QString variable(const char *lowerCaseName) const;

    QProcessEnvironment m_environment;
};

/**
 * The one network setup the command line and the GUI both call for their QNetworkAccessManager:
 * system proxy configuration plus the environment variables above. TLS verification stays on
 * (nothing here or elsewhere turns it off). Plain http is allowed only to loopback, which
 * ActionTrailClient::isAllowedEndpoint() enforces per request.
 */
void configureNetworkAccess(QNetworkAccessManager *network,
                            const QProcessEnvironment &environment
                            = QProcessEnvironment::systemEnvironment());

/**
 * Adds CA certificates to the process's default TLS configuration, beside the system's (never
 * instead of them, and verification is never turned off), for networks behind TLS inspection:
 * SSL_CERT_FILE (a PEM file), SSL_CERT_DIR (directories of PEM files, separated by ':') and
 * `caBundle` (--ca-bundle FILE). Call before the first request. False with a one-line reason
 * naming the path when one of them cannot be read or holds no certificate.
 */
bool addTrustedCertificates(const QProcessEnvironment &environment, const QString &caBundle,
                            QString *error);

/**
 * A one-line reason when HTTPS_PROXY/HTTP_PROXY (either spelling) is set but is not a proxy URL
 * (e.g. "::::"); empty when they are fine or unset. A bad value must stop a command rather than
 * let requests go direct.
 */
QString proxyEnvironmentProblem(const QProcessEnvironment &environment);

/** The proxy of `url` as a person reads it ("http://proxy:3128", no credentials), or empty. */
QString describeProxyFor(QNetworkAccessManager *network, const QUrl &url);
