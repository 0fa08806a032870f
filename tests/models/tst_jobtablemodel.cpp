#include "fakejobsource.h"
#include "models/activejobpoller.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
QList<qint64> modelIds(const JobTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), JobTableModel::JobIdRole).toLongLong();
    return ids;
}

QList<qint64> serverIds(const FakeJobSource &source)
{
    QList<qint64> ids;
    for (const DeliveryJob &job : source.jobs)
        ids << job.jobId;
    return ids;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private slots:
    void firstPageTellsTotal();
    void pagesUntilComplete_data();
    void pagesUntilComplete();
    void oneRequestInFlightAtATime();
    void staleResponseIsDropped();
    void errorMidListingKeepsRowsAndRetries();
    void emptyAccount();
    void refreshAppliesDifferencesWithoutReset();
    void refreshFailureKeepsRows();
    void loadAllFetchesEverythingInOrder_data();
    void loadAllFetchesEverythingInOrder();
    void loadAllErrorKeepsRowsAndRetries();
    void loadAllThroughSourceListing();
    void pollerAppliesActiveJobsAndBacksOff();
    void applyJobReportsFinish_data();
    void applyJobReportsFinish();
    void applyNewJobGoesOnTop();
    void removeJobAfterConfirmation();
    void columnsAndRoles();
    void accountColumn();
    void utcToggleChangesText();
    void memoryPerJob();
};

void TestJobTableModel::firstPageTellsTotal()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(120);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&loader, &JobListLoader::countsChanged);
    QCOMPARE(loader.totalCount(), -1);
    loader.setSource(&source);
    QVERIFY(loader.isLoading());
    QVERIFY(!loader.canFetchMore());
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), JobListLoader::DefaultPageSize);
    QCOMPARE(loader.totalCount(), 120);
    QVERIFY(loader.hasListed());
    QVERIFY(loader.canFetchMore());
    QCOMPARE(counts.last().at(0).toInt(), 50);
    QCOMPARE(counts.last().at(1).toInt(), 120);
    QCOMPARE(source.calls.first().pageSize, 50);
}

void TestJobTableModel::pagesUntilComplete_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedCalls");
    QTest::newRow("exact pages") << 100 << 50 << 2;
    QTest::newRow("partial last page") << 101 << 50 << 3;
    QTest::newRow("page size 1") << 5 << 1 << 5;
    QTest::newRow("page size 7") << 20 << 7 << 3;
    QTest::newRow("max page size") << 250 << 100 << 3;
    QTest::newRow("page size above max is clamped") << 250 << 500 << 3;
    QTest::newRow("page size zero is clamped to 1") << 3 << 0 << 3;
}

void TestJobTableModel::pagesUntilComplete()
{
    QFETCH(int, jobs);
    QFETCH(int, pageSize);
    QFETCH(int, expectedCalls);
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(jobs);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setPageSize(pageSize);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    while (loader.canFetchMore()) {
        loader.fetchMore();
        QTRY_VERIFY(!loader.isLoading());
    }
    QVERIFY(loader.isComplete());
    QCOMPARE(modelIds(model), serverIds(source));
    QCOMPARE(source.callCount(QStringLiteral("ListDeliveryHistoryJobs")), expectedCalls);
    for (const auto &call : std::as_const(source.calls)) {
        QVERIFY(call.pageSize >= 1);
        QVERIFY(call.pageSize <= JobListLoader::MaxPageSize);
    }
}

void TestJobTableModel::oneRequestInFlightAtATime()
{
    FakeJobSource source;
    source.autoRespond = false;
    source.jobs = FakeJobSource::makeJobs(300);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    source.respondAll();
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(loader.canFetchMore());
    loader.fetchMore();
    QVERIFY(!loader.canFetchMore());
    loader.fetchMore();
    loader.fetchMore();
    QCOMPARE(source.calls.size(), 2);
    QCOMPARE(source.calls.last().pageNumber, 2);
    // fetchMore only starts the request; rows come with the answer.
    QCOMPARE(model.rowCount(), 50);
    source.respondAll();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(loader.canFetchMore());
}

