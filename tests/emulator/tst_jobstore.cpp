// The emulated account's data: seeded determinism, realism, Create/Delete rules and ticking.

#include "jobstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

const qint64 now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

QByteArray everything(const JobStore &store)
{
    QJsonArray all;
    for (const EmulatedJob *job : store.page(0, store.count()))
        all.append(store.toJson(*job, true));
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

int runningCount(const JobStore &store)
{
    int running = 0;
    for (const EmulatedJob *job : store.page(0, store.count()))
        running += job->isRunning() ? 1 : 0;
    return running;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameAccount_data();
    void sameSeedSameAccount();
    void realisticJobs_data();
    void realisticJobs();
    void paging();
    void createRules();
    void removeJob();
    void tickAdvancesRegionByRegion();
    void hundredThousandJobs();
};

void TestJobStore::sameSeedSameAccount_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("jobs");
    QTest::newRow("seed 1, 50 jobs") << quint64(1) << 50;
    QTest::newRow("seed 42, 1000 jobs") << quint64(42) << 1000;
    QTest::newRow("seed 2^40, 7 jobs") << (quint64(1) << 40) << 7;
}

void TestJobStore::sameSeedSameAccount()
{
    QFETCH(quint64, seed);
    QFETCH(int, jobs);
    const JobStore a(seed, jobs, now);
    const JobStore b(seed, jobs, now);
    const JobStore other(seed + 1, jobs, now);
    QCOMPARE(a.count(), jobs);
    QCOMPARE(everything(a), everything(b));
    QVERIFY(everything(a) != everything(other));
}

void TestJobStore::realisticJobs_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("jobs");
    for (quint64 seed : {1, 2, 3, 4, 5})
        QTest::addRow("seed %llu, 50 jobs", seed) << seed << 50;
    QTest::newRow("seed 9, 10000 jobs") << quint64(9) << 10000;
}

void TestJobStore::realisticJobs()
{
    QFETCH(quint64, seed);
    QFETCH(int, jobs);
    const JobStore store(seed, jobs, now);
    const QStringList &regions = JobStore::knownRegions();
    QCOMPARE(regions.size(), 30);

    QSet<qint64> ids;
    QSet<int> statuses;
    int aboveInt32 = 0;
    qint64 previousCreated = std::numeric_limits<qint64>::max();
    qint64 previousId = std::numeric_limits<qint64>::max();
    qint64 oldest = now;
    for (const EmulatedJob *job : store.page(0, store.count())) {
        QVERIFY(!ids.contains(job->jobId));
        ids.insert(job->jobId);
        // Newest first, and ids grow with time.
        QVERIFY(job->createdSecs <= previousCreated);
        QVERIFY(job->jobId < previousId);
        previousCreated = job->createdSecs;
        previousId = job->jobId;
        oldest = std::min(oldest, job->createdSecs);
        aboveInt32 += job->jobId > std::numeric_limits<qint32>::max() ? 1 : 0;
        QVERIFY(job->jobId < (qint64(1) << 53));
        QVERIFY(job->createdSecs <= now);
        QVERIFY(job->updatedSecs >= job->createdSecs);

        QVERIFY(job->regionCount >= 1 && job->regionCount <= 6);
        const QJsonObject json = store.toJson(*job, true);
        QVERIFY(regions.contains(json.value(QStringLiteral("HomeRegion")).toString()));
        const QJsonArray regionStatus = json.value(QStringLiteral("Status")).toArray();
        QCOMPARE(regionStatus.size(), job->regionCount);
        QSet<QString> seen;
        for (const QJsonValue &entry : regionStatus) {
            const QString region = entry.toObject().value(QStringLiteral("Region")).toString();
            QVERIFY(regions.contains(region));
            QVERIFY(!seen.contains(region));
            seen.insert(region);
        }
        QCOMPARE(regionStatus.first().toObject().value(QStringLiteral("Region")).toString(),
                 json.value(QStringLiteral("HomeRegion")).toString());
        // StartTime is the start of the 90-day event window before CreatedTime.
        const QDateTime created = QDateTime::fromString(
            json.value(QStringLiteral("CreatedTime")).toString(), Qt::ISODate);
        const QDateTime start = QDateTime::fromString(
            json.value(QStringLiteral("StartTime")).toString(), Qt::ISODate);
        QCOMPARE(start.daysTo(created), 90);
        statuses.insert(job->jobStatus());
    }
    QVERIFY(runningCount(store) <= 1);
    QVERIFY(statuses.contains(2));
    QVERIFY(aboveInt32 > 0);
    QVERIFY(aboveInt32 < jobs);
    QVERIFY2(now - oldest > 90 * 24 * 3600, "CreatedTime spreads over months");
    QVERIFY(store.find(16602));
    QCOMPARE(store.trails().at(store.find(16602)->trailIndex).name, QStringLiteral("trail-name"));
}

