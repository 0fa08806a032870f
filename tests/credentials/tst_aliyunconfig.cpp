#include "credentials/aliyunconfig.h"
#include "credentials/aliyunenvironment.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(BACKFILL_TEST_DATA_DIR "/credentials/") + name;
}

/** A throw-away HOME holding the aliyun CLI's files, as a new admin's machine would. */
class AliyunHome
{
public:
    AliyunHome()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral(".aliyun"));
        QDir(m_dir.path()).mkpath(QStringLiteral(".alibabacloud"));
        m_environment.insert(QStringLiteral("HOME"), m_dir.path());
    }
    bool isValid() const { return m_dir.isValid(); }
    QString configPath() const { return m_dir.filePath(QStringLiteral(".aliyun/config.json")); }
    QString iniPath() const { return m_dir.filePath(QStringLiteral(".alibabacloud/credentials")); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    bool write(const QString &path, const QByteArray &data) const
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }
    QProcessEnvironment &environment() { return m_environment; }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

const QByteArray twoProfiles = R"({"current": "second", "profiles": [
    {"name": "first", "mode": "AK", "access_key_id": "LTAI5tFAKEfirst001", "access_key_secret": "s1"},
    {"name": "second", "mode": "AK", "access_key_id": "LTAI5tFAKEsecond02", "access_key_secret": "s2"}
]})";

const QByteArray iniDefault = "[default]\ntype = access_key\naccess_key_id = LTAI5tFAKEini00001\n"
                              "access_key_secret = ini-secret\n";
} // namespace

Q_DECLARE_METATYPE(AliyunMode)

class TestAliyunConfig : public QObject
{
    Q_OBJECT

private slots:
    void modeNamesIgnoreCase_data();
    void modeNamesIgnoreCase();
    void everyModeOfTheNewStyle();
    void oldStyleWithEveryKey();
    void inferredModes_data();
    void inferredModes();
    void credentialsFileTypes();
    void numbersOutOfRangeAreNotSet_data();
    void numbersOutOfRangeAreNotSet();
    void environmentAliases_data();
    void environmentAliases();
    void externalSwitch_data();
    void externalSwitch();
    void currentProfileWins();
    void configFileFromEnvironment();
    void cliProfileDisabled();
    void iniDefaultWhenNoConfig();
    void findLooksInBothFiles();
    void brokenFileIsAnErrorNamingIt_data();
    void brokenFileIsAnErrorNamingIt();
    void currentProfileMissing();
    void nothingThere();
    void neverWritten();
};

void TestAliyunConfig::modeNamesIgnoreCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AliyunMode>("mode");
    QTest::newRow("ak") << QStringLiteral("ak") << AliyunMode::AK;
    QTest::newRow("AK") << QStringLiteral("AK") << AliyunMode::AK;
    QTest::newRow("ststoken") << QStringLiteral("ststoken") << AliyunMode::StsToken;
    QTest::newRow("RAMROLEARN") << QStringLiteral("RAMROLEARN") << AliyunMode::RamRoleArn;
    QTest::newRow("chainableRamRoleArn")
        << QStringLiteral("chainableRamRoleArn") << AliyunMode::ChainableRamRoleArn;
    QTest::newRow("cloudsso") << QStringLiteral("cloudsso") << AliyunMode::CloudSSO;
    QTest::newRow("external") << QStringLiteral("external") << AliyunMode::External;
    QTest::newRow("credentialsuri")
        << QStringLiteral("credentialsuri") << AliyunMode::CredentialsURI;
    QTest::newRow("ecsramrole") << QStringLiteral("ecsramrole") << AliyunMode::EcsRamRole;
    QTest::newRow("oidc") << QStringLiteral("oidc") << AliyunMode::OIDC;
    QTest::newRow("OAUTH") << QStringLiteral("OAUTH") << AliyunMode::OAuth;
    QTest::newRow("padded") << QStringLiteral(" AK ") << AliyunMode::AK;
    QTest::newRow("empty") << QString() << AliyunMode::Unset;
    QTest::newRow("RsaKeyPair") << QStringLiteral("RsaKeyPair") << AliyunMode::Other;
}

void TestAliyunConfig::modeNamesIgnoreCase()
{
    QFETCH(QString, text);
    QFETCH(AliyunMode, mode);
    QCOMPARE(AliyunConfig::parseMode(text), mode);
}

