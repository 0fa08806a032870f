#include "credentials/aliyunimport.h"
#include "testsupport.h"

#include <QCryptographicHash>
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

/** "name:kind:region:keyId:secret:token" per candidate: one string to compare whole. */
QStringList describe(const QList<ImportCandidate> &candidates)
{
    QStringList out;
    for (const ImportCandidate &c : candidates) {
        out << QStringList {c.profile.name,
                            c.profile.kind == CredentialKind::StsToken ? QStringLiteral("sts")
                                : c.profile.kind == CredentialKind::RamRoleArn
                                ? QStringLiteral("role=") + c.profile.role.roleArn
                                : QStringLiteral("ak"),
                            c.profile.region,
                            c.profile.accessKeyId,
                            c.secret.secret,
                            c.secret.securityToken}
                   .join(QLatin1Char(':'));
    }
    return out;
}

/** "name=reason" per skipped entry. */
QStringList describe(const QList<ImportProblem> &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out << p.profileName + QLatin1Char('=') + p.reason;
    return out;
}
} // namespace

class TestAliyunImport : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void readAllFromHome();
    void readAllMissingFiles();
    void configFileFromEnvironment();
    void rolesAndExpiries_data();
    void rolesAndExpiries();
    void chainedRolesImportWithTheirSources();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void TestAliyunImport::parse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("candidates");
    // Each expected skipped entry: name, then a fragment its reason must contain.
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QString>("fileError");
    QTest::addColumn<QString>("current");

    QTest::newRow("new format: AK, StsToken, inferred modes, unsupported modes")
        << QStringLiteral("aliyun-new.json")
        << QStringList {QStringLiteral("work:ak:cn-shanghai:LTAI5tFAKEwork0001:FAKE-work-secret:"),
                        QStringLiteral("temp:sts:ap-southeast-1:STS.FAKEtemp0002:FAKE-temp-secret:"
                                       "FAKE-temp-token"),
                        QStringLiteral(
                            "inferred-ak:ak:eu-central-1:LTAI5tFAKEinfer003:FAKE-infer-secret:"),
                        QStringLiteral("inferred-sts:sts:cn-beijing:STS.FAKEinfer0004:FAKE-infer-"
                                       "sts-secret:FAKE-infer-token"),
                        QStringLiteral("role:role=acs:ram::1:role/r::LTAI5tFAKErole005:x:")}
        << QStringList {QStringLiteral("ecs=mode EcsRamRole is not supported"),
                        QStringLiteral("uri=mode CredentialsURI is used live"),
                        QStringLiteral("ext=mode External is used live"),
                        QStringLiteral("oidc=mode OIDC is not supported"),
                        QStringLiteral("sso=mode CloudSSO is used live"),
                        QStringLiteral("empty=no mode and no access key"),
                        QStringLiteral("bad name!=invalid profile name"),
                        QStringLiteral("sts-without-token=without an sts_token")}
        << QString() << QStringLiteral("work");
    QTest::newRow("old format: every key present, empty ones included")
        << QStringLiteral("aliyun-old.json")
        << QStringList {QStringLiteral("default:ak:cn-hangzhou:LTAI4FAKEold00001:FAKE-old-secret:"),
                        QStringLiteral(
                            "legacy-empty-mode:ak::LTAI4FAKEold00002:FAKE-old-secret-2:")}
        << QStringList {QStringLiteral("keypair=mode RsaKeyPair is not supported")} << QString()
        << QStringLiteral("default");
    QTest::newRow("broken JSON names the file and the position")
        << QStringLiteral("aliyun-broken.json") << QStringList() << QStringList()
        << QStringLiteral("aliyun-broken.json is not valid JSON (line 6, column")
        << QStringLiteral("");
    QTest::newRow("JSON that is not a CLI config")
        << QStringLiteral("aliyun-not-object.json") << QStringList() << QStringList()
        << QStringLiteral("does not look like an Alibaba Cloud CLI configuration") << QString();
    QTest::newRow("INI credentials file")
        << QStringLiteral("credentials.ini")
        << QStringList {QStringLiteral(
                            "default:ak:cn-shenzhen:LTAI5tFAKEini00001:FAKE-ini-secret:"),
                        QStringLiteral("project2:ak::LTAI5tFAKEini00002:FAKE-ini-secret-2:")}
        << QStringList {QStringLiteral("off=disabled (enable = false)"),
                        QStringLiteral("ecs=type ecs_ram_role is not supported"),
                        QStringLiteral("half=the access key id or secret is empty")}
        << QString() << QString();
    QTest::newRow("broken INI names the file and the line")
        << QStringLiteral("credentials-broken.ini") << QStringList() << QStringList()
        << QStringLiteral("credentials-broken.ini: line 1 is not a valid section header")
        << QString();
}

