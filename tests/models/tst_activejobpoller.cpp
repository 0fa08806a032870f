// ActiveJobPoller against the in-memory FakeJobSource: which jobs it polls, that it never asks
// twice for a job whose answer is still out, how it backs off on errors and recovers, and pause.
#include "fakejobsource.h"

#include "models/activejobpoller.h"
#include "models/jobtablemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString getAction = QStringLiteral("GetDeliveryHistoryJob");

QList<qint64> polledIds(const FakeJobSource &source)
{
    QList<qint64> ids;
    for (const FakeJobSource::Call &call : source.calls) {
        if (call.action == getAction)
            ids << call.jobId;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

/** Jobs 1, 2, 3, ... with the given statuses. */
QList<DeliveryJob> jobsWithStatuses(const QList<JobStatus> &statuses)
{
    const QDateTime created(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<DeliveryJob> jobs;
    for (int i = 0; i < statuses.size(); ++i)
        jobs << FakeJobSource::makeJob(i + 1, QStringLiteral("trail"), statuses.at(i), created);
    return jobs;
}
} // namespace

class TestActiveJobPoller : public QObject
{
    Q_OBJECT

private slots:
    void pollsOnlyActiveJobs_data();
    void pollsOnlyActiveJobs();
    void skipsJobsAlreadyInFlight();
    void aFinishedJobIsNoLongerPolled();
    void backsOffOnErrorsUpToMaxInterval_data();
    void backsOffOnErrorsUpToMaxInterval();
    void successRestoresTheInterval();
    void pauseStopsTheTimer();
    void anotherSourceDropsWhatIsInFlight();
};

void TestActiveJobPoller::pollsOnlyActiveJobs_data()
{
    QTest::addColumn<QList<JobStatus>>("statuses");
    QTest::addColumn<QList<qint64>>("polled");
    QTest::newRow("nothing loaded") << QList<JobStatus> {} << QList<qint64> {};
    QTest::newRow("only finished jobs")
        << QList<JobStatus> {JobStatus::Complete, JobStatus::Failed} << QList<qint64> {};
    QTest::newRow("initializing and delivering, among finished ones")
        << QList<JobStatus> {JobStatus::Complete, JobStatus::Initializing, JobStatus::Failed,
                             JobStatus::Delivering}
        << QList<qint64> {2, 4};
    QTest::newRow("a status the service added later is not polled")
        << QList<JobStatus> {JobStatus::Unknown, JobStatus::Delivering} << QList<qint64> {2};
}

void TestActiveJobPoller::pollsOnlyActiveJobs()
{
    QFETCH(QList<JobStatus>, statuses);
    QFETCH(QList<qint64>, polled);
    FakeJobSource source;
    source.jobs = jobsWithStatuses(statuses);
    JobTableModel model;
    model.appendJobs(source.jobs);
    ActiveJobPoller poller(&model);
    poller.setSource(&source);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);

    poller.pollNow();
    QCOMPARE(polledIds(source), polled);
    QTRY_COMPARE(updated.size(), polled.size());
    QCOMPARE(source.callCount(QStringLiteral("ListDeliveryHistoryJobs")), 0);
}

void TestActiveJobPoller::skipsJobsAlreadyInFlight()
{
    FakeJobSource source;
    source.autoRespond = false;
    source.jobs
        = jobsWithStatuses({JobStatus::Delivering, JobStatus::Complete, JobStatus::Initializing});
    JobTableModel model;
    model.appendJobs(source.jobs);
    ActiveJobPoller poller(&model);
    poller.setSource(&source);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);

    poller.pollNow();
    poller.pollNow(); // both answers are still out: nothing new is asked
    QCOMPARE(polledIds(source), (QList<qint64> {1, 3}));

    const auto firstCallFor = [&](qint64 jobId) {
        for (int i = 0; i < source.calls.size(); ++i) {
            if (source.calls.at(i).jobId == jobId)
                return i;
        }
        return -1;
    };
    source.respond(firstCallFor(1)); // job 1 answered, job 3 still out
    QCOMPARE(updated.size(), 1);
    poller.pollNow();
    QCOMPARE(polledIds(source), (QList<qint64> {1, 1, 3}));
    QCOMPARE(source.unanswered(), 2);
}

void TestActiveJobPoller::aFinishedJobIsNoLongerPolled()
{
    FakeJobSource source;
    source.jobs = jobsWithStatuses({JobStatus::Delivering, JobStatus::Initializing});
    JobTableModel model;
    model.appendJobs(source.jobs);
    QSignalSpy finished(&model, &JobTableModel::jobFinished);
    ActiveJobPoller poller(&model);
    poller.setSource(&source);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);

    source.jobs[0].status = JobStatus::Complete; // the service finished job 1 meanwhile
    source.jobs[0].rawStatus = int(JobStatus::Complete);
    poller.pollNow();
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(model.jobAt(model.rowOfJob(1)).status, JobStatus::Complete);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toLongLong(), 1);

    source.calls.clear();
    poller.pollNow();
    QCOMPARE(polledIds(source), (QList<qint64> {2}));
}

