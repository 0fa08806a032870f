#include "credentials/profilestore.h"
#include "keychaintesthelpers.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <memory>

// `backfill-browser profile ...` as a user runs it, against the real keychain of with-keyring.sh.
class TestProfileCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void addListRemove();
    void addStsReadsTheTokenFromTheSecondLine();
    void usageErrorsWriteNothing_data();
    void usageErrorsWriteNothing();
    void noSessionBusWritesNothing();
    void importAliyun();
    void importNeverMakesAnotherPrincipalTheDefault();
    void importChainedRoleBringsItsSource();
    void unreadableProfilesFileIsReportedAndKept();
    void secretsNeverLandInFiles();
    // Must stay last: the keyring cannot be unlocked again without a prompt.
    void concurrentAddsBothSurvive();
    void killedAddsLeaveNoUnreachableSecret();
    void orphansAreFoundBothWays();
    // Last: it locks the keyring for good.
    void lockedKeyringWritesNothing();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QByteArray &stdinData = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString profilesFile() const { return ProfileStore::defaultFilePath(); }
    /** Writes a profiles file of `count` profiles without secrets (fast: one write). */
    void seedProfiles(int count);
    QString keychain() const
    {
        return KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID));
    }

    QString m_binary;
    QStringList m_secrets;
};

void TestProfileCommand::initTestCase()
{
    m_binary = qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY2(QDir::homePath().contains(QStringLiteral("backfill-test")),
             "must run under with-keyring.sh");
}

void TestProfileCommand::cleanup()
{
    // Every test starts with no profiles and no stored secrets.
    ProfileStore store;
    if (store.load()) {
        for (const Profile &p : store.profiles()) {
            if (!p.name.startsWith(QLatin1String("seed"))) // seeds have no secret
                run({QStringLiteral("profile"), QStringLiteral("remove"), p.name});
        }
    }
    QFile::remove(profilesFile());
}

TestProfileCommand::Result TestProfileCommand::run(const QStringList &arguments,
                                                   const QByteArray &stdinData,
                                                   const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    Result result;
    if (!process.waitForStarted(30000))
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestProfileCommand::addListRemove()
{
    const QByteArray secret = "FAKE-cli-secret-0001";
    m_secrets << QString::fromUtf8(secret);
    Result r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"),
                    QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEcliwxyz"),
                    QStringLiteral("--region"), QStringLiteral("cn-shanghai"),
                    QStringLiteral("--secret-stdin")},
                   secret + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Saved profile \"prod\"")));
    QVERIFY(r.out.contains(QStringLiteral("now the default")));
    QVERIFY(keychain().contains(QStringLiteral("attribute.user = " BACKFILL_APP_ID "/prod")));
    QVERIFY2(keychain().contains(QStringLiteral("label = Backfill Browser: prod (AccessKey LTAI")
                                 + QChar(0x2026) + QStringLiteral("wxyz)")),
             qPrintable(keychain()));
    QVERIFY(!TestSupport::readFileOrDie(profilesFile()).contains(secret));

    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("dev"),
             QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEdevabcd"),
             QStringLiteral("--secret-stdin")},
            "FAKE-cli-secret-0002\n");
    m_secrets << QStringLiteral("FAKE-cli-secret-0002");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QStringLiteral("now the default")));

    r = run({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                 "\\*\\s+prod\\s+LTAI\\*\\*\\*\\*wxyz\\s+cn-shanghai\\s+AccessKey\\s+keychain"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        QRegularExpression(QStringLiteral("\\n\\s+dev\\s+LTAI\\*\\*\\*\\*abcd\\s+\\(none\\)"))));
    QVERIFY(!r.out.contains(QStringLiteral("LTAI5tFAKEcliwxyz"))); // only masked
    QVERIFY(!r.out.contains(QString::fromUtf8(secret)));
    QVERIFY2(r.out.contains(QStringLiteral(
                 "Without --profile, requests use: profile \"prod\" (the default profile)")),
             qPrintable(r.out));

    r = run({QStringLiteral("profile"), QStringLiteral("set-default"), QStringLiteral("dev")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\*\\s+dev"))));
    QCOMPARE(
        run({QStringLiteral("profile"), QStringLiteral("set-default"), QStringLiteral("ghost")})
            .exitCode,
        1);

    // Adding a name twice is refused unless --replace.
    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"),
             QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tOTHER00000"),
             QStringLiteral("--secret-stdin")},
            "FAKE-other\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("--replace")));

    r = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!keychain().contains(QStringLiteral("/prod\n")));
    QVERIFY(keychain().contains(QStringLiteral("/dev")));
    QCOMPARE(
        run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")}).exitCode,
        1);
}