void TestAliyunConfig::everyModeOfTheNewStyle()
{
    const QByteArray json = R"({"current": "role", "profiles": [
        {"name": "role", "mode": "ramrolearn", "access_key_id": "LTAI5tFAKErole001",
         "access_key_secret": "role-secret", "ram_role_arn": "acs:ram::123:role/audit",
         "ram_session_name": "bb", "expired_seconds": 900, "external_id": "ext-1",
         "sts_region": "cn-shanghai", "sts_endpoint": "http://127.0.0.1:1", "region_id": "cn-hangzhou"},
        {"name": "chain", "mode": "ChainableRamRoleArn", "source_profile": "role",
         "ram_role_arn": "acs:ram::456:role/next", "ram_session_name": "c"},
        {"name": "sso", "mode": "CloudSSO", "cloud_sso_sign_in_url": "https://signin.example/device/login",
         "cloud_sso_account_id": "123", "cloud_sso_access_config": "ac-1",
         "access_token": "bearer", "cloud_sso_access_token_expire": 1900000000,
         "access_key_id": "STS.sso", "access_key_secret": "sso-secret", "sts_token": "sso-token",
         "sts_expiration": 1800000000},
        {"name": "ext", "mode": "External", "process_command": "/usr/bin/get-creds --json"},
        {"name": "uri", "mode": "CredentialsURI", "credentials_uri": "http://127.0.0.1:9/creds"},
        {"name": "sts", "mode": "StsToken", "access_key_id": "STS.x", "access_key_secret": "y",
         "sts_token": "z", "sts_expiration": 1700000000}
    ]})";
    const AliyunConfigFile file = AliyunConfig::parseCliConfig(json, QStringLiteral("c.json"));
    QCOMPARE(file.error, QString());
    QCOMPARE(file.current, QStringLiteral("role"));
    QCOMPARE(file.profiles.size(), 6);

    const AliyunProfile &role = file.profiles.at(0);
    QCOMPARE(role.mode, AliyunMode::RamRoleArn);
    QCOMPARE(role.modeText, QStringLiteral("ramrolearn"));
    QCOMPARE(role.accessKeyId, QStringLiteral("LTAI5tFAKErole001"));
    QCOMPARE(role.accessKeySecret, QStringLiteral("role-secret"));
    QCOMPARE(role.ramRoleArn, QStringLiteral("acs:ram::123:role/audit"));
    QCOMPARE(role.roleSessionName, QStringLiteral("bb"));
    QCOMPARE(role.expiredSeconds, 900);
    QCOMPARE(role.externalId, QStringLiteral("ext-1"));
    QCOMPARE(role.stsRegion, QStringLiteral("cn-shanghai"));
    QCOMPARE(role.stsEndpoint, QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(role.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(role.sourceFile, QStringLiteral("c.json"));
    QVERIFY(!role.fromCredentialsFile);

    QCOMPARE(file.profiles.at(1).mode, AliyunMode::ChainableRamRoleArn);
    QCOMPARE(file.profiles.at(1).sourceProfile, QStringLiteral("role"));

    const AliyunProfile &sso = file.profiles.at(2);
    QCOMPARE(sso.mode, AliyunMode::CloudSSO);
    QCOMPARE(sso.cloudSsoSignInUrl, QStringLiteral("https://signin.example/device/login"));
    QCOMPARE(sso.cloudSsoAccountId, QStringLiteral("123"));
    QCOMPARE(sso.cloudSsoAccessConfig, QStringLiteral("ac-1"));
    QCOMPARE(sso.accessToken, QStringLiteral("bearer"));
    QCOMPARE(sso.cloudSsoAccessTokenExpire, Q_INT64_C(1900000000));
    QCOMPARE(sso.stsToken, QStringLiteral("sso-token"));
    QCOMPARE(sso.stsExpiration, Q_INT64_C(1800000000));

    QCOMPARE(file.profiles.at(3).mode, AliyunMode::External);
    QCOMPARE(file.profiles.at(3).processCommand, QStringLiteral("/usr/bin/get-creds --json"));
    QCOMPARE(file.profiles.at(4).mode, AliyunMode::CredentialsURI);
    QCOMPARE(file.profiles.at(4).credentialsUri, QStringLiteral("http://127.0.0.1:9/creds"));
    QCOMPARE(file.profiles.at(5).mode, AliyunMode::StsToken);
    QCOMPARE(file.profiles.at(5).stsExpiration, Q_INT64_C(1700000000));
}

void TestAliyunConfig::oldStyleWithEveryKey()
{
    const QString path = dataFile(QStringLiteral("aliyun-old.json"));
    const AliyunConfigFile file
        = AliyunConfig::parseCliConfig(TestSupport::readFileOrDie(path), path);
    QCOMPARE(file.error, QString());
    QCOMPARE(file.current, QStringLiteral("default"));
    QVERIFY(file.profiles.size() >= 2);
    const AliyunProfile &first = file.profiles.at(0);
    QCOMPARE(first.mode, AliyunMode::AK);
    QCOMPARE(first.accessKeyId, QStringLiteral("LTAI4FAKEold00001"));
    // Empty keys of the old style are "not set", not values.
    QCOMPARE(first.stsToken, QString());
    QCOMPARE(first.ramRoleArn, QString());
    QCOMPARE(first.expiredSeconds, 0);
    QCOMPARE(file.profiles.at(1).mode, AliyunMode::AK); // "mode": "" with a key pair
}

void TestAliyunConfig::inferredModes_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<AliyunMode>("mode");
    QTest::newRow("key pair") << QByteArray(
        R"({"name":"p","access_key_id":"a","access_key_secret":"b"})")
                              << AliyunMode::AK;
    QTest::newRow("key pair and token")
        << QByteArray(R"({"name":"p","access_key_id":"a","access_key_secret":"b","sts_token":"t"})")
        << AliyunMode::StsToken;
    QTest::newRow("key pair and role") << QByteArray(
        R"({"name":"p","access_key_id":"a","access_key_secret":"b","ram_role_arn":"r"})")
                                       << AliyunMode::RamRoleArn;
    QTest::newRow("command") << QByteArray(R"({"name":"p","process_command":"x"})")
                             << AliyunMode::External;
    QTest::newRow("sso") << QByteArray(R"({"name":"p","mode":"","cloud_sso_sign_in_url":"u"})")
                         << AliyunMode::CloudSSO;
    QTest::newRow("nothing") << QByteArray(R"({"name":"p","mode":""})") << AliyunMode::Unset;
}