void TestJobTableModel::staleResponseIsDropped()
{
    FakeJobSource first;
    first.autoRespond = false;
    first.jobs = FakeJobSource::makeJobs(10, 500);
    FakeJobSource second;
    second.autoRespond = false;
    second.jobs = FakeJobSource::makeJobs(3, 900);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&first);
    loader.setSource(&second); // e.g. the user switched region before page 1 came
    first.respondAll(); // the old answer arrives late
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loader.isLoading());
    second.respondAll();
    QCOMPARE(modelIds(model), serverIds(second));
    QCOMPARE(loader.totalCount(), 3);
}

void TestJobTableModel::errorMidListingKeepsRowsAndRetries()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(130);
    source.failingPages.insert(
        2,
        FakeJobSource::serviceError(503, QStringLiteral("ServiceUnavailable"),
                                    QStringLiteral("The service is unavailable.")));
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&loader, &JobListLoader::errorOccurred);
    QSignalSpy cleared(&loader, &JobListLoader::errorCleared);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    loader.fetchMore();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().code, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(loader.lastError().has_value());
    // No automatic fetch storm while the error stands.
    QVERIFY(!loader.canFetchMore());

    source.failingPages.clear();
    loader.retry();
    QCOMPARE(cleared.size(), 1);
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!loader.lastError());
    QCOMPARE(source.calls.last().pageNumber, 2);
}

void TestJobTableModel::emptyAccount()
{
    FakeJobSource source;
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    QVERIFY(loader.hasListed());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loader.totalCount(), 0);
    QVERIFY(loader.isComplete());
    QVERIFY(!loader.canFetchMore());
}

void TestJobTableModel::refreshAppliesDifferencesWithoutReset()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(6, 60); // ids 60..55
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), 6);

    const QPersistentModelIndex kept = model.index(model.rowOfJob(56), 0);
    // On the server: 58 finished, 59 and 55 deleted, 70 and 57'5 (id 65) created.
    source.jobs[model.rowOfJob(58)].rawStatus = 3;
    source.jobs[model.rowOfJob(58)].status = JobStatus::Failed;
    source.jobs.removeIf([](const DeliveryJob &j) { return j.jobId == 59 || j.jobId == 55; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    source.jobs.prepend(
        FakeJobSource::makeJob(70, QStringLiteral("new"), JobStatus::Complete, now));
    source.jobs.insert(3,
                       FakeJobSource::makeJob(65, QStringLiteral("mid"), JobStatus::Complete, now));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QList<qint64> changed;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
        changed << topLeft.data(JobTableModel::JobIdRole).toLongLong();
    });
    loader.refresh();
    QVERIFY(loader.isRefreshing());
    QTRY_VERIFY(!loader.isLoading());

    QCOMPARE(reset.size(), 0);
    QCOMPARE(modelIds(model), serverIds(source));
    QCOMPARE(removed.size(), 2); // two separate runs
    QCOMPARE(inserted.size(), 2); // 70 on top, 65 in the middle
    QCOMPARE(changed, QList<qint64> {58}); // only 58 changed
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(JobTableModel::JobIdRole).toLongLong(), 56);
    QCOMPARE(loader.totalCount(), int(source.jobs.size()));
}

void TestJobTableModel::refreshFailureKeepsRows()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(20);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    source.failingActions.insert(QStringLiteral("ListDeliveryHistoryJobs"),
                                 FakeJobSource::serviceError(400, QStringLiteral("Throttling.User"),
                                                             QStringLiteral("Flow control")));
    source.jobs.removeFirst();
    loader.refresh();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(loader.lastError());
    source.failingActions.clear();
    loader.retry();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(modelIds(model), serverIds(source));
}

void TestJobTableModel::loadAllFetchesEverythingInOrder_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<bool>("loadAllFirst");
    QTest::newRow("after the first page") << 1234 << false;
    QTest::newRow("before anything was listed") << 777 << true;
    QTest::newRow("fewer than a page") << 30 << false;
}

