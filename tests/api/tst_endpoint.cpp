// Endpoint rules (https anywhere, http only to loopback) and the proxy choice from the environment.
#include "api/actiontrailclient.h"
#include "api/networksetup.h"

#include <QNetworkAccessManager>
#include <QTest>

class tst_Endpoint : public QObject
{
    Q_OBJECT

private slots:
    void endpointForRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("cn-hangzhou")
            << QStringLiteral("cn-hangzhou")
            << QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com");
        QTest::newRow("finance") << QStringLiteral("cn-shanghai-finance-1")
                                 << QStringLiteral(
                                        "https://actiontrail.cn-shanghai-finance-1.aliyuncs.com");
        QTest::newRow("a region not in our list")
            << QStringLiteral("xx-new-9")
            << QStringLiteral("https://actiontrail.xx-new-9.aliyuncs.com");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a dot would change the host") << QStringLiteral("evil.com/x") << QString();
        QTest::newRow("upper case") << QStringLiteral("CN-HANGZHOU") << QString();
        QTest::newRow("space") << QStringLiteral("cn hangzhou") << QString();
    }
    void endpointForRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, expected);
        const QUrl url = ActionTrailClient::endpointForRegion(region);
        QCOMPARE(url.toString(), expected);
        if (!expected.isEmpty())
            QVERIFY(ActionTrailClient::isAllowedEndpoint(url));
    }

    void allowedEndpoints_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("hostHeader");
        QTest::newRow("https public")
            << QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com") << true
            << QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
        QTest::newRow("https with default port")
            << QStringLiteral("https://example.com:443") << true << QStringLiteral("example.com");
        QTest::newRow("https with other port") << QStringLiteral("https://example.com:8443/")
                                               << true << QStringLiteral("example.com:8443");
        QTest::newRow("https vpc")
            << QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com") << true
            << QStringLiteral("actiontrail-vpc.cn-beijing.aliyuncs.com");
        QTest::newRow("http 127.0.0.1")
            << QStringLiteral("http://127.0.0.1:8080") << true << QStringLiteral("127.0.0.1:8080");
        QTest::newRow("http 127.1.2.3")
            << QStringLiteral("http://127.1.2.3:1") << true << QStringLiteral("127.1.2.3:1");
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << true
                                  << QStringLiteral("[::1]:9000");
        QTest::newRow("http localhost")
            << QStringLiteral("http://localhost:9000") << true << QStringLiteral("localhost:9000");
        QTest::newRow("http LOCALHOST")
            << QStringLiteral("http://LOCALHOST") << true << QStringLiteral("localhost");
        QTest::newRow("http public")
            << QStringLiteral("http://actiontrail.cn-hangzhou.aliyuncs.com") << false << QString();
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false << QString();
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << false << QString();
        QTest::newRow("http localhost.evil.com")
            << QStringLiteral("http://localhost.evil.com") << false << QString();
        QTest::newRow("http 127.0.0.1.nip.io")
            << QStringLiteral("http://127.0.0.1.nip.io") << false << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false << QString();
        QTest::newRow("no scheme")
            << QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com") << false << QString();
        QTest::newRow("a path") << QStringLiteral("https://example.com/api") << false << QString();
        QTest::newRow("a query") << QStringLiteral("https://example.com/?a=b") << false
                                 << QString();
        QTest::newRow("user info")
            << QStringLiteral("https://user:pw@example.com") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void allowedEndpoints()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, allowed);
        QFETCH(QString, hostHeader);
        const QUrl url(endpoint);
        QString whyNot;
        QCOMPARE(ActionTrailClient::isAllowedEndpoint(url, &whyNot), allowed);
        QCOMPARE(whyNot.isEmpty(), allowed);
        if (allowed)
            QCOMPARE(ActionTrailClient::hostHeader(url), hostHeader);
        else
            QVERIFY2(!whyNot.contains(QStringLiteral("pw")), qPrintable(whyNot));
    }

    void proxyFromEnvironment_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedHost"); // empty: no proxy
        QTest::addColumn<int>("expectedPort");
        const QString https = QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com/");
        QTest::newRow("HTTPS_PROXY")
            << QStringList {QStringLiteral("HTTPS_PROXY=http://proxy.corp:3128")} << https
            << QStringLiteral("proxy.corp") << 3128;
        QTest::newRow("https_proxy") << QStringList {QStringLiteral("https_proxy=proxy.lower:8080")}
                                     << https << QStringLiteral("proxy.lower") << 8080;
        QTest::newRow("lower case wins") << QStringList {QStringLiteral("https_proxy=lower:1"),
                                                         QStringLiteral("HTTPS_PROXY=upper:2")}
                                         << https << QStringLiteral("lower") << 1;
        QTest::newRow("NO_PROXY domain") << QStringList {QStringLiteral("HTTPS_PROXY=p:1"),
                                                         QStringLiteral("NO_PROXY=.aliyuncs.com")}
                                         << https << QString() << 0;
        QTest::newRow("no_proxy bare domain")
            << QStringList {QStringLiteral("https_proxy=p:1"),
                            QStringLiteral("no_proxy=example.org,aliyuncs.com")}
            << https << QString() << 0;
        QTest::newRow("NO_PROXY star")
            << QStringList {QStringLiteral("HTTPS_PROXY=p:1"), QStringLiteral("NO_PROXY=*")}
            << https << QString() << 0;
        QTest::newRow("NO_PROXY other domain")
            << QStringList {QStringLiteral("HTTPS_PROXY=p:1"),
                            QStringLiteral("NO_PROXY=example.org")}
            << https << QStringLiteral("p") << 1;
        QTest::newRow("NO_PROXY suffix is not a domain")
            << QStringList {QStringLiteral("HTTPS_PROXY=p:1"), QStringLiteral("NO_PROXY=yuncs.com")}
            << https << QStringLiteral("p") << 1;
        QTest::newRow("http uses HTTP_PROXY")
            << QStringList {QStringLiteral("HTTP_PROXY=hp:81"), QStringLiteral("HTTPS_PROXY=sp:82")}
            << QStringLiteral("http://example.com/") << QStringLiteral("hp") << 81;
        QTest::newRow("loopback never proxied")
            << QStringList {QStringLiteral("HTTP_PROXY=hp:81"), QStringLiteral("http_proxy=hp:81")}
            << QStringLiteral("http://127.0.0.1:5000/") << QString() << 0;
    }
    void proxyFromEnvironment()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, url);
        QFETCH(QString, expectedHost);
        QFETCH(int, expectedPort);
        QProcessEnvironment env;
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0),
                       assignment.section(QLatin1Char('='), 1));
        EnvironmentProxyFactory factory(env);
        const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
        QVERIFY(!proxies.isEmpty());
        if (expectedHost.isEmpty()) {
            QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
        } else {
            QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
            QCOMPARE(proxies.first().hostName(), expectedHost);
            QCOMPARE(int(proxies.first().port()), expectedPort);
        }
    }

    void configureNetworkAccessInstallsTheFactory()
    {
        QNetworkAccessManager network;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://u:p@proxy:3128"));
        configureNetworkAccess(&network, env);
        QVERIFY(network.proxyFactory() != nullptr);
        const QList<QNetworkProxy> proxies = network.proxyFactory()->queryProxy(QNetworkProxyQuery(
            QUrl(QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com/"))));
        QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy"));
        QCOMPARE(proxies.first().user(), QStringLiteral("u"));
        QCOMPARE(network.redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
    }
};

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"
