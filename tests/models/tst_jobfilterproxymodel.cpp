#include "fakejobsource.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

class TestJobFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void statusFilter_data();
    void statusFilter();
    void createdRange_data();
    void createdRange();
    void sortsByRawValue_data();
    void sortsByRawValue();
    void sortByNameFollowsNamesArrivingLater();
    void liveUpdateReFilters();
    void hundredThousandRows();
    void noAutomaticPagingWhileFiltering();

private:
    QList<qint64> visibleIds() const;

    std::unique_ptr<FakeJobSource> m_source;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobListLoader> m_loader;
    std::unique_ptr<JobFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {
const QDateTime day(int d, int h = 12)
{
    return QDateTime(QDate(2026, 10, d), QTime(h, 0), Qt::UTC);
}
} // namespace

void TestJobFilterProxyModel::init()
{
    m_source = std::make_unique<FakeJobSource>();
    // id, trail, status, created
    m_source->jobs = {
        FakeJobSource::makeJob(16602, QStringLiteral("audit-prod"), JobStatus::Delivering, day(20)),
        FakeJobSource::makeJob(9, QStringLiteral("audit-dev"), JobStatus::Complete, day(10)),
        FakeJobSource::makeJob(1660, QStringLiteral("Security"), JobStatus::Failed, day(15)),
        FakeJobSource::makeJob(300, QStringLiteral("billing"), JobStatus::Initializing, day(1)),
    };
    DeliveryJob odd = FakeJobSource::makeJob(77, QStringLiteral("odd"), JobStatus::Unknown, day(5));
    odd.rawStatus = 9;
    m_source->jobs << odd;
    m_model = std::make_unique<JobTableModel>();
    m_loader = std::make_unique<JobListLoader>(m_model.get());
    m_proxy = std::make_unique<JobFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_loader->setSource(m_source.get());
    QTRY_VERIFY(!m_loader->isLoading());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestJobFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_loader.reset();
    m_model.reset();
    m_source.reset();
}

QList<qint64> TestJobFilterProxyModel::visibleIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
    return ids;
}

void TestJobFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("empty shows all") << QString() << QList<qint64> {16602, 9, 1660, 300, 77};
    QTest::newRow("trail substring") << QStringLiteral("audit") << QList<qint64> {16602, 9};
    QTest::newRow("case-insensitive") << QStringLiteral("SECUR") << QList<qint64> {1660};
    QTest::newRow("job id digits") << QStringLiteral("1660") << QList<qint64> {16602, 1660};
    QTest::newRow("surrounding spaces") << QStringLiteral("  billing ") << QList<qint64> {300};
    QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64> {};
}

void TestJobFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleIds(), expected);
}

void TestJobFilterProxyModel::statusFilter_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("active") << int(JobFilterProxyModel::ActiveFlags) << QList<qint64> {16602, 300};
    QTest::newRow("failed") << int(JobFilterProxyModel::FailedFlag) << QList<qint64> {1660};
    QTest::newRow("complete or failed")
        << int(JobFilterProxyModel::CompleteFlag | JobFilterProxyModel::FailedFlag)
        << QList<qint64> {9, 1660};
    QTest::newRow("unknown numbers") << int(JobFilterProxyModel::UnknownFlag) << QList<qint64> {77};
    QTest::newRow("none") << 0 << QList<qint64> {};
}

void TestJobFilterProxyModel::statusFilter()
{
    QFETCH(int, flags);
    QFETCH(QList<qint64>, expected);
    m_proxy->setStatusFilter(JobFilterProxyModel::StatusFlags(flags));
    QCOMPARE(visibleIds(), expected);
}

void TestJobFilterProxyModel::createdRange_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("open") << QDateTime() << QDateTime() << QList<qint64> {16602, 9, 1660, 300, 77};
    QTest::newRow("from only") << day(10) << QDateTime() << QList<qint64> {16602, 9, 1660};
    QTest::newRow("to only") << QDateTime() << day(5) << QList<qint64> {300, 77};
    QTest::newRow("closed, bounds inclusive") << day(10) << day(15) << QList<qint64> {9, 1660};
    QTest::newRow("empty window") << day(11) << day(12) << QList<qint64> {};
}

void TestJobFilterProxyModel::createdRange()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<qint64>, expected);
    m_proxy->setCreatedRange(from, to);
    QCOMPARE(visibleIds(), expected);
}

