// The domain values: status mapping (documented numbers and everything else) and equality.
#include "domain/deliveryjob.h"

#include <QTest>

class tst_DeliveryJob : public QObject
{
    Q_OBJECT

private slots:
    void statusFromInt_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<JobStatus>("status");
        QTest::addColumn<bool>("active");
        QTest::newRow("0 initializing") << qint64(0) << JobStatus::Initializing << true;
        QTest::newRow("1 delivering") << qint64(1) << JobStatus::Delivering << true;
        QTest::newRow("2 complete") << qint64(2) << JobStatus::Complete << false;
        QTest::newRow("3 failed") << qint64(3) << JobStatus::Failed << false;
        QTest::newRow("4") << qint64(4) << JobStatus::Unknown << false;
        QTest::newRow("-1") << qint64(-1) << JobStatus::Unknown << false;
        QTest::newRow("2^32 + 2 does not wrap to complete")
            << qint64(4294967298LL) << JobStatus::Unknown << false;
    }
    void statusFromInt()
    {
        QFETCH(qint64, raw);
        QFETCH(JobStatus, status);
        QFETCH(bool, active);
        QCOMPARE(jobStatusFromInt(raw), status);
        QCOMPARE(isJobActive(jobStatusFromInt(raw)), active);
    }

    void equalityComparesEveryField_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 10; ++i)
            QTest::addRow("field %d", i) << i;
    }
    void equalityComparesEveryField()
    {
        QFETCH(int, field);
        DeliveryJob a;
        a.jobId = 1;
        a.trailName = QStringLiteral("t");
        a.homeRegion = QStringLiteral("r");
        a.rawStatus = 1;
        a.status = JobStatus::Delivering;
        a.eventsFrom = a.eventsTo = a.createdTime = a.updatedTime
            = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        a.regions = {{QStringLiteral("cn-hangzhou"), JobStatus::Delivering, 1}};
        DeliveryJob b = a;
        QVERIFY(a == b);
        switch (field) {
        case 0:
            b.jobId = 2;
            break;
        case 1:
            b.trailName = QStringLiteral("u");
            break;
        case 2:
            b.homeRegion = QStringLiteral("s");
            break;
        case 3:
            b.rawStatus = 2;
            break;
        case 4:
            b.eventsFrom = b.eventsFrom.addSecs(1);
            break;
        case 5:
            b.eventsTo = b.eventsTo.addSecs(1);
            break;
        case 6:
            b.createdTime = b.createdTime.addSecs(1);
            break;
        case 7:
            b.updatedTime = b.updatedTime.addSecs(1);
            break;
        case 8:
            b.regions.first().rawStatus = 2;
            break;
        case 9:
            b.regions.append({QStringLiteral("cn-beijing"), JobStatus::Complete, 2});
            break;
        }
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(tst_DeliveryJob)
#include "tst_deliveryjob.moc"
