#include "actiontrailemulator.h"
#include "credentials/profilestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Role profiles as a user runs them: `profile add` with the role options (the source secret in
// the real keychain of with-keyring.sh), `profile test` and `jobs list` assuming the roles
// through the emulator's STS over loopback.
class TestRoleProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chainOfThreeSignsIn();
    void roleThatDoesNotExist();
    void sourceCyclesAreRefused_data();
    void sourceCyclesAreRefused();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {});
    QString emulatorUrl() const { return m_emulator->endpoint().toString(); }
    QString roleArn(const QString &name) const
    {
        return QStringLiteral("acs:ram::%1:role/%2").arg(m_emulator->config().sts.accountId, name);
    }
    /** `profile add` of a RamRoleArn profile `name` assuming `role` with the emulator's key. */
    void addRole(const QString &name, const QString &role);
    void addChained(const QString &name, const QString &role, const QString &source);

    std::unique_ptr<ActionTrailEmulator> m_emulator;
};

TestRoleProfiles::Result TestRoleProfiles::run(const QStringList &arguments,
                                               const QByteArray &input)
{
    QProcess process;
    process.start(qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser"),
                  arguments);
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    // The event loop must run: the emulator lives in this process.
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestRoleProfiles::addRole(const QString &name, const QString &role)
{
    const Result r = run({QStringLiteral("profile"), QStringLiteral("add"), name,
                          QStringLiteral("--access-key-id"), m_emulator->config().key.id,
                          QStringLiteral("--secret-stdin"), QStringLiteral("--role-arn"),
                          roleArn(role), QStringLiteral("--endpoint"), emulatorUrl(),
                          QStringLiteral("--sts-endpoint"), emulatorUrl()},
                         m_emulator->config().key.secret.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestRoleProfiles::addChained(const QString &name, const QString &role, const QString &source)
{
    const Result r = run({QStringLiteral("profile"), QStringLiteral("add"), name,
                          QStringLiteral("--source-profile"), source, QStringLiteral("--role-arn"),
                          roleArn(role), QStringLiteral("--endpoint"), emulatorUrl(),
                          QStringLiteral("--sts-endpoint"), emulatorUrl()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("with the credentials of \"%1\"").arg(source)),
             qPrintable(r.out));
}

void TestRoleProfiles::init()
{
    EmulatorConfig config;
    config.key = {QStringLiteral("LTAI5tFAKErolesource"), QStringLiteral("FAKE-role-source"), {}};
    config.jobCount = 4;
    config.sts.deniedRoles = {QStringLiteral("gone")};
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void TestRoleProfiles::cleanup()
{
    ProfileStore store;
    if (store.load()) {
        for (const Profile &p : store.profiles())
            run({QStringLiteral("profile"), QStringLiteral("remove"), p.name});
    }
    QFile::remove(ProfileStore::defaultFilePath());
    m_emulator.reset();
}

void TestRoleProfiles::chainOfThreeSignsIn()
{
    addRole(QStringLiteral("hop1"), QStringLiteral("first"));
    addChained(QStringLiteral("hop2"), QStringLiteral("second"), QStringLiteral("hop1"));
    addChained(QStringLiteral("hop3"), QStringLiteral("third"), QStringLiteral("hop2"));

    const Result list = run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("RAM role (chained)")), qPrintable(list.out));
    // A chained profile keeps no secret of its own, so it is not a profile that lost one.
    const Result orphans
        = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--orphans")});
    QVERIFY2(orphans.out.contains(QStringLiteral("No orphans")), qPrintable(orphans.out));
    QVERIFY2(list.out.contains(QStringLiteral("(from hop2)")), qPrintable(list.out));

    const Result test
        = run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("hop3")});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    QVERIFY2(test.out.contains(QStringLiteral("AssumedRoleUser")), qPrintable(test.out));
    QVERIFY2(test.out.contains(QStringLiteral(":assumed-role/third/backfill-browser-")),
             qPrintable(test.out));
    QVERIFY2(test.out.contains(m_emulator->config().sts.accountId), qPrintable(test.out));
    QVERIFY2(test.out.contains(QRegularExpression(QStringLiteral("Expires: +\\d{4}-"))),
             qPrintable(test.out));
    QCOMPARE(m_emulator->sts().sessionCount(), 3);

    const Result jobs
        = run({QStringLiteral("--profile"), QStringLiteral("hop3"), QStringLiteral("jobs"),
               QStringLiteral("list"), QStringLiteral("--verbose")});
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err));
    QCOMPARE(m_emulator->sts().sessionCount(), 6);
    // Role credentials live in memory only: nothing of them (or the source secret) is printed.
    for (const Result &r : {list, test, jobs}) {
        QVERIFY(!r.out.contains(m_emulator->config().key.secret));
        QVERIFY(!r.err.contains(m_emulator->config().key.secret));
    }
    QVERIFY(!TestSupport::readFileOrDie(ProfileStore::defaultFilePath())
                 .contains(m_emulator->config().key.secret.toUtf8()));
}

