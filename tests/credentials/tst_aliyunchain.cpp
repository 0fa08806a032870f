#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(CredentialSource)

namespace {
const QByteArray futureSeconds = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 7200);
const QByteArray pastSeconds = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60);

QByteArray config(const QByteArray &current, const QByteArray &profiles)
{
    return "{\"current\": \"" + current + "\", \"profiles\": [" + profiles + "]}";
}

const QByteArray workProfile = R"({"name": "work", "mode": "AK", "access_key_id":
    "LTAI5tFAKEwork0001", "access_key_secret": "work-secret", "region_id": "cn-shanghai"})";
} // namespace

/**
 * CredentialResolver with the aliyun CLI's files in a throw-away HOME: which source wins, and
 * what every mode of an aliyun CLI profile gives. No keychain is involved: none of these
 * choices reads one of our own secrets.
 */
class TestAliyunChain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void currentProfileWithoutAnythingElse();
    void precedence_data();
    void precedence();
    void brokenConfigIsAnError();
    void modes_data();
    void modes();
    void externalHangs();
    void credentialsUri_data();
    void credentialsUri();
    void cloudSsoRefreshesThroughThePortal_data();
    void cloudSsoRefreshesThroughThePortal();
    void cloudSsoPortalRefuses();
    void refreshFollowsTheFiles();
    void externalRunsAgainWhenItsCredentialsRunOut();
    void roleChains_data();
    void roleProfilesAssumeTheirRoles_data();
    void roleProfilesAssumeTheirRoles();
    void roleChains();

private:
    void writeConfig(const QByteArray &data);
    QString writeScript(const QString &name, const QByteArray &body);
    CredentialResolver *resolver();
    struct Outcome
    {
        bool ok = false;
        ResolvedCredentials credentials;
        /** What the provider holds after the resolution (its first fetch). */
        Credentials held;
        QString error;
    };
    Outcome resolve(const QString &explicitProfile = {});

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialResolver> m_resolver;
};

