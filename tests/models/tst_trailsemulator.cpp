// TrailBrowser through ClientTrailSource and the real ActionTrailClient against the emulator over
// loopback HTTP: every kind of trail with the readiness the service's answers give, each
// trail's status (one with an SLS delivery error), and the coverage joined with the tasks the
// JobBrowser listed from the same emulator.
#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "jobstore.h"
#include "models/clientjobsource.h"
#include "models/clienttrailsource.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/trailbrowser.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

namespace {
const AccessKey testKey {QStringLiteral("LTAItrailsui"), QStringLiteral("trails-ui-secret"),
                         QString()};
} // namespace

class TestTrailsEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readinessStatusAndCoverage();
    void anotherRegionChangesReadiness();

private:
    std::unique_ptr<ActionTrailEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ActionTrailClient> m_client;
};

void TestTrailsEmulator::init()
{
    EmulatorConfig config;
    config.key = testKey;
    config.seed = 11;
    config.jobCount = 80;
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ActionTrailClient>(m_network.get());
    m_client->setEndpoint(m_emulator->endpoint());
    m_client->setAccessKey(testKey);
}

void TestTrailsEmulator::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_emulator.reset();
}

void TestTrailsEmulator::readinessStatusAndCoverage()
{
    ClientJobSource jobSource(m_client.get());
    ClientTrailSource trailSource(m_client.get(), QStringLiteral("cn-hangzhou"));
    JobBrowser jobs;
    TrailBrowser trails(&jobs);
    jobs.setSource(&jobSource);
    jobs.loadAll();
    trails.setSource(&trailSource);

    const QList<EmulatedTrail> emulated = m_emulator->store().trails();
    QTRY_COMPARE_WITH_TIMEOUT(trails.count(), int(emulated.size()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(trails.statusRequestsInFlight(), 0, 10000);
    QVERIFY(!trails.hasListError());

    using R = BackfillReadiness::Reason;
    const QList<std::pair<QString, R>> expected = {
        {QStringLiteral("trail-name"), R::Ready},
        {QStringLiteral("fresh-trail"), R::NotLogging},
        {QStringLiteral("oss-archive"), R::NoSlsDelivery},
        {QStringLiteral("org-audit"), R::OrganizationTrail},
        {QStringLiteral("new-app-trail"), R::OtherRegion},
    };
    for (const auto &[name, reason] : expected) {
        const int index = trails.indexOf(name);
        QVERIFY2(index >= 0, qPrintable(name));
        QCOMPARE(trails.entry(index).readiness.reason, reason);
    }
    int withSlsError = 0;
    for (int i = 0; i < trails.count(); ++i) {
        const TrailEntry &entry = trails.entry(i);
        QVERIFY2(entry.statusState == TrailEntry::StatusState::Loaded,
                 qPrintable(entry.trail.name + QLatin1Char(' ') + entry.statusError.code));
        withSlsError += entry.status.latestDeliveryLogServiceError.isEmpty() ? 0 : 1;
    }
    QCOMPARE(withSlsError, 1);
    QVERIFY(!trails.entry(trails.indexOf(QStringLiteral("new-app-trail")))
                 .status.latestDeliveryLogServiceError.isEmpty());

    // Every listed task is on its trail's lane.
    QTRY_COMPARE_WITH_TIMEOUT(jobs.model()->rowCount(), 80, 10000);
    QTRY_VERIFY(!jobs.list()->isLoading());
    QHash<QString, int> tasksPerTrail;
    for (int row = 0; row < jobs.model()->rowCount(); ++row)
        ++tasksPerTrail[jobs.model()->jobAt(row).trailName];
    QTRY_COMPARE(trails.entry(trails.indexOf(QStringLiteral("trail-name"))).coverage.bars.size(),
                 tasksPerTrail.value(QStringLiteral("trail-name")));
    int bars = 0;
    for (int i = 0; i < trails.count(); ++i) {
        const TrailEntry &entry = trails.entry(i);
        QCOMPARE(entry.coverage.bars.size(), tasksPerTrail.value(entry.trail.name));
        bars += int(entry.coverage.bars.size());
    }
    QCOMPARE(bars, 80); // every job's TrailName is a trail
}

void TestTrailsEmulator::anotherRegionChangesReadiness()
{
    ClientTrailSource hangzhou(m_client.get(), QStringLiteral("cn-hangzhou"));
    ClientTrailSource beijing(m_client.get(), QStringLiteral("cn-beijing"));
    JobBrowser jobs;
    TrailBrowser trails(&jobs);
    trails.setSource(&hangzhou);
    // Switched before the answers came: what was in flight is dropped, Beijing's list stands.
    trails.setSource(&beijing);
    QTRY_VERIFY_WITH_TIMEOUT(trails.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(trails.statusRequestsInFlight(), 0, 10000);
    QCOMPARE(trails.region(), QStringLiteral("cn-beijing"));
    QCOMPARE(trails.entry(trails.indexOf(QStringLiteral("new-app-trail"))).readiness.reason,
             BackfillReadiness::Reason::Ready);
    QCOMPARE(trails.entry(trails.indexOf(QStringLiteral("trail-name"))).readiness.reason,
             BackfillReadiness::Reason::OtherRegion);
}

QTEST_GUILESS_MAIN(TestTrailsEmulator)
#include "tst_trailsemulator.moc"
