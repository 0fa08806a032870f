// Signing in with RAM roles end to end: RoleSessionProvider assumes roles through the emulator's
// STS over loopback HTTP, and ActionTrail calls signed with the issued credentials. Time moves by
// an injected clock shared by the client and the emulator, never by waiting.

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/rolesessionprovider.h"
#include "api/stscalls.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(SignatureVersion)

namespace {
const AccessKey sourceKey {QStringLiteral("LTAIroleSource"), QStringLiteral("role-source-secret"),
                           QString()};
const QString account = QStringLiteral("1234567890123456");

QString roleArn(const QString &name)
{
    return QStringLiteral("acs:ram::%1:role/%2").arg(account, name);
}
} // namespace

class TestRoleSessions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void assumedRoleSignsActionTrailCalls_data();
    void assumedRoleSignsActionTrailCalls();
    void serviceRefusals_data();
    void serviceRefusals();
    void parameterRulesCheckedBeforeSending_data();
    void parameterRulesCheckedBeforeSending();
    void refreshesWhenLittleTimeRemains();
    void concurrentCallsShareOneRefresh();
    void failedRefreshKeepsTheValidSession();
    void expiredAnswerRefreshesOnce();
    void expiredFixedKeyIsTriedOnlyTwice();
    void chainOfThreeRoles();
    void wrongTokenIsRefused();

private:
    void startEmulator(const StsEmulatorSettings &sts = {});
    ClientConfig settings(std::shared_ptr<CredentialProvider> source) const;
    std::shared_ptr<RoleSessionProvider> role(std::shared_ptr<CredentialProvider> source,
                                              const AssumeRoleRequest &request);
    std::shared_ptr<RoleSessionProvider> role(const QString &name);
    std::unique_ptr<ActionTrailClient> client(std::shared_ptr<CredentialProvider> provider);
    /** Lists one page; the error when it failed. */
    std::optional<ApiError> listOnce(ActionTrailClient *client);
    /** Empty when one page was listed; else what went wrong (for the failure message). */
    QString listProblem(ActionTrailClient *client);
    int answered(const QString &code) const { return m_codes.count(code); }

    std::unique_ptr<ActionTrailEmulator> m_emulator;
    QNetworkAccessManager m_network;
    qint64 m_clientSkew = 0; // seconds added to the client's clock
    qint64 m_serverSkew = 0; // and to the emulator's
    QStringList m_codes; // the emulator's answers ("" for success)
};

void TestRoleSessions::init()
{
    m_clientSkew = 0;
    m_serverSkew = 0;
    m_codes.clear();
    startEmulator();
}

void TestRoleSessions::startEmulator(const StsEmulatorSettings &sts)
{
    EmulatorConfig config;
    config.key = sourceKey;
    config.jobCount = 3;
    config.sts = sts;
    config.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_serverSkew); };
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    connect(m_emulator.get(), &ActionTrailEmulator::requestHandled, this,
            [this](const QString &code, int) { m_codes << code; });
    QVERIFY(m_emulator->listen() != 0);
}

ClientConfig TestRoleSessions::settings(std::shared_ptr<CredentialProvider> source) const
{
    ClientConfig config;
    config.endpoint = m_emulator->endpoint();
    config.stsEndpoint = m_emulator->endpoint();
    config.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_clientSkew); };
    RetryPolicy policy([] { return 0.5; });
    policy.setBaseDelay(std::chrono::milliseconds(2));
    config.retryPolicy = policy;
    config.credentials = std::move(source);
    return config;
}

std::shared_ptr<RoleSessionProvider>
TestRoleSessions::role(std::shared_ptr<CredentialProvider> source, const AssumeRoleRequest &request)
{
    return std::make_shared<RoleSessionProvider>(&m_network, settings(std::move(source)), request);
}

std::shared_ptr<RoleSessionProvider> TestRoleSessions::role(const QString &name)
{
    AssumeRoleRequest request;
    request.roleArn = roleArn(name);
    return role(std::make_shared<StaticCredentialProvider>(Credentials {sourceKey, {}}), request);
}

std::unique_ptr<ActionTrailClient>
TestRoleSessions::client(std::shared_ptr<CredentialProvider> provider)
{
    auto result = std::make_unique<ActionTrailClient>(&m_network);
    result->setConfig(settings(std::move(provider)));
    return result;
}

