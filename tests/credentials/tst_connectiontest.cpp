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
    m_resolver = std::make_unique<CredentialResolver>(m_profiles.get(), m_secrets.get(),
                                                      QProcessEnvironment());
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
    QTest::newRow("works") << 200 << TestSupport::listSample() << true
                           << QStringLiteral("backfill task");
    QTest::newRow("unknown key")
        << 404
        << QByteArray(
               R"({"RequestId":"R1","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."})")
        << false << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("no permission")
        << 403
        << QByteArray(
               R"({"RequestId":"R2","Code":"Forbidden.RAM","Message":"User not authorized"})")
        << false << QStringLiteral("Forbidden.RAM");
}

void TestConnectionTest::outcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, fragment);
    m_server->setHandler(
        [status, body](const RecordedRequest &) { return ScriptedResponse::json(status, body); });

    ConnectionTest *test
        = ConnectionTest::start(&m_network, m_resolver.get(), QStringLiteral("prod"), this);
    QSignalSpy finished(test, &ConnectionTest::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("prod"));
    QCOMPARE(finished.at(0).at(1).toBool(), ok);
    QVERIFY2(finished.at(0).at(2).toString().contains(fragment),
             qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(!finished.at(0).at(2).toString().contains(QStringLiteral("FAKE-conn-secret")));

    QCOMPARE(m_server->requests().size(), 1); // not retried: none of these is transient
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.header("x-acs-action"), QByteArray("ListDeliveryHistoryJobs"));
    QCOMPARE(request.queryValue(QStringLiteral("PageSize")), QStringLiteral("1"));
    QVERIFY(request.header("Authorization").contains("Credential=LTAI5tFAKEconn,"));
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
