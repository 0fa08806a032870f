// The trail reads (DescribeTrails, GetTrailStatus, DescribeRegions) through ActionTrailClient
// against the emulator over loopback HTTP: readiness of each kind of trail from the service's own
// answers, the data consistent with the tasks, Create refusing what cannot be backfilled, and job
// scope "region" (one endpoint per region, each listing its own region's tasks).

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/trailcalls.h"
#include "jobstore.h"
#include "regionalemulators.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const AccessKey testKey {QStringLiteral("LTAItrails"), QStringLiteral("trails-secret"), QString()};

EmulatorConfig testConfig()
{
    EmulatorConfig config;
    config.key = testKey;
    config.seed = 7;
    config.jobCount = 60;
    return config;
}

QString stoppedTrailName(const JobStore &store)
{
    for (const EmulatedTrail &trail : store.trails()) {
        if (trail.status == QLatin1String("Disable"))
            return trail.name;
    }
    return {};
}
} // namespace

class TestTrailsEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_emulator = std::make_unique<ActionTrailEmulator>(testConfig());
        QVERIFY(m_emulator->listen() != 0);
        m_client = client(m_emulator->endpoint());
    }
    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void readinessOfEachKind_data()
    {
        QTest::addColumn<QString>("trail");
        QTest::addColumn<int>("reason");
        using R = BackfillReadiness::Reason;
        QTest::newRow("SLS + Enable") << QStringLiteral("trail-name") << int(R::Ready);
        QTest::newRow("SLS + Disable") << QString() << int(R::NotLogging); // the stopped one
        QTest::newRow("Fresh") << QStringLiteral("fresh-trail") << int(R::NotLogging);
        QTest::newRow("OSS only") << QStringLiteral("oss-archive") << int(R::NoSlsDelivery);
        QTest::newRow("organization") << QStringLiteral("org-audit") << int(R::OrganizationTrail);
        QTest::newRow("another region") << QStringLiteral("new-app-trail") << int(R::OtherRegion);
    }
    void readinessOfEachKind()
    {
        QFETCH(QString, trail);
        QFETCH(int, reason);
        if (trail.isEmpty())
            trail = stoppedTrailName(m_emulator->store());
        QVERIFY(!trail.isEmpty());
        const QList<Trail> trails = describe();
        const auto found = std::find_if(trails.cbegin(), trails.cend(),
                                        [&](const Trail &t) { return t.name == trail; });
        QVERIFY2(found != trails.cend(), qPrintable(trail));
        QCOMPARE(int(BackfillReadiness::of(*found, QStringLiteral("cn-hangzhou")).reason), reason);
    }

    void everyTaskBelongsToADescribedTrail()
    {
        const QList<Trail> trails = describe();
        QHash<QString, QString> homeOf;
        for (const Trail &trail : trails)
            homeOf.insert(trail.name, trail.homeRegion);
        const JobStore &store = m_emulator->store();
        for (const EmulatedJob *job : store.page(0, store.count())) {
            const QJsonObject json = store.toJson(*job, false);
            const QString name = json.value(QStringLiteral("TrailName")).toString();
            QVERIFY2(homeOf.contains(name), qPrintable(name));
            QCOMPARE(json.value(QStringLiteral("HomeRegion")).toString(), homeOf.value(name));
            // Tasks only ever ran on trails that logged to SLS at the time.
            const Trail &trail = *std::find_if(trails.cbegin(), trails.cend(),
                                               [&](const Trail &t) { return t.name == name; });
            QVERIFY(trail.deliversToSls() && !trail.isOrganizationTrail);
            QVERIFY(trail.startLoggingTime.toSecsSinceEpoch() < job->createdSecs);
        }
    }

    void organizationTrailsOnlyWhenAskedFor()
    {
        const auto names = [](const QList<Trail> &trails) {
            QStringList result;
            for (const Trail &trail : trails)
                result.append(trail.name);
            return result;
        };
        QVERIFY(names(describe(true)).contains(QStringLiteral("org-audit")));
        QVERIFY(!names(describe(false)).contains(QStringLiteral("org-audit")));
    }

    void trailStatusWithDeliveryTimesAndError()
    {
        GetTrailStatusCall *call = m_client->getTrailStatus(QStringLiteral("new-app-trail"));
        QSignalSpy finished(call, &GetTrailStatusCall::finished);
        QVERIFY(finished.wait(10000));
        const TrailStatus status = finished.first().first().value<TrailStatus>();
        QVERIFY(status.isLogging);
        QVERIFY(status.latestDeliveryTime.isValid());
        QVERIFY(
            status.latestDeliveryLogServiceError.startsWith(QStringLiteral("write sls failed")));
        QVERIFY(!status.slsLogStoreStatus);
        QVERIFY(!status.requestId.isEmpty());

        GetTrailStatusCall *healthy = m_client->getTrailStatus(QStringLiteral("trail-name"));
        QSignalSpy healthyFinished(healthy, &GetTrailStatusCall::finished);
        QVERIFY(healthyFinished.wait(10000));
        const TrailStatus good = healthyFinished.first().first().value<TrailStatus>();
        QVERIFY(good.latestDeliveryLogServiceError.isEmpty());
        QVERIFY(good.slsLogStoreStatus);
    }

    void trailStatusNotFound_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("organization");
        QTest::newRow("unknown") << QStringLiteral("no-such-trail") << false;
        QTest::newRow("organization trail asked as single") << QStringLiteral("org-audit") << false;
        QTest::newRow("single trail asked as organization") << QStringLiteral("trail-name") << true;
    }
    void trailStatusNotFound()
    {
        QFETCH(QString, name);
        QFETCH(bool, organization);
        GetTrailStatusCall *call = m_client->getTrailStatus(name, organization);
        QSignalSpy failed(call, &ApiCall::failed);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QVERIFY(failed.wait(10000));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.code, QStringLiteral("TrailNotFoundException"));
        QCOMPARE(retrying.count(), 0);
    }

    void createRefusesWhatCannotBeBackfilled_data()
    {
        QTest::addColumn<QString>("trail");
        QTest::addColumn<QString>("code");
        QTest::newRow("Fresh") << QStringLiteral("fresh-trail")
                               << QStringLiteral("TrailNotLogging");
        QTest::newRow("Disable") << QString() << QStringLiteral("TrailNotLogging");
        QTest::newRow("OSS only") << QStringLiteral("oss-archive")
                                  << QStringLiteral("TrailNotDeliveredToSls");
        QTest::newRow("organization")
            << QStringLiteral("org-audit") << QStringLiteral("InvalidTrailType.OrganizationTrail");
        QTest::newRow("unknown") << QStringLiteral("no-such-trail")
                                 << QStringLiteral("TrailNotFoundException");
    }
    void createRefusesWhatCannotBeBackfilled()
    {
        QFETCH(QString, trail);
        QFETCH(QString, code);
        if (trail.isEmpty())
            trail = stoppedTrailName(m_emulator->store());
        const int before = m_emulator->store().count();
        CreateJobCall *call = m_client->createDeliveryHistoryJob(trail, QString());
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().code, code);
        QCOMPARE(m_emulator->store().count(), before);
    }

    void regionsOfTheAccountScope()
    {
        DescribeRegionsCall *call = m_client->describeRegions();
        QSignalSpy finished(call, &DescribeRegionsCall::finished);
        QVERIFY(finished.wait(10000));
        const auto regions = finished.first().first().value<QList<ServiceRegion>>();
        QCOMPARE(regions.size(), JobStore::knownRegions().size());
        QCOMPARE(regions.first().regionEndpoint,
                 QStringLiteral("actiontrail.%1.aliyuncs.com").arg(regions.first().regionId));
    }

    void regionScopeListsEachRegionsOwnTasks()
    {
        const QStringList regions {
            QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing"),
            JobStore::regionId(m_emulator->store().trails().at(1).homeRegion)};
        RegionalEmulators emulators(testConfig(), regions);
        QVERIFY(emulators.listen());
        QSet<qint64> seen;
        for (const QString &region : emulators.regions()) {
            auto regional = client(emulators.emulator(region)->endpoint());
            ListJobsCall *list = regional->listDeliveryHistoryJobs(1, 100);
            QSignalSpy listed(list, &ListJobsCall::finished);
            QVERIFY(listed.wait(10000));
            const JobPage page = listed.first().first().value<JobPage>();
            QCOMPARE(page.totalCount, emulators.store().countInRegion(region));
            for (const DeliveryJob &job : page.jobs) {
                QCOMPARE(job.homeRegion, region);
                QVERIFY(!seen.contains(job.jobId));
                seen.insert(job.jobId);
            }

            DescribeRegionsCall *described = regional->describeRegions();
            QSignalSpy regionsFinished(described, &DescribeRegionsCall::finished);
            QVERIFY(regionsFinished.wait(10000));
            QCOMPARE(regionsFinished.first().first().value<QList<ServiceRegion>>().size(),
                     emulators.regions().size());
        }
        QVERIFY(!seen.isEmpty());
    }

    void regionScopeCreateRefusesAnotherRegionsTrail()
    {
        RegionalEmulators emulators(testConfig(), {QStringLiteral("cn-beijing")});
        QVERIFY(emulators.listen());
        auto beijing = client(emulators.emulator(QStringLiteral("cn-beijing"))->endpoint());
        CreateJobCall *call
            = beijing->createDeliveryHistoryJob(QStringLiteral("trail-name"), QString());
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("TrailNotInRegion"));
    }

private:
    std::unique_ptr<ActionTrailClient> client(const QUrl &endpoint)
    {
        auto result = std::make_unique<ActionTrailClient>(&m_network);
        result->setEndpoint(endpoint);
        result->setAccessKey(testKey);
        return result;
    }
    QList<Trail> describe(bool includeOrganization = true)
    {
        DescribeTrailsCall *call = m_client->describeTrails(includeOrganization);
        QSignalSpy finished(call, &DescribeTrailsCall::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<QList<Trail>>();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ActionTrailEmulator> m_emulator;
    std::unique_ptr<ActionTrailClient> m_client;
};

QTEST_GUILESS_MAIN(TestTrailsEndToEnd)
#include "tst_trailsendtoend.moc"
