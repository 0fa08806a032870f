// TrailBrowser against the in-memory FakeTrailSource: it lists the trails, asks each one's status
// under a cap, keeps a failure with its trail, drops what is in flight on a new source, decides
// readiness, and joins the tasks the JobBrowser has loaded; TrailTableModel shows it.
#include "faketrailsource.h"
#include "models/jobbrowser.h"
#include "models/jobtablemodel.h"
#include "models/trailbrowser.h"
#include "models/trailtablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QDateTime now = utc("2026-12-07T12:00:00Z");

ApiError notFound()
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 404;
    error.code = QStringLiteral("TrailNotFoundException");
    error.message = QStringLiteral("The specified Trail does not exist.");
    return error;
}

QList<Trail> trailsOfEveryKind()
{
    const QDateTime started = utc("2026-11-03T12:00:00Z");
    Trail ready = FakeTrailSource::makeTrail(QStringLiteral("ready-trail"),
                                             QStringLiteral("cn-hangzhou"), started);
    Trail stopped = FakeTrailSource::makeTrail(QStringLiteral("stopped-trail"),
                                               QStringLiteral("cn-hangzhou"), started);
    stopped.status = QStringLiteral("Disable");
    Trail ossOnly = FakeTrailSource::makeTrail(QStringLiteral("oss-trail"),
                                               QStringLiteral("cn-hangzhou"), started);
    ossOnly.slsProjectArn.clear();
    ossOnly.ossBucketName = QStringLiteral("audit-bucket");
    Trail organization = FakeTrailSource::makeTrail(QStringLiteral("org-trail"),
                                                    QStringLiteral("cn-hangzhou"), started);
    organization.isOrganizationTrail = true;
    Trail elsewhere = FakeTrailSource::makeTrail(QStringLiteral("beijing-trail"),
                                                 QStringLiteral("cn-beijing"), started);
    Trail fresh = FakeTrailSource::makeTrail(QStringLiteral("fresh-trail"),
                                             QStringLiteral("cn-hangzhou"), QDateTime());
    fresh.status = QStringLiteral("Fresh");
    return {ready, stopped, ossOnly, organization, elsewhere, fresh};
}
} // namespace

class TstTrailBrowser : public QObject
{
    Q_OBJECT

private slots:
    void readinessOfEveryKind_data();
    void readinessOfEveryKind();
    void statusRequestsAreCapped();
    void aStatusFailureStaysWithItsTrail();
    void listFailure();
    void newSourceDropsWhatIsInFlight();
    void coverageJoinsTheLoadedTasks();
    void modelShowsTheTrails();
};

void TstTrailBrowser::readinessOfEveryKind_data()
{
    QTest::addColumn<QString>("trail");
    QTest::addColumn<int>("reason");
    QTest::newRow("SLS + Enable") << "ready-trail" << int(BackfillReadiness::Reason::Ready);
    QTest::newRow("SLS + Disable") << "stopped-trail" << int(BackfillReadiness::Reason::NotLogging);
    QTest::newRow("Fresh") << "fresh-trail" << int(BackfillReadiness::Reason::NotLogging);
    QTest::newRow("OSS only") << "oss-trail" << int(BackfillReadiness::Reason::NoSlsDelivery);
    QTest::newRow("organization") << "org-trail"
                                  << int(BackfillReadiness::Reason::OrganizationTrail);
    QTest::newRow("another region")
        << "beijing-trail" << int(BackfillReadiness::Reason::OtherRegion);
}

void TstTrailBrowser::readinessOfEveryKind()
{
    QFETCH(QString, trail);
    QFETCH(int, reason);
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    FakeTrailSource source(QStringLiteral("cn-hangzhou"));
    source.trails = trailsOfEveryKind();
    browser.setSource(&source);
    QTRY_COMPARE(browser.count(), 6);
    const int index = browser.indexOf(trail);
    QVERIFY(index >= 0);
    QCOMPARE(int(browser.entry(index).readiness.reason), reason);
}

