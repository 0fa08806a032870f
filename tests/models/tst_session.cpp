// Where the Session sends an account's requests: the command line's --endpoint REGION=URL, else
// the account's own endpoint of that region (its profile's), else the region's public one.
#include "api/actiontrailclient.h"
#include "models/session.h"

#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void endpointForRegion_data();
    void endpointForRegion();
};

void TestSession::endpointForRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("the command line's")
        << QStringLiteral("cn-beijing") << QUrl(QStringLiteral("https://cli.example.com"));
    QTest::newRow("the account's own")
        << QStringLiteral("cn-shanghai") << QUrl(QStringLiteral("https://vpc.example.com"));
    QTest::newRow("the public one")
        << QStringLiteral("cn-hangzhou")
        << QUrl(QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com"));
}

void TestSession::endpointForRegion()
{
    QFETCH(QString, region);
    QFETCH(QUrl, expected);
    Session session;
    session.setRegionEndpoints(
        {{QStringLiteral("cn-beijing"), QUrl(QStringLiteral("https://cli.example.com"))}});
    SessionAccount account;
    account.accessKey
        = AccessKey {QStringLiteral("LTAIsession"), QStringLiteral("FAKE-secret"), {}};
    account.region = region;
    account.regionEndpoints
        = {{QStringLiteral("cn-beijing"), QUrl(QStringLiteral("https://own-beijing.example.com"))},
           {QStringLiteral("cn-shanghai"), QUrl(QStringLiteral("https://vpc.example.com"))}};
    session.connectTo(account);
    QCOMPARE(session.endpointForRegion(region), expected);
    // The client of the session's region goes there too.
    QCOMPARE(session.endpoint(), expected);
    QCOMPARE(session.client()->endpoint(), expected);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
