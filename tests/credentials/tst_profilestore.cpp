#include "credentials/profilestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
Profile makeProfile(const QString &name,
                    const QString &keyId = QStringLiteral("LTAI5tFAKE00000001"))
{
    Profile p;
    p.name = name;
    p.accessKeyId = keyId;
    p.region = QStringLiteral("cn-hangzhou");
    return p;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void defaultProfile();
    void names_data();
    void names();
    void maskedKeyIds_data();
    void maskedKeyIds();
    void endpoints_data();
    void endpoints();
    void regionEndpoints_data();
    void regionEndpoints();
    void aFileWithoutRegionEndpointsStillReads();
    void unreadableFileIsKeptAndNeverOverwritten_data();
    void unreadableFileIsKeptAndNeverOverwritten();
    void moveAsideStartsFresh();
    void sessionOnlyProfilesAreNeverWritten();
    void changesFromAnotherProcessAreKept();
    void aChangeWaitsForTheLock();
    void theFolderIsPrivate();
    void defaultPathIsScopedByAppId();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("cfg/profiles.json")); }
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTrip()
{
    ProfileStore store(path());
    QVERIFY(store.load()); // a missing file is an empty store
    QVERIFY(store.profiles().isEmpty());

    Profile full = makeProfile(QStringLiteral("prod"));
    full.description = QStringLiteral("Production, read-only");
    full.endpoint = QUrl(QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"));
    full.signatureVersion = SignatureVersion::V1;
    full.kind = CredentialKind::StsToken;
    full.regionEndpoints.insert(
        QStringLiteral("cn-beijing"),
        QUrl(QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com")));
    full.regionEndpoints.insert(QStringLiteral("cn-shanghai"),
                                QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY2(store.save(full), qPrintable(store.lastError()));
    QVERIFY(store.save(makeProfile(QStringLiteral("dev"))));
    QCOMPARE(changed.size(), 2);

    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.profiles().at(0).name, QStringLiteral("dev")); // sorted by name
    QCOMPARE(*again.profile(QStringLiteral("prod")), full);
    // Owner-only permissions: the file names key ids and endpoints.
    QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files),
             QStringList {QStringLiteral("profiles.json")});

    QVERIFY(again.remove(QStringLiteral("prod")));
    QVERIFY(!again.contains(QStringLiteral("prod")));
    QVERIFY(!again.remove(QStringLiteral("prod")));
    QVERIFY(again.lastError().contains(QStringLiteral("no profile named \"prod\"")));
}

void TestProfileStore::defaultProfile()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.save(makeProfile(QStringLiteral("a"))));
    QVERIFY(store.save(makeProfile(QStringLiteral("b"))));
    QCOMPARE(store.defaultProfileName(), QString());
    QVERIFY(!store.setDefaultProfile(QStringLiteral("nope")));
    QVERIFY(store.setDefaultProfile(QStringLiteral("b")));
    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.defaultProfileName(), QStringLiteral("b"));
    QVERIFY(again.remove(QStringLiteral("b"))); // removing the default clears it
    QCOMPARE(again.defaultProfileName(), QString());
}

void TestProfileStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("prod") << true;
    QTest::newRow("dots dashes underscores") << QStringLiteral("acme.prod-cn_1") << true;
    QTest::newRow("64 characters") << QStringLiteral("a").repeated(64) << true;
    QTest::newRow("65 characters") << QStringLiteral("a").repeated(65) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash (would change the keychain key)") << QStringLiteral("a/b") << false;
    QTest::newRow("space") << QStringLiteral("my prod") << false;
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("生产") << false;
}

void TestProfileStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Profiles::isValidName(name, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.save(makeProfile(name)), valid);
    QCOMPARE(QFile::exists(path()), valid);
}

void TestProfileStore::maskedKeyIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("typical") << QStringLiteral("LTAI5tAbCdEfGhwxyz")
                             << QStringLiteral("LTAI****wxyz");
    QTest::newRow("nine") << QStringLiteral("123456789") << QStringLiteral("1234****6789");
    QTest::newRow("eight is hidden entirely")
        << QStringLiteral("12345678") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QStringLiteral("****");
}