void TestActiveJobPoller::backsOffOnErrorsUpToMaxInterval_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("expectedMs");
    const auto interval
        = qint64(std::chrono::milliseconds(ActiveJobPoller::DefaultInterval).count());
    const auto max = qint64(std::chrono::milliseconds(ActiveJobPoller::MaxInterval).count());
    QTest::newRow("no failure") << 0 << interval;
    QTest::newRow("one failure doubles it") << 1 << 2 * interval;
    QTest::newRow("three failures: 8x") << 3 << 8 * interval;
    QTest::newRow("five failures reach the cap") << 5 << max;
    QTest::newRow("twelve failures stay at the cap") << 12 << max;
}

void TestActiveJobPoller::backsOffOnErrorsUpToMaxInterval()
{
    QFETCH(int, failures);
    QFETCH(qint64, expectedMs);
    FakeJobSource source;
    source.jobs = jobsWithStatuses({JobStatus::Delivering});
    source.failingActions.insert(getAction,
                                 FakeJobSource::serviceError(503,
                                                             QStringLiteral("ServiceUnavailable"),
                                                             QStringLiteral("Try later.")));
    JobTableModel model;
    model.appendJobs(source.jobs);
    ActiveJobPoller poller(&model);
    poller.setSource(&source);
    QCOMPARE(poller.interval(), std::chrono::milliseconds(ActiveJobPoller::DefaultInterval));
    QSignalSpy failed(&poller, &ActiveJobPoller::pollFailed);

    for (int i = 0; i < failures; ++i) {
        poller.pollNow();
        QTRY_COMPARE(failed.size(), i + 1);
        QCOMPARE(failed.last().at(0).toLongLong(), 1);
        QCOMPARE(failed.last().at(1).value<ApiError>().code, QStringLiteral("ServiceUnavailable"));
    }
    QCOMPARE(qint64(poller.currentInterval().count()), expectedMs);
    QCOMPARE(poller.interval(), std::chrono::milliseconds(ActiveJobPoller::DefaultInterval));
}

void TestActiveJobPoller::successRestoresTheInterval()
{
    FakeJobSource source;
    source.jobs = jobsWithStatuses({JobStatus::Delivering});
    source.failingActions.insert(
        getAction,
        FakeJobSource::serviceError(500, QStringLiteral("InternalError"), QStringLiteral("Oops.")));
    JobTableModel model;
    model.appendJobs(source.jobs);
    ActiveJobPoller poller(&model);
    poller.setInterval(2s);
    poller.setSource(&source);
    QSignalSpy failed(&poller, &ActiveJobPoller::pollFailed);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);
    for (int i = 0; i < 3; ++i) {
        poller.pollNow();
        QTRY_COMPARE(failed.size(), i + 1);
    }
    QCOMPARE(poller.currentInterval(), 16s);

    source.failingActions.clear();
    poller.pollNow();
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(poller.currentInterval(), 2s);
}

void TestActiveJobPoller::pauseStopsTheTimer()
{
    FakeJobSource source;
    source.jobs = jobsWithStatuses({JobStatus::Delivering, JobStatus::Complete});
    JobTableModel model;
    ActiveJobPoller poller(&model);
    poller.setInterval(1s); // the shortest it allows
    poller.setSource(&source);
    poller.setPaused(true);
    QVERIFY(poller.isPaused());
    model.appendJobs(source.jobs); // an active job arrives while paused: not scheduled
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);
    QVERIFY(!updated.wait(1500)); // more than one interval: no poll came
    QCOMPARE(source.callCount(getAction), 0);

    poller.setPaused(false);
    QVERIFY(!poller.isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000); // the timer polls again
    QCOMPARE(polledIds(source), (QList<qint64> {1}));
}

void TestActiveJobPoller::anotherSourceDropsWhatIsInFlight()
{
    FakeJobSource first;
    first.autoRespond = false;
    first.jobs = jobsWithStatuses({JobStatus::Delivering});
    FakeJobSource second;
    second.autoRespond = false;
    second.jobs = first.jobs;
    JobTableModel model;
    model.appendJobs(first.jobs);
    ActiveJobPoller poller(&model);
    poller.setSource(&first);
    QSignalSpy updated(&poller, &ActiveJobPoller::jobUpdated);
    poller.pollNow();
    QCOMPARE(first.callCount(getAction), 1);

    poller.setSource(&second);
    first.respondAll(); // the old account's answer is dropped
    QCOMPARE(updated.size(), 0);
    poller.pollNow(); // job 1 is no longer "in flight": the new source is asked
    QCOMPARE(second.callCount(getAction), 1);
    second.respondAll();
    QCOMPARE(updated.size(), 1);
}

QTEST_GUILESS_MAIN(TestActiveJobPoller)
#include "tst_activejobpoller.moc"