void TestProfileCommand::addStsReadsTheTokenFromTheSecondLine()
{
    m_secrets << QStringLiteral("FAKE-sts-secret-0003") << QStringLiteral("FAKE-sts-token-0003");
    const Result r
        = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("temp"),
               QStringLiteral("--access-key-id"), QStringLiteral("STS.FAKE0003"),
               QStringLiteral("--security-token-stdin"), QStringLiteral("--secret-stdin"),
               QStringLiteral("--signature-version"), QStringLiteral("v1")},
              "FAKE-sts-secret-0003\r\nFAKE-sts-token-0003\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString stored = keychain();
    QVERIFY2(stored.contains(QStringLiteral("\"s\":\"FAKE-sts-secret-0003\""))
                 && stored.contains(QStringLiteral("\"t\":\"FAKE-sts-token-0003\"")),
             qPrintable(stored));
    ProfileStore store;
    QVERIFY(store.load());
    QCOMPARE(store.profile(QStringLiteral("temp"))->kind, CredentialKind::StsToken);
    QCOMPARE(store.profile(QStringLiteral("temp"))->signatureVersion, SignatureVersion::V1);
}

void TestProfileCommand::usageErrorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QStringList base {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p")};
    const QStringList key {QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEusage")};
    const QString stdinFlag = QStringLiteral("--secret-stdin");
    QTest::newRow("secret on the command line is refused")
        << (base + key + QStringList {QStringLiteral("--secret"), QStringLiteral("FAKE-argv")})
        << QByteArray() << QStringLiteral("Unknown option 'secret'");
    QTest::newRow("no --secret-stdin")
        << (base + key) << QByteArray("FAKE-x\n") << QStringLiteral("from stdin only");
    QTest::newRow("empty stdin") << (base + key + QStringList {stdinFlag}) << QByteArray()
                                 << QStringLiteral("no secret on stdin");
    QTest::newRow("STS without a second line")
        << (base + key + QStringList {stdinFlag, QStringLiteral("--security-token-stdin")})
        << QByteArray("FAKE-x\n") << QStringLiteral("no security token on stdin");
    QTest::newRow("bad name") << QStringList {QStringLiteral("profile"), QStringLiteral("add"),
                                              QStringLiteral("a/b")}
            + key + QStringList {stdinFlag}
                              << QByteArray("FAKE-x\n") << QStringLiteral("invalid profile name");
    QTest::newRow("no key id") << (base + QStringList {stdinFlag}) << QByteArray("FAKE-x\n")
                               << QStringLiteral("--access-key-id ID is required");
    QTest::newRow("bad signature version")
        << (base + key
            + QStringList {stdinFlag, QStringLiteral("--signature-version"), QStringLiteral("v2")})
        << QByteArray("FAKE-x\n") << QStringLiteral("v3 or v1");
    QTest::newRow("plain http to a public host")
        << (base + key
            + QStringList {stdinFlag, QStringLiteral("--endpoint"),
                           QStringLiteral("http://actiontrail.cn-hangzhou.aliyuncs.com")})
        << QByteArray("FAKE-x\n") << QStringLiteral("plain http");
    QTest::newRow("unknown subcommand")
        << QStringList {QStringLiteral("profile"), QStringLiteral("frobnicate")} << QByteArray()
        << QStringLiteral("unknown command");
}

void TestProfileCommand::usageErrorsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Result r = run(arguments, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("FAKE-argv")));
    QVERIFY(!QFile::exists(profilesFile()));
    QVERIFY(!keychain().contains(QStringLiteral("/p\n")));
}

void TestProfileCommand::noSessionBusWritesNothing()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    m_secrets << QStringLiteral("FAKE-nobus-secret");
    const Result r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nobus"),
                          QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEnobus"),
                          QStringLiteral("--secret-stdin")},
                         "FAKE-nobus-secret\n", env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No keychain service is available"))
                 && r.err.contains(QStringLiteral("gnome-keyring"))
                 && r.err.contains(QStringLiteral("Nothing was saved")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(profilesFile()));
    QVERIFY(KeychainTest::filesContaining(QDir::homePath(), "FAKE-nobus-secret").isEmpty());
    QVERIFY(!keychain().contains(QStringLiteral("/nobus")));
}