void TestProfileStore::maskedKeyIds()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(Profiles::maskAccessKeyId(id), masked);
}

void TestProfileStore::endpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com")
                           << true;
    QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http to a public host")
        << QStringLiteral("http://actiontrail.cn-hangzhou.aliyuncs.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestProfileStore::endpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Profiles::isValidEndpoint(QUrl(endpoint), &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TestProfileStore::regionEndpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("VPC endpoint") << QStringLiteral(
        "cn-beijing") << QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com")
                                  << QString();
    QTest::newRow("emulator on loopback")
        << QStringLiteral("cn-shanghai") << QStringLiteral("http://127.0.0.1:9000") << QString();
    QTest::newRow("plain http to another host")
        << QStringLiteral("cn-beijing") << QStringLiteral("http://actiontrail.example.com")
        << QStringLiteral("plain http");
    QTest::newRow("not a URL") << QStringLiteral("cn-beijing") << QStringLiteral("ftp://x")
                               << QStringLiteral("invalid endpoint");
    QTest::newRow("no endpoint") << QStringLiteral("cn-beijing") << QString()
                                 << QStringLiteral("endpoint of cn-beijing is empty");
    QTest::newRow("no region") << QString() << QStringLiteral("https://a.example.com")
                               << QStringLiteral("names no region");
    QTest::newRow("region with a dot")
        << QStringLiteral("cn.beijing") << QStringLiteral("https://a.example.com")
        << QStringLiteral("is not a region ID");
}

void TestProfileStore::regionEndpoints()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, problem);
    Profile p = makeProfile(QStringLiteral("vpc"));
    p.regionEndpoints.insert(region, QUrl(endpoint, QUrl::StrictMode));
    QString why;
    QCOMPARE(p.check(&why), problem.isEmpty());
    QVERIFY2(why.contains(problem), qPrintable(why));

    // The same rule when the file is read: a refused entry refuses the file, kept as it is.
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QJsonObject entry {{QStringLiteral("name"), QStringLiteral("vpc")},
                       {QStringLiteral("accessKeyId"), QStringLiteral("LTAI5tFAKE00000001")},
                       {QStringLiteral("regionEndpoints"), QJsonObject {{region, endpoint}}}};
    const QByteArray content
        = QJsonDocument(QJsonObject {{QStringLiteral("profiles"), QJsonArray {entry}}}).toJson();
    writeFile(path(), content);
    ProfileStore store(path());
    QCOMPARE(store.load(), problem.isEmpty());
    if (problem.isEmpty()) {
        QCOMPARE(store.profile(QStringLiteral("vpc"))->regionEndpoints.value(region),
                 QUrl(endpoint));
        return;
    }
    QVERIFY2(store.lastError().contains(problem), qPrintable(store.lastError()));
    QVERIFY(store.lastError().contains(path()));
    QVERIFY(!store.save(makeProfile(QStringLiteral("new"))));
    QCOMPARE(TestSupport::readFileOrDie(path()), content);
}

void TestProfileStore::aFileWithoutRegionEndpointsStillReads()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    writeFile(path(),
              R"({"format": 1, "profiles": [{"name": "old", "accessKeyId": "A1",
                  "region": "cn-hangzhou", "endpoint": "https://actiontrail.cn-hangzhou.aliyuncs.com"}]})");
    ProfileStore store(path());
    QVERIFY2(store.load(), qPrintable(store.lastError()));
    QVERIFY(store.profile(QStringLiteral("old"))->regionEndpoints.isEmpty());
    // Written back without the field: an older version still reads the file.
    QVERIFY(store.save(makeProfile(QStringLiteral("new"))));
    QVERIFY(!TestSupport::readFileOrDie(path()).contains("regionEndpoints"));
}

