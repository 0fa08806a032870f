#include "credentials/stsendpoint.h"

#include <QTest>

// Where roles are assumed: the aliyun CLI's order, first wins, and plain http only to loopback.
class TestStsEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
};

void TestStsEndpoint::precedence_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("profileEndpoint");
    QTest::addColumn<QString>("profileRegion");
    QTest::addColumn<QString>("envEndpoint");
    QTest::addColumn<QString>("envRegion");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("nothing: the global endpoint")
        << QString() << QString() << QString() << QString() << QString()
        << QStringLiteral("https://sts.aliyuncs.com");
    QTest::newRow("--sts-endpoint over everything")
        << QStringLiteral("sts.cn-shanghai.aliyuncs.com") << QStringLiteral("p.example")
        << QStringLiteral("cn-beijing") << QStringLiteral("e.example")
        << QStringLiteral("cn-hangzhou") << QStringLiteral("https://sts.cn-shanghai.aliyuncs.com");
    QTest::newRow("profile host over its region")
        << QString() << QStringLiteral("sts-vpc.cn-beijing.aliyuncs.com")
        << QStringLiteral("cn-shanghai") << QString() << QString()
        << QStringLiteral("https://sts-vpc.cn-beijing.aliyuncs.com");
    QTest::newRow("profile URL kept as it is")
        << QString() << QStringLiteral("http://127.0.0.1:8123") << QString() << QString()
        << QString() << QStringLiteral("http://127.0.0.1:8123");
    QTest::newRow("profile region over the environment")
        << QString() << QString() << QStringLiteral("cn-beijing") << QStringLiteral("e.example")
        << QString() << QStringLiteral("https://sts.cn-beijing.aliyuncs.com");
    QTest::newRow("ALIBABA_CLOUD_STS_ENDPOINT over ALIBABA_CLOUD_STS_REGION")
        << QString() << QString() << QString() << QStringLiteral("sts.ap-southeast-1.aliyuncs.com")
        << QStringLiteral("cn-hangzhou")
        << QStringLiteral("https://sts.ap-southeast-1.aliyuncs.com");
    QTest::newRow("ALIBABA_CLOUD_STS_REGION")
        << QString() << QString() << QString() << QString() << QStringLiteral("cn-hangzhou")
        << QStringLiteral("https://sts.cn-hangzhou.aliyuncs.com");
    QTest::newRow("plain http to a remote host is refused")
        << QStringLiteral("http://sts.aliyuncs.com") << QString() << QString() << QString()
        << QString() << QString();
    QTest::newRow("a region that is not an id is refused")
        << QString() << QString() << QStringLiteral("cn hangzhou") << QString() << QString()
        << QString();
}

void TestStsEndpoint::precedence()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, profileEndpoint);
    QFETCH(QString, profileRegion);
    QFETCH(QString, envEndpoint);
    QFETCH(QString, envRegion);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    if (!envEndpoint.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_STS_ENDPOINT"), envEndpoint);
    if (!envRegion.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_STS_REGION"), envRegion);
    QString whyNot;
    const QUrl endpoint = StsEndpointChoice {commandLine, profileEndpoint, profileRegion}.resolve(
        environment, &whyNot);
    if (expected.isEmpty()) {
        QVERIFY(!endpoint.isValid());
        QVERIFY(!whyNot.isEmpty());
        return;
    }
    QVERIFY2(endpoint.isValid(), qPrintable(whyNot));
    QCOMPARE(endpoint.toString(), expected);
}

QTEST_GUILESS_MAIN(TestStsEndpoint)
#include "tst_stsendpoint.moc"