std::optional<ApiError> TestRoleSessions::listOnce(ActionTrailClient *client)
{
    ListJobsCall *call = client->listDeliveryHistoryJobs(1, 10);
    QSignalSpy listed(call, &ListJobsCall::finished);
    QSignalSpy failed(call, &ApiCall::failed);
    [&] { QTRY_COMPARE(listed.size() + failed.size(), 1); }();
    if (failed.isEmpty())
        return std::nullopt;
    return failed.at(0).at(0).value<ApiError>();
}

QString TestRoleSessions::listProblem(ActionTrailClient *client)
{
    const std::optional<ApiError> error = listOnce(client);
    if (!error)
        return {};
    return describeApiError(*error) + QLatin1Char(' ') + apiErrorDetails(*error);
}

void TestRoleSessions::assumedRoleSignsActionTrailCalls_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestRoleSessions::assumedRoleSignsActionTrailCalls()
{
    QFETCH(SignatureVersion, version);
    auto provider = role(QStringLiteral("backfill-audit"));
    auto actionTrail = client(provider);
    actionTrail->setSignatureVersion(version);

    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(m_emulator->sts().sessionCount(), 1);
    const std::optional<Credentials> held = provider->current(std::chrono::seconds(0));
    QVERIFY(held);
    QVERIFY(held->key.id.startsWith(QLatin1String("STS.")));
    QVERIFY(held->key.securityToken.size() > 400); // never capped
    QVERIFY(!held->expiration.isNull());
    QVERIFY(provider->session().arn.contains(QLatin1String(":assumed-role/backfill-audit/")));
    QVERIFY(!provider->describe().contains(held->key.secret));
    QVERIFY(!provider->describe().contains(sourceKey.secret));

    // Who am I, with the role's credentials: the assumed role and its session.
    GetCallerIdentityCall *whoAmI = actionTrail->getCallerIdentity();
    QSignalSpy identified(whoAmI, &GetCallerIdentityCall::finished);
    QTRY_COMPARE(identified.size(), 1);
    const auto identity = identified.at(0).at(0).value<CallerIdentity>();
    QCOMPARE(identity.accountId, account);
    QCOMPARE(identity.identityType, QStringLiteral("AssumedRoleUser"));
    QCOMPARE(identity.arn, provider->session().arn);
    QVERIFY(identity.arn.endsWith(QLatin1Char('/') + provider->role().roleSessionName)
            || identity.arn.contains(QLatin1String("/backfill-browser-")));
    QCOMPARE(m_emulator->sts().sessionCount(), 1); // the held session served both calls
}

void TestRoleSessions::serviceRefusals_data()
{
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("arnAccount");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("role that does not exist") << QStringLiteral("gone") << QString() << account
                                              << QStringLiteral("EntityNotExist.Role") << 404;
    QTest::newRow("wrong ExternalId") << QStringLiteral("guarded") << QStringLiteral("not-it")
                                      << account << QStringLiteral("NoPermission") << 403;
    QTest::newRow("missing ExternalId") << QStringLiteral("guarded") << QString() << account
                                        << QStringLiteral("NoPermission") << 403;
    QTest::newRow("another account's role")
        << QStringLiteral("backfill-audit") << QString() << QStringLiteral("999")
        << QStringLiteral("NoPermission") << 403;
    QTest::newRow("right ExternalId")
        << QStringLiteral("guarded") << QStringLiteral("ext-42") << account << QString() << 200;
}

void TestRoleSessions::serviceRefusals()
{
    QFETCH(QString, roleName);
    QFETCH(QString, externalId);
    QFETCH(QString, arnAccount);
    QFETCH(QString, expectedCode);
    QFETCH(int, expectedStatus);
    StsEmulatorSettings sts;
    sts.deniedRoles = {QStringLiteral("gone")};
    sts.requiredExternalIds.insert(QStringLiteral("guarded"), QStringLiteral("ext-42"));
    startEmulator(sts);

    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(arnAccount, roleName);
    request.externalId = externalId;
    auto provider
        = role(std::make_shared<StaticCredentialProvider>(Credentials {sourceKey, {}}), request);
    auto actionTrail = client(provider);
    const std::optional<ApiError> error = listOnce(actionTrail.get());
    if (expectedCode.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(apiErrorDetails(*error)) : "");
        return;
    }
    QVERIFY(error);
    // The call reports why it could not sign: STS's own answer, with its action.
    QCOMPARE(error->code, expectedCode);
    QCOMPARE(error->httpStatus, expectedStatus);
    QCOMPARE(error->action, QStringLiteral("AssumeRole"));
    QVERIFY(!error->requestId.isEmpty());
    QCOMPARE(m_codes.count(QString()), 0); // ActionTrail was never asked
    QCOMPARE(m_codes.size(), 1); // a refusal is not retried
}