void TestProfileCommand::importAliyun()
{
    QVERIFY(QDir::home().mkpath(QStringLiteral(".aliyun")));
    const QString config = QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
    QFile::remove(config);
    QVERIFY(
        QFile::copy(QStringLiteral(BACKFILL_TEST_DATA_DIR "/credentials/aliyun-new.json"), config));
    const QByteArray before = TestSupport::readFileOrDie(config);
    m_secrets << QStringLiteral("FAKE-work-secret") << QStringLiteral("FAKE-temp-token");

    // Without names: only a listing, nothing written.
    Result r = run({QStringLiteral("profile"), QStringLiteral("import-aliyun")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("work  LTAI****0001  cn-shanghai")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Nothing was imported")));
    // Role profiles import as roles; sources that renew themselves are used live instead.
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("role\\s+LTAI\\*\\*\\*\\*e005.*RamRoleArn"))),
             qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("skipped sso"))
            && r.err.contains(QStringLiteral("CloudSSO is used live")));
    QVERIFY(!QFile::exists(profilesFile()));

    // Named: just those; unknown and unsupported names say why.
    r = run({QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("work"),
             QStringLiteral("sso"), QStringLiteral("ghost")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.out.contains(QStringLiteral("imported work (key id LTAI****0001, region cn-shanghai)")),
        qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("skipped sso"))
                 && r.err.contains(QStringLiteral("CloudSSO")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("skipped ghost: not found")));
    QVERIFY(!r.err.contains(QStringLiteral("skipped ext")));
    // An import never picks the default by itself, and says how to.
    QVERIFY2(r.out.contains(QStringLiteral("No profile is the default"))
                 && r.out.contains(QStringLiteral("--make-default")),
             qPrintable(r.out));
    {
        ProfileStore store;
        QVERIFY(store.load());
        QCOMPARE(store.defaultProfileName(), QString());
    }

    r = run({QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("--all"),
             QStringLiteral("--make-default")});
    QVERIFY2(r.out.contains(QStringLiteral("imported temp"))
                 && r.out.contains(QStringLiteral("imported inferred-sts"))
                 && r.out.contains(QStringLiteral("imported role")),
             qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("skipped work"))
            && r.err.contains(QStringLiteral("already exists")));
    QVERIFY(r.out.contains(QStringLiteral("Imported 4 profiles")));
    ProfileStore store;
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 5);
    QCOMPARE(store.profile(QStringLiteral("role"))->kind, CredentialKind::RamRoleArn);
    QCOMPARE(store.profile(QStringLiteral("role"))->role.roleArn,
             QStringLiteral("acs:ram::1:role/r"));
    // --make-default: the CLI's "current" (imported before, same key), never another one.
    QCOMPARE(store.defaultProfileName(), QStringLiteral("work"));
    QVERIFY2(r.out.contains(
                 QStringLiteral("\"work\" (the aliyun CLI's current profile) is now the default")),
             qPrintable(r.out));
    QCOMPARE(store.profile(QStringLiteral("temp"))->kind, CredentialKind::StsToken);
    QVERIFY(keychain().contains(QStringLiteral("\"t\":\"FAKE-temp-token\"")));
    QCOMPARE(TestSupport::readFileOrDie(config), before); // never written
    QVERIFY(QFile::remove(config));
}

// The CLI's current profile assumes a role (not importable here): --make-default must not
// fall back to the plain AccessKey profile beside it.
void TestProfileCommand::importNeverMakesAnotherPrincipalTheDefault()
{
    QVERIFY(QDir::home().mkpath(QStringLiteral(".aliyun")));
    const QString config = QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "audit", "profiles": [
        {"name": "audit", "mode": "EcsRamRole", "ram_role_name": "r"},
        {"name": "plain", "mode": "ak", "access_key_id": "LTAI5tFAKEplain001",
         "access_key_secret": "FAKE-plain-secret"}]})");
    file.close();
    m_secrets << QStringLiteral("FAKE-plain-secret");
    const Result r = run({QStringLiteral("profile"), QStringLiteral("import-aliyun"),
                          QStringLiteral("--all"), QStringLiteral("--make-default")});
    QVERIFY2(r.out.contains(QStringLiteral("imported plain")), qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("\"audit\" was not imported, so the default profile "
                                           "was not changed")),
             qPrintable(r.out));
    ProfileStore store;
    QVERIFY(store.load());
    QCOMPARE(store.defaultProfileName(), QString());
    QVERIFY(QFile::remove(config));
}

