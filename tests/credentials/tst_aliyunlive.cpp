#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

/**
 * `backfill-browser` as a new admin runs it: a throw-away HOME holding only the aliyun CLI's
 * ~/.aliyun/config.json, no import, no profile of ours, against the emulator over loopback (it
 * verifies every signature and STS token, so the credentials that reach it are exactly right).
 */
class TestAliyunLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyModeAgainstTheEmulator_data();
    void everyModeAgainstTheEmulator();
    void profileListShowsTheCliProfilesMarked();
    void cliProfileDisabled();
    void profileTestShowsTheAssumedRole();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {});
    QUrl startEmulator(QProcess *emulator, const QStringList &credentials);
    void writeConfig(const QByteArray &data);
    QString configPath() const { return QDir::homePath() + QStringLiteral("/.aliyun/config.json"); }

    QProcess m_akEmulator;
    QProcess m_stsEmulator;
    QUrl m_akUrl;
    QUrl m_stsUrl;
};

namespace {
const QByteArray future = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 7200);
const QByteArray past = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60);
} // namespace

void TestAliyunLive::initTestCase()
{
    QVERIFY2(QDir::homePath().contains(QStringLiteral("backfill-test")),
             "must run under with-test-home.sh");
    const QString binary
        = qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/actiontrail-emulator");
    if (!QFile::exists(binary))
        QSKIP("actiontrail-emulator is not built");
    m_akUrl
        = startEmulator(&m_akEmulator,
                        {QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEaliyun01"),
                         QStringLiteral("--access-key-secret"), QStringLiteral("FAKE-ak-secret"),
                         // Its STS issues roles of this account with the key above; "missing"
                         // does not exist, "guarded" trusts only ExternalId "ext-ok".
                         QStringLiteral("--account-id"), QStringLiteral("1234567890123456"),
                         QStringLiteral("--deny-role"), QStringLiteral("missing"),
                         QStringLiteral("--role-external-id"), QStringLiteral("guarded=ext-ok")});
    m_stsUrl
        = startEmulator(&m_stsEmulator,
                        {QStringLiteral("--access-key-id"), QStringLiteral("STS.FAKEaliyun"),
                         QStringLiteral("--access-key-secret"), QStringLiteral("FAKE-sts-secret"),
                         QStringLiteral("--security-token"), QStringLiteral("FAKE-sts-token")});
    QVERIFY(m_akUrl.isValid() && m_stsUrl.isValid());
    QVERIFY(QDir::home().mkpath(QStringLiteral(".aliyun")));
}

void TestAliyunLive::cleanupTestCase()
{
    for (QProcess *emulator : {&m_akEmulator, &m_stsEmulator}) {
        emulator->kill();
        emulator->waitForFinished(5000);
    }
}

void TestAliyunLive::cleanup()
{
    QFile::remove(configPath());
}