void TestAliyunConfig::inferredModes()
{
    QFETCH(QByteArray, entry);
    QFETCH(AliyunMode, mode);
    const AliyunConfigFile file = AliyunConfig::parseCliConfig(
        QByteArray(R"({"profiles": [)") + entry + "]}", QStringLiteral("f"));
    QCOMPARE(file.profiles.size(), 1);
    QCOMPARE(file.profiles.at(0).mode, mode);
}

void TestAliyunConfig::numbersOutOfRangeAreNotSet_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("whole") << QByteArray("1800000000") << Q_INT64_C(1800000000);
    QTest::newRow("string") << QByteArray("\"1800000000\"") << Q_INT64_C(1800000000);
    // Converting these to qint64 was undefined behaviour; the fuzzer found 1e300-like values.
    QTest::newRow("beyond qint64") << QByteArray("1e300") << Q_INT64_C(0);
    QTest::newRow("far below") << QByteArray("-1e300") << Q_INT64_C(0);
    QTest::newRow("fraction") << QByteArray("1.5") << Q_INT64_C(0);
    QTest::newRow("string beyond qint64") << QByteArray("\"99999999999999999999\"") << Q_INT64_C(0);
}

void TestAliyunConfig::numbersOutOfRangeAreNotSet()
{
    QFETCH(QByteArray, number);
    QFETCH(qint64, expected);
    const QByteArray json = R"({"profiles": [{"name": "p", "mode": "StsToken", "access_key_id": "a",
        "access_key_secret": "b", "sts_token": "t", "sts_expiration": )"
        + number + R"(, "cloud_sso_access_token_expire": )" + number + "}]}";
    const AliyunConfigFile file = AliyunConfig::parseCliConfig(json, QStringLiteral("config.json"));
    QCOMPARE(file.error, QString());
    QCOMPARE(file.profiles.size(), 1);
    QCOMPARE(file.profiles.at(0).stsExpiration, expected);
    QCOMPARE(file.profiles.at(0).cloudSsoAccessTokenExpire, expected);
}

void TestAliyunConfig::credentialsFileTypes()
{
    const QByteArray ini = "[ak]\ntype = access_key\naccess_key_id = a\naccess_key_secret = b\n"
                           "[role]\ntype = ram_role_arn\naccess_key_id = a\naccess_key_secret = b\n"
                           "role_arn = acs:ram::1:role/r\nrole_session_name = s\n"
                           "[ecs]\ntype = ecs_ram_role\nrole_name = r\n"
                           "[odd]\ntype = rsa_key_pair\n";
    const AliyunConfigFile file = AliyunConfig::parseCredentialsFile(ini, QStringLiteral("ini"));
    QCOMPARE(file.profiles.size(), 4);
    QCOMPARE(file.profiles.at(0).mode, AliyunMode::AK);
    QCOMPARE(file.profiles.at(1).mode, AliyunMode::RamRoleArn);
    QCOMPARE(file.profiles.at(1).ramRoleArn, QStringLiteral("acs:ram::1:role/r"));
    QCOMPARE(file.profiles.at(1).roleSessionName, QStringLiteral("s"));
    QCOMPARE(file.profiles.at(1).expiredSeconds, 3600);
    QCOMPARE(file.profiles.at(2).mode, AliyunMode::EcsRamRole);
    QCOMPARE(file.profiles.at(3).mode, AliyunMode::Other);
    QCOMPARE(file.profiles.at(3).modeText, QStringLiteral("rsa_key_pair"));
    QVERIFY(file.profiles.at(0).fromCredentialsFile);
}