void TestRoleSessions::parameterRulesCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("sessionName");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expectedCode");
    const QString good = roleArn(QStringLiteral("r"));
    QTest::newRow("ARN without role/")
        << QStringLiteral("acs:ram::123:user/x") << QString() << 0 << QString() << QString()
        << QStringLiteral("InvalidParameter.RoleArn");
    QTest::newRow("session name of 1 char")
        << good << QStringLiteral("a") << 0 << QString() << QString()
        << QStringLiteral("InvalidParameter.RoleSessionName");
    QTest::newRow("session name with a space")
        << good << QStringLiteral("a b") << 0 << QString() << QString()
        << QStringLiteral("InvalidParameter.RoleSessionName");
    QTest::newRow("duration 899") << good << QString() << 899 << QString() << QString()
                                  << QStringLiteral("InvalidParameter.DurationSeconds");
    QTest::newRow("duration 43201") << good << QString() << 43201 << QString() << QString()
                                    << QStringLiteral("InvalidParameter.DurationSeconds");
    QTest::newRow("ExternalId of 1 char")
        << good << QString() << 0 << QStringLiteral("x") << QString()
        << QStringLiteral("InvalidParameter.ExternalId");
    QTest::newRow("ExternalId with a space")
        << good << QString() << 0 << QStringLiteral("a b") << QString()
        << QStringLiteral("InvalidParameter.ExternalId");
    QTest::newRow("policy not JSON")
        << good << QString() << 0 << QString() << QStringLiteral("{not json")
        << QStringLiteral("InvalidParameter.PolicyGrammar");
    QTest::newRow("policy of 2049 chars")
        << good << QString() << 0 << QString()
        << QStringLiteral("{\"a\":\"%1\"}").arg(QString(2049 - 8, QLatin1Char('x')))
        << QStringLiteral("InvalidParameter.PolicySize");
}

void TestRoleSessions::parameterRulesCheckedBeforeSending()
{
    QFETCH(QString, arn);
    QFETCH(QString, sessionName);
    QFETCH(int, duration);
    QFETCH(QString, externalId);
    QFETCH(QString, policy);
    QFETCH(QString, expectedCode);
    auto actionTrail
        = client(std::make_shared<StaticCredentialProvider>(Credentials {sourceKey, {}}));
    AssumeRoleCall *call
        = actionTrail->assumeRole({arn, sessionName, duration, externalId, policy});
    QSignalSpy failed(call, &ApiCall::failed);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(m_emulator->requestCount(), 0);

    // The emulator applies the same rules when a request does reach it.
    auto unchecked = role(std::make_shared<StaticCredentialProvider>(Credentials {sourceKey, {}}),
                          {roleArn(QStringLiteral("r")), {}, 0, {}, {}});
    QCOMPARE(listProblem(client(unchecked).get()), QString());
}

void TestRoleSessions::refreshesWhenLittleTimeRemains()
{
    StsEmulatorSettings sts;
    sts.durationCapSeconds = 900;
    startEmulator(sts);
    auto provider = role(QStringLiteral("short"));
    auto actionTrail = client(provider);

    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(m_emulator->sts().sessionCount(), 1);
    const QString firstKey = provider->current(std::chrono::seconds(0))->key.id;

    // 300 s left: more than the 180 s margin, the session is used as it is.
    m_clientSkew = m_serverSkew = 600;
    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(m_emulator->sts().sessionCount(), 1);

    // 100 s left: renewed before the call.
    m_clientSkew = m_serverSkew = 800;
    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(m_emulator->sts().sessionCount(), 2);
    QVERIFY(provider->current(std::chrono::seconds(0))->key.id != firstKey);
    QCOMPARE(answered(QStringLiteral("InvalidSecurityToken.Expired")), 0);
}