QUrl TestAliyunLive::startEmulator(QProcess *emulator, const QStringList &credentials)
{
    emulator->start(qEnvironmentVariable("BACKFILL_BIN_DIR")
                        + QStringLiteral("/actiontrail-emulator"),
                    QStringList {QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--jobs"), QStringLiteral("3")}
                        + credentials);
    QSignalSpy output(emulator, &QProcess::readyReadStandardOutput);
    QByteArray seen;
    while (!seen.contains('\n') && emulator->state() != QProcess::NotRunning && output.wait(20000))
        seen += emulator->readAllStandardOutput();
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^listening on (\\S+)")).match(QString::fromUtf8(seen));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestAliyunLive::writeConfig(const QByteArray &data)
{
    QFile file(configPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

TestAliyunLive::Result TestAliyunLive::run(const QStringList &arguments,
                                           const QMap<QString, QString> &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser"),
                  arguments);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    // The event loop must run: the scripted portal lives in this process.
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestAliyunLive::everyModeAgainstTheEmulator_data()
{
    QTest::addColumn<QByteArray>("profile"); // the current profile "p"; PORTAL, SCRIPT replaced
    QTest::addColumn<bool>("sts"); // which emulator
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrFragment");

    const QByteArray sts
        = R"("access_key_id":"STS.FAKEaliyun","access_key_secret":"FAKE-sts-secret",
        "sts_token":"FAKE-sts-token")";
    QTest::newRow("AK, new style, mode in lower case")
        << QByteArray(R"({"name":"p","mode":"ak","access_key_id":"LTAI5tFAKEaliyun01",
            "access_key_secret":"FAKE-ak-secret"})")
        << false << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("AK, old style with every key")
        << QByteArray(R"({"name":"p","mode":"AK","access_key_id":"LTAI5tFAKEaliyun01",
            "access_key_secret":"FAKE-ak-secret","sts_token":"","ram_role_name":"",
            "ram_role_arn":"","ram_session_name":"","private_key":"","key_pair_name":"",
            "expired_seconds":0,"verified":"","region_id":"cn-hangzhou","output_format":"json",
            "language":"en","site":"","retry_timeout":0,"retry_count":0})")
        << false << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("StsToken") << (R"({"name":"p","mode":"StsToken",)" + sts
                                  + R"(,"sts_expiration":)" + future + "}")
                              << true << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("StsToken expired")
        << (R"({"name":"p","mode":"StsToken",)" + sts + R"(,"sts_expiration":)" + past + "}")
        << true << 2 << QStringLiteral("expired at");
    QTest::newRow("External") << QByteArray(
        R"({"name":"p","mode":"External","process_command":"SCRIPT"})")
                              << true << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("CredentialsURI")
        << QByteArray(R"({"name":"p","mode":"CredentialsURI","credentials_uri":"PORTAL/creds"})")
        << true << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("CloudSSO, cached credentials")
        << (R"({"name":"p","mode":"CloudSSO","cloud_sso_sign_in_url":"https://sso.invalid/login",
            "cloud_sso_account_id":"1","cloud_sso_access_config":"ac",)"
            + sts + R"(,"sts_expiration":)" + future + "}")
        << true << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("CloudSSO, refreshed through the portal")
        << (R"({"name":"p","mode":"CloudSSO","cloud_sso_sign_in_url":"PORTAL/login",
            "cloud_sso_account_id":"1","cloud_sso_access_config":"ac","access_token":"bearer",
            "cloud_sso_access_token_expire":)"
            + future + R"(,"sts_expiration":)" + past + "}")
        << true << 0 << QStringLiteral("aliyun CLI profile \"p\"");
    QTest::newRow("CloudSSO, sign-in expired")
        << (R"({"name":"p","mode":"CloudSSO","cloud_sso_sign_in_url":"PORTAL/login",
            "cloud_sso_account_id":"1","cloud_sso_access_config":"ac","access_token":"bearer",
            "cloud_sso_access_token_expire":)"
            + past + R"(,"sts_expiration":)" + past + "}")
        << true << 2 << QStringLiteral("aliyun configure --profile p --mode CloudSSO");
    QTest::newRow("EcsRamRole") << QByteArray(R"({"name":"p","mode":"EcsRamRole"})") << true << 2
                                << QStringLiteral("uses mode EcsRamRole");

    // Roles: the emulator's STS (same port) issues credentials its ActionTrail side accepts.
    const QByteArray owner = R"("access_key_id":"LTAI5tFAKEaliyun01",
        "access_key_secret":"FAKE-ak-secret","sts_endpoint":"EMULATOR")";
    QTest::newRow("RamRoleArn, the CLI's current profile")
        << (R"({"name":"p","mode":"RamRoleArn",)" + owner
            + R"(,"ram_role_arn":"acs:ram::1234567890123456:role/audit","ram_session_name":"bb"})")
        << false << 0 << QStringLiteral("role acs:ram::1234567890123456:role/audit");
    QTest::newRow("ChainableRamRoleArn, depth 3")
        << (R"({"name":"root","mode":"ak",)" + owner + R"(},
            {"name":"one","mode":"ChainableRamRoleArn","source_profile":"root",
             "ram_role_arn":"acs:ram::1234567890123456:role/one","ram_session_name":"s1",
             "sts_endpoint":"EMULATOR"},
            {"name":"two","mode":"ChainableRamRoleArn","source_profile":"one",
             "ram_role_arn":"acs:ram::1234567890123456:role/two","ram_session_name":"s2",
             "sts_endpoint":"EMULATOR"},
            {"name":"p","mode":"ChainableRamRoleArn","source_profile":"two",
             "ram_role_arn":"acs:ram::1234567890123456:role/three","ram_session_name":"s3",
             "sts_endpoint":"EMULATOR"})")
        << false << 0 << QStringLiteral("role acs:ram::1234567890123456:role/three");
    QTest::newRow("ChainableRamRoleArn, a cycle")
        << QByteArray(R"({"name":"p","mode":"ChainableRamRoleArn","source_profile":"q",
            "ram_role_arn":"acs:ram::1234567890123456:role/one"},
            {"name":"q","mode":"ChainableRamRoleArn","source_profile":"p",
             "ram_role_arn":"acs:ram::1234567890123456:role/two"})")
        << false << 2 << QStringLiteral("cycle of source profiles (p \u2192 q \u2192 p");
    QTest::newRow("RamRoleArn, a role that does not exist")
        << (R"({"name":"p","mode":"RamRoleArn",)" + owner
            + R"(,"ram_role_arn":"acs:ram::1234567890123456:role/missing","ram_session_name":"bb"})")
        << false << 1 << QStringLiteral("EntityNotExist.Role");
    QTest::newRow("RamRoleArn, wrong ExternalId")
        << (R"({"name":"p","mode":"RamRoleArn",)" + owner
            + R"(,"ram_role_arn":"acs:ram::1234567890123456:role/guarded","ram_session_name":"bb",
            "external_id":"ext-wrong"})")
        << false << 1 << QStringLiteral("NoPermission");
    QTest::newRow("RamRoleArn, right ExternalId")
        << (R"({"name":"p","mode":"RamRoleArn",)" + owner
            + R"(,"ram_role_arn":"acs:ram::1234567890123456:role/guarded","ram_session_name":"bb",
            "external_id":"ext-ok"})")
        << false << 0 << QStringLiteral("role acs:ram::1234567890123456:role/guarded");
}

