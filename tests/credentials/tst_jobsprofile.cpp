#include "credentials/profilestore.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// `backfill-browser jobs list` with credentials from profiles in the real keychain
// (with-keyring.sh), against a scripted loopback server: the request is signed with the key the
// precedence picks, and --verbose says which source won.
class TestJobsProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void precedence_data();
    void precedence();
    void stsProfileSignsV1WithItsToken();
    void noSessionBusIsAClearError();
    void emulatorVerifiesTheProfilesSignature_data();
    void emulatorVerifiesTheProfilesSignature();
    void profileRegionEndpoints_data();
    void profileRegionEndpoints();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {},
               const QMap<QString, QString> &extraEnv = {});
    void addProfile(const QString &name, const QString &keyId, const QByteArray &secrets,
                    const QStringList &extra = {});

    std::unique_ptr<ScriptedHttpServer> m_server;
};

TestJobsProfile::Result TestJobsProfile::run(const QStringList &arguments, const QByteArray &input,
                                             const QMap<QString, QString> &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser"),
                  arguments);
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    // The event loop must run: the scripted server lives in this process.
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestJobsProfile::addProfile(const QString &name, const QString &keyId,
                                 const QByteArray &secrets, const QStringList &extra)
{
    const Result r
        = run(QStringList {QStringLiteral("profile"), QStringLiteral("add"), name,
                           QStringLiteral("--access-key-id"), keyId, QStringLiteral("--endpoint"),
                           m_server->url().toString(), QStringLiteral("--secret-stdin")}
                  + extra,
              secrets);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestJobsProfile::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::json(200, TestSupport::listSample());
    });
}

void TestJobsProfile::cleanup()
{
    ProfileStore store;
    if (store.load()) {
        for (const Profile &p : store.profiles())
            run({QStringLiteral("profile"), QStringLiteral("remove"), p.name});
    }
    QFile::remove(ProfileStore::defaultFilePath());
    m_server.reset();
}

void TestJobsProfile::precedence_data()
{
    QTest::addColumn<QStringList>("global");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expectedKeyId");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("--profile")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("work")}
        << QStringList {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tFAKEenv"),
                        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=FAKE-env-secret")}
        << QStringLiteral("LTAI5tFAKEwork")
        << QStringLiteral("profile \"work\" (selected explicitly)");
    QTest::newRow("environment keys over the default")
        << QStringList()
        << QStringList {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tFAKEenv"),
                        QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=FAKE-env-secret"),
                        QStringLiteral("ALIBABA_CLOUD_REGION_ID=cn-shanghai")}
        << QStringLiteral("LTAI5tFAKEenv") << QStringLiteral("environment variables");
    QTest::newRow("ALIBABA_CLOUD_PROFILE over the default")
        << QStringList() << QStringList {QStringLiteral("ALIBABA_CLOUD_PROFILE=work")}
        << QStringLiteral("LTAI5tFAKEwork")
        << QStringLiteral("profile \"work\" (from ALIBABA_CLOUD_PROFILE)");
    QTest::newRow("the default profile")
        << QStringList() << QStringList() << QStringLiteral("LTAI5tFAKEhome")
        << QStringLiteral("profile \"home\" (the default profile)");
}

void TestJobsProfile::precedence()
{
    QFETCH(QStringList, global);
    QFETCH(QStringList, environment);
    QFETCH(QString, expectedKeyId);
    QFETCH(QString, expectedSource);
    addProfile(QStringLiteral("home"), QStringLiteral("LTAI5tFAKEhome"),
               "FAKE-home-secret\n"); // first: default
    addProfile(QStringLiteral("work"), QStringLiteral("LTAI5tFAKEwork"), "FAKE-work-secret\n");

    QMap<QString, QString> env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    QStringList arguments = global
        + QStringList {QStringLiteral("--verbose"), QStringLiteral("jobs"), QStringLiteral("list")};
    if (env.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"))
        && !global.contains(QStringLiteral("--profile"))) {
        arguments << QStringLiteral("--endpoint")
                  << m_server->url().toString(); // no profile endpoint
    }
    const Result r = run(arguments, {}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("credentials: ") + expectedSource), qPrintable(r.err));
    QCOMPARE(m_server->requests().size(), 1);
    const QByteArray authorization = m_server->requests().constFirst().header("Authorization");
    QVERIFY2(authorization.contains("Credential=" + expectedKeyId.toUtf8() + ","),
             authorization.constData());
    for (const char *secret : {"FAKE-home-secret", "FAKE-work-secret", "FAKE-env-secret"})
        QVERIFY(!r.err.contains(QLatin1String(secret)) && !r.out.contains(QLatin1String(secret)));
}