void TestRoleSessions::concurrentCallsShareOneRefresh()
{
    auto provider = role(QStringLiteral("shared"));
    auto first = client(provider);
    auto second = client(provider);
    QList<ListJobsCall *> calls {first->listDeliveryHistoryJobs(1, 5),
                                 second->listDeliveryHistoryJobs(1, 5),
                                 first->listDeliveryHistoryJobs(2, 5)};
    QSignalSpy refreshed(provider.get(), &CredentialProvider::refreshed);
    int finished = 0;
    for (ListJobsCall *call : calls)
        connect(call, &ListJobsCall::finished, this, [&finished] { ++finished; });
    QTRY_COMPARE(finished, 3);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(m_emulator->sts().sessionCount(), 1);
}

void TestRoleSessions::failedRefreshKeepsTheValidSession()
{
    StsEmulatorSettings sts;
    sts.durationCapSeconds = 900;
    startEmulator(sts);
    auto provider = role(QStringLiteral("going"));
    auto actionTrail = client(provider);
    QCOMPARE(listProblem(actionTrail.get()), QString());

    // 150 s left, and the role is gone: the refresh fails, the session still signs.
    m_emulator->sts().setDeniedRoles({QStringLiteral("going")});
    m_clientSkew = m_serverSkew = 750;
    QSignalSpy refreshFailed(provider.get(), &CredentialProvider::refreshFailed);
    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(refreshFailed.size(), 1);
    QCOMPARE(answered(QStringLiteral("EntityNotExist.Role")), 1);

    // Once it has expired, the refusal is what the call reports.
    m_clientSkew = m_serverSkew = 900;
    const std::optional<ApiError> error = listOnce(actionTrail.get());
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("EntityNotExist.Role"));
}

void TestRoleSessions::expiredAnswerRefreshesOnce()
{
    auto provider = role(QStringLiteral("skewed"));
    auto actionTrail = client(provider);
    QCOMPARE(listProblem(actionTrail.get()), QString());

    // The service's clock is past the session's end; ours is not (within its 15 minute skew).
    m_serverSkew = 3600 + 60;
    m_clientSkew = 3600 - 600;
    QCOMPARE(listProblem(actionTrail.get()), QString());
    QCOMPARE(answered(QStringLiteral("InvalidSecurityToken.Expired")), 1);
    QCOMPARE(m_emulator->sts().sessionCount(), 2);
}

void TestRoleSessions::expiredFixedKeyIsTriedOnlyTwice()
{
    auto provider = role(QStringLiteral("fixed"));
    auto actionTrail = client(provider);
    QCOMPARE(listProblem(actionTrail.get()), QString());
    // A pasted STS token: a refresh can only hand back the same key.
    auto pasted = std::make_shared<StaticCredentialProvider>(
        Credentials {provider->current(std::chrono::seconds(0))->key, {}});
    auto withPasted = client(pasted);
    m_serverSkew = 3600 + 60;
    m_clientSkew = 3600;
    m_codes.clear();
    const std::optional<ApiError> error = listOnce(withPasted.get());
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(m_codes, QStringList(2, QStringLiteral("InvalidSecurityToken.Expired")));
}

void TestRoleSessions::chainOfThreeRoles()
{
    auto first = role(QStringLiteral("hop-1"));
    auto second = role(first, {roleArn(QStringLiteral("hop-2")), {}, 0, {}, {}});
    auto third = role(second, {roleArn(QStringLiteral("hop-3")), {}, 0, {}, {}});
    auto actionTrail = client(third);
    GetCallerIdentityCall *whoAmI = actionTrail->getCallerIdentity();
    QSignalSpy identified(whoAmI, &GetCallerIdentityCall::finished);
    QTRY_COMPARE(identified.size(), 1);
    QVERIFY(identified.at(0).at(0).value<CallerIdentity>().arn.contains(
        QLatin1String(":assumed-role/hop-3/")));
    QCOMPARE(m_emulator->sts().sessionCount(), 3);
    QVERIFY(third->describe().contains(QLatin1String("hop-1")));
}

void TestRoleSessions::wrongTokenIsRefused()
{
    auto provider = role(QStringLiteral("token"));
    auto actionTrail = client(provider);
    QCOMPARE(listProblem(actionTrail.get()), QString());
    AccessKey forged = provider->current(std::chrono::seconds(0))->key;
    forged.securityToken += QLatin1Char('x');
    auto withForged = client(std::make_shared<StaticCredentialProvider>(Credentials {forged, {}}));
    const std::optional<ApiError> error = listOnce(withForged.get());
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
}

QTEST_GUILESS_MAIN(TestRoleSessions)
#include "tst_rolesessions.moc"