void TestJobTableModel::loadAllFetchesEverythingInOrder()
{
    QFETCH(int, jobs);
    QFETCH(bool, loadAllFirst);
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(jobs);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (loadAllFirst) {
        source.autoRespond = false;
        loader.setSource(&source);
        loader.loadAll();
        source.autoRespond = true;
        source.respondAll();
    } else {
        loader.setSource(&source);
        QTRY_VERIFY(!loader.isLoading());
        loader.loadAll();
    }
    QTRY_VERIFY(loader.isComplete() && !loader.isLoading());
    QCOMPARE(modelIds(model), serverIds(source));
    // One implementation of parallel paging: the source's listing (JobLister), never our own.
    QCOMPARE(source.callCount(QStringLiteral("ListDeliveryHistoryJobs")), 1);
    QCOMPARE(source.callCount(QStringLiteral("ListAll")),
             jobs > JobListLoader::DefaultPageSize ? 1 : 0);
}

void TestJobTableModel::loadAllErrorKeepsRowsAndRetries()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(1000);
    source.failingPages.insert(6,
                               FakeJobSource::serviceError(500, QStringLiteral("InternalError"),
                                                           QStringLiteral("Unknown error")));
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    loader.loadAll();
    QTRY_VERIFY(!loader.isLoading());
    QVERIFY(loader.lastError());
    QVERIFY(model.rowCount() >= 50);
    QVERIFY(model.rowCount() <= 500); // pages up to 5 (of 100) at most
    QCOMPARE(modelIds(model), serverIds(source).mid(0, model.rowCount()));
    source.failingPages.clear();
    loader.retry();
    QTRY_VERIFY(loader.isComplete() && !loader.isLoading());
    QCOMPARE(modelIds(model), serverIds(source));
}

void TestJobTableModel::loadAllThroughSourceListing()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(345, 5000);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    // Meanwhile on the server: one job of the first page is deleted, one created on top.
    source.jobs.removeAt(3);
    source.jobs.prepend(FakeJobSource::makeJob(9999, QStringLiteral("fresh"), JobStatus::Complete,
                                               QDateTime::currentDateTimeUtc()));
    const QPersistentModelIndex kept = model.index(10, 0);
    const qint64 keptId = kept.data(JobTableModel::JobIdRole).toLongLong();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy progress(&loader, &JobListLoader::loadProgress);
    loader.loadAll();
    QTRY_VERIFY(loader.isComplete() && !loader.isLoading());
    QCOMPARE(source.callCount(QStringLiteral("ListAll")), 1);
    QCOMPARE(modelIds(model), serverIds(source));
    QCOMPARE(reset.size(), 0);
    QVERIFY(progress.size() >= 1);
    QCOMPARE(kept.data(JobTableModel::JobIdRole).toLongLong(), keptId);
    QCOMPARE(loader.totalCount(), 345);
}

void TestJobTableModel::pollerAppliesActiveJobsAndBacksOff()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(5); // the first is delivering
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    ActiveJobPoller poller(&model);
    poller.setSource(&source);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);
    QSignalSpy failed(&poller, &ActiveJobPoller::pollFailed);
    QCOMPARE(poller.currentInterval(), std::chrono::milliseconds(ActiveJobPoller::DefaultInterval));

    source.failingActions.insert(QStringLiteral("GetDeliveryHistoryJob"),
                                 FakeJobSource::serviceError(503,
                                                             QStringLiteral("ServiceUnavailable"),
                                                             QStringLiteral("later")));
    poller.pollNow();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(poller.currentInterval(), std::chrono::milliseconds(20000)); // backed off
    poller.pollNow();
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(poller.currentInterval(), std::chrono::milliseconds(40000));

    source.failingActions.clear();
    source.jobs[0].status = JobStatus::Complete;
    source.jobs[0].rawStatus = 2;
    QSignalSpy finished(&model, &JobTableModel::jobFinished);
    poller.pollNow();
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(poller.currentInterval(), std::chrono::milliseconds(ActiveJobPoller::DefaultInterval));
    QVERIFY(model.activeJobIds().isEmpty());
    // Nothing active: polling sends nothing.
    const int calls = int(source.calls.size());
    poller.pollNow();
    QCOMPARE(int(source.calls.size()), calls);

    poller.setPaused(true);
    QVERIFY(poller.isPaused());
}