void TestProfileCommand::importChainedRoleBringsItsSource()
{
    QVERIFY(QDir::home().mkpath(QStringLiteral(".aliyun")));
    const QString config = QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "top", "profiles": [
        {"name": "base", "mode": "RamRoleArn", "access_key_id": "LTAI5tFAKEchain01",
         "access_key_secret": "FAKE-chain-base", "ram_role_arn": "acs:ram::1:role/base"},
        {"name": "top", "mode": "ChainableRamRoleArn", "source_profile": "base",
         "ram_role_arn": "acs:ram::1:role/top"}]})");
    file.close();
    m_secrets << QStringLiteral("FAKE-chain-base");
    const Result r = run({QStringLiteral("profile"), QStringLiteral("import-aliyun"),
                          QStringLiteral("top"), QStringLiteral("--make-default")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("imported base"))
                 && r.out.contains(QStringLiteral("imported top (role acs:ram::1:role/top with "
                                                  "the credentials of \"base\"")),
             qPrintable(r.out));
    ProfileStore store;
    QVERIFY(store.load());
    QCOMPARE(store.profile(QStringLiteral("top"))->kind, CredentialKind::ChainableRamRoleArn);
    QCOMPARE(store.profile(QStringLiteral("top"))->sourceProfile, QStringLiteral("base"));
    QCOMPARE(store.profile(QStringLiteral("base"))->kind, CredentialKind::RamRoleArn);
    // The chained role is the CLI's current profile: the same principal, so it may be default.
    QCOMPARE(store.defaultProfileName(), QStringLiteral("top"));
    QVERIFY(keychain().contains(QStringLiteral("/base\n")));
    QVERIFY(!keychain().contains(QStringLiteral("/top\n"))); // nothing of its own
    QVERIFY(QFile::remove(config));
}

void TestProfileCommand::unreadableProfilesFileIsReportedAndKept()
{
    QVERIFY(QDir().mkpath(QFileInfo(profilesFile()).absolutePath()));
    QFile file(profilesFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"profiles\": [");
    file.close();
    for (const QStringList &args :
         {QStringList {QStringLiteral("profile"), QStringLiteral("list")},
          QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEx"),
                       QStringLiteral("--secret-stdin")}}) {
        const Result r = run(args, "FAKE-corrupt\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(profilesFile()) && r.err.contains(QStringLiteral("not valid JSON")),
                 qPrintable(r.err));
    }
    QCOMPARE(TestSupport::readFileOrDie(profilesFile()), QByteArray("{\"profiles\": ["));
    QVERIFY(!keychain().contains(QStringLiteral("/x\n")));
}

void TestProfileCommand::secretsNeverLandInFiles()
{
    QVERIFY(!m_secrets.isEmpty());
    for (const QString &secret : std::as_const(m_secrets)) {
        const QStringList hits = KeychainTest::filesContaining(QDir::homePath(), secret.toUtf8());
        QVERIFY2(hits.isEmpty(),
                 qPrintable(secret + QLatin1Char(' ') + hits.join(QLatin1Char(' '))));
    }
}

void TestProfileCommand::lockedKeyringWritesNothing()
{
    Result added = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("before"),
                        QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEbefore"),
                        QStringLiteral("--secret-stdin")},
                       "FAKE-before-lock\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(KeychainTest::lockLoginKeyring());
    // Removing while locked: the keyring keeps the item, so the profile is kept too.
    const Result removed
        = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("before")});
    QCOMPARE(removed.exitCode, 2);
    QVERIFY2(removed.err.contains(QStringLiteral("locked"))
                 && removed.err.contains(QStringLiteral("The profile was kept")),
             qPrintable(removed.err));
    QVERIFY(TestSupport::readFileOrDie(profilesFile()).contains("\"before\""));
    QFile::remove(profilesFile());

    const Result r = run({QStringLiteral("profile"), QStringLiteral("add"),
                          QStringLiteral("locked"), QStringLiteral("--access-key-id"),
                          QStringLiteral("LTAI5tFAKElocked"), QStringLiteral("--secret-stdin")},
                         "FAKE-locked-secret\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("locked"))
                 && r.err.contains(QStringLiteral("Nothing was saved")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(profilesFile()));
    QVERIFY(KeychainTest::filesContaining(QDir::homePath(), "FAKE-locked-secret").isEmpty());
}

