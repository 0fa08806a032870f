// All regions against the emulator over loopback HTTP, in both job scopes: the regions come from
// the account's trails (or DescribeRegions when DescribeTrails fails), every task is listed once
// whichever endpoints hold it, one region failing costs only that region's rows, and at most the
// concurrency cap of requests is under way.

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/allregionslister.h"
#include "jobstore.h"
#include "models/allregionsjobsource.h"
#include "regionalemulators.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {
const AccessKey testKey {QStringLiteral("LTAIall"), QStringLiteral("all-regions-secret"),
                         QString()};

EmulatorConfig testConfig()
{
    EmulatorConfig config;
    config.key = testKey;
    config.seed = 11;
    config.jobCount = 150;
    return config;
}

QStringList trailRegions(const JobStore &store)
{
    QStringList regions;
    for (const EmulatedTrail &trail : store.trails()) {
        const QString region = JobStore::regionId(trail.homeRegion);
        if (!regions.contains(region))
            regions.append(region);
    }
    std::sort(regions.begin(), regions.end());
    return regions;
}

/** A loopback URL where nothing listens (the port was bound, then released). */
QUrl deadEndpoint()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(server.serverPort());
    return url;
}
} // namespace

class TestAllRegions : public QObject
{
    Q_OBJECT

private slots:
    void bothScopesListEveryTaskOnce_data()
    {
        QTest::addColumn<bool>("regionScope");
        QTest::newRow("account scope") << false;
        QTest::newRow("region scope") << true;
    }
    void bothScopesListEveryTaskOnce()
    {
        QFETCH(bool, regionScope);
        const QStringList regions = trailRegions(JobStore(11, 0, 0));
        ActionTrailEmulator account(testConfig());
        RegionalEmulators regional(testConfig(), regions);
        QMap<QString, QUrl> endpoints;
        JobStore *store = nullptr;
        int requestsBefore = 0;
        if (regionScope) {
            QVERIFY(regional.listen());
            for (const QString &region : regions)
                endpoints.insert(region, regional.emulator(region)->endpoint());
            store = &regional.store();
        } else {
            QVERIFY(account.listen() != 0);
            for (const QString &region : regions)
                endpoints.insert(region, account.endpoint());
            store = &account.store();
            requestsBefore = account.requestCount();
        }

        auto home = client(endpoints.first());
        AllRegionsLister lister(home.get(), factory(endpoints));
        QSignalSpy finished(&lister, &AllRegionsLister::finished);
        QSignalSpy failed(&lister, &AllRegionsLister::failed);
        lister.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY(failed.isEmpty());
        const auto listing = finished.first().first().value<AllRegionsListing>();
        QCOMPARE(listing.regions, regions);
        QVERIFY(listing.regionsFromTrails);
        QVERIFY(listing.failures.isEmpty());
        QCOMPARE(listing.jobs.size(), store->count());
        QSet<qint64> ids;
        for (const DeliveryJob &job : listing.jobs) {
            QVERIFY(!ids.contains(job.jobId));
            ids.insert(job.jobId);
            QVERIFY(store->find(job.jobId));
            if (regionScope)
                QCOMPARE(listing.listedIn.value(job.jobId), job.homeRegion);
        }
        for (int i = 1; i < listing.jobs.size(); ++i)
            QVERIFY(listing.jobs.at(i - 1).createdTime >= listing.jobs.at(i).createdTime);
        QVERIFY(lister.peakConcurrent() <= lister.maxConcurrent());
        if (!regionScope) {
            // DescribeTrails, then each region's pages of 100: what All regions costs.
            const int requests = account.requestCount() - requestsBefore;
            const int pagesPerRegion = (store->count() + 99) / 100;
            QCOMPARE(requests, 1 + int(regions.size()) * pagesPerRegion);
            qInfo("account scope, %d tasks, %d regions: %d requests", store->count(),
                  int(regions.size()), requests);
        }
    }