void TestJobTableModel::applyJobReportsFinish_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("reported");
    QTest::newRow("delivering -> complete") << 1 << 2 << true;
    QTest::newRow("delivering -> failed") << 1 << 3 << true;
    QTest::newRow("initializing -> complete") << 0 << 2 << true;
    QTest::newRow("initializing -> delivering") << 0 << 1 << false;
    QTest::newRow("complete -> complete") << 2 << 2 << false;
    QTest::newRow("failed -> complete") << 3 << 2 << false;
}

void TestJobTableModel::applyJobReportsFinish()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(bool, reported);
    FakeJobSource source;
    DeliveryJob job = FakeJobSource::makeJob(7, QStringLiteral("t"), jobStatusFromInt(before),
                                             QDateTime::currentDateTimeUtc());
    source.jobs << job;
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    QSignalSpy finished(&model, &JobTableModel::jobFinished);
    job.status = jobStatusFromInt(after);
    job.rawStatus = after;
    job.updatedTime = job.updatedTime.addSecs(60);
    model.applyJob(job);
    QCOMPARE(finished.size(), reported ? 1 : 0);
    QCOMPARE(model.data(model.index(0, JobTableModel::StatusColumn), JobTableModel::RawValueRole)
                 .toInt(),
             after);
    QCOMPARE(model.activeJobIds().contains(7), isJobActive(jobStatusFromInt(after)));
}

void TestJobTableModel::applyNewJobGoesOnTop()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(5, 50);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    loader.addCreatedJob(FakeJobSource::makeJob(
        99, QStringLiteral("brand-new"), JobStatus::Initializing, QDateTime::currentDateTimeUtc()));
    QCOMPARE(model.rowOfJob(99), 0);
    QCOMPARE(model.rowOfJob(50), 1);
    QCOMPARE(loader.totalCount(), 6);
    QVERIFY(model.trailNames().contains(QStringLiteral("brand-new")));
}

void TestJobTableModel::removeJobAfterConfirmation()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(5, 50);
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    loader.removeDeletedJob(48);
    QCOMPARE(modelIds(model), (QList<qint64> {50, 49, 47, 46}));
    QCOMPARE(model.rowOfJob(47), 2);
    QCOMPARE(loader.totalCount(), 4);
    loader.removeDeletedJob(12345); // unknown: nothing happens
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(loader.totalCount(), 4);
}

void TestJobTableModel::columnsAndRoles()
{
    FakeJobSource source;
    const QDateTime created(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    DeliveryJob job
        = FakeJobSource::makeJob(16602, QStringLiteral("audit"), JobStatus::Complete, created);
    job.homeRegion = QStringLiteral("cn-shanghai");
    source.jobs << job;
    JobTableModel model;
    JobListLoader loader(&model);
    model.setShowUtc(true);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role);
    };
    // The last two, Region and Account, are empty outside All regions and All accounts.
    QCOMPARE(model.columnCount(), 11);
    QCOMPARE(cell(JobTableModel::RegionColumn).toString(), QString());
    QCOMPARE(cell(JobTableModel::AccountColumn).toString(), QString());
    QCOMPARE(cell(JobTableModel::JobIdColumn).toString(), QStringLiteral("16602"));
    QCOMPARE(cell(JobTableModel::JobIdColumn, JobTableModel::RawValueRole).toLongLong(), 16602);
    QCOMPARE(cell(JobTableModel::TrailColumn).toString(), QStringLiteral("audit"));
    QCOMPARE(cell(JobTableModel::HomeRegionColumn).toString(), QStringLiteral("cn-shanghai"));
    QCOMPARE(cell(JobTableModel::StatusColumn).toString(), QStringLiteral("Complete"));
    QCOMPARE(cell(JobTableModel::CreatedColumn).toString(), QStringLiteral("2026-03-04 05:06 UTC"));
    QCOMPARE(cell(JobTableModel::CreatedColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("2026-03-04T05:06:07Z"));
    QCOMPARE(cell(JobTableModel::CreatedColumn, JobTableModel::RawValueRole).toDateTime(), created);
    QCOMPARE(cell(JobTableModel::DurationColumn, JobTableModel::RawValueRole).toLongLong(), 3600);
    QCOMPARE(cell(JobTableModel::DurationColumn).toString(), QStringLiteral("1 h 00 min"));
    QCOMPARE(model.headerData(JobTableModel::EventsFromColumn, Qt::Horizontal).toString(),
             QStringLiteral("Events from"));
    QVERIFY(!cell(JobTableModel::StatusColumn, Qt::DecorationRole).isValid());
    model.setStatusDecorator([](JobStatus status, int role) -> QVariant {
        return role == Qt::DecorationRole ? QVariant(int(status) + 100) : QVariant();
    });
    QCOMPARE(cell(JobTableModel::StatusColumn, Qt::DecorationRole).toInt(), 102);
    QVERIFY(!cell(JobTableModel::TrailColumn, Qt::DecorationRole).isValid());
}