void TestJobsProfile::stsProfileSignsV1WithItsToken()
{
    addProfile(QStringLiteral("temp"), QStringLiteral("STS.FAKEtemp"),
               "FAKE-temp-secret\nFAKE-temp-token\n",
               {QStringLiteral("--security-token-stdin"), QStringLiteral("--signature-version"),
                QStringLiteral("v1")});
    const Result r = run({QStringLiteral("jobs"), QStringLiteral("list"),
                          QStringLiteral("--profile"), QStringLiteral("temp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.queryValue(QStringLiteral("SecurityToken")),
             QStringLiteral("FAKE-temp-token"));
    QCOMPARE(request.queryValue(QStringLiteral("AccessKeyId")), QStringLiteral("STS.FAKEtemp"));
    QVERIFY(!request.queryValue(QStringLiteral("Signature")).isEmpty()); // the profile's V1
    QVERIFY(request.header("Authorization").isEmpty());
}

void TestJobsProfile::noSessionBusIsAClearError()
{
    addProfile(QStringLiteral("work"), QStringLiteral("LTAI5tFAKEwork"), "FAKE-work-secret\n");
    const Result r = run(
        {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--profile"),
         QStringLiteral("work")},
        {},
        {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No keychain service is available")), qPrintable(r.err));
    QCOMPARE(m_server->requests().size(), 0);
    const Result ghost = run({QStringLiteral("jobs"), QStringLiteral("list"),
                              QStringLiteral("--profile"), QStringLiteral("ghost")});
    QCOMPARE(ghost.exitCode, 2);
    QVERIFY(ghost.err.contains(QStringLiteral("no profile named \"ghost\"")));
}

void TestJobsProfile::emulatorVerifiesTheProfilesSignature_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("secrets");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("STS, V3, right secret and token")
        << QStringLiteral("v3") << QByteArray("FAKE-emu-secret\nFAKE-emu-token\n") << 0;
    QTest::newRow("STS, V1, right secret and token")
        << QStringLiteral("v1") << QByteArray("FAKE-emu-secret\nFAKE-emu-token\n") << 0;
    QTest::newRow("wrong secret") << QStringLiteral("v3")
                                  << QByteArray("FAKE-wrong\nFAKE-emu-token\n") << 1;
    QTest::newRow("wrong token") << QStringLiteral("v3")
                                 << QByteArray("FAKE-emu-secret\nFAKE-other\n") << 1;
}

// The emulator checks every signature and the STS token: the secret and token read back from
// the keychain are exactly what was stored.
void TestJobsProfile::emulatorVerifiesTheProfilesSignature()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, secrets);
    QFETCH(int, exitCode);
    const QString binary
        = qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/actiontrail-emulator");
    if (!QFile::exists(binary))
        QSKIP("actiontrail-emulator is not built");
    QProcess emulator;
    emulator.start(binary,
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--jobs"),
                    QStringLiteral("3"), QStringLiteral("--access-key-id"),
                    QStringLiteral("STS.FAKEemu"), QStringLiteral("--access-key-secret"),
                    QStringLiteral("FAKE-emu-secret"), QStringLiteral("--security-token"),
                    QStringLiteral("FAKE-emu-token")});
    QSignalSpy output(&emulator, &QProcess::readyReadStandardOutput);
    QByteArray seen;
    while (!seen.contains('\n') && emulator.state() != QProcess::NotRunning && output.wait(20000))
        seen += emulator.readAllStandardOutput();
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^listening on (\\S+)")).match(QString::fromUtf8(seen));
    QVERIFY2(match.hasMatch(), seen.constData());
    const QUrl url(match.captured(1));

    const Result added
        = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("emu"),
               QStringLiteral("--access-key-id"), QStringLiteral("STS.FAKEemu"),
               QStringLiteral("--endpoint"), url.toString(), QStringLiteral("--signature-version"),
               version, QStringLiteral("--security-token-stdin"), QStringLiteral("--secret-stdin")},
              secrets);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result r = run({QStringLiteral("jobs"), QStringLiteral("list"),
                          QStringLiteral("--profile"), QStringLiteral("emu")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    if (exitCode == 0) {
        // The table on stdout, the page footer on stderr.
        QVERIFY2(r.out.contains(QStringLiteral("data-lake-audit")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("3 backfill tasks")), qPrintable(r.err));
    }
    emulator.kill();
    emulator.waitForFinished(5000);
}

void TestJobsProfile::profileRegionEndpoints_data()
{
    // Which endpoint `jobs list --profile vpc` uses: "beijing", "shanghai" (the emulator's
    // regional endpoints, named by the profile only) or "scripted" (the command line's).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the profile's region, its endpoint")
        << QStringList() << QStringLiteral("beijing");
    QTest::newRow("--region, the profile's endpoint of that region")
        << QStringList {QStringLiteral("--region"), QStringLiteral("cn-shanghai")}
        << QStringLiteral("shanghai");
    QTest::newRow("--endpoint REGION=URL wins over the profile's")
        << QStringList {QStringLiteral("--endpoint"), QStringLiteral("cn-beijing=SCRIPTED")}
        << QStringLiteral("scripted");
}

// A profile's own endpoints of some regions (VPC, private) are where its requests go, against
// the emulator serving one endpoint per region; the command line's REGION=URL still wins.
void TestJobsProfile::profileRegionEndpoints()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString binary
        = qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/actiontrail-emulator");
    if (!QFile::exists(binary))
        QSKIP("actiontrail-emulator is not built");
    QProcess emulator;
    emulator.start(binary,
                   {QStringLiteral("--job-scope"), QStringLiteral("region"),
                    QStringLiteral("--regions"), QStringLiteral("cn-beijing,cn-shanghai"),
                    QStringLiteral("--access-key-id"), QStringLiteral("LTAIvpc"),
                    QStringLiteral("--access-key-secret"), QStringLiteral("FAKE-vpc-secret")});
    QSignalSpy output(&emulator, &QProcess::readyReadStandardOutput);
    QByteArray seen;
    while (!seen.contains("region cn-shanghai ") && emulator.state() != QProcess::NotRunning
           && output.wait(20000))
        seen += emulator.readAllStandardOutput();
    QMap<QString, QString> endpoints;
    static const QRegularExpression regionLine(QStringLiteral("^region (\\S+) (\\S+)$"),
                                               QRegularExpression::MultilineOption);
    for (auto it = regionLine.globalMatch(QString::fromUtf8(seen)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        endpoints.insert(m.captured(1), m.captured(2));
    }
    QVERIFY2(endpoints.size() == 2, seen.constData());
    const QMap<QString, QString> urls {
        {QStringLiteral("beijing"), endpoints.value(QStringLiteral("cn-beijing"))},
        {QStringLiteral("shanghai"), endpoints.value(QStringLiteral("cn-shanghai"))},
        {QStringLiteral("scripted"), m_server->url().toString()}};
    QStringList given = arguments;
    given.replaceInStrings(QStringLiteral("SCRIPTED"), urls.value(QStringLiteral("scripted")));

    const Result added = run(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("vpc"),
         QStringLiteral("--access-key-id"), QStringLiteral("LTAIvpc"), QStringLiteral("--region"),
         QStringLiteral("cn-beijing"), QStringLiteral("--region-endpoint"),
         QStringLiteral("cn-beijing=") + urls.value(QStringLiteral("beijing")),
         QStringLiteral("--region-endpoint"),
         QStringLiteral("cn-shanghai=") + urls.value(QStringLiteral("shanghai")),
         QStringLiteral("--secret-stdin")},
        "FAKE-vpc-secret\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result shown
        = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("vpc")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(QStringLiteral("\"regionEndpoints\"")), qPrintable(shown.out));
    QVERIFY(shown.out.contains(urls.value(QStringLiteral("shanghai"))));

    const Result r = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                      QStringLiteral("--profile"), QStringLiteral("vpc"),
                                      QStringLiteral("--verbose")}
                         + given);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("endpoint: ") + urls.value(expected)),
             qPrintable(r.err));
    if (expected == QLatin1String("scripted"))
        QCOMPARE(m_server->requests().size(), 1);
    else
        QVERIFY(m_server->requests().isEmpty());
    emulator.kill();
    emulator.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestJobsProfile)
#include "tst_jobsprofile.moc"