void TestJobStore::paging()
{
    const JobStore store(3, 45, now);
    QCOMPARE(store.page(0, 20).size(), 20);
    QCOMPARE(store.page(40, 20).size(), 5);
    QCOMPARE(store.page(45, 20).size(), 0);
    QCOMPARE(store.page(-1, 20).size(), 0);
    QCOMPARE(store.page(20, 20).first(), store.page(0, 45).at(20));
}

void TestJobStore::createRules()
{
    JobStore store(5, 0, now);
    QCOMPARE(store.count(), 0);
    QCOMPARE(store.create(QStringLiteral("no-such-trail"), QString(), now).outcome,
             JobStore::CreateOutcome::TrailNotFound);

    const auto first = store.create(QStringLiteral("trail-name"), QStringLiteral("t1"), now);
    QCOMPARE(first.outcome, JobStore::CreateOutcome::Created);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.find(first.jobId)->jobStatus(), 0);

    const auto same = store.create(QStringLiteral("trail-name"), QStringLiteral("t1"), now + 5);
    QCOMPARE(same.outcome, JobStore::CreateOutcome::SameClientToken);
    QCOMPARE(same.jobId, first.jobId);
    QCOMPARE(store.count(), 1);

    QCOMPARE(store.create(QStringLiteral("trail-name"), QStringLiteral("t2"), now).outcome,
             JobStore::CreateOutcome::AlreadyRunning);

    // Once it has finished, the next one may start, and is listed first.
    // (Tick only while it runs: an idle tick may start a task of its own, see EmulatorPolicy.)
    for (int i = 0; i < 20 && store.find(first.jobId)->isRunning(); ++i)
        store.tick(now + i);
    QVERIFY(!store.find(first.jobId)->isRunning());
    const auto second = store.create(QStringLiteral("trail-name"), QString(), now + 100);
    QCOMPARE(second.outcome, JobStore::CreateOutcome::Created);
    QVERIFY(second.jobId > first.jobId);
    QCOMPARE(store.page(0, 1).first()->jobId, second.jobId);
}

void TestJobStore::removeJob()
{
    JobStore store(6, 10, now);
    const qint64 id = store.page(3, 1).first()->jobId;
    QVERIFY(store.remove(id));
    QVERIFY(!store.find(id));
    QCOMPARE(store.count(), 9);
    QVERIFY(!store.remove(id));
}

void TestJobStore::tickAdvancesRegionByRegion()
{
    JobStore store(8, 0, now);
    const qint64 id = store.create(QStringLiteral("trail-name"), QString(), now).jobId;
    const EmulatedJob *job = store.find(id);
    const int regions = job->regionCount;
    int ticks = 0;
    while (job->isRunning()) {
        const auto before = job->regionStatus;
        const QByteArray listedBefore = store.listEntryJson(*job);
        store.tick(now + ++ticks);
        QCOMPARE(job->updatedSecs, now + ticks);
        // The cached list entry follows the change (UpdatedTime at least) and matches toJson().
        const QByteArray listedAfter = store.listEntryJson(*job);
        QVERIFY(listedAfter != listedBefore);
        QCOMPARE(listedAfter,
                 QJsonDocument(store.toJson(*job, false)).toJson(QJsonDocument::Compact));
        // Exactly one region moved one step: 0 -> 1, or 1 -> 2 or 3; regions finish in order.
        int changed = 0;
        for (int r = 0; r < regions; ++r) {
            if (before[r] == job->regionStatus[r])
                continue;
            ++changed;
            QVERIFY(
                (before[r] == 0 && job->regionStatus[r] == 1)
                || (before[r] == 1 && (job->regionStatus[r] == 2 || job->regionStatus[r] == 3)));
            for (int earlier = 0; earlier < r; ++earlier)
                QVERIFY(job->regionStatus[earlier] >= 2);
        }
        QCOMPARE(changed, 1);
        QVERIFY(ticks <= 2 * regions);
    }
    QCOMPARE(ticks, 2 * regions);
    QVERIFY(job->jobStatus() == 2 || job->jobStatus() == 3);
}

void TestJobStore::hundredThousandJobs()
{
    // Measured, not asserted (timing belongs to benchmarks); the numbers go to the log.
    QElapsedTimer timer;
    timer.start();
    const JobStore store(1, 100000, now);
    const qint64 buildMs = timer.elapsed();
    QCOMPARE(store.count(), 100000);

    timer.restart();
    QJsonArray first;
    for (const EmulatedJob *job : store.page(0, 100))
        first.append(store.toJson(*job, false));
    const qint64 firstPageUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    QJsonArray last;
    for (const EmulatedJob *job : store.page(99900, 100))
        last.append(store.toJson(*job, false));
    const qint64 lastPageUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    QVERIFY(store.find(16602));
    const qint64 findUs = timer.nsecsElapsed() / 1000;
    qInfo("100000 jobs: built in %lld ms; page 1 (100 rows) %lld us; page 1000 %lld us; "
          "find oldest %lld us",
          buildMs, firstPageUs, lastPageUs, findUs);
    QCOMPARE(first.size(), 100);
    QCOMPARE(last.size(), 100);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