void TstTrailBrowser::statusRequestsAreCapped()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    FakeTrailSource source;
    for (int i = 0; i < 10; ++i)
        source.trails << FakeTrailSource::makeTrail(QStringLiteral("trail-%1").arg(i),
                                                    QStringLiteral("cn-hangzhou"), now);
    source.autoRespond = false;
    browser.setSource(&source);
    source.respond(0);
    QCOMPARE(browser.count(), 10);
    QCOMPARE(source.callCount(QStringLiteral("GetTrailStatus")), TrailBrowser::MaxStatusRequests);
    QCOMPARE(browser.statusRequestsInFlight(), TrailBrowser::MaxStatusRequests);
    source.autoRespond = true;
    source.respondAll();
    QTRY_COMPARE(source.callCount(QStringLiteral("GetTrailStatus")), 10);
    QTRY_COMPARE(browser.statusRequestsInFlight(), 0);
    QCOMPARE(source.maxConcurrentStatus, TrailBrowser::MaxStatusRequests);
    for (int i = 0; i < browser.count(); ++i)
        QCOMPARE(browser.entry(i).statusState, TrailEntry::StatusState::Loaded);
}

void TstTrailBrowser::aStatusFailureStaysWithItsTrail()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    FakeTrailSource source;
    source.trails = trailsOfEveryKind();
    source.failingStatus.insert(QStringLiteral("stopped-trail"), notFound());
    TrailStatus status;
    status.isLogging = true;
    status.latestDeliveryTime = utc("2026-12-07T11:50:00Z");
    status.latestDeliveryLogServiceError = QStringLiteral("write sls failed\x1b[31m");
    source.statuses.insert(QStringLiteral("ready-trail"), status);
    browser.setSource(&source);
    QTRY_COMPARE(source.callCount(QStringLiteral("GetTrailStatus")), 6);
    QTRY_COMPARE(browser.statusRequestsInFlight(), 0);
    const TrailEntry &failed = browser.entry(browser.indexOf(QStringLiteral("stopped-trail")));
    QCOMPARE(failed.statusState, TrailEntry::StatusState::Failed);
    QCOMPARE(failed.statusError.code, QStringLiteral("TrailNotFoundException"));
    const TrailEntry &ready = browser.entry(browser.indexOf(QStringLiteral("ready-trail")));
    QCOMPARE(ready.statusState, TrailEntry::StatusState::Loaded);
    QCOMPARE(ready.status.latestDeliveryTime, status.latestDeliveryTime);

    TrailTableModel model(&browser);
    const int row = browser.indexOf(QStringLiteral("ready-trail"));
    // The service's text is shown with its control characters escaped.
    QCOMPARE(model.index(row, TrailTableModel::SlsErrorColumn).data().toString(),
             QStringLiteral("write sls failed\\x1b[31m"));
    QCOMPARE(model
                 .index(browser.indexOf(QStringLiteral("stopped-trail")),
                        TrailTableModel::LastDeliveryColumn)
                 .data()
                 .toString(),
             QStringLiteral("status unavailable"));
}

void TstTrailBrowser::listFailure()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    FakeTrailSource source;
    source.failList = true;
    source.listError = notFound();
    QSignalSpy failed(&browser, &TrailBrowser::listFailed);
    browser.setSource(&source);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(browser.hasListError());
    QVERIFY(!browser.isLoading());
    QCOMPARE(browser.count(), 0);
    source.failList = false;
    source.trails = trailsOfEveryKind();
    browser.refresh();
    QTRY_COMPARE(browser.count(), 6);
    QVERIFY(!browser.hasListError());
}