void TestAliyunChain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".aliyun")));
    m_environment = QProcessEnvironment();
    m_environment.insert(QStringLiteral("HOME"), m_home->path());
    m_environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    m_profiles = std::make_unique<ProfileStore>(m_home->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("backfill-test-aliyunchain"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_resolver.reset();
}

void TestAliyunChain::cleanup()
{
    m_resolver.reset();
    m_network.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_home.reset();
}

void TestAliyunChain::writeConfig(const QByteArray &data)
{
    QFile file(m_home->filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QString TestAliyunChain::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

CredentialResolver *TestAliyunChain::resolver()
{
    m_resolver
        = std::make_unique<CredentialResolver>(m_profiles.get(), m_secrets.get(), m_environment);
    m_resolver->setStsAccess(m_network.get(), ClientConfig());
    AliyunResolution::Limits limits;
    limits.processLimit = 300ms;
    limits.httpDeadline = 5s;
    m_resolver->setAliyunLimits(limits);
    return m_resolver.get();
}

TestAliyunChain::Outcome TestAliyunChain::resolve(const QString &explicitProfile)
{
    Outcome outcome;
    CredentialRequest *request = resolver()->resolve(explicitProfile);
    QSignalSpy spy(request, &CredentialRequest::finished);
    if (!spy.wait(20000)) {
        outcome.error = QStringLiteral("no answer");
        return outcome;
    }
    const auto *done = spy.at(0).at(0).value<CredentialRequest *>();
    outcome.ok = done->succeeded();
    outcome.credentials = done->credentials();
    if (outcome.credentials.provider && outcome.credentials.provider->last())
        outcome.held = *outcome.credentials.provider->last();
    outcome.error = done->errorString();
    return outcome;
}

void TestAliyunChain::currentProfileWithoutAnythingElse()
{
    writeConfig(config("work", workProfile));
    const Outcome outcome = resolve();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.held.key.id, QStringLiteral("LTAI5tFAKEwork0001"));
    QCOMPARE(outcome.held.key.secret, QStringLiteral("work-secret"));
    QCOMPARE(outcome.credentials.region, QStringLiteral("cn-shanghai"));
    QCOMPARE(outcome.credentials.source, CredentialSource::AliyunCurrentProfile);
    const QString described = outcome.credentials.describeSource();
    QVERIFY2(described.contains(QStringLiteral("aliyun CLI profile \"work\""))
                 && described.contains(m_home->filePath(QStringLiteral(".aliyun/config.json"))),
             qPrintable(described));
}

void TestAliyunChain::precedence_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("explicitProfile");
    QTest::addColumn<bool>("ourDefault");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CredentialSource>("source");
    QTest::addColumn<QString>("profileName"); // "" for the environment
    QTest::addColumn<bool>("aliyun");

    QTest::newRow("the CLI's current profile")
        << QStringList() << QString() << false << true << CredentialSource::AliyunCurrentProfile
        << QStringLiteral("work") << true;
    QTest::newRow("--profile names one of the CLI's")
        << QStringList() << QStringLiteral("other") << false << true
        << CredentialSource::ExplicitProfile << QStringLiteral("other") << true;
    QTest::newRow("--profile finds ours first")
        << QStringList() << QStringLiteral("work") << true << true
        << CredentialSource::ExplicitProfile << QStringLiteral("work") << false;
    QTest::newRow("--profile naming nobody")
        << QStringList() << QStringLiteral("nobody") << false << false
        << CredentialSource::ExplicitProfile << QStringLiteral("nobody") << false;
    QTest::newRow("ALIBABA_CLOUD_PROFILE names one of the CLI's")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_PROFILE=other")} << QString() << false << true
        << CredentialSource::EnvironmentProfile << QStringLiteral("other") << true;
    QTest::newRow("ALICLOUD_PROFILE alias")
        << QStringList {QStringLiteral("ALICLOUD_PROFILE=other")} << QString() << false << true
        << CredentialSource::EnvironmentProfile << QStringLiteral("other") << true;
    QTest::newRow("our default wins over the CLI's current")
        << QStringList() << QString() << true << true << CredentialSource::DefaultProfile
        << QStringLiteral("work") << false;
    QTest::newRow("environment keys win over the CLI's current")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenv"),
                        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=s")}
        << QString() << false << true << CredentialSource::Environment << QString() << false;
    QTest::newRow("ALICLOUD_ key aliases")
        << QStringList {QStringLiteral("ALICLOUD_ACCESS_KEY_ID=LTAIenv"),
                        QStringLiteral("ALICLOUD_ACCESS_KEY_SECRET=s")}
        << QString() << false << true << CredentialSource::Environment << QString() << false;
    QTest::newRow("CLI profile disabled: nothing left")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true")} << QString()
        << false << false << CredentialSource::DefaultProfile << QString() << false;
}

void TestAliyunChain::precedence()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, explicitProfile);
    QFETCH(bool, ourDefault);
    QFETCH(bool, ok);
    QFETCH(CredentialSource, source);
    QFETCH(QString, profileName);
    QFETCH(bool, aliyun);

    writeConfig(config("work", workProfile + R"(, {"name": "other", "mode": "AK",
        "access_key_id": "LTAI5tFAKEother002", "access_key_secret": "other-secret"})"));
    for (const QString &variable : variables)
        m_environment.insert(variable.section(QLatin1Char('='), 0, 0),
                             variable.section(QLatin1Char('='), 1));
    if (ourDefault) {
        Profile ours;
        ours.name = QStringLiteral("work");
        ours.accessKeyId = QStringLiteral("LTAI5tOURS00000001");
        QVERIFY(m_profiles->save(ours));
        QVERIFY(m_profiles->setDefaultProfile(ours.name));
    }
    const CredentialChoice choice = resolver()->choose(explicitProfile);
    QVERIFY2(choice.ok == ok, qPrintable(choice.error));
    if (!ok)
        return;
    QCOMPARE(choice.source, source);
    QCOMPARE(choice.profileName, profileName);
    QCOMPARE(bool(choice.aliyunProfile), aliyun);
}