void TestProfileStore::unreadableFileIsKeptAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated JSON") << QByteArray("{\n  \"profiles\": [\n    {\"name\": \"a\",\n")
                                    << QStringLiteral("is not valid JSON (line 4, column 1");
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringLiteral("does not hold a JSON object");
    QTest::newRow("invalid profile entry") << QByteArray(
        R"({"profiles": [{"name": "ok", "accessKeyId": "A1"}, {"name": "a/b", "accessKeyId": "A2"}]})")
                                           << QStringLiteral("invalid profile (entry 2)");
    // Found by fuzz_profilesfile: the second "prod" was read, and a change then kept one.
    QTest::newRow("one name twice") << QByteArray(
        R"({"profiles": [{"name": "prod", "accessKeyId": "A1"}, {"name": "prod", "accessKeyId": "A2"}]})")
                                    << QStringLiteral("profile \"prod\" twice (entries 1 and 2)");
    QTest::newRow("newer format") << QByteArray(R"({"format": 99, "profiles": []})")
                                  << QStringLiteral("written by a newer version");
    // Each of these once read as "no profiles", and the next change overwrote the file.
    QTest::newRow("profiles is an object")
        << QByteArray(
               R"({"format": 1, "profiles": {"prod": {"name": "prod", "accessKeyId": "A1"}}})")
        << QStringLiteral("\"profiles\" is an object, not an array");
    QTest::newRow("profiles is a string")
        << QByteArray(R"({"format": 1, "profiles": "prod"})")
        << QStringLiteral("\"profiles\" is a string, not an array");
    QTest::newRow("format is a string") << QByteArray(R"({"format": "9", "profiles": []})")
                                        << QStringLiteral("\"format\" is a string, not a number");
    QTest::newRow("format is not a whole number")
        << QByteArray(R"({"format": 0.5, "profiles": []})") << QStringLiteral("\"format\" is 0.5");
    // Converting 1e300 to an integer was undefined behaviour (UBSan float-cast-overflow).
    QTest::newRow("format beyond every integer")
        << QByteArray(R"({"format": 1e300, "profiles": []})")
        << QStringLiteral("\"format\" is 1e+300");
    QTest::newRow("an entry is a number") << QByteArray(R"({"format": 1, "profiles": [5]})")
                                          << QStringLiteral("entry 1 is a number, not an object");
    QTest::newRow("name is a number")
        << QByteArray(R"({"format": 1, "profiles": [{"name": 5, "accessKeyId": "A1"}]})")
        << QStringLiteral("\"name\" of entry 1 is a number, not a string");
    QTest::newRow("region is an array") << QByteArray(
        R"({"format": 1, "profiles": [{"name": "a", "accessKeyId": "A1", "region": ["x"]}]})")
                                        << QStringLiteral(
                                               "\"region\" of entry 1 is an array, not a string");
    QTest::newRow("regionEndpoints is an array")
        << QByteArray(
               R"({"profiles": [{"name": "a", "accessKeyId": "A1", "regionEndpoints": ["x"]}]})")
        << QStringLiteral("\"regionEndpoints\" of entry 1 is an array, not an object");
    QTest::newRow("a region endpoint is a number") << QByteArray(
        R"({"profiles": [{"name": "a", "accessKeyId": "A1", "regionEndpoints": {"cn-beijing": 5}}]})")
                                                   << QStringLiteral(
                                                          "\"regionEndpoints\" \"cn-beijing\" of "
                                                          "entry 1 is a number, not a string");
    QTest::newRow("a region endpoint is refused") << QByteArray(
        R"({"profiles": [{"name": "a", "accessKeyId": "A1", "regionEndpoints": {"cn-beijing": "http://example.com"}}]})")
                                                  << QStringLiteral("invalid profile (entry 1)");
    QTest::newRow("default is a number")
        << QByteArray(R"({"format": 1, "profiles": [], "default": 3})")
        << QStringLiteral("\"default\" is a number, not a string");
}

void TestProfileStore::unreadableFileIsKeptAndNeverOverwritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    writeFile(path(), content);

    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.isFileUnreadable());
    QVERIFY2(store.lastError().contains(error), qPrintable(store.lastError()));
    QVERIFY(store.lastError().contains(path()));

    QVERIFY(!store.save(makeProfile(QStringLiteral("new"))));
    QVERIFY(!store.setDefaultProfile(QString()));
    QVERIFY(!store.remove(QStringLiteral("ok")));
    QVERIFY(store.lastError().contains(path()));
    QCOMPARE(TestSupport::readFileOrDie(path()), content);
}