    void oneRegionFailingKeepsTheOthers_data()
    {
        QTest::addColumn<bool>("regionScope");
        QTest::newRow("account scope") << false;
        QTest::newRow("region scope") << true;
    }
    void oneRegionFailingKeepsTheOthers()
    {
        QFETCH(bool, regionScope);
        const QStringList regions = trailRegions(JobStore(11, 0, 0));
        QVERIFY(regions.contains(QStringLiteral("cn-beijing")));
        ActionTrailEmulator account(testConfig());
        RegionalEmulators regional(testConfig(), regions);
        QMap<QString, QUrl> endpoints;
        JobStore *store = nullptr;
        if (regionScope) {
            QVERIFY(regional.listen());
            for (const QString &region : regions)
                endpoints.insert(region, regional.emulator(region)->endpoint());
            store = &regional.store();
        } else {
            QVERIFY(account.listen() != 0);
            for (const QString &region : regions)
                endpoints.insert(region, account.endpoint());
            store = &account.store();
        }
        const QString dead = QStringLiteral("cn-beijing");
        endpoints.insert(dead, deadEndpoint());

        auto home
            = client(regionScope ? regional.emulator(QStringLiteral("cn-hangzhou"))->endpoint()
                                 : account.endpoint());
        AllRegionsLister lister(home.get(), factory(endpoints));
        QSignalSpy finished(&lister, &AllRegionsLister::finished);
        QSignalSpy regionFailed(&lister, &AllRegionsLister::regionFailed);
        lister.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const auto listing = finished.first().first().value<AllRegionsListing>();
        QCOMPARE(listing.failures.size(), 1);
        QCOMPARE(listing.failures.first().region, dead);
        QCOMPARE(listing.failures.first().error.kind, ApiError::Kind::Network);
        QCOMPARE(regionFailed.size(), 1);
        // Account scope: every other endpoint lists every task. Region scope: all but Beijing's.
        const int expected
            = regionScope ? store->count() - store->countInRegion(dead) : store->count();
        QCOMPARE(listing.jobs.size(), expected);
        for (const DeliveryJob &job : listing.jobs)
            QVERIFY(listing.listedIn.value(job.jobId) != dead);
    }

    void describeRegionsWhenDescribeTrailsIsDenied()
    {
        EmulatorConfig config = testConfig();
        config.deniedActions = {QStringLiteral("DescribeTrails")};
        config.servedRegions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
        ActionTrailEmulator emulator(config);
        QVERIFY(emulator.listen() != 0);
        QMap<QString, QUrl> endpoints {{QStringLiteral("cn-hangzhou"), emulator.endpoint()},
                                       {QStringLiteral("cn-shanghai"), emulator.endpoint()}};
        auto home = client(emulator.endpoint());
        AllRegionsLister lister(home.get(), factory(endpoints));
        QSignalSpy finished(&lister, &AllRegionsLister::finished);
        lister.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const auto listing = finished.first().first().value<AllRegionsListing>();
        QVERIFY(!listing.regionsFromTrails);
        QCOMPARE(listing.regions, config.servedRegions);
        QCOMPARE(listing.jobs.size(), emulator.store().count());
    }

    void nothingAnsweringFails()
    {
        auto home = client(deadEndpoint());
        AllRegionsLister lister(home.get(), factory({}));
        QSignalSpy finished(&lister, &AllRegionsLister::finished);
        QSignalSpy failed(&lister, &AllRegionsLister::failed);
        lister.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        QVERIFY(finished.isEmpty());
    }

    void theCapHoldsWithManyRegions()
    {
        ActionTrailEmulator emulator(testConfig());
        QVERIFY(emulator.listen() != 0);
        const QStringList regions = JobStore::knownRegions().mid(0, 12);
        QMap<QString, QUrl> endpoints;
        for (const QString &region : regions)
            endpoints.insert(region, emulator.endpoint());
        auto home = client(emulator.endpoint());
        AllRegionsLister lister(home.get(), factory(endpoints));
        lister.setRegions(regions);
        lister.setMaxConcurrent(3);
        QSignalSpy finished(&lister, &AllRegionsLister::finished);
        lister.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(lister.peakConcurrent(), 3);
        QCOMPARE(finished.first().first().value<AllRegionsListing>().jobs.size(),
                 emulator.store().count());
    }