void TestAliyunChain::brokenConfigIsAnError()
{
    writeConfig("{\"current\": \"work\", ");
    const Outcome outcome = resolve();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(m_home->filePath(QStringLiteral(".aliyun/config.json")))
                 && outcome.error.contains(QStringLiteral("not valid JSON")),
             qPrintable(outcome.error));
}

void TestAliyunChain::modes_data()
{
    QTest::addColumn<QByteArray>("profile"); // the JSON of the current profile, named "p"
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("keyId"); // expected on success
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("expires");
    QTest::addColumn<QString>("error"); // fragment expected on failure

    const QString none;
    QTest::newRow("ak in lower case")
        << QByteArray(
               R"({"name":"p","mode":"ak","access_key_id":"LTAIlower","access_key_secret":"s"})")
        << QStringList() << QStringLiteral("LTAIlower") << none << false << none;
    QTest::newRow("old style with every key")
        << QByteArray(R"({"name":"p","mode":"AK","access_key_id":"LTAIold","access_key_secret":"s",
            "sts_token":"","ram_role_arn":"","expired_seconds":0,"retry_timeout":0,
            "retry_count":0,"language":"en","site":""})")
        << QStringList() << QStringLiteral("LTAIold") << none << false << none;
    QTest::newRow("StsToken valid")
        << QByteArray(
               R"({"name":"p","mode":"STSTOKEN","access_key_id":"STS.a","access_key_secret":"s",
            "sts_token":"tok","sts_expiration":)"
               + futureSeconds + "}")
        << QStringList() << QStringLiteral("STS.a") << QStringLiteral("tok") << true << none;
    QTest::newRow("StsToken expired") << QByteArray(
        R"({"name":"p","mode":"StsToken","access_key_id":"STS.a","access_key_secret":"s",
            "sts_token":"tok","sts_expiration":)"
        + pastSeconds + "}") << QStringList()
                                      << none << none << false << QStringLiteral("expired at");
    QTest::newRow("External printing credentials")
        << QByteArray(R"({"name":"p","mode":"External","process_command":"SCRIPT ok"})")
        << QStringList() << QStringLiteral("STS.ext") << QStringLiteral("ext-token") << true
        << none;
    QTest::newRow("External printing garbage")
        << QByteArray(R"({"name":"p","mode":"external","process_command":"SCRIPT garbage"})")
        << QStringList() << none << none << false
        << QStringLiteral("did not print the expected JSON");
    QTest::newRow("External failing says what it printed on stderr")
        << QByteArray(R"({"name":"p","mode":"External","process_command":"SCRIPT fail"})")
        << QStringList() << none << none << false
        << QStringLiteral("exit code 3). It said: no session \\x1b[31m");
    QTest::newRow("External switched off")
        << QByteArray(R"({"name":"p","mode":"External","process_command":"SCRIPT ok"})")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS=true")} << none
        << none << false << QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids");
    QTest::newRow("CredentialsURI switched off")
        << QByteArray(
               R"({"name":"p","mode":"CredentialsURI","credentials_uri":"http://127.0.0.1:9/"})")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS=1")} << none << none
        << false << QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids");
    QTest::newRow("CloudSSO with cached credentials") << QByteArray(
        R"({"name":"p","mode":"CloudSSO","cloud_sso_sign_in_url":"https://portal.invalid/login",
            "cloud_sso_account_id":"1","cloud_sso_access_config":"ac","access_token":"",
            "access_key_id":"STS.sso","access_key_secret":"s","sts_token":"sso-tok",
            "sts_expiration":)"
        + futureSeconds + "}") << QStringList() << QStringLiteral("STS.sso")
                                                      << QStringLiteral("sso-tok") << true << none;
    QTest::newRow("CloudSSO with everything expired") << QByteArray(
        R"({"name":"p","mode":"CloudSSO","cloud_sso_sign_in_url":"https://portal.invalid/login",
            "cloud_sso_account_id":"1","cloud_sso_access_config":"ac","access_token":"old",
            "cloud_sso_access_token_expire":)"
        + pastSeconds + R"(,
            "access_key_id":"STS.sso","access_key_secret":"s","sts_token":"sso-tok",
            "sts_expiration":)"
        + pastSeconds + "}") << QStringList() << none << none
                                                      << false
                                                      << QStringLiteral(
                                                             "sign in again with: aliyun configure "
                                                             "--profile p --mode CloudSSO");
    for (const char *mode : {"EcsRamRole", "OIDC", "OAuth"}) {
        QTest::addRow("unsupported %s", mode)
            << (QByteArray(R"({"name":"p","mode":")") + mode + "\"}") << QStringList() << none
            << none << false
            << QStringLiteral("uses mode %1, which Backfill Browser does not support")
                   .arg(QLatin1String(mode));
    }
    QTest::newRow("unknown mode")
        << QByteArray(R"({"name":"p","mode":"RsaKeyPair"})") << QStringList() << none << none
        << false << QStringLiteral("mode \"RsaKeyPair\", which Backfill Browser does not know");
    QTest::newRow("no mode at all")
        << QByteArray(R"({"name":"p","mode":""})") << QStringList() << none << none << false
        << QStringLiteral("has no mode and no access key");
}