void TestAliyunImport::parse()
{
    QFETCH(QString, file);
    QFETCH(QStringList, candidates);
    QFETCH(QStringList, skipped);
    QFETCH(QString, fileError);
    QFETCH(QString, current);

    const QString path = dataFile(file);
    const QByteArray data = TestSupport::readFileOrDie(path);
    const ImportResult result = file.endsWith(QLatin1String(".ini"))
        ? AliyunImport::parseCredentialsFile(data, path)
        : AliyunImport::parseCliConfig(data, path);

    QCOMPARE(describe(result.candidates), candidates);
    const QStringList actualSkipped = describe(result.skipped);
    QCOMPARE(actualSkipped.size(), skipped.size());
    for (int i = 0; i < skipped.size(); ++i) {
        const QString expectedName = skipped.at(i).section(QLatin1Char('='), 0, 0);
        const QString expectedReason = skipped.at(i).section(QLatin1Char('='), 1);
        QCOMPARE(result.skipped.at(i).profileName, expectedName);
        QVERIFY2(result.skipped.at(i).reason.contains(expectedReason),
                 qPrintable(actualSkipped.at(i)));
        QCOMPARE(result.skipped.at(i).sourceFile, path);
    }
    if (fileError.isEmpty())
        QCOMPARE(result.fileError, QString());
    else
        QVERIFY2(result.fileError.contains(fileError), qPrintable(result.fileError));
    QCOMPARE(result.currentProfile, current);
    for (const ImportCandidate &c : result.candidates)
        QCOMPARE(c.sourceFile, path);
}

void TestAliyunImport::readAllFromHome()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aliyun")));
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".alibabacloud")));
    const QString config = home.filePath(QStringLiteral(".aliyun/config.json"));
    const QString ini = home.filePath(QStringLiteral(".alibabacloud/credentials"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("aliyun-old.json")), config));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("credentials.ini")), ini));
    const QByteArray before = TestSupport::readFileOrDie(config);
    const QDateTime modifiedBefore = QFileInfo(config).lastModified();

    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    const ImportResult result = AliyunImport::readAll(env);

    // "default" is in both files: the CLI config wins, the INI one is listed as skipped.
    QCOMPARE(
        describe(result.candidates),
        (QStringList {QStringLiteral("default:ak:cn-hangzhou:LTAI4FAKEold00001:FAKE-old-secret:"),
                      QStringLiteral("legacy-empty-mode:ak::LTAI4FAKEold00002:FAKE-old-secret-2:"),
                      QStringLiteral("project2:ak::LTAI5tFAKEini00002:FAKE-ini-secret-2:")}));
    QVERIFY(describe(result.skipped)
                .contains(QStringLiteral("default=a profile with this name was already found in ")
                          + config));
    QCOMPARE(result.fileError, QString());
    QCOMPARE(result.candidates.at(2).sourceFile, ini);
    // Read-only: the CLI's file is untouched.
    QCOMPARE(TestSupport::readFileOrDie(config), before);
    QCOMPARE(QFileInfo(config).lastModified(), modifiedBefore);
}

void TestAliyunImport::readAllMissingFiles()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    const ImportResult result = AliyunImport::readAll(env);
    QVERIFY(result.candidates.isEmpty());
    QVERIFY2(result.fileError.contains(QStringLiteral("No Alibaba Cloud CLI configuration found"))
                 && result.fileError.contains(home.filePath(QStringLiteral(".aliyun/config.json"))),
             qPrintable(result.fileError));
}