    void jobSourceForTheModels()
    {
        const QStringList regions = trailRegions(JobStore(11, 0, 0));
        RegionalEmulators regional(testConfig(), regions);
        QVERIFY(regional.listen());
        QMap<QString, QUrl> endpoints;
        for (const QString &region : regions)
            endpoints.insert(region, regional.emulator(region)->endpoint());
        const QString dead = QStringLiteral("cn-beijing");
        endpoints.insert(dead, deadEndpoint());
        auto home = client(regional.emulator(QStringLiteral("cn-hangzhou"))->endpoint());
        AllRegionsJobSource source(home.get(), factory(endpoints));
        QSignalSpy regionsFailed(&source, &AllRegionsJobSource::regionsFailed);

        // Page 1 lists every region; page 2 is the next slice of the same listing.
        PendingJobRequest *first = source.listJobs(1, 20);
        QSignalSpy firstListed(first, &PendingJobRequest::listed);
        QTRY_VERIFY_WITH_TIMEOUT(!firstListed.isEmpty(), 30000);
        const JobPage page1 = firstListed.first().first().value<JobPage>();
        const int expected = regional.store().count() - regional.store().countInRegion(dead);
        QCOMPARE(page1.totalCount, expected);
        QCOMPARE(page1.jobs.size(), 20);
        QCOMPARE(regionsFailed.size(), 1);
        QCOMPARE(regionsFailed.first().first().value<QList<RegionFailure>>().first().region, dead);
        const int requestsBefore = regional.emulator(QStringLiteral("cn-hangzhou"))->requestCount();
        PendingJobRequest *second = source.listJobs(2, 20);
        QSignalSpy secondListed(second, &PendingJobRequest::listed);
        QTRY_VERIFY(!secondListed.isEmpty());
        const JobPage page2 = secondListed.first().first().value<JobPage>();
        QCOMPARE(regional.emulator(QStringLiteral("cn-hangzhou"))->requestCount(), requestsBefore);
        QVERIFY(page2.jobs.first().jobId != page1.jobs.first().jobId);
        for (const DeliveryJob &job : page1.jobs + page2.jobs)
            QCOMPARE(job.listedIn, job.homeRegion); // region scope: listed where it lives

        // Get goes to the region that listed the job, and keeps that region on the row.
        DeliveryJob elsewhere;
        for (const DeliveryJob &job : page1.jobs + page2.jobs) {
            if (job.homeRegion != QLatin1String("cn-hangzhou")) {
                elsewhere = job;
                break;
            }
        }
        QVERIFY(elsewhere.jobId > 0);
        PendingJobRequest *get = source.getJob(elsewhere.jobId);
        QSignalSpy fetched(get, &PendingJobRequest::fetched);
        QSignalSpy getFailed(get, &PendingJobRequest::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty() || !getFailed.isEmpty(), 30000);
        QVERIFY(getFailed.isEmpty());
        const DeliveryJob detail = fetched.first().first().value<DeliveryJob>();
        QCOMPARE(detail.listedIn, elsewhere.homeRegion);
        QVERIFY(!detail.regions.isEmpty());
    }

private:
    std::unique_ptr<ActionTrailClient> client(const QUrl &endpoint)
    {
        auto result = std::make_unique<ActionTrailClient>(&m_network);
        result->setEndpoint(endpoint);
        result->setAccessKey(testKey);
        RetryPolicy policy([] { return 0.5; });
        policy.setMaxAttempts(2);
        policy.setBaseDelay(std::chrono::milliseconds(2));
        policy.setMaxDelay(std::chrono::milliseconds(20));
        result->setRetryPolicy(policy);
        return result;
    }
    AllRegionsLister::ClientFactory factory(const QMap<QString, QUrl> &endpoints)
    {
        return [this, endpoints](const QString &region) -> ActionTrailClient * {
            if (!endpoints.contains(region))
                return nullptr;
            return client(endpoints.value(region)).release();
        };
    }

    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestAllRegions)
#include "tst_allregions.moc"