void TestAliyunChain::modes()
{
    QFETCH(QByteArray, profile);
    QFETCH(QStringList, variables);
    QFETCH(QString, keyId);
    QFETCH(QString, token);
    QFETCH(bool, expires);
    QFETCH(QString, error);

    const QString script = writeScript(
        QStringLiteral("creds.sh"),
        "case \"$1\" in\n"
        "ok) echo '{\"mode\":\"StsToken\",\"access_key_id\":\"STS.ext\",\"access_key_secret\":"
        "\"ext-secret\",\"sts_token\":\"ext-token\",\"expiration\":\"2099-01-01T00:00:00Z\"}' ;;\n"
        "garbage) echo '<html>secret-looking garbage</html>' ;;\n"
        "fail) printf 'no session \\033[31m\\n' >&2; exit 3 ;;\n"
        "esac");
    QVERIFY(!script.isEmpty());
    profile.replace("SCRIPT", script.toUtf8());
    writeConfig(config("p", profile));
    for (const QString &variable : variables)
        m_environment.insert(variable.section(QLatin1Char('='), 0, 0),
                             variable.section(QLatin1Char('='), 1));

    const Outcome outcome = resolve();
    if (error.isEmpty()) {
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.held.key.id, keyId);
        QCOMPARE(outcome.held.key.securityToken, token);
        QCOMPARE(outcome.held.expiration.isValid(), expires);
    } else {
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("\"p\"")), qPrintable(outcome.error));
        QVERIFY2(!outcome.error.contains(QStringLiteral("secret-looking")),
                 qPrintable(outcome.error));
    }
}

void TestAliyunChain::externalHangs()
{
    const QString script = writeScript(QStringLiteral("hang.sh"), "exec sleep 30");
    QVERIFY(!script.isEmpty());
    writeConfig(config(
        "p", R"({"name":"p","mode":"External","process_command":")" + script.toUtf8() + "\"}"));
    const Outcome outcome = resolve();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("did not finish within")),
             qPrintable(outcome.error));
}

void TestAliyunChain::credentialsUri_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("success") << QByteArray(
        R"({"Code":"Success","AccessKeyId":"STS.uri","AccessKeySecret":"s",
            "SecurityToken":"uri-tok","Expiration":"2099-01-01T00:00:00Z"})")
                             << 200 << QString();
    QTest::newRow("Code is not Success")
        << QByteArray(R"({"Code":"Failed","AccessKeyId":"STS.uri"})") << 200
        << QStringLiteral("Code is Failed, not Success");
    QTest::newRow("no token") << QByteArray(
        R"({"Code":"Success","AccessKeyId":"STS.uri","AccessKeySecret":"s",
            "Expiration":"2099-01-01T00:00:00Z"})")
                              << 200 << QStringLiteral("SecurityToken is missing");
    QTest::newRow("HTTP 500") << QByteArray("{}") << 500 << QStringLiteral("answered HTTP 500");
    QTest::newRow("not JSON") << QByteArray("<html>") << 200
                              << QStringLiteral("did not answer with a JSON object");
    QTest::newRow("too large") << (QByteArray("{\"x\":\"") + QByteArray(100 * 1024, 'a') + "\"}")
                               << 200 << QStringLiteral("more than credentials ever take");
}