void TestAliyunImport::configFileFromEnvironment()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"),
               dataFile(QStringLiteral("aliyun-broken.json")));
    QCOMPARE(AliyunImport::cliConfigPath(env), dataFile(QStringLiteral("aliyun-broken.json")));
    const ImportResult result = AliyunImport::readAll(env);
    QVERIFY(result.candidates.isEmpty());
    QVERIFY2(result.fileError.contains(QStringLiteral("aliyun-broken.json is not valid JSON")),
             qPrintable(result.fileError));
}

void TestAliyunImport::rolesAndExpiries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("detail"); // expiry, role or the skip reason

    const QByteArray later = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
    QTest::newRow("StsToken keeps its expiry")
        << (R"({"name":"t","mode":"StsToken","access_key_id":"STS.a","access_key_secret":"s",
            "sts_token":"tok","sts_expiration":)"
            + later + "}")
        << true << QDateTime::fromSecsSinceEpoch(later.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    QTest::newRow("expired StsToken is not imported")
        << QByteArray(R"({"name":"t","mode":"StsToken","access_key_id":"STS.a",
            "access_key_secret":"s","sts_token":"tok","sts_expiration":1000})")
        << false << QStringLiteral("its STS token expired at 1970-01-01T00:16:40Z");
    QTest::newRow("RamRoleArn with every parameter")
        << QByteArray(R"({"name":"r","mode":"ramrolearn","access_key_id":"LTAI5tFAKErole1",
            "access_key_secret":"s","ram_role_arn":"acs:ram::123:role/audit",
            "ram_session_name":"bb","expired_seconds":900,"external_id":"ext-1",
            "sts_region":"cn-shanghai"})")
        << true << QStringLiteral("acs:ram::123:role/audit|bb|900|ext-1|cn-shanghai");
    QTest::newRow("RamRoleArn breaking a rule of AssumeRole")
        << QByteArray(R"({"name":"r","mode":"RamRoleArn","access_key_id":"LTAI5tFAKErole1",
            "access_key_secret":"s","ram_role_arn":"not-an-arn","ram_session_name":"bb"})")
        << false << QStringLiteral("The role ARN must look like");
    QTest::newRow("ChainableRamRoleArn whose source is not in the file")
        << QByteArray(R"({"name":"c","mode":"ChainableRamRoleArn","source_profile":"r",
            "ram_role_arn":"acs:ram::1:role/x"})")
        << false
        << QStringLiteral("its source profile \"r\" cannot be imported (see above, or it is not "
                          "defined); it is used live instead (backfill-browser --profile c)");
}

void TestAliyunImport::rolesAndExpiries()
{
    QFETCH(QByteArray, entry);
    QFETCH(bool, imported);
    QFETCH(QString, detail);
    const ImportResult result
        = AliyunImport::parseCliConfig("{\"profiles\": [" + entry + "]}", QStringLiteral("f"));
    QCOMPARE(result.candidates.size(), imported ? 1 : 0);
    if (!imported) {
        QCOMPARE(result.skipped.size(), 1);
        QVERIFY2(result.skipped.at(0).reason.contains(detail),
                 qPrintable(result.skipped.at(0).reason));
        return;
    }
    const Profile &p = result.candidates.at(0).profile;
    if (p.kind == CredentialKind::StsToken) {
        QCOMPARE(p.expiration.toString(Qt::ISODate), detail);
    } else {
        QCOMPARE(p.kind, CredentialKind::RamRoleArn);
        QCOMPARE(
            QStringList({p.role.roleArn, p.role.roleSessionName,
                         QString::number(p.role.durationSeconds), p.role.externalId, p.stsRegion})
                .join(QLatin1Char('|')),
            detail);
        QCOMPARE(result.candidates.at(0).secret.secret, QStringLiteral("s"));
    }
}

