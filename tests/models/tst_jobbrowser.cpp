// JobBrowser's flows against the emulator over real loopback HTTP, with no window: the rules
// that decide what an answer means live in the browser, so they are tested here.
#include "emulator/actiontrailemulator.h"
#include "emulator/demobackend.h"
#include "emulator/jobstore.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/session.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
std::unique_ptr<ActionTrailEmulator> startEmulator(int jobs, int latencyMs = 0)
{
    EmulatorConfig config;
    config.key = DemoBackend::accessKey();
    config.jobCount = jobs;
    config.latencyMs = latencyMs;
    auto emulator = std::make_unique<ActionTrailEmulator>(config);
    if (emulator->listen() == 0)
        return {};
    // No task runs, so one can be created and any deleted.
    for (const EmulatedJob *job : emulator->store().page(0, emulator->store().count())) {
        if (job->isRunning()) {
            emulator->store().remove(job->jobId);
            break;
        }
    }
    return emulator;
}

SessionAccount accountFor(const ActionTrailEmulator &emulator)
{
    SessionAccount account;
    account.accessKey = DemoBackend::accessKey();
    account.endpoint = emulator.endpoint();
    return account;
}

bool waitListed(JobBrowser &browser)
{
    return QTest::qWaitFor(
        [&] { return browser.list()->hasListed() && !browser.list()->isLoading(); }, 20000);
}

/** What the app wires at start-up: a Session whose source goes to a JobBrowser. */
struct Connected
{
    Session session;
    JobBrowser browser;

    Connected()
    {
        QObject::connect(&session, &Session::sourceChanged, &browser, &JobBrowser::setSource);
    }
    /** Connects to `emulator` and waits for page 1. */
    bool listFrom(const ActionTrailEmulator &emulator)
    {
        session.connectTo(accountFor(emulator));
        return waitListed(browser);
    }
};
} // namespace

class TestJobBrowser : public QObject
{
    Q_OBJECT

private slots:
    void selectShowsTheJobInFull();
    void createThenFetch();
    void deleteAndAlreadyGone();
    void selectingAMissingJobSaysNotFound();
    void cancelLoadAllKeepsRows();
    void accountSwitchListsTheOtherAccount();
    void prefetchStaysBounded();
};

void TestJobBrowser::selectShowsTheJobInFull()
{
    auto emulator = startEmulator(30);
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    QCOMPARE(browser.model()->rowCount(), emulator->store().count());
    const qint64 jobId = browser.model()->jobAt(3).jobId;
    QSignalSpy changed(&browser, &JobBrowser::selectedDetailChanged);
    browser.select(jobId);
    QTRY_VERIFY(browser.selectedDetail().regionsKnown);
    const JobDetail detail = browser.selectedDetail();
    QCOMPARE(detail.job.jobId, jobId);
    QVERIFY(!detail.job.regions.isEmpty());
    QVERIFY(!detail.requestId.isEmpty());
    QVERIFY(!changed.isEmpty());
}

void TestJobBrowser::createThenFetch()
{
    auto emulator = startEmulator(10);
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    const int total = browser.list()->totalCount();
    QSignalSpy created(&browser, &JobBrowser::jobCreated);
    QSignalSpy shown(&browser, &JobBrowser::jobShown);
    QSignalSpy failed(&browser, &JobBrowser::actionFailed);
    browser.createJob(QStringLiteral("trail-name"), QStringLiteral("token-1"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 1 || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().code));
    QCOMPARE(created.size(), 1);
    const qint64 jobId = shown.first().first().toLongLong();
    QCOMPARE(browser.model()->rowOfJob(jobId), 0);
    QCOMPARE(browser.list()->totalCount(), total + 1);
    // Fetched once, and the detail is already known: selecting it costs no request.
    browser.select(jobId);
    QVERIFY(browser.selectedDetail().regionsKnown);
}

void TestJobBrowser::deleteAndAlreadyGone()
{
    auto emulator = startEmulator(10);
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    const qint64 victim = browser.model()->jobAt(2).jobId;
    const qint64 gone = browser.model()->jobAt(4).jobId;
    // Deleted elsewhere (or by a request whose answer was dropped): the service no longer knows it.
    const int total = browser.list()->totalCount();
    QVERIFY(emulator->store().remove(gone));
    QSignalSpy deleted(&browser, &JobBrowser::jobDeleted);
    QSignalSpy failed(&browser, &JobBrowser::actionFailed);
    browser.deleteJob(victim);
    browser.deleteJob(gone);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 2, 10000);
    QVERIFY(failed.isEmpty());
    for (const QList<QVariant> &args : deleted) {
        const qint64 id = args.at(0).toLongLong();
        QCOMPARE(args.at(2).toBool(), id == gone); // already gone only for the one removed
        QCOMPARE(browser.model()->rowOfJob(id), -1);
    }
    QCOMPARE(browser.list()->totalCount(), total - 2);
}