void TestAliyunChain::credentialsUri()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QString, error);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedResponse::json(status, answer));
    const QUrl uri = server.url().resolved(QUrl(QStringLiteral("/creds?token=private")));
    writeConfig(config("p",
                       R"({"name":"p","mode":"CredentialsURI","credentials_uri":")"
                           + uri.toEncoded() + "\"}"));
    const Outcome outcome = resolve();
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    if (error.isEmpty()) {
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.held.key.securityToken, QStringLiteral("uri-tok"));
        QCOMPARE(outcome.held.expiration, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    } else {
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
        QVERIFY2(!outcome.error.contains(QStringLiteral("private")), qPrintable(outcome.error));
    }
}

void TestAliyunChain::cloudSsoRefreshesThroughThePortal_data()
{
    QTest::addColumn<QByteArray>("cachedExpiration");
    QTest::newRow("cached credentials expired") << pastSeconds;
    QTest::newRow("cached credentials in their last minute")
        << QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60);
}

void TestAliyunChain::cloudSsoRefreshesThroughThePortal()
{
    QFETCH(QByteArray, cachedExpiration);
    ScriptedHttpServer portal;
    QVERIFY(portal.listen());
    portal.enqueue(ScriptedResponse::json(200, R"({"RequestId":"r","CloudCredential":{
        "AccessKeyId":"STS.fresh","AccessKeySecret":"fresh-secret","SecurityToken":"fresh-tok",
        "Expiration":"2099-01-01T00:00:00Z"}})"));
    const QUrl signIn = portal.url().resolved(QUrl(QStringLiteral("/device/login")));
    writeConfig(config("sso",
                       R"({"name":"sso","mode":"CloudSSO","cloud_sso_sign_in_url":")"
                           + signIn.toEncoded() + R"(",
        "cloud_sso_account_id":"1234","cloud_sso_access_config":"ac-9","access_token":"bearer-1",
        "cloud_sso_access_token_expire":)"
                           + futureSeconds + R"(, "access_key_id":"STS.old","access_key_secret":"s",
        "sts_token":"old","sts_expiration":)"
                           + cachedExpiration + "}"));
    const QByteArray before
        = TestSupport::readFileOrDie(m_home->filePath(QStringLiteral(".aliyun/config.json")));

    const Outcome outcome = resolve();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.held.key.id, QStringLiteral("STS.fresh"));
    QCOMPARE(outcome.held.key.securityToken, QStringLiteral("fresh-tok"));
    QCOMPARE(portal.requests().size(), 1);
    const RecordedRequest &request = portal.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/cloud-credentials"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer bearer-1"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("AccountId")).toString(), QStringLiteral("1234"));
    QCOMPARE(body.value(QStringLiteral("AccessConfigurationId")).toString(),
             QStringLiteral("ac-9"));
    // The CLI writes refreshed credentials back; we never write its file.
    QCOMPARE(TestSupport::readFileOrDie(m_home->filePath(QStringLiteral(".aliyun/config.json"))),
             before);
}

void TestAliyunChain::cloudSsoPortalRefuses()
{
    ScriptedHttpServer portal;
    QVERIFY(portal.listen());
    portal.enqueue(ScriptedResponse::json(401, R"({"ErrorCode":"InvalidToken"})"));
    writeConfig(config("sso",
                       R"({"name":"sso","mode":"CloudSSO","cloud_sso_sign_in_url":")"
                           + portal.url().toEncoded() + R"(",
        "cloud_sso_account_id":"1","cloud_sso_access_config":"ac","access_token":"revoked",
        "cloud_sso_access_token_expire":)"
                           + futureSeconds + "}"));
    const Outcome outcome = resolve();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral(
                 "sign in again with: aliyun configure --profile sso --mode CloudSSO")),
             qPrintable(outcome.error));
}