void TestAliyunImport::chainedRolesImportWithTheirSources()
{
    const QByteArray file = R"({"current": "top", "profiles": [
        {"name":"base","mode":"RamRoleArn","access_key_id":"LTAI5tFAKEbase01",
         "access_key_secret":"FAKE-base","ram_role_arn":"acs:ram::1:role/base"},
        {"name":"middle","mode":"ChainableRamRoleArn","source_profile":"base",
         "ram_role_arn":"acs:ram::1:role/middle","ram_session_name":"mid","sts_region":"cn-beijing"},
        {"name":"top","mode":"chainableramrolearn","source_profile":"middle",
         "ram_role_arn":"acs:ram::1:role/top"},
        {"name":"loop-a","mode":"ChainableRamRoleArn","source_profile":"loop-b",
         "ram_role_arn":"acs:ram::1:role/a"},
        {"name":"loop-b","mode":"ChainableRamRoleArn","source_profile":"loop-a",
         "ram_role_arn":"acs:ram::1:role/b"},
        {"name":"sso","mode":"CloudSSO","cloud_sso_sign_in_url":"https://x.example/login"},
        {"name":"on-sso","mode":"ChainableRamRoleArn","source_profile":"sso",
         "ram_role_arn":"acs:ram::1:role/s"}]})";
    const ImportResult result = AliyunImport::parseCliConfig(file, QStringLiteral("f"));
    QStringList offered;
    for (const ImportCandidate &c : result.candidates)
        offered << c.profile.name;
    QCOMPARE(
        offered,
        QStringList({QStringLiteral("base"), QStringLiteral("middle"), QStringLiteral("top")}));
    const ImportCandidate &top = result.candidates.at(2);
    QCOMPARE(top.profile.kind, CredentialKind::ChainableRamRoleArn);
    QCOMPARE(top.profile.sourceProfile, QStringLiteral("middle"));
    QCOMPARE(top.profile.role.roleArn, QStringLiteral("acs:ram::1:role/top"));
    QVERIFY(!top.profile.hasSecret()); // nothing of its own for the keychain
    QVERIFY(top.secret.secret.isEmpty());
    QCOMPARE(result.candidates.at(1).profile.stsRegion, QStringLiteral("cn-beijing"));

    QMap<QString, QString> reasons;
    for (const ImportProblem &p : result.skipped)
        reasons.insert(p.profileName, p.reason);
    QVERIFY2(reasons.value(QStringLiteral("loop-a"))
                 .contains(QStringLiteral("cycle (loop-a -> loop-b -> loop-a)")),
             qPrintable(reasons.value(QStringLiteral("loop-a"))));
    QVERIFY(reasons.value(QStringLiteral("loop-b")).contains(QStringLiteral("cycle")));
    QVERIFY(reasons.value(QStringLiteral("sso")).contains(QStringLiteral("CloudSSO is used live")));
    QVERIFY2(reasons.value(QStringLiteral("on-sso"))
                 .contains(QStringLiteral("its source profile \"sso\" cannot be imported")),
             qPrintable(reasons.value(QStringLiteral("on-sso"))));

    // Choosing the top of the chain brings what it stands on, sources first...
    const auto names = [](const QList<ImportCandidate> &list) {
        QStringList out;
        for (const ImportCandidate &c : list)
            out << c.profile.name;
        return out;
    };
    const QList<ImportCandidate> chosen {top};
    QCOMPARE(
        names(AliyunImport::withSources(result.candidates, chosen, {})),
        QStringList({QStringLiteral("base"), QStringLiteral("middle"), QStringLiteral("top")}));
    // ...except a source that is already here (by name), and nothing twice.
    QCOMPARE(names(AliyunImport::withSources(
                 result.candidates, chosen,
                 [](const QString &name) { return name == QLatin1String("middle"); })),
             QStringList({QStringLiteral("top")}));
    QCOMPARE(
        names(AliyunImport::withSources(result.candidates, result.candidates, {})),
        QStringList({QStringLiteral("base"), QStringLiteral("middle"), QStringLiteral("top")}));
}

void TestAliyunImport::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("profiles not a list") << QByteArray(R"({"profiles": 3})");
    QTest::newRow("profile entries of every type")
        << QByteArray(R"({"profiles": [1, "x", null, [], {"name": 5, "mode": 7}]})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe[\x01", 5);
}

void TestAliyunImport::garbageNeverCrashes()
{
    QFETCH(QByteArray, data);
    const ImportResult json = AliyunImport::parseCliConfig(data, QStringLiteral("f"));
    const ImportResult ini = AliyunImport::parseCredentialsFile(data, QStringLiteral("f"));
    QVERIFY(json.candidates.isEmpty());
    QVERIFY(ini.candidates.isEmpty());
}

QTEST_GUILESS_MAIN(TestAliyunImport)
#include "tst_aliyunimport.moc"