void TestAliyunConfig::environmentAliases_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value pairs
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keyIdVariable");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("region");

    QTest::newRow("ALIBABA_CLOUD_ names")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=a"),
                        QStringLiteral("ALIBABA_CLOUD_PROFILE=p"),
                        QStringLiteral("ALIBABA_CLOUD_REGION_ID=r")}
        << QStringLiteral("a") << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")
        << QStringLiteral("p") << QStringLiteral("r");
    QTest::newRow("ALIBABACLOUD_ aliases")
        << QStringList {QStringLiteral("ALIBABACLOUD_ACCESS_KEY_ID=b"),
                        QStringLiteral("ALIBABACLOUD_PROFILE=q"),
                        QStringLiteral("ALIBABACLOUD_REGION_ID=s")}
        << QStringLiteral("b") << QStringLiteral("ALIBABACLOUD_ACCESS_KEY_ID")
        << QStringLiteral("q") << QStringLiteral("s");
    QTest::newRow("ALICLOUD_ aliases")
        << QStringList {QStringLiteral("ALICLOUD_ACCESS_KEY_ID=c"),
                        QStringLiteral("ALICLOUD_PROFILE=t"),
                        QStringLiteral("ALICLOUD_REGION_ID=u")}
        << QStringLiteral("c") << QStringLiteral("ALICLOUD_ACCESS_KEY_ID") << QStringLiteral("t")
        << QStringLiteral("u");
    QTest::newRow("keys: ALIBABA_CLOUD_ first")
        << QStringList {QStringLiteral("ALICLOUD_ACCESS_KEY_ID=c"),
                        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=a")}
        << QStringLiteral("a") << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID") << QString()
        << QString();
    QTest::newRow("profile: ALIBABACLOUD_ first, as the CLI reads it")
        << QStringList {QStringLiteral("ALIBABA_CLOUD_PROFILE=p"),
                        QStringLiteral("ALIBABACLOUD_PROFILE=q")}
        << QString() << QString() << QStringLiteral("q") << QString();
    QTest::newRow("generic names are not read")
        << QStringList {QStringLiteral("ACCESS_KEY_ID=x"), QStringLiteral("REGION=y")} << QString()
        << QString() << QString() << QString();
}

void TestAliyunConfig::environmentAliases()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, keyId);
    QFETCH(QString, keyIdVariable);
    QFETCH(QString, profile);
    QFETCH(QString, region);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    QCOMPARE(AliyunEnvironment::accessKeyId(environment).value, keyId);
    QCOMPARE(AliyunEnvironment::accessKeyId(environment).variable, keyIdVariable);
    QCOMPARE(AliyunEnvironment::profile(environment).value, profile);
    QCOMPARE(AliyunEnvironment::regionId(environment).value, region);
}

void TestAliyunConfig::externalSwitch_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("unset") << QString() << false;
    QTest::newRow("true") << QStringLiteral("true") << true;
    QTest::newRow("TRUE") << QStringLiteral("TRUE") << true;
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("yes") << QStringLiteral("yes") << true;
    QTest::newRow("false") << QStringLiteral("false") << false;
    QTest::newRow("0") << QStringLiteral("0") << false;
}

void TestAliyunConfig::externalSwitch()
{
    QFETCH(QString, value);
    QFETCH(bool, disabled);
    QProcessEnvironment environment;
    if (!value.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"), value);
    QCOMPARE(AliyunEnvironment::externalSourcesDisabled(environment), disabled);
}

void TestAliyunConfig::currentProfileWins()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.configPath(), twoProfiles));
    QVERIFY(home.write(home.iniPath(), iniDefault));
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    QString error;
    const std::optional<AliyunProfile> chosen = profiles.fallback(&error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->name, QStringLiteral("second"));
    QCOMPARE(chosen->sourceFile, home.configPath());
}

