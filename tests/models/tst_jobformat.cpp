// Times and durations as people read them: one rule for every view, and local times that say
// which zone they are in.

#include "models/jobformat.h"

#include <QTest>

#include <ctime>

namespace {
const QDateTime created = QDateTime(QDate(2026, 7, 1), QTime(8, 40, 0), Qt::UTC);

void useZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}
} // namespace

class TestJobFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void durationSeconds_data();
    void durationSeconds();
    void zoneOfLocalTimes_data();
    void zoneOfLocalTimes();
};

void TestJobFormat::cleanup()
{
    qunsetenv("TZ");
    tzset();
}

void TestJobFormat::durationSeconds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDateTime>("updated");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("seconds");

    const int delivering = int(JobStatus::Delivering);
    const int complete = int(JobStatus::Complete);
    QTest::newRow("running: to now") << delivering << created << created.addSecs(6) << qint64(6);
    QTest::newRow("running, not updated yet")
        << delivering << QDateTime() << created.addSecs(14) << qint64(14);
    // Our clock behind the service's: never less than the service has already reported.
    QTest::newRow("running, local clock behind")
        << delivering << created.addSecs(6) << created.addSecs(-3) << qint64(6);
    QTest::newRow("running, local clock a little behind")
        << delivering << created.addSecs(14) << created.addSecs(10) << qint64(14);
    QTest::newRow("finished: to the last update")
        << complete << created.addSecs(10) << created.addSecs(14) << qint64(10);
    QTest::newRow("finished, no update time")
        << complete << QDateTime() << created.addSecs(14) << qint64(-1);
}

void TestJobFormat::durationSeconds()
{
    QFETCH(int, status);
    QFETCH(QDateTime, updated);
    QFETCH(QDateTime, now);
    QFETCH(qint64, seconds);
    QCOMPARE(JobFormat::durationSeconds(JobStatus(status), created, updated, now), seconds);
}

void TestJobFormat::zoneOfLocalTimes_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("shown");

    QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai") << created
                              << QStringLiteral("UTC+08:00")
                              << QStringLiteral("2026-07-01 16:40:00 UTC+08:00");
    QTest::newRow("New York, summer")
        << QByteArray("America/New_York") << created << QStringLiteral("UTC-04:00")
        << QStringLiteral("2026-07-01 04:40:00 UTC-04:00");
    QTest::newRow("New York, winter")
        << QByteArray("America/New_York") << QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)
        << QStringLiteral("UTC-05:00") << QStringLiteral("2026-01-15 07:00:00 UTC-05:00");
    QTest::newRow("Kolkata, half hour")
        << QByteArray("Asia/Kolkata") << created << QStringLiteral("UTC+05:30")
        << QStringLiteral("2026-07-01 14:10:00 UTC+05:30");
}

void TestJobFormat::zoneOfLocalTimes()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, utc);
    QFETCH(QString, offset);
    QFETCH(QString, shown);
    useZone(zone.constData());
    QCOMPARE(JobFormat::zone(utc, false), offset);
    QCOMPARE(JobFormat::zone(utc, true), QStringLiteral("UTC"));
    QCOMPARE(JobFormat::dateTimeWithZone(utc, false), shown);
    QCOMPARE(JobFormat::dateTimeWithZone(utc, true), JobFormat::dateTime(utc, true));
    const QString tip = JobFormat::exactWithLocalZone(utc);
    QVERIFY2(tip.contains(JobFormat::exactUtc(utc)) && tip.contains(offset), qPrintable(tip));
}

QTEST_GUILESS_MAIN(TestJobFormat)
#include "tst_jobformat.moc"
