// The detail pane's own words: a running duration keeps time with the table's rule, Copy says
// that it copied, and local times say which zone they are in.

#include "jobdetailpane.h"
#include "models/jobformat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <ctime>

namespace {
const QDateTime created = QDateTime(QDate(2026, 7, 1), QTime(8, 40, 0), Qt::UTC);

DeliveryJob job(JobStatus status)
{
    DeliveryJob j;
    j.jobId = 4242424242;
    j.trailName = QStringLiteral("audit-trail");
    j.homeRegion = QStringLiteral("cn-hangzhou");
    j.status = status;
    j.rawStatus = int(status);
    j.createdTime = created;
    j.updatedTime = created;
    j.eventsFrom = created.addDays(-90);
    j.eventsTo = created.addSecs(600);
    return j;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}
} // namespace

class TestJobDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runningDurationKeepsTime();
    void copyRequestIdSaysCopied();
    void timesSayTheirZone();
};

namespace {
/** What the JobBrowser hands the pane: the job, and once fetched its RequestId. */
JobDetail detailOf(const DeliveryJob &job, const QString &requestId = {})
{
    JobDetail detail;
    detail.job = job;
    detail.regionsKnown = !requestId.isEmpty();
    detail.requestId = requestId;
    return detail;
}
} // namespace

void TestJobDetailPane::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestJobDetailPane::runningDurationKeepsTime()
{
    QDateTime now = created;
    JobDetailPane pane;
    pane.setClock([&now] { return now; });
    pane.show();
    const DeliveryJob running = job(JobStatus::Delivering);
    pane.showDetail(detailOf(running));
    auto *duration = child<QLabel>(&pane, "detailDuration");
    QCOMPARE(duration->text(), JobFormat::duration(0));

    // Six seconds on, the pane says what the table's rule says for that moment.
    now = created.addSecs(6);
    const QString table = JobFormat::duration(
        JobFormat::durationSeconds(running.status, running.createdTime, running.updatedTime, now));
    QCOMPARE(table, JobFormat::duration(6));
    QTRY_COMPARE(duration->text(), table);

    // Once finished it took until the last update, and stays so.
    DeliveryJob done = running;
    done.status = JobStatus::Complete;
    done.rawStatus = int(JobStatus::Complete);
    done.updatedTime = created.addSecs(10);
    pane.showDetail(detailOf(done, QStringLiteral("REQ-1")));
    QCOMPARE(duration->text(), JobFormat::duration(10));
    now = created.addSecs(60);
    pane.refreshTimes();
    QCOMPARE(duration->text(), JobFormat::duration(10));
}

void TestJobDetailPane::copyRequestIdSaysCopied()
{
    JobDetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showDetail(detailOf(job(JobStatus::Complete)));
    const QString requestId = QStringLiteral("6F1C8E2D-7A3B-4C5D-9E0F-1A2B3C4D5E6F");
    pane.showDetail(detailOf(job(JobStatus::Complete), requestId));
    auto *copy = child<QToolButton>(&pane, "detailCopyRequestId");
    QVERIFY(copy->isEnabled());
    const QString before = copy->text();

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requestId);
    QVERIFY2(copy->text() != before, qPrintable(copy->text()));
    QVERIFY(copy->text().contains(QStringLiteral("Copied")));
    // And back to its own label after a moment, also after a second click in between.
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(copy->text(), before);
}

void TestJobDetailPane::timesSayTheirZone()
{
    JobDetailPane pane;
    pane.show();
    pane.showDetail(detailOf(job(JobStatus::Complete)));
    auto *createdLabel = child<QLabel>(&pane, "detailCreated");
    QCOMPARE(createdLabel->text(), QStringLiteral("2026-07-01 16:40:00 UTC+08:00"));
    QVERIFY2(createdLabel->toolTip().contains(QStringLiteral("2026-07-01T08:40:00Z")),
             qPrintable(createdLabel->toolTip()));
    QVERIFY2(createdLabel->toolTip().contains(QStringLiteral("UTC+08:00")),
             qPrintable(createdLabel->toolTip()));
    pane.setShowUtc(true);
    QCOMPARE(createdLabel->text(), QStringLiteral("2026-07-01 08:40:00 UTC"));
}

QTEST_MAIN(TestJobDetailPane)
#include "tst_jobdetailpane.moc"