void TestAliyunChain::refreshFollowsTheFiles()
{
    writeConfig(config("work", workProfile));
    const Outcome outcome = resolve();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const std::shared_ptr<CredentialProvider> provider = outcome.credentials.provider;
    QCOMPARE(provider->last()->key.id, QStringLiteral("LTAI5tFAKEwork0001"));

    // `aliyun configure` rotates the key while the session runs.
    writeConfig(config("work", R"({"name": "work", "mode": "AK", "access_key_id":
        "LTAI5tFAKErotated2", "access_key_secret": "rotated-secret"})"));
    QSignalSpy refreshed(provider.get(), &CredentialProvider::refreshed);
    provider->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(provider->last()->key.id, QStringLiteral("LTAI5tFAKErotated2"));
    QCOMPARE(provider->last()->key.secret, QStringLiteral("rotated-secret"));
}

void TestAliyunChain::externalRunsAgainWhenItsCredentialsRunOut()
{
    // Each run is counted and hands out credentials with one minute to live.
    const QString counter = m_home->filePath(QStringLiteral("runs"));
    const QString script = writeScript(
        QStringLiteral("short.sh"),
        "echo run >> '" + counter.toUtf8()
            + "'\n"
              "expires=$(date -u -d @$(( $(date +%s) + 60 )) +%Y-%m-%dT%H:%M:%SZ)\n"
              "echo \"{\\\"mode\\\":\\\"StsToken\\\",\\\"access_key_id\\\":\\\"STS.short\\\","
              "\\\"access_key_secret\\\":\\\"s\\\",\\\"sts_token\\\":\\\"t\\\","
              "\\\"expiration\\\":\\\"$expires\\\"}\"");
    QVERIFY(!script.isEmpty());
    writeConfig(config(
        "p", R"({"name":"p","mode":"External","process_command":")" + script.toUtf8() + "\"}"));
    const Outcome outcome = resolve();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const std::shared_ptr<CredentialProvider> provider = outcome.credentials.provider;
    QVERIFY(provider->last()->expiration.isValid());
    // Less than the refresh margin left: a request would not sign with it, but ask again.
    QVERIFY(!provider->current(CredentialProvider::refreshMargin));
    QVERIFY(provider->current(CredentialProvider::minimumValidity));
    QSignalSpy refreshed(provider.get(), &CredentialProvider::refreshed);
    provider->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(TestSupport::readFileOrDie(counter), QByteArray("run\nrun\n"));
}

void TestAliyunChain::roleChains_data()
{
    QTest::addColumn<QByteArray>("profiles");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("chain"); // root first; empty when refused
    QTest::addColumn<QString>("error");

    const QByteArray root = R"({"name":"root","mode":"AK","access_key_id":"LTAIroot",
        "access_key_secret":"s"})";
    const auto link = [](const char *name, const char *source) {
        return QByteArray(R"({"name":")") + name
            + R"(","mode":"ChainableRamRoleArn","ram_role_arn":"acs:ram::1:role/r",
            "ram_session_name":"s","source_profile":")"
            + source + "\"}";
    };
    QTest::newRow("depth 3") << (root + "," + link("one", "root") + "," + link("two", "one") + ","
                                 + link("three", "two"))
                             << QStringLiteral("three")
                             << QStringList {QStringLiteral("root"), QStringLiteral("one"),
                                             QStringLiteral("two"), QStringLiteral("three")}
                             << QString();
    QTest::newRow("not a chain") << root << QStringLiteral("root")
                                 << QStringList {QStringLiteral("root")} << QString();
    QTest::newRow("cycle") << (link("a", "b") + "," + link("b", "c") + "," + link("c", "a"))
                           << QStringLiteral("a") << QStringList()
                           << QStringLiteral(
                                  "cycle of source profiles (a \u2192 b \u2192 c \u2192 a");
    QTest::newRow("stands on itself") << link("self", "self") << QStringLiteral("self")
                                      << QStringList() << QStringLiteral("cycle");
    QTest::newRow("source not defined")
        << link("orphan", "ghost") << QStringLiteral("orphan") << QStringList()
        << QStringLiteral("names the source profile \"ghost\", which is not defined");
    QByteArray long_;
    for (int i = 0; i < 20; ++i) {
        long_ += link(QByteArray::number(i).prepend("p").constData(),
                      QByteArray::number(i + 1).prepend("p").constData())
            + ",";
    }
    long_ += R"({"name":"p20","mode":"AK","access_key_id":"a","access_key_secret":"b"})";
    QTest::newRow("longer than the limit")
        << long_ << QStringLiteral("p0") << QStringList() << QStringLiteral("more than 16");
}

