// Where the Session sends an account's requests: the command line's --endpoint REGION=URL, else
// the account's own endpoint of that region (its profile's), else the region's public one.
#include "api/actiontrailclient.h"
#include "jobstore.h"
#include "models/jobsource.h"
#include "models/session.h"
#include "regionalemulators.h"

#include <QSignalSpy>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void endpointForRegion_data();
    void endpointForRegion();
    void allRegionsWithAProfilesCredentialsAndEndpoints();
    void stsEndpointOfTheAccountFirst_data();
    void stsEndpointOfTheAccountFirst();
};

void TestSession::endpointForRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("the command line's")
        << QStringLiteral("cn-beijing") << QUrl(QStringLiteral("https://cli.example.com"));
    QTest::newRow("the account's own")
        << QStringLiteral("cn-shanghai") << QUrl(QStringLiteral("https://vpc.example.com"));
    QTest::newRow("the public one")
        << QStringLiteral("cn-hangzhou")
        << QUrl(QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com"));
}

void TestSession::endpointForRegion()
{
    QFETCH(QString, region);
    QFETCH(QUrl, expected);
    Session session;
    session.setRegionEndpoints(
        {{QStringLiteral("cn-beijing"), QUrl(QStringLiteral("https://cli.example.com"))}});
    SessionAccount account;
    account.accessKey
        = AccessKey {QStringLiteral("LTAIsession"), QStringLiteral("FAKE-secret"), {}};
    account.region = region;
    account.regionEndpoints
        = {{QStringLiteral("cn-beijing"), QUrl(QStringLiteral("https://own-beijing.example.com"))},
           {QStringLiteral("cn-shanghai"), QUrl(QStringLiteral("https://vpc.example.com"))}};
    session.connectTo(account);
    QCOMPARE(session.endpointForRegion(region), expected);
    // The client of the session's region goes there too.
    QCOMPARE(session.endpoint(), expected);
    QCOMPARE(session.client()->endpoint(), expected);
}

void TestSession::stsEndpointOfTheAccountFirst_data()
{
    QTest::addColumn<QUrl>("accounts");
    QTest::addColumn<QUrl>("expected");
    // The resolver's choice (--sts-endpoint, the profile's sts_endpoint, the environment) is the
    // account's; the directory's default only stands in when the account names none.
    QTest::newRow("the account's own") << QUrl(QStringLiteral("https://sts-vpc.example.com"))
                                       << QUrl(QStringLiteral("https://sts-vpc.example.com"));
    QTest::newRow("none of its own") << QUrl() << QUrl(QStringLiteral("https://sts.aliyuncs.com"));
}

void TestSession::stsEndpointOfTheAccountFirst()
{
    QFETCH(QUrl, accounts);
    QFETCH(QUrl, expected);
    Session session;
    session.setDirectoryEndpoints(QUrl(QStringLiteral("https://sts.aliyuncs.com")),
                                  QUrl(QStringLiteral("https://resourcemanager.aliyuncs.com")));
    SessionAccount account;
    account.accessKey
        = AccessKey {QStringLiteral("LTAIsession"), QStringLiteral("FAKE-secret"), {}};
    account.region = QStringLiteral("cn-hangzhou");
    account.stsEndpoint = accounts;
    session.connectTo(account);
    // All accounts assumes every member's role through this client's STS.
    QCOMPARE(session.client()->stsEndpoint(), expected);
}

// A profile's account (credentials from a provider, not a fixed key) listing All regions
// through its own endpoints of each region: the emulator serving one endpoint per region
// checks every signature, so each region's client must sign with the account's credentials.
void TestSession::allRegionsWithAProfilesCredentialsAndEndpoints()
{
    const AccessKey key {QStringLiteral("LTAIprofile"), QStringLiteral("FAKE-profile-secret"), {}};
    EmulatorConfig config;
    config.key = key;
    config.seed = 11;
    config.jobCount = 60;
    QStringList regions;
    const JobStore sameSeed(11, 0, 0);
    for (const EmulatedTrail &trail : sameSeed.trails()) {
        const QString region = JobStore::regionId(trail.homeRegion);
        if (!regions.contains(region))
            regions.append(region);
    }
    RegionalEmulators emulators(config, regions);
    QVERIFY(emulators.listen());

    SessionAccount account;
    account.profileName = QStringLiteral("vpc");
    account.credentials = std::make_shared<StaticCredentialProvider>(Credentials {key, {}});
    account.region = regions.first();
    for (const QString &region : std::as_const(regions))
        account.regionEndpoints.insert(region, emulators.emulator(region)->endpoint());
    Session session;
    session.connectTo(account);
    session.setAllRegions(true);
    PendingJobRequest *request = session.source()->listAllJobs();
    QSignalSpy listed(request, &PendingJobRequest::listed);
    QSignalSpy failed(request, &PendingJobRequest::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(listed.first().first().value<JobPage>().jobs.size(), emulators.store().count());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