void TestJobTableModel::accountColumn()
{
    JobTableModel model;
    QList<DeliveryJob> jobs = FakeJobSource::makeJobs(3);
    jobs[0].accountId = QStringLiteral("1800000000000002");
    jobs[0].accountName = QStringLiteral("staging-payments");
    jobs[1].accountId = QStringLiteral("1800000000000001");
    jobs[1].accountName = QStringLiteral("prod-\x1b[2Jpayments");
    jobs[2].accountId = QStringLiteral("1800000000000003");
    model.appendJobs(jobs);
    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.data(model.index(row, JobTableModel::AccountColumn), role);
    };
    QCOMPARE(cell(0).toString(), QStringLiteral("staging-payments (1800000000000002)"));
    QCOMPARE(cell(0, JobTableModel::RawValueRole).toString(), QStringLiteral("1800000000000002"));
    // The service's display name never puts a control character on screen.
    QVERIFY(!cell(1).toString().contains(QChar(0x1b)));
    QVERIFY(cell(1).toString().endsWith(QLatin1String("(1800000000000001)")));
    QCOMPARE(cell(2).toString(), QStringLiteral("1800000000000003")); // no name: the id
    // Sorted as it reads: by name, then id.
    QVERIFY(model.sortKey(1, JobTableModel::AccountColumn)
            < model.sortKey(0, JobTableModel::AccountColumn));
    QVERIFY(model.sortKey(2, JobTableModel::AccountColumn)
            < model.sortKey(1, JobTableModel::AccountColumn));
    // jobAt gives back whose task it is (the detail pane and Delete ask it).
    QCOMPARE(model.jobAt(0).accountId, jobs[0].accountId);
    QCOMPARE(model.jobAt(0).accountName, jobs[0].accountName);
}

void TestJobTableModel::utcToggleChangesText()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(2);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString local = model.data(model.index(0, JobTableModel::CreatedColumn)).toString();
    model.setShowUtc(true);
    QCOMPARE(changed.size(), 1);
    const QString utc = model.data(model.index(0, JobTableModel::CreatedColumn)).toString();
    QVERIFY(utc.endsWith(QLatin1String(" UTC")));
    QVERIFY(!local.endsWith(QLatin1String(" UTC")));
}

void TestJobTableModel::memoryPerJob()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    // Measured with the allocator, not estimated: the heap growth of holding 100,000 jobs.
    constexpr int count = 100000;
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(count);
    for (int i = 0; i < count; ++i) // realistic variety: 40 trails, 6 regions
        source.jobs[i].trailName = QStringLiteral("trail-for-audit-%1").arg(i % 40);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setPageSize(100);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    const size_t before = mallinfo2().uordblks;
    loader.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isComplete() && !loader.isLoading(), 60000);
    QCOMPARE(model.rowCount(), count);
    source.calls.clear(); // the fake's bookkeeping is not the model's
    const size_t after = mallinfo2().uordblks;
    if (before == 0 && after == 0)
        QSKIP("the allocator does not report usage (sanitizer build)");
    const double perJob = double(after - before) / (count - 100);
    qInfo("model heap per job: %.1f bytes (estimate %.1f)", perJob,
          double(model.approximateMemoryBytes()) / count);
    QVERIFY2(perJob < 400, qPrintable(QString::number(perJob)));
#else
    QSKIP("needs glibc's mallinfo2");
#endif
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