void TestRoleProfiles::roleThatDoesNotExist()
{
    addRole(QStringLiteral("ghost"), QStringLiteral("gone"));
    const Result test
        = run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("ghost")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QStringLiteral("EntityNotExist.Role")), qPrintable(test.err));
    const Result jobs = run({QStringLiteral("--profile"), QStringLiteral("ghost"),
                             QStringLiteral("jobs"), QStringLiteral("list")});
    QCOMPARE(jobs.exitCode, 1);
    QVERIFY2(jobs.err.contains(QStringLiteral("EntityNotExist.Role")), qPrintable(jobs.err));
}

void TestRoleProfiles::sourceCyclesAreRefused_data()
{
    QTest::addColumn<QStringList>("sources"); // profile i assumes its role with sources[i]'s
    QTest::addColumn<QString>("expectedChain");
    QTest::newRow("two") << QStringList {QStringLiteral("p1"), QStringLiteral("p0")}
                         << QStringLiteral("p0 -> p1 -> p0");
    QTest::newRow("three") << QStringList {QStringLiteral("p1"), QStringLiteral("p2"),
                                           QStringLiteral("p0")}
                           << QStringLiteral("p0 -> p1 -> p2 -> p0");
}

void TestRoleProfiles::sourceCyclesAreRefused()
{
    QFETCH(QStringList, sources);
    QFETCH(QString, expectedChain);
    // `profile add` cannot make a cycle (a source must exist first): a hand-edited file can.
    QJsonArray profiles;
    for (int i = 0; i < sources.size(); ++i) {
        profiles.append(QJsonObject {
            {QStringLiteral("name"), QStringLiteral("p%1").arg(i)},
            {QStringLiteral("kind"), QStringLiteral("ChainableRamRoleArn")},
            {QStringLiteral("region"), QStringLiteral("cn-hangzhou")},
            {QStringLiteral("endpoint"), emulatorUrl()},
            {QStringLiteral("role"),
             QJsonObject {{QStringLiteral("roleArn"), roleArn(QStringLiteral("r%1").arg(i))},
                          {QStringLiteral("sourceProfile"), sources.at(i)},
                          {QStringLiteral("stsEndpoint"), emulatorUrl()}}},
        });
    }
    const QString path = ProfileStore::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("format"), 1},
                                          {QStringLiteral("profiles"), profiles}})
                   .toJson());
    file.close();
    const Result jobs = run({QStringLiteral("--profile"), QStringLiteral("p0"),
                             QStringLiteral("jobs"), QStringLiteral("list")});
    QCOMPARE(jobs.exitCode, 2);
    QVERIFY2(jobs.err.contains(expectedChain), qPrintable(jobs.err));
    QCOMPARE(m_emulator->requestCount(), 0);

    // Nor can `profile add` point a profile at itself.
    const Result self
        = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("loop"),
               QStringLiteral("--source-profile"), QStringLiteral("loop"),
               QStringLiteral("--role-arn"), roleArn(QStringLiteral("x"))});
    QCOMPARE(self.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRoleProfiles)
#include "tst_roleprofiles.moc"
