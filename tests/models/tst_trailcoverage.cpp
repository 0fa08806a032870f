// The coverage picture of one trail with known dates: which days of the 90 are in Simple Log
// Service, the gaps nobody delivered, and the words for it.
#include "models/trailcoverage.h"
#include "models/trailformat.h"

#include <QtTest>

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QDateTime now = utc("2026-12-07T12:00:00Z");

Trail slsTrail(const QDateTime &started)
{
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    trail.homeRegion = QStringLiteral("cn-hangzhou");
    trail.status = QStringLiteral("Enable");
    trail.slsProjectArn = QStringLiteral("acs:log:cn-hangzhou:1:project/audit-log");
    trail.startLoggingTime = started;
    return trail;
}

/** A task with the service's own window (StartTime/EndTime). */
DeliveryJob task(qint64 id, JobStatus status, const char *from, const char *to, const char *created,
                 const QString &trail = QStringLiteral("audit-trail"))
{
    DeliveryJob job;
    job.jobId = id;
    job.trailName = trail;
    job.status = status;
    job.rawStatus = int(status);
    job.eventsFrom = utc(from);
    job.eventsTo = utc(to);
    job.createdTime = utc(created);
    return job;
}

using Windows = QList<TimeWindow>;
} // namespace

Q_DECLARE_METATYPE(TimeWindow)

class TstTrailCoverage : public QObject
{
    Q_OBJECT

private slots:
    void uncovered_data();
    void uncovered();
    void gapsAndDays_data();
    void gapsAndDays();
    void barsKeepEveryTaskOfTheTrailOnly();
    void runningProgressFromRegions();
    void summary_data();
    void summary();
    void newTaskWindowText_data();
    void newTaskWindowText();
};

void TstTrailCoverage::uncovered_data()
{
    QTest::addColumn<Windows>("covered");
    QTest::addColumn<Windows>("gaps");
    const TimeWindow range {utc("2026-12-01T00:00:00Z"), utc("2026-12-10T00:00:00Z")};
    const auto w = [](const char *from, const char *to) { return TimeWindow {utc(from), utc(to)}; };

    QTest::newRow("nothing covered") << Windows {} << Windows {range};
    QTest::newRow("all covered") << Windows {w("2026-11-01T00:00:00Z", "2026-12-31T00:00:00Z")}
                                 << Windows {};
    QTest::newRow("a hole in the middle, windows unsorted")
        << Windows {w("2026-12-06T00:00:00Z", "2026-12-10T00:00:00Z"),
                    w("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z")}
        << Windows {w("2026-12-03T00:00:00Z", "2026-12-06T00:00:00Z")};
    QTest::newRow("overlapping windows leave no hole")
        << Windows {w("2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z"),
                    w("2026-12-04T00:00:00Z", "2026-12-10T00:00:00Z")}
        << Windows {};
    QTest::newRow("a window inside another")
        << Windows {w("2026-12-01T00:00:00Z", "2026-12-08T00:00:00Z"),
                    w("2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z")}
        << Windows {w("2026-12-08T00:00:00Z", "2026-12-10T00:00:00Z")};
    QTest::newRow("windows outside the range")
        << Windows {w("2026-11-01T00:00:00Z", "2026-11-05T00:00:00Z"),
                    w("2026-12-20T00:00:00Z", "2026-12-25T00:00:00Z")}
        << Windows {range};
    QTest::newRow("a 30 s seam is no gap")
        << Windows {w("2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z"),
                    w("2026-12-05T00:00:30Z", "2026-12-10T00:00:00Z")}
        << Windows {};
    QTest::newRow("an invalid window counts for nothing")
        << Windows {w("2026-12-05T00:00:00Z", "2026-12-01T00:00:00Z")} << Windows {range};
}

void TstTrailCoverage::uncovered()
{
    QFETCH(Windows, covered);
    QFETCH(Windows, gaps);
    const TimeWindow range {utc("2026-12-01T00:00:00Z"), utc("2026-12-10T00:00:00Z")};
    const Windows actual = TrailCoverage::uncovered(range, covered);
    QCOMPARE(actual.size(), gaps.size());
    for (int i = 0; i < gaps.size(); ++i) {
        QCOMPARE(actual.at(i).from, gaps.at(i).from);
        QCOMPARE(actual.at(i).to, gaps.at(i).to);
    }
}