void TestJobFilterProxyModel::sortsByRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    // Numerically, not as text ("9" < "300" < "1660").
    QTest::newRow("job id ascending") << int(JobTableModel::JobIdColumn) << int(Qt::AscendingOrder)
                                      << QList<qint64> {9, 77, 300, 1660, 16602};
    QTest::newRow("created descending")
        << int(JobTableModel::CreatedColumn) << int(Qt::DescendingOrder)
        << QList<qint64> {16602, 1660, 9, 77, 300};
    QTest::newRow("trail, case-insensitive")
        << int(JobTableModel::TrailColumn) << int(Qt::AscendingOrder)
        << QList<qint64> {9, 16602, 300, 77, 1660};
    QTest::newRow("status number") << int(JobTableModel::StatusColumn) << int(Qt::AscendingOrder)
                                   << QList<qint64> {300, 16602, 9, 1660, 77};
    QTest::newRow("trail descending") << int(JobTableModel::TrailColumn) << int(Qt::DescendingOrder)
                                      << QList<qint64> {1660, 77, 300, 16602, 9};
    QTest::newRow("updated ascending")
        << int(JobTableModel::UpdatedColumn) << int(Qt::AscendingOrder)
        << QList<qint64> {300, 77, 9, 1660, 16602};
}

void TestJobFilterProxyModel::sortsByRawValue()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(visibleIds(), expected);
}

void TestJobFilterProxyModel::sortByNameFollowsNamesArrivingLater()
{
    // Names are sorted by rank among the names loaded so far: names that arrive while the view
    // is sorted must land in their place, and names equal but for case must tie (source order).
    m_proxy->sort(JobTableModel::TrailColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QList<qint64> {9, 16602, 300, 77, 1660}));
    m_model->applyJob(
        FakeJobSource::makeJob(5001, QStringLiteral("AUDIT-PROD"), JobStatus::Complete, day(3)));
    m_model->applyJob(
        FakeJobSource::makeJob(5002, QStringLiteral("aaa"), JobStatus::Complete, day(3)));
    m_model->applyJob(
        FakeJobSource::makeJob(5003, QStringLiteral("zeta"), JobStatus::Complete, day(3)));
    m_model->applyJob(
        FakeJobSource::makeJob(5004, QStringLiteral("Billing-2"), JobStatus::Complete, day(3)));
    // AUDIT-PROD ties with audit-prod (a case-sensitive rank would put it before audit-dev);
    // the proxy inserts an arriving row after the rows it ties with.
    QCOMPARE(visibleIds(), (QList<qint64> {5002, 9, 16602, 5001, 300, 5004, 77, 1660, 5003}));
    QList<QString> trails;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        trails << m_proxy->index(row, JobTableModel::TrailColumn).data().toString();
    for (int row = 1; row < trails.size(); ++row)
        QVERIFY2(QString::compare(trails[row - 1], trails[row], Qt::CaseInsensitive) <= 0,
                 qPrintable(trails.join(QLatin1Char(','))));
}

void TestJobFilterProxyModel::liveUpdateReFilters()
{
    m_proxy->setStatusFilter(JobFilterProxyModel::ActiveFlags);
    QCOMPARE(visibleIds(), (QList<qint64> {16602, 300}));
    DeliveryJob done = m_model->jobAt(m_model->rowOfJob(16602));
    done.status = JobStatus::Complete;
    done.rawStatus = 2;
    m_model->applyJob(done);
    QCOMPARE(visibleIds(), QList<qint64> {300});
}

void TestJobFilterProxyModel::noAutomaticPagingWhileFiltering()
{
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(300);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(proxy.canFetchMore({}));
    proxy.setSearchText(QStringLiteral("no such trail"));
    QVERIFY(proxy.isFiltering());
    QVERIFY(!proxy.canFetchMore({}));
    proxy.fetchMore({});
    QCOMPARE(source.callCount(QStringLiteral("ListDeliveryHistoryJobs")), 1);
    proxy.setSearchText({});
    QVERIFY(proxy.canFetchMore({}));
    proxy.fetchMore({});
    QCOMPARE(source.callCount(QStringLiteral("ListDeliveryHistoryJobs")), 2);
}

void TestJobFilterProxyModel::hundredThousandRows()
{
    // Correctness at scale; the time taken is printed for the record, not asserted.
    constexpr int count = 100000;
    FakeJobSource source;
    source.jobs = FakeJobSource::makeJobs(count);
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&source);
    QTRY_VERIFY(!loader.isLoading());
    QElapsedTimer timer;
    timer.start();
    loader.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isComplete() && !loader.isLoading(), 60000);
    const qint64 loadMs = timer.restart();
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::CreatedColumn, Qt::AscendingOrder);
    const qint64 sortMs = timer.restart();
    QCOMPARE(proxy.rowCount(), count);
    QCOMPARE(proxy.index(0, 0).data(JobTableModel::JobIdRole).toLongLong(),
             source.jobs.last().jobId); // the oldest first
    proxy.setSearchText(QStringLiteral("trail-6"));
    const qint64 filterMs = timer.restart();
    int expected = 0;
    for (const DeliveryJob &job : std::as_const(source.jobs))
        expected += job.trailName == QLatin1String("trail-6");
    QCOMPARE(proxy.rowCount(), expected);
    qInfo("100k jobs: load all (fake source) %lld ms, sort by created %lld ms, search %lld ms",
          loadMs, sortMs, filterMs);
}

QTEST_GUILESS_MAIN(TestJobFilterProxyModel)
#include "tst_jobfilterproxymodel.moc"