void TestAliyunLive::everyModeAgainstTheEmulator()
{
    QFETCH(QByteArray, profile);
    QFETCH(bool, sts);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrFragment);

    const QByteArray triple = R"({"Code":"Success","AccessKeyId":"STS.FAKEaliyun",
        "AccessKeySecret":"FAKE-sts-secret","SecurityToken":"FAKE-sts-token",
        "Expiration":"2099-01-01T00:00:00Z"})";
    ScriptedHttpServer portal;
    QVERIFY(portal.listen());
    portal.setHandler([&triple](const RecordedRequest &request) {
        if (request.path == "/cloud-credentials")
            return ScriptedResponse::json(200, "{\"CloudCredential\":" + triple + "}");
        return ScriptedResponse::json(200, triple);
    });
    const QString script = QDir::homePath() + QStringLiteral("/creds.sh");
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "#!/bin/sh\necho '{\"mode\":\"StsToken\",\"access_key_id\":\"STS.FAKEaliyun\","
            "\"access_key_secret\":\"FAKE-sts-secret\",\"sts_token\":\"FAKE-sts-token\"}'\n");
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QByteArray json = profile;
    json.replace("PORTAL", portal.url().toString(QUrl::StripTrailingSlash).toUtf8());
    json.replace("SCRIPT", script.toUtf8());
    json.replace("EMULATOR", m_akUrl.toString(QUrl::StripTrailingSlash).toUtf8());
    writeConfig("{\"current\":\"p\",\"profiles\":[" + json + "]}");

    const Result r
        = run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--endpoint"),
               (sts ? m_stsUrl : m_akUrl).toString(), QStringLiteral("--verbose")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    QVERIFY2(r.err.contains(stderrFragment), qPrintable(r.err));
    if (exitCode == 0)
        QVERIFY2(r.err.contains(QStringLiteral("3 backfill tasks")), qPrintable(r.err));
}

void TestAliyunLive::profileListShowsTheCliProfilesMarked()
{
    writeConfig(R"({"current":"work","profiles":[
        {"name":"work","mode":"AK","access_key_id":"LTAI5tFAKEaliyun01","access_key_secret":"x",
         "region_id":"cn-shanghai"},
        {"name":"role","mode":"RamRoleArn","access_key_id":"LTAI5tFAKEaliyun02","access_key_secret":"y",
         "ram_role_arn":"acs:ram::1:role/r","ram_session_name":"s"}]})");
    const Result r = run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                 "a\\s+work\\s+LTAI\\*\\*\\*\\*un01\\s+cn-shanghai\\s+AK\\s+aliyun CLI"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\n\\s+role\\s+.*RamRoleArn"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Without --profile, requests use: aliyun CLI profile "
                                           "\"work\"")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("LTAI5tFAKEaliyun01")));

    // --profile NAME reaches a CLI profile that is not the current one.
    writeConfig(R"({"current":"work","profiles":[
        {"name":"work","mode":"AK","access_key_id":"LTAI5tWRONG0000000","access_key_secret":"x"},
        {"name":"other","mode":"AK","access_key_id":"LTAI5tFAKEaliyun01",
         "access_key_secret":"FAKE-ak-secret"}]})");
    const Result other
        = run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--endpoint"),
               m_akUrl.toString(), QStringLiteral("--profile"), QStringLiteral("other")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
}

void TestAliyunLive::cliProfileDisabled()
{
    writeConfig(R"({"current":"work","profiles":[
        {"name":"work","mode":"AK","access_key_id":"LTAI5tFAKEaliyun01",
         "access_key_secret":"FAKE-ak-secret"}]})");
    const Result r
        = run({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--endpoint"),
               m_akUrl.toString()},
              {{QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"), QStringLiteral("true")}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No credentials")), qPrintable(r.err));
}

void TestAliyunLive::profileTestShowsTheAssumedRole()
{
    // `profile test NAME` finds the aliyun CLI's profile NAME as --profile does, and asks STS who
    // that is: the assumed role, at the STS endpoint the CLI's profile names.
    writeConfig(QByteArray(R"({"current":"audit","profiles":[
        {"name":"audit","mode":"RamRoleArn","access_key_id":"LTAI5tFAKEaliyun01",
         "access_key_secret":"FAKE-ak-secret","sts_endpoint":"EMULATOR",
         "ram_role_arn":"acs:ram::1234567890123456:role/bb-audit","ram_session_name":"alice"}]})")
                    .replace("EMULATOR", m_akUrl.toString(QUrl::StripTrailingSlash).toUtf8()));
    const Result r
        = run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("audit")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("AssumedRoleUser")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("assumed-role/bb-audit/alice")), qPrintable(r.out));

    const Result missing
        = run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nobody")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("neither ours nor the aliyun CLI's")),
             qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestAliyunLive)
#include "tst_aliyunlive.moc"