void TstTrailCoverage::gapsAndDays_data()
{
    QTest::addColumn<QDateTime>("trailStart");
    QTest::addColumn<QList<DeliveryJob>>("jobs");
    QTest::addColumn<Windows>("gaps");
    QTest::addColumn<int>("days");

    const auto w = [](const char *from, const char *to) { return TimeWindow {utc(from), utc(to)}; };
    // The horizon is 2026-09-08T12:00Z .. 2026-12-07T12:00Z.
    QTest::newRow("old trail, no task: the trail recorded all 90 days")
        << utc("2026-01-01T00:00:00Z") << QList<DeliveryJob> {} << Windows {} << 90;
    QTest::newRow("trail 34 days old, no task: 56 days missing")
        << utc("2026-11-03T12:00:00Z") << QList<DeliveryJob> {}
        << Windows {w("2026-09-08T12:00:00Z", "2026-11-03T12:00:00Z")} << 34;
    QTest::newRow("trail 34 days old, a complete task filled it")
        << utc("2026-11-03T12:00:00Z")
        << QList<DeliveryJob> {task(1, JobStatus::Complete, "2026-09-05T12:00:00Z",
                                    "2026-11-03T12:05:00Z", "2026-11-03T12:00:00Z")}
        << Windows {} << 90;
    QTest::newRow("a failed task delivers nothing")
        << utc("2026-11-03T12:00:00Z")
        << QList<DeliveryJob> {task(1, JobStatus::Failed, "2026-09-05T12:00:00Z",
                                    "2026-11-03T12:05:00Z", "2026-11-03T12:00:00Z")}
        << Windows {w("2026-09-08T12:00:00Z", "2026-11-03T12:00:00Z")} << 34;
    QTest::newRow("a complete task that left a hole before the trail started")
        << utc("2026-11-03T12:00:00Z")
        << QList<DeliveryJob> {task(1, JobStatus::Complete, "2026-09-20T00:00:00Z",
                                    "2026-10-20T00:00:00Z", "2026-10-01T00:00:00Z")}
        << Windows {w("2026-09-08T12:00:00Z", "2026-09-20T00:00:00Z"),
                    w("2026-10-20T00:00:00Z", "2026-11-03T12:00:00Z")}
        << 64;
    QTest::newRow("another trail's task does not count")
        << utc("2026-11-03T12:00:00Z")
        << QList<DeliveryJob> {task(1, JobStatus::Complete, "2026-09-05T12:00:00Z",
                                    "2026-11-03T12:05:00Z", "2026-11-03T12:00:00Z",
                                    QStringLiteral("other-trail"))}
        << Windows {w("2026-09-08T12:00:00Z", "2026-11-03T12:00:00Z")} << 34;
}

void TstTrailCoverage::gapsAndDays()
{
    QFETCH(QDateTime, trailStart);
    QFETCH(QList<DeliveryJob>, jobs);
    QFETCH(Windows, gaps);
    QFETCH(int, days);
    const TrailCoverage coverage = TrailCoverage::compute(slsTrail(trailStart), jobs, now);
    QCOMPARE(coverage.horizon.from, utc("2026-09-08T12:00:00Z"));
    QCOMPARE(coverage.horizon.to, now);
    QCOMPARE(coverage.gaps.size(), gaps.size());
    for (int i = 0; i < gaps.size(); ++i) {
        QCOMPARE(coverage.gaps.at(i).from, gaps.at(i).from);
        QCOMPARE(coverage.gaps.at(i).to, gaps.at(i).to);
    }
    QCOMPARE(coverage.deliveredDays(), days);
}