void TestAliyunChain::roleChains()
{
    QFETCH(QByteArray, profiles);
    QFETCH(QString, start);
    QFETCH(QStringList, chain);
    QFETCH(QString, error);
    writeConfig(config(start.toUtf8(), profiles));
    const AliyunProfiles loaded = AliyunProfiles::load(m_environment);
    QString why;
    const std::optional<AliyunProfile> first = loaded.find(start, &why);
    QVERIFY2(first, qPrintable(why));
    const QList<AliyunProfile> found = AliyunChain::sourceChain(*first, loaded, &why);
    QStringList names;
    for (const AliyunProfile &p : found)
        names << p.name;
    QCOMPARE(names, chain);
    if (error.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(why.contains(error), qPrintable(why));
}

void TestAliyunChain::roleProfilesAssumeTheirRoles_data()
{
    QTest::addColumn<QByteArray>("profiles"); // STS replaced by the scripted STS's URL
    QTest::addColumn<QString>("current");
    // Per AssumeRole call, in order: the role's name, then the key id that signed it.
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<QStringList>("parameters"); // fragments of the first call, decoded

    QTest::newRow("RamRoleArn, old style, with ExternalId and duration")
        << QByteArray(R"({"name":"r","mode":"RamRoleArn","access_key_id":"LTAIroleowner01",
            "access_key_secret":"s","ram_role_arn":"acs:ram::1:role/one","ram_session_name":"bb",
            "expired_seconds":900,"external_id":"ext-42","sts_endpoint":"STS","sts_token":"",
            "retry_timeout":0,"retry_count":0})")
        << QStringLiteral("r") << QStringList {QStringLiteral("one:LTAIroleowner01")}
        << QStringList {QStringLiteral("RoleSessionName=bb"), QStringLiteral("ExternalId=ext-42"),
                        QStringLiteral("DurationSeconds=900")};
    QTest::newRow("ChainableRamRoleArn, depth 3, from an AK root")
        << QByteArray(R"({"name":"root","mode":"ak","access_key_id":"LTAIchainroot01",
            "access_key_secret":"s"},
            {"name":"one","mode":"ChainableRamRoleArn","source_profile":"root",
             "ram_role_arn":"acs:ram::1:role/one","ram_session_name":"s1","sts_endpoint":"STS"},
            {"name":"two","mode":"ChainableRamRoleArn","source_profile":"one",
             "ram_role_arn":"acs:ram::1:role/two","ram_session_name":"s2","sts_endpoint":"STS"},
            {"name":"three","mode":"chainableramrolearn","source_profile":"two",
             "ram_role_arn":"acs:ram::1:role/three","ram_session_name":"s3","sts_endpoint":"STS"})")
        << QStringLiteral("three")
        << QStringList {QStringLiteral("one:LTAIchainroot01"), QStringLiteral("two:STS.one"),
                        QStringLiteral("three:STS.two")}
        << QStringList {QStringLiteral("RoleSessionName=s1")};
    QTest::newRow("ChainableRamRoleArn on a RamRoleArn")
        << QByteArray(R"({"name":"base","mode":"RamRoleArn","access_key_id":"LTAIbaseowner01",
            "access_key_secret":"s","ram_role_arn":"acs:ram::1:role/one","ram_session_name":"base",
            "sts_endpoint":"STS"},
            {"name":"top","mode":"ChainableRamRoleArn","source_profile":"base",
             "ram_role_arn":"acs:ram::2:role/two","ram_session_name":"top","sts_endpoint":"STS"})")
        << QStringLiteral("top")
        << QStringList {QStringLiteral("one:LTAIbaseowner01"), QStringLiteral("two:STS.one")}
        << QStringList {QStringLiteral("RoleArn=acs:ram::1:role/one")};
}

