#include "credentials/connectiontest.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// "Test connection" over real loopback HTTP. Session-only secrets: no keychain needed here.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outcomes_data();
    void outcomes();
    void unknownProfile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CredentialResolver> m_resolver;
    QNetworkAccessManager m_network;
};

void TestConnectionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("backfill-test-unused"));
    // STS answers on the same loopback server (GetCallerIdentity, after ActionTrail).
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ALIBABA_CLOUD_STS_ENDPOINT"), m_server->url().toString());
    m_resolver
        = std::make_unique<CredentialResolver>(m_profiles.get(), m_secrets.get(), environment);
    Profile p;
    p.name = QStringLiteral("prod");
    p.accessKeyId = QStringLiteral("LTAI5tFAKEconn");
    p.endpoint = m_server->url();
    p.sessionOnly = true;
    QVERIFY(m_profiles->save(p));
    m_secrets->holdForSession(p.name, {QStringLiteral("FAKE-conn-secret"), {}});
}

void TestConnectionTest::cleanup()
{
    m_resolver.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_server.reset();
}

void TestConnectionTest::outcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("identified");
    QTest::newRow("works") << 200 << TestSupport::listSample() << true
                           << QStringLiteral("backfill task") << true;
    QTest::newRow("unknown key")
        << 404
        << QByteArray(
               R"({"RequestId":"R1","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."})")
        << false << QStringLiteral("InvalidAccessKeyId.NotFound") << false;
    QTest::newRow("no permission")
        << 403
        << QByteArray(
               R"({"RequestId":"R2","Code":"Forbidden.RAM","Message":"User not authorized"})")
        << false << QStringLiteral("Forbidden.RAM") << true;
}

void TestConnectionTest::outcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, fragment);
    QFETCH(bool, identified);
    m_server->setHandler([status, body, identified](const RecordedRequest &request) {
        if (request.header("x-acs-action") == "GetCallerIdentity" && identified)
            return ScriptedResponse::json(
                200,
                R"({"RequestId":"R9","AccountId":"1234567890123456","IdentityType":"RAMUser",)"
                R"("Arn":"acs:ram::1234567890123456:user/alice\u001b[31m","UserId":"2001"})");
        return ScriptedResponse::json(status, body);
    });

    ConnectionTest *test
        = ConnectionTest::start(&m_network, m_resolver.get(), QStringLiteral("prod"), this);
    QSignalSpy finished(test, &ConnectionTest::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("prod"));
    QCOMPARE(finished.at(0).at(1).toBool(), ok);
    QVERIFY2(finished.at(0).at(2).toString().contains(fragment),
             qPrintable(finished.at(0).at(2).toString()));
    const QString message = finished.at(0).at(2).toString();
    QVERIFY(!message.contains(QStringLiteral("FAKE-conn-secret")));
    // Who signed in, also (above all) when ActionTrail refused: the service's text made safe.
    if (identified) {
        QVERIFY2(message.contains(QStringLiteral("\nAccount: 1234567890123456\n"))
                     && message.contains(QStringLiteral("\nIdentity: RAMUser\n"))
                     && message.contains(
                         QStringLiteral("\nARN: acs:ram::1234567890123456:user/alice\\x1b[31m\n"))
                     && message.contains(QStringLiteral("\nExpires: never")),
                 qPrintable(message));
    } else {
        QVERIFY2(message.contains(QStringLiteral("STS did not say who this is")),
                 qPrintable(message));
    }
    QVERIFY(!message.contains(QChar(0x1b)));

    // Not retried: none of these is transient.
    QCOMPARE(m_server->requests().size(), 2);
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.header("x-acs-action"), QByteArray("ListDeliveryHistoryJobs"));
    QCOMPARE(request.queryValue(QStringLiteral("PageSize")), QStringLiteral("1"));
    QVERIFY(request.header("Authorization").contains("Credential=LTAI5tFAKEconn,"));
    const RecordedRequest &asked = m_server->requests().constLast();
    QCOMPARE(asked.header("x-acs-action"), QByteArray("GetCallerIdentity"));
    QVERIFY(asked.header("Authorization").contains("Credential=LTAI5tFAKEconn,"));
}

void TestConnectionTest::unknownProfile()
{
    ConnectionTest *test
        = ConnectionTest::start(&m_network, m_resolver.get(), QStringLiteral("ghost"), this);
    QSignalSpy finished(test, &ConnectionTest::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("no profile named \"ghost\"")));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