void TestProfileStore::moveAsideStartsFresh()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    writeFile(path(), "{broken");
    ProfileStore store(path());
    QVERIFY(!store.load());
    QString movedTo;
    QVERIFY(store.moveAsideUnreadableFile(&movedTo));
    QVERIFY(movedTo.startsWith(path() + QStringLiteral(".unreadable-")));
    QCOMPARE(TestSupport::readFileOrDie(movedTo), QByteArray("{broken"));
    QVERIFY(!store.isFileUnreadable());
    QVERIFY(store.save(makeProfile(QStringLiteral("fresh"))));
    QCOMPARE(TestSupport::readFileOrDie(movedTo), QByteArray("{broken"));
}

void TestProfileStore::sessionOnlyProfilesAreNeverWritten()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    Profile session = makeProfile(QStringLiteral("temp"), QStringLiteral("LTAI5tSESSIONONLY1"));
    session.sessionOnly = true;
    QVERIFY(store.save(session));
    QVERIFY(!QFile::exists(path()));
    QVERIFY(store.contains(QStringLiteral("temp")));
    QCOMPARE(store.profile(QStringLiteral("temp"))->displayName(),
             QStringLiteral("temp (this session only, not saved)"));
    QVERIFY(!store.setDefaultProfile(QStringLiteral("temp")));

    QVERIFY(store.save(makeProfile(QStringLiteral("saved"))));
    QVERIFY(!TestSupport::readFileOrDie(path()).contains("SESSIONONLY"));
    QCOMPARE(store.profiles().size(), 2);

    // A session-only name may not shadow a saved one.
    Profile clash = makeProfile(QStringLiteral("saved"));
    clash.sessionOnly = true;
    QVERIFY(!store.save(clash));

    ProfileStore other(path());
    QVERIFY(other.load());
    QCOMPARE(other.profiles().size(), 1);
    QVERIFY(store.remove(QStringLiteral("temp")));
    QVERIFY(!store.contains(QStringLiteral("temp")));
}

void TestProfileStore::changesFromAnotherProcessAreKept()
{
    ProfileStore gui(path());
    ProfileStore cli(path());
    QVERIFY(gui.load());
    QVERIFY(cli.load());
    QVERIFY(cli.save(makeProfile(QStringLiteral("from-cli"))));
    QVERIFY(gui.save(makeProfile(QStringLiteral("from-gui"))));
    ProfileStore check(path());
    QVERIFY(check.load());
    QVERIFY(check.contains(QStringLiteral("from-cli")));
    QVERIFY(check.contains(QStringLiteral("from-gui")));
}

void TestProfileStore::aChangeWaitsForTheLock()
{
    ProfileStore store(path());
    QVERIFY(store.save(makeProfile(QStringLiteral("first"))));
    // Another process in the middle of its read-modify-write: ours must not interleave.
    QLockFile other(path() + QStringLiteral(".lock"));
    QVERIFY(other.lock());
    store.setLockTimeout(std::chrono::milliseconds(100));
    QVERIFY(!store.save(makeProfile(QStringLiteral("second"))));
    QVERIFY2(store.lastError().contains(path() + QStringLiteral(".lock")),
             qPrintable(store.lastError()));
    other.unlock();
    QVERIFY(store.save(makeProfile(QStringLiteral("second"))));
    ProfileStore reread(path());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 2);
}

void TestProfileStore::theFolderIsPrivate()
{
    ProfileStore store(path());
    QVERIFY(store.save(makeProfile(QStringLiteral("first"))));
    const QFileInfo folder(QFileInfo(path()).absolutePath());
    QCOMPARE(folder.permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup
                    | QFileDevice::ExeOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestProfileStore::defaultPathIsScopedByAppId()
{
    QVERIFY(ProfileStore::defaultFilePath().endsWith(
        QStringLiteral("/" BACKFILL_APP_ID "/profiles.json")));
    QVERIFY(ProfileStore::defaultFilePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