void TestProfileCommand::seedProfiles(int count)
{
    QJsonArray profiles;
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.name = QStringLiteral("seed%1").arg(i);
        p.accessKeyId = QStringLiteral("LTAI5tFAKEseed%1").arg(i);
        p.region = QStringLiteral("cn-hangzhou");
        p.description = QString(100, QLatin1Char('d'));
        profiles.append(p.toJson());
    }
    QVERIFY(QDir().mkpath(QFileInfo(profilesFile()).absolutePath()));
    QFile file(profilesFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("format"), 1},
                                          {QStringLiteral("profiles"), profiles}})
                   .toJson());
}

void TestProfileCommand::concurrentAddsBothSurvive()
{
    // A large file widens the read-modify-write window the two processes race through.
    seedProfiles(3000);
    QStringList added;
    for (int round = 0; round < 5; ++round) {
        QList<std::shared_ptr<QProcess>> processes;
        for (const char *side : {"a", "b"}) {
            const QString name = QStringLiteral("race%1%2").arg(round).arg(QLatin1String(side));
            added << name;
            auto process = std::make_shared<QProcess>();
            process->start(m_binary,
                           {QStringLiteral("profile"), QStringLiteral("add"), name,
                            QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKErace"),
                            QStringLiteral("--secret-stdin")});
            QVERIFY(process->waitForStarted(30000));
            process->write("FAKE-race-secret\n");
            process->closeWriteChannel();
            processes << process;
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
    }
    ProfileStore store;
    QVERIFY(store.load());
    for (const QString &name : std::as_const(added)) {
        QVERIFY2(store.contains(name), qPrintable(name));
        run({QStringLiteral("profile"), QStringLiteral("remove"), name});
    }
    QCOMPARE(store.profiles().size(), 3000 + added.size());
    QFile::remove(profilesFile()); // the seeds have no secrets to remove
}

void TestProfileCommand::killedAddsLeaveNoUnreachableSecret()
{
    // A large file makes the add's last step (saving the profile) long enough to be hit.
    seedProfiles(3000);
    QRandomGenerator random(13);
    QStringList names;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("killed%1").arg(i);
        names << name;
        QProcess process;
        process.start(m_binary,
                      {QStringLiteral("profile"), QStringLiteral("add"), name,
                       QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tFAKEkill"),
                       QStringLiteral("--secret-stdin")});
        QVERIFY(process.waitForStarted(30000));
        process.write("FAKE-killed-secret\n");
        process.closeWriteChannel();
        // kill -9 somewhere between start-up and the end of the add.
        QThread::msleep(random.bounded(400));
        process.kill();
        process.waitForFinished(30000);
    }
    ProfileStore store;
    QVERIFY(store.load());
    const QStringList pending = store.pendingNames();
    const QString held = keychain();
    for (const QString &name : std::as_const(names)) {
        if (held.contains(QLatin1Char('/') + name + QLatin1Char('\n')))
            QVERIFY2(store.contains(name) || pending.contains(name), qPrintable(name));
    }
    // Whatever a kill left is reachable: --orphans names it and `remove` deletes it.
    const Result orphans
        = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--orphans")});
    QVERIFY2(orphans.exitCode == 0, qPrintable(orphans.err + orphans.out));
    for (const QString &name : std::as_const(names)) {
        if (held.contains(QLatin1Char('/') + name + QLatin1Char('\n')) && !store.contains(name))
            QVERIFY2(orphans.out.contains(QStringLiteral("secret without a profile: ") + name),
                     qPrintable(orphans.out));
        if (store.contains(name) || pending.contains(name))
            QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
    }
    const QString after = keychain();
    for (const QString &name : std::as_const(names))
        QVERIFY2(!after.contains(QLatin1Char('/') + name + QLatin1Char('\n')), qPrintable(name));
    QFile::remove(profilesFile()); // the seeds have no secrets to remove
}

void TestProfileCommand::orphansAreFoundBothWays()
{
    // A profile whose secret is gone (a remove killed between its two halves).
    ProfileStore store;
    Profile lonely;
    lonely.name = QStringLiteral("lonely");
    lonely.accessKeyId = QStringLiteral("LTAI5tFAKElonely");
    QVERIFY(store.save(lonely));
    const Result r
        = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--orphans")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("profile without a secret: lonely")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