void TestAliyunChain::roleProfilesAssumeTheirRoles()
{
    QFETCH(QByteArray, profiles);
    QFETCH(QString, current);
    QFETCH(QStringList, calls);
    QFETCH(QStringList, parameters);

    ScriptedHttpServer sts;
    QVERIFY(sts.listen());
    sts.setHandler([](const RecordedRequest &request) {
        const QString sent = QUrl::fromPercentEncoding(request.target + "&" + request.body);
        const QString role = sent.section(QStringLiteral("RoleArn=acs:ram::"), 1)
                                 .section(QLatin1Char('&'), 0, 0)
                                 .section(QLatin1Char('/'), 1);
        return ScriptedResponse::json(200,
                                      QStringLiteral(R"({"RequestId":"r-%1","AssumedRoleUser":{
                "Arn":"acs:ram::1:role/%1/s","AssumedRoleId":"3:%1"},"Credentials":{
                "AccessKeyId":"STS.%1","AccessKeySecret":"secret-%1","SecurityToken":"token-%1",
                "Expiration":"2099-01-01T00:00:00Z"}})")
                                          .arg(role)
                                          .toUtf8());
    });
    profiles.replace("STS", sts.url().toString(QUrl::StripTrailingSlash).toUtf8());
    writeConfig(config(current.toUtf8(), profiles));

    const Outcome outcome = resolve();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    // Roles are assumed when first needed, not at resolution.
    QCOMPARE(sts.requests().size(), 0);
    const std::shared_ptr<CredentialProvider> provider = outcome.credentials.provider;
    QSignalSpy refreshed(provider.get(), &CredentialProvider::refreshed);
    QSignalSpy failed(provider.get(), &CredentialProvider::refreshFailed);
    provider->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() + failed.size() == 1, 20000);
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).value<ApiError>().message));
    QStringList seen;
    for (const RecordedRequest &request : sts.requests()) {
        const QString sent = QUrl::fromPercentEncoding(request.target + "&" + request.body);
        const QString role = sent.section(QStringLiteral("RoleArn=acs:ram::"), 1)
                                 .section(QLatin1Char('&'), 0, 0)
                                 .section(QLatin1Char('/'), 1);
        const QString authorization = QString::fromUtf8(request.header("authorization"));
        QString signer = authorization.section(QStringLiteral("Credential="), 1)
                             .section(QLatin1Char(','), 0, 0);
        if (signer.isEmpty())
            signer = request.queryValue(QStringLiteral("AccessKeyId"));
        seen << role + QLatin1Char(':') + signer;
    }
    QCOMPARE(seen, calls);
    const QString first
        = QUrl::fromPercentEncoding(sts.requests().at(0).target + "&" + sts.requests().at(0).body);
    for (const QString &parameter : parameters)
        QVERIFY2(first.contains(parameter), qPrintable(first));
    const QString lastRole = calls.constLast().section(QLatin1Char(':'), 0, 0);
    QCOMPARE(provider->last()->key.id, QStringLiteral("STS.") + lastRole);
    QCOMPARE(provider->last()->key.securityToken, QStringLiteral("token-") + lastRole);
    QVERIFY2(outcome.credentials.describeSource().contains(QStringLiteral("aliyun CLI profile")),
             qPrintable(outcome.credentials.describeSource()));
}

QTEST_GUILESS_MAIN(TestAliyunChain)
#include "tst_aliyunchain.moc"