void TestJobBrowser::selectingAMissingJobSaysNotFound()
{
    auto emulator = startEmulator(5);
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    const qint64 jobId = browser.model()->jobAt(1).jobId;
    QVERIFY(emulator->store().remove(jobId));
    browser.select(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(browser.selectedDetail().error.has_value(), 10000);
    QVERIFY(isNotFoundError(*browser.selectedDetail().error));
    // Retry asks again (and is told the same).
    const int before = browser.details()->requestsStarted();
    browser.reloadSelected();
    QCOMPARE(browser.details()->requestsStarted(), before + 1);
    QVERIFY(browser.selectedDetail().loading);
    QVERIFY(!browser.selectedDetail().error);
}

void TestJobBrowser::cancelLoadAllKeepsRows()
{
    auto emulator = startEmulator(3000, 40);
    const int all = emulator ? emulator->store().count() : 0;
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    QSignalSpy progress(&browser, &JobBrowser::loadProgress);
    QSignalSpy cancelled(browser.list(), &JobListLoader::loadAllCancelled);
    browser.loadAll();
    QVERIFY(browser.list()->isLoadingAll());
    // Rows arrive page by page before the end.
    QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowCount() >= 300, 20000);
    browser.cancelLoad();
    QCOMPARE(cancelled.size(), 1);
    const int kept = browser.model()->rowCount();
    QVERIFY(kept < all);
    QVERIFY(!browser.list()->isLoading());
    QVERIFY(!browser.list()->lastError());
    QVERIFY(!browser.list()->isComplete());
    QVERIFY(progress.size() >= 2);
    QTest::qWait(200);
    QCOMPARE(browser.model()->rowCount(), kept); // nothing arrives after the cancel
    // The rows kept are the top of the list: going on fetches the rest in order.
    browser.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(browser.list()->isComplete() && !browser.list()->isLoading(), 30000);
    QCOMPARE(browser.model()->rowCount(), all);
}

void TestJobBrowser::accountSwitchListsTheOtherAccount()
{
    auto first = startEmulator(12);
    auto second = startEmulator(7);
    QVERIFY(first && second);
    Connected app;
    QVERIFY(app.listFrom(*first));
    JobBrowser &browser = app.browser;
    QCOMPARE(browser.list()->totalCount(), first->store().count());
    browser.select(browser.model()->jobAt(0).jobId);
    // The same account edited to another endpoint takes effect at once (a new client).
    app.session.connectTo(accountFor(*second));
    QCOMPARE(browser.selectedJobId(), 0);
    QVERIFY(waitListed(browser));
    QCOMPARE(browser.list()->totalCount(), second->store().count());
    QCOMPARE(browser.model()->rowCount(), second->store().count());
    QVERIFY(first->store().count() != second->store().count());
    QCOMPARE(app.session.endpoint(), second->endpoint());
}

void TestJobBrowser::prefetchStaysBounded()
{
    auto emulator = startEmulator(60, 30);
    QVERIFY(emulator);
    Connected app;
    QVERIFY(app.listFrom(*emulator));
    JobBrowser &browser = app.browser;
    browser.proxy()->sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    int peak = 0;
    for (int row = 0; row < 20; ++row) {
        const qint64 jobId
            = browser.proxy()->index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
        browser.select(jobId);
        peak = std::max(peak, browser.details()->inFlight());
        QTRY_VERIFY_WITH_TIMEOUT(browser.selectedDetail().regionsKnown, 10000);
    }
    QVERIFY(peak <= JobDetailLoader::MaxInFlight);
    // Each job once, plus the few ahead of the last one: not a request per row per step.
    QVERIFY2(browser.details()->requestsStarted()
                 <= 20 + JobBrowser::PrefetchBelow + JobBrowser::PrefetchAbove,
             qPrintable(QString::number(browser.details()->requestsStarted())));
}

QTEST_GUILESS_MAIN(TestJobBrowser)
#include "tst_jobbrowser.moc"