void TstTrailBrowser::newSourceDropsWhatIsInFlight()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    FakeTrailSource first;
    first.trails = trailsOfEveryKind();
    first.autoRespond = false;
    browser.setSource(&first);
    first.respond(0);
    QCOMPARE(browser.statusRequestsInFlight(), TrailBrowser::MaxStatusRequests);
    QList<QPointer<PendingTrailRequest>> pending;
    for (const FakeTrailSource::Call &call : std::as_const(first.calls)) {
        if (!call.answered)
            pending << call.request;
    }

    FakeTrailSource second(QStringLiteral("cn-beijing"));
    second.trails = trailsOfEveryKind();
    QSignalSpy changed(&browser, &TrailBrowser::entryChanged);
    browser.setSource(&second);
    QCOMPARE(browser.statusRequestsInFlight(), 0);
    for (const auto &request : std::as_const(pending))
        QVERIFY(!request || request->isFinished());
    first.respondAll(); // late answers of the old source change nothing
    QTRY_COMPARE(browser.count(), 6);
    QCOMPARE(browser.region(), QStringLiteral("cn-beijing"));
    QCOMPARE(browser.entry(browser.indexOf(QStringLiteral("beijing-trail"))).readiness.reason,
             BackfillReadiness::Reason::Ready);
    QCOMPARE(browser.entry(browser.indexOf(QStringLiteral("ready-trail"))).readiness.reason,
             BackfillReadiness::Reason::OtherRegion);
    QTRY_COMPARE(second.callCount(QStringLiteral("GetTrailStatus")), 6);
}

void TstTrailBrowser::coverageJoinsTheLoadedTasks()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    browser.setClock([] { return now; });
    FakeTrailSource source;
    source.trails = trailsOfEveryKind();
    browser.setSource(&source);
    QTRY_COMPARE(browser.count(), 6);
    const int ready = browser.indexOf(QStringLiteral("ready-trail"));
    QCOMPARE(browser.entry(ready).coverage.bars.size(), 0);
    QCOMPARE(browser.entry(ready).coverage.deliveredDays(), 34);

    DeliveryJob job;
    job.jobId = 77;
    job.trailName = QStringLiteral("ready-trail");
    job.status = JobStatus::Complete;
    job.rawStatus = 2;
    job.eventsFrom = utc("2026-09-05T12:00:00Z");
    job.eventsTo = utc("2026-11-03T12:05:00Z");
    job.createdTime = utc("2026-11-20T08:00:00Z");
    QSignalSpy coverageChanged(&browser, &TrailBrowser::coverageChanged);
    jobs.model()->appendJobs({job});
    QTRY_VERIFY(!coverageChanged.isEmpty());
    const TrailCoverage &coverage = browser.entry(ready).coverage;
    QCOMPARE(coverage.bars.size(), 1);
    QCOMPARE(coverage.bars.at(0).jobId, 77);
    QCOMPARE(coverage.deliveredDays(), 90);
    QVERIFY(coverage.gaps.isEmpty());
}

void TstTrailBrowser::modelShowsTheTrails()
{
    JobBrowser jobs;
    TrailBrowser browser(&jobs);
    browser.setClock([] { return now; });
    TrailTableModel model(&browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeTrailSource source;
    source.trails = trailsOfEveryKind();
    browser.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 6);
    QTRY_COMPARE(browser.statusRequestsInFlight(), 0);
    const int row = browser.indexOf(QStringLiteral("ready-trail"));
    QCOMPARE(model.index(row, TrailTableModel::NameColumn).data().toString(),
             QStringLiteral("ready-trail"));
    QCOMPARE(model.index(row, TrailTableModel::TargetsColumn).data().toString(),
             QStringLiteral("SLS audit-log"));
    QVERIFY(model.index(row, 0).data(TrailTableModel::ReadyRole).toBool());
    QCOMPARE(model.index(row, TrailTableModel::NewTaskWindowColumn).data().toString(),
             QStringLiteral("from 2026-09-08 to the trail's start on 2026-11-03, 56 days (the "
                            "trail itself recorded the 34 days since)"));
    const int oss = browser.indexOf(QStringLiteral("oss-trail"));
    QVERIFY(!model.index(oss, 0).data(TrailTableModel::ReadyRole).toBool());
    // The cell says it short; the tooltip gives the whole reason.
    const QModelIndex readiness = model.index(oss, TrailTableModel::ReadinessColumn);
    QCOMPARE(readiness.data().toString(), QStringLiteral("Not ready: no SLS delivery"));
    QCOMPARE(readiness.data(Qt::ToolTipRole).toString(),
             BackfillReadiness {BackfillReadiness::Reason::NoSlsDelivery}.explanation());
    QCOMPARE(model.index(oss, TrailTableModel::NewTaskWindowColumn).data().toString(), QString());
    browser.setSource(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstTrailBrowser)
#include "tst_trailbrowser.moc"
