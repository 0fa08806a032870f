// The two rules every trails view, timeline and command shares: which window a task covers, and
// whether a trail can be backfilled.
#include "domain/trail.h"

#include <QtTest>

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}
} // namespace

class TstTrail : public QObject
{
    Q_OBJECT

private slots:
    void newTaskWindow_data();
    void newTaskWindow();
    void taskWindowPrefersTheServiceTimes();
    void taskWindowDerivesFromCreation();
    void readiness_data();
    void readiness();
};

void TstTrail::newTaskWindow_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("trailStart");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("days");

    const QDateTime now = utc("2026-12-07T12:00:00Z");
    QTest::newRow("start unknown: the whole horizon")
        << now << QDateTime() << utc("2026-09-08T12:00:00Z") << now << qint64(90);
    // The documented example: a trail created 40 days ago gets 50 days back-filled.
    QTest::newRow("trail 40 days old")
        << now << utc("2026-10-28T12:00:00Z") << utc("2026-09-08T12:00:00Z")
        << utc("2026-10-28T12:05:00Z") << qint64(50);
    QTest::newRow("trail started a minute ago: capped at now")
        << now << utc("2026-12-07T11:59:00Z") << utc("2026-09-08T12:00:00Z") << now << qint64(90);
    QTest::newRow("trail older than the horizon: nothing to add")
        << now << utc("2026-01-01T00:00:00Z") << utc("2026-09-08T12:00:00Z")
        << utc("2026-01-01T00:05:00Z") << qint64(0);
}

void TstTrail::newTaskWindow()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, trailStart);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, days);
    const TimeWindow window = Coverage::newTaskWindow(now, trailStart);
    QCOMPARE(window.from, from);
    QCOMPARE(window.to, to);
    QCOMPARE(window.days(), days);
    QCOMPARE(window.isValid(), days > 0);
}

void TstTrail::taskWindowPrefersTheServiceTimes()
{
    DeliveryJob job;
    job.createdTime = utc("2026-12-01T00:00:00Z");
    job.eventsFrom = utc("2026-09-02T00:00:00Z");
    job.eventsTo = utc("2026-12-01T00:05:00Z");
    const TimeWindow window = Coverage::taskWindow(job, utc("2026-11-01T00:00:00Z"));
    QCOMPARE(window.from, job.eventsFrom);
    QCOMPARE(window.to, job.eventsTo);
}

void TstTrail::taskWindowDerivesFromCreation()
{
    DeliveryJob job;
    job.createdTime = utc("2026-12-01T00:00:00Z");
    const TimeWindow window = Coverage::taskWindow(job, utc("2026-11-01T00:00:00Z"));
    QCOMPARE(window.from, utc("2026-09-02T00:00:00Z"));
    QCOMPARE(window.to, utc("2026-11-01T00:05:00Z"));
    QVERIFY(!Coverage::taskWindow(DeliveryJob {}).isValid());
}

void TstTrail::readiness_data()
{
    QTest::addColumn<Trail>("trail");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("reason");

    Trail ready;
    ready.name = QStringLiteral("audit-trail");
    ready.homeRegion = QStringLiteral("cn-hangzhou");
    ready.status = QStringLiteral("Enable");
    ready.slsProjectArn = QStringLiteral("acs:log:cn-hangzhou:1594986938260000:project/audit");
    using R = BackfillReadiness::Reason;
    QTest::newRow("ready") << ready << QStringLiteral("cn-hangzhou") << int(R::Ready);
    QTest::newRow("any region") << ready << QString() << int(R::Ready);
    QTest::newRow("other region") << ready << QStringLiteral("cn-beijing") << int(R::OtherRegion);
    Trail stopped = ready;
    stopped.status = QStringLiteral("Disable");
    QTest::newRow("stopped") << stopped << QString() << int(R::NotLogging);
    Trail fresh = ready;
    fresh.status = QStringLiteral("Fresh");
    QTest::newRow("fresh") << fresh << QString() << int(R::NotLogging);
    Trail ossOnly = ready;
    ossOnly.slsProjectArn.clear();
    ossOnly.ossBucketName = QStringLiteral("audit-bucket");
    QTest::newRow("oss only") << ossOnly << QString() << int(R::NoSlsDelivery);
    Trail organization = ossOnly;
    organization.isOrganizationTrail = true;
    QTest::newRow("organization first") << organization << QString() << int(R::OrganizationTrail);
}

void TstTrail::readiness()
{
    QFETCH(Trail, trail);
    QFETCH(QString, region);
    QFETCH(int, reason);
    const BackfillReadiness readiness = BackfillReadiness::of(trail, region);
    QCOMPARE(int(readiness.reason), reason);
    QCOMPARE(readiness.isReady(), reason == int(BackfillReadiness::Reason::Ready));
    QVERIFY(!readiness.explanation().isEmpty());
}

QTEST_GUILESS_MAIN(TstTrail)
#include "tst_trail.moc"