void TstTrailCoverage::barsKeepEveryTaskOfTheTrailOnly()
{
    Trail trail = slsTrail(utc("2026-11-03T12:00:00Z"));
    trail.slsProjectArn.clear(); // OSS only: its own recording is not in SLS
    DeliveryJob derived; // no StartTime/EndTime: the documented rule derives the window
    derived.jobId = 3;
    derived.trailName = trail.name;
    derived.status = JobStatus::Delivering;
    derived.rawStatus = 1;
    derived.createdTime = utc("2026-12-01T00:00:00Z");
    const QList<DeliveryJob> jobs = {
        derived,
        task(2, JobStatus::Complete, "2026-08-01T00:00:00Z", "2026-10-30T00:00:00Z",
             "2026-10-30T00:00:00Z"),
        task(9, JobStatus::Complete, "2026-08-01T00:00:00Z", "2026-10-30T00:00:00Z",
             "2026-10-30T00:00:00Z", QStringLiteral("other-trail")),
    };
    const TrailCoverage coverage = TrailCoverage::compute(trail, jobs, now);
    QVERIFY(!coverage.ownDelivery.isValid());
    QCOMPARE(coverage.bars.size(), 2);
    QCOMPARE(coverage.bars.at(0).jobId, 2); // oldest first
    QCOMPARE(coverage.bars.at(1).jobId, 3);
    QCOMPARE(coverage.bars.at(1).window.from, utc("2026-09-02T00:00:00Z"));
    QCOMPARE(coverage.bars.at(1).window.to, utc("2026-11-03T12:05:00Z"));
    QCOMPARE(coverage.lastTaskIndex(), 1);
    QCOMPARE(coverage.gaps.size(), 1);
    QCOMPARE(coverage.gaps.at(0).from, utc("2026-10-30T00:00:00Z"));
    QCOMPARE(coverage.gaps.at(0).to, now);
    QCOMPARE(coverage.extent().from, utc("2026-08-01T00:00:00Z"));
}

void TstTrailCoverage::runningProgressFromRegions()
{
    DeliveryJob job = task(5, JobStatus::Delivering, "2026-09-08T12:00:00Z", "2026-12-07T12:00:00Z",
                           "2026-12-07T11:00:00Z");
    job.regions = {{QStringLiteral("cn-hangzhou"), JobStatus::Complete, 2},
                   {QStringLiteral("cn-beijing"), JobStatus::Delivering, 1},
                   {QStringLiteral("cn-shanghai"), JobStatus::Complete, 2},
                   {QStringLiteral("cn-shenzhen"), JobStatus::Delivering, 1}};
    const TrailCoverage coverage
        = TrailCoverage::compute(slsTrail(utc("2026-11-03T12:00:00Z")), {job}, now);
    QCOMPARE(coverage.bars.size(), 1);
    QCOMPARE(coverage.bars.at(0).progress, 0.5);
    job.regions.clear();
    QCOMPARE(TrailCoverage::compute(slsTrail({}), {job}, now).bars.at(0).progress, -1.0);
}

void TstTrailCoverage::summary_data()
{
    QTest::addColumn<QList<DeliveryJob>>("jobs");
    QTest::addColumn<QString>("summary");
    QTest::newRow("no task") << QList<DeliveryJob> {}
                             << QStringLiteral("audit-trail: 34 of 90 days delivered; no task");
    QTest::newRow("complete task")
        << QList<DeliveryJob> {task(1, JobStatus::Complete, "2026-09-05T12:00:00Z",
                                    "2026-11-03T12:05:00Z", "2026-11-20T08:00:00Z")}
        << QStringLiteral("audit-trail: 90 of 90 days delivered; last task 2026-11-20, complete");
}

void TstTrailCoverage::summary()
{
    QFETCH(QList<DeliveryJob>, jobs);
    QFETCH(QString, summary);
    const TrailCoverage coverage
        = TrailCoverage::compute(slsTrail(utc("2026-11-03T12:00:00Z")), jobs, now);
    QCOMPARE(TrailFormat::coverageSummary(coverage), summary);
}

void TstTrailCoverage::newTaskWindowText_data()
{
    QTest::addColumn<QDateTime>("trailStart");
    QTest::addColumn<QString>("text");
    QTest::newRow("start unknown")
        << QDateTime() << QStringLiteral("from 2026-09-08 to 2026-12-07, 90 days");
    QTest::newRow("trail 34 days old")
        << utc("2026-11-03T12:00:00Z")
        << QStringLiteral("from 2026-09-08 to the trail's start on 2026-11-03, 56 days (the "
                          "trail itself recorded the 34 days since)");
    QTest::newRow("trail older than the horizon")
        << utc("2026-01-01T00:00:00Z")
        << QStringLiteral(
               "nothing to add: the trail itself recorded every day of the last 90 days");
}

void TstTrailCoverage::newTaskWindowText()
{
    QFETCH(QDateTime, trailStart);
    QFETCH(QString, text);
    QCOMPARE(TrailFormat::newTaskWindow(now, trailStart), text);
}

QTEST_GUILESS_MAIN(TstTrailCoverage)
#include "tst_trailcoverage.moc"