void TestAliyunConfig::configFileFromEnvironment()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    const QString elsewhere = home.path(QStringLiteral("elsewhere.json"));
    QVERIFY(home.write(elsewhere, twoProfiles));
    home.environment().insert(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"), elsewhere);
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    QString error;
    const std::optional<AliyunProfile> chosen = profiles.fallback(&error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->sourceFile, elsewhere);
}

void TestAliyunConfig::cliProfileDisabled()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.configPath(), twoProfiles));
    QVERIFY(home.write(home.iniPath(), iniDefault));
    home.environment().insert(QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"),
                              QStringLiteral("true"));
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    QVERIFY(profiles.cliConfigDisabled());
    QString error;
    const std::optional<AliyunProfile> chosen = profiles.fallback(&error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->name, QStringLiteral("default"));
    QCOMPARE(chosen->sourceFile, home.iniPath());
    QVERIFY(!profiles.find(QStringLiteral("first"), &error));
}

void TestAliyunConfig::iniDefaultWhenNoConfig()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.iniPath(), iniDefault));
    QString error;
    const std::optional<AliyunProfile> chosen
        = AliyunProfiles::load(home.environment()).fallback(&error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->accessKeyId, QStringLiteral("LTAI5tFAKEini00001"));
}

void TestAliyunConfig::findLooksInBothFiles()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.configPath(), twoProfiles));
    QVERIFY(home.write(home.iniPath(), iniDefault + "[first]\ntype = access_key\n"));
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    QString error;
    QCOMPARE(profiles.find(QStringLiteral("first"), &error)->sourceFile, home.configPath());
    QCOMPARE(profiles.find(QStringLiteral("default"), &error)->sourceFile, home.iniPath());
    QVERIFY(!profiles.find(QStringLiteral("nobody"), &error));
    QCOMPARE(error, QString());
    QCOMPARE(profiles.all().size(), 3);
}

void TestAliyunConfig::brokenFileIsAnErrorNamingIt_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("config.json not JSON")
        << QStringLiteral("config") << QByteArray("{\"profiles\": [")
        << QStringLiteral("not valid JSON");
    QTest::newRow("config.json of another shape")
        << QStringLiteral("config") << QByteArray("[1,2]")
        << QStringLiteral("does not look like an Alibaba Cloud CLI configuration");
    QTest::newRow("config.json is a directory")
        << QStringLiteral("config-dir") << QByteArray() << QStringLiteral("Cannot read");
    QTest::newRow("credentials not INI")
        << QStringLiteral("ini") << QByteArray("[default\n") << QStringLiteral("line 1");
}

void TestAliyunConfig::brokenFileIsAnErrorNamingIt()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    AliyunHome home;
    QVERIFY(home.isValid());
    QString path;
    if (which == QLatin1String("config-dir")) {
        path = home.configPath();
        QVERIFY(QDir().mkpath(path));
    } else if (which == QLatin1String("config")) {
        path = home.configPath();
        QVERIFY(home.write(path, content));
    } else {
        path = home.iniPath();
        QVERIFY(home.write(path, content));
    }
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    QString error;
    QVERIFY(!profiles.fallback(&error));
    QVERIFY2(error.contains(path) && error.contains(problem), qPrintable(error));
    error.clear();
    QVERIFY(!profiles.find(QStringLiteral("default"), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestAliyunConfig::currentProfileMissing()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.configPath(), R"({"current": "gone", "profiles": []})"));
    QString error;
    QVERIFY(!AliyunProfiles::load(home.environment()).fallback(&error));
    QVERIFY2(error.contains(QStringLiteral("\"gone\"")) && error.contains(home.configPath()),
             qPrintable(error));
}

void TestAliyunConfig::nothingThere()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QString error;
    QVERIFY(!AliyunProfiles::load(home.environment()).fallback(&error));
    QCOMPARE(error, QString());
}

void TestAliyunConfig::neverWritten()
{
    AliyunHome home;
    QVERIFY(home.isValid());
    QVERIFY(home.write(home.configPath(), twoProfiles));
    const QDateTime before = QFileInfo(home.configPath()).lastModified();
    QString error;
    const AliyunProfiles profiles = AliyunProfiles::load(home.environment());
    profiles.fallback(&error);
    profiles.find(QStringLiteral("first"), &error);
    QCOMPARE(TestSupport::readFileOrDie(home.configPath()), twoProfiles);
    QCOMPARE(QFileInfo(home.configPath()).lastModified(), before);
    QVERIFY(!QFileInfo::exists(home.configPath() + QStringLiteral(".lock")));
}

QTEST_GUILESS_MAIN(TestAliyunConfig)
#include "tst_aliyunconfig.moc"
