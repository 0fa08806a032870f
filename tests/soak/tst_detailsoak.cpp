// Fault soak of the detail pane: the real MainWindow (job table, JobDetailPane, ActiveJobPoller)
// over ClientJobSource and the real network stack, against the emulator executable with 30%
// faults, then with `slow` faults and a 1 s timeout. The test clicks and arrows through the table
// like an impatient user -- bursts of selections faster than the answers -- and after each burst
// settles it checks that the pane shows exactly the selected job (header, times, status, every
// region row), never an earlier one. The client gets only 2 or 3 attempts per request here, so
// that fetches fail for good now and then (0.3^2: one in ten): the pane must then say so with a
// Retry, and Retry (or selecting the job again) must bring it back. A Refresh now and then, a
// search that hides the job shown (the pane must let go of it), and the live-progress poller
// (300 ms) run in the mix. The event loop must never stall (StallMeter).
//
// The oracle: times, trail and home region from the window's own listing of the flaky emulator
// (taken before the soak), regions and statuses from a second, fault-free emulator with the same
// seed (its times differ: each emulator dates its jobs from its own start).
#include "emulatorprocess.h"
#include "stallmeter.h"
#include "testsupport.h"

#include "api/actiontrailclient.h"
#include "jobdetailpane.h"
#include "mainwindow.h"
#include "models/activejobpoller.h"
#include "models/clientjobsource.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobformat.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/regionstatusmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {
constexpr int soakJobs = 200;
constexpr int maxRecoveryRounds = 12;

AccessKey demoKey()
{
    return {QStringLiteral("LTAI5tDemoBackfillBrowser"),
            QStringLiteral("DemoSecretNotARealKey0000000000"),
            {}};
}

/**
 * The window's source, counting what happens to the pane's GetDeliveryHistoryJob requests on the
 * way (the requests themselves are the real ones, untouched).
 */
class CountingJobSource : public JobSource
{
public:
    explicit CountingJobSource(JobSource *inner)
        : m_inner(inner)
    { }

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override
    {
        return m_inner->listJobs(pageNumber, pageSize);
    }
    PendingJobRequest *getJob(qint64 jobId) override
    {
        PendingJobRequest *request = m_inner->getJob(jobId);
        ++gets;
        auto retried = std::make_shared<bool>(false);
        connect(request, &PendingJobRequest::retrying, this,
                [this, retried](int, int, const ApiError &reason) {
                    *retried = true;
                    ++retries;
                    if (reason.kind == ApiError::Kind::Timeout)
                        ++timeouts;
                });
        connect(request, &PendingJobRequest::fetched, this, [this, retried] {
            if (*retried)
                ++fetchedAfterRetry;
        });
        connect(request, &PendingJobRequest::failed, this, [this, jobId] { failed.append(jobId); });
        return request;
    }
    PendingJobRequest *createJob(const QString &trailName, const QString &clientToken) override
    {
        return m_inner->createJob(trailName, clientToken);
    }
    PendingJobRequest *deleteJob(qint64 jobId) override { return m_inner->deleteJob(jobId); }
    PendingJobRequest *listAllJobs() override { return m_inner->listAllJobs(); }

    int gets = 0;
    int retries = 0;
    int timeouts = 0;
    int fetchedAfterRetry = 0;
    QList<qint64> failed; ///< the JobId of each request that failed for good, in order

private:
    JobSource *m_inner;
};

/** Every job of the fault-free emulator, with its regions (GetDeliveryHistoryJob each). */
QHash<qint64, DeliveryJob> fetchReference(const QString &endpoint, const QList<qint64> &ids,
                                          QString *error)
{
    QNetworkAccessManager network;
    ActionTrailClient client(&network);
    client.setAccessKey(demoKey());
    client.setEndpoint(QUrl(endpoint));
    ClientJobSource source(&client);
    QHash<qint64, DeliveryJob> jobs;
    int pending = 0;
    for (qint64 id : ids) {
        PendingJobRequest *request = source.getJob(id);
        ++pending;
        QObject::connect(request, &PendingJobRequest::fetched, &source,
                         [&](const DeliveryJob &job) {
                             jobs.insert(job.jobId, job);
                             --pending;
                         });
        QObject::connect(request, &PendingJobRequest::failed, &source, [&](const ApiError &e) {
            *error = e.code + QLatin1Char(' ') + e.message;
            --pending;
        });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, 30000))
        *error = QStringLiteral("the reference emulator did not answer in time");
    return jobs;
}

using TestSupport::child;

/** The pane's widgets, found by objectName like any widget test. */
struct Pane
{
    explicit Pane(JobDetailPane *pane)
        : pane(pane)
        , title(child<QLabel>(pane, "detailTitle"))
        , badge(child<QLabel>(pane, "detailStatusBadge"))
        , subtitle(child<QLabel>(pane, "detailSubtitle"))
        , created(child<QLabel>(pane, "detailCreated"))
        , eventsFrom(child<QLabel>(pane, "detailEventsFrom"))
        , eventsTo(child<QLabel>(pane, "detailEventsTo"))
        , updated(child<QLabel>(pane, "detailUpdated"))
        , summary(child<QLabel>(pane, "detailRegionSummary"))
        , regions(child<QTableView>(pane, "detailRegionsView"))
        , loading(child<QLabel>(pane, "detailLoading"))
        , error(child<QWidget>(pane, "detailError"))
        , errorText(child<QLabel>(pane, "detailErrorText"))
        , retry(child<QPushButton>(pane, "detailRetry"))
        , requestId(child<QLineEdit>(pane, "detailRequestId"))
        , placeholder(child<QLabel>(pane, "detailPlaceholder"))
    { }

    /** No fetch of its own in flight, and either the regions or an error on screen. */
    bool settled() const
    {
        return !loading->isVisible() && (regions->isVisible() || error->isVisible());
    }
    bool failed() const { return error->isVisible(); }

    JobDetailPane *pane;
    QLabel *title;
    QLabel *badge;
    QLabel *subtitle;
    QLabel *created;
    QLabel *eventsFrom;
    QLabel *eventsTo;
    QLabel *updated;
    QLabel *summary;
    QTableView *regions;
    QLabel *loading;
    QWidget *error;
    QLabel *errorText;
    QPushButton *retry;
    QLineEdit *requestId;
    QLabel *placeholder;
};

QString mismatch(const char *what, const QString &shown, const QString &expected)
{
    return QStringLiteral("%1: shows \"%2\", expected \"%3\"")
        .arg(QLatin1String(what), shown, expected);
}

/** What the pane gets wrong about `listed` (and, with regions, `reference`); empty when right. */
QString wrongContent(const Pane &p, const DeliveryJob &listed, const DeliveryJob &reference)
{
    const qint64 id = listed.jobId;
    if (p.pane->currentJobId() != id)
        return QStringLiteral("pane holds job %1, job %2 is selected")
            .arg(p.pane->currentJobId())
            .arg(id);
    const QString title = QStringLiteral("Task %1").arg(id);
    if (p.title->text() != title)
        return mismatch("title", p.title->text(), title);
    if (!p.subtitle->text().contains(listed.trailName)
        || !p.subtitle->text().contains(listed.homeRegion)) {
        return mismatch("subtitle", p.subtitle->text(),
                        listed.trailName + QLatin1Char('/') + listed.homeRegion);
    }
    const bool utc = p.pane->showUtc();
    const std::pair<QLabel *, QDateTime> times[] = {{p.created, listed.createdTime},
                                                    {p.eventsFrom, listed.eventsFrom},
                                                    {p.eventsTo, listed.eventsTo},
                                                    {p.updated, listed.updatedTime}};
    for (const auto &[label, time] : times) {
        if (label->text() != JobFormat::dateTimeWithZone(time, utc))
            return mismatch(qPrintable(label->objectName()), label->text(),
                            JobFormat::dateTimeWithZone(time, utc));
    }
    if (p.failed()) {
        // The listing's status stays in the header; the error says what failed and offers Retry.
        if (p.errorText->text().trimmed().isEmpty())
            return QStringLiteral("error state without text");
        if (!p.retry->isVisible() || !p.retry->isEnabled())
            return QStringLiteral("error state without a usable Retry");
        return {};
    }
    const QString status = QStringLiteral("Status: %1")
                               .arg(JobFormat::statusText(reference.status, reference.rawStatus));
    if (p.badge->accessibleName() != status)
        return mismatch("status badge", p.badge->accessibleName(), status);
    QAbstractItemModel *rows = p.regions->model();
    if (rows->rowCount() != reference.regions.size())
        return QStringLiteral("%1 region rows, expected %2")
            .arg(rows->rowCount())
            .arg(reference.regions.size());
    for (int row = 0; row < rows->rowCount(); ++row) {
        const RegionStatus &region = reference.regions.at(row);
        const QString shownRegion
            = rows->index(row, RegionStatusModel::RegionIdColumn).data().toString();
        const QString shownStatus
            = rows->index(row, RegionStatusModel::StatusColumn).data().toString();
        if (shownRegion != region.region)
            return mismatch("region row", shownRegion, region.region);
        if (shownStatus != JobFormat::statusText(region.status, region.rawStatus))
            return mismatch("region status", shownStatus,
                            JobFormat::statusText(region.status, region.rawStatus));
    }
    RegionStatusModel expectedRegions;
    expectedRegions.setRegions(reference.regions);
    if (p.summary->text() != expectedRegions.summary())
        return mismatch("region summary", p.summary->text(), expectedRegions.summary());
    if (!p.requestId->text().startsWith(QLatin1String("RequestId: "))
        || p.requestId->text().size() < 20)
        return mismatch("request id", p.requestId->text(), QStringLiteral("RequestId: ..."));
    // The data behind it, for Copy as JSON and the table: the same job, whole.
    const DeliveryJob held = p.pane->currentJob();
    if (held.trailName != listed.trailName || held.homeRegion != listed.homeRegion
        || held.createdTime != listed.createdTime || held.updatedTime != listed.updatedTime
        || held.rawStatus != reference.rawStatus || held.regions != reference.regions) {
        return QStringLiteral("the pane's job data is not job %1's").arg(id);
    }
    return {};
}

/** The oracle: every job as the window listed it, and as the fault-free emulator has it. */
struct Oracle
{
    QHash<qint64, DeliveryJob> listed;
    QHash<qint64, DeliveryJob> expected;
};

/**
 * One soak pass over a shown window whose every job is loaded: each thing the impatient user
 * does is a step (a search, a burst of selections, a refresh, a recovery from an error), and
 * checkSelectedJob() compares what the pane settles on with the oracle. A step that fails
 * reports through QTest and returns; the caller stops at QTest::currentTestFailed().
 */
class SelectionSoak
{
public:
    SelectionSoak(QMainWindow *window, JobBrowser &browser, CountingJobSource &source,
                  const Oracle &oracle, StallMeter &stalls)
        : active(browser.model()->activeJobIds())
        , table(child<QTableView>(window, "jobTable"))
        , refresh(window->findChild<QAction *>(QStringLiteral("refreshAction")))
        , search(child<QLineEdit>(window, "searchField"))
        , pane(child<JobDetailPane>(window, "jobDetailPane"))
        , model(browser.model())
        , proxy(browser.proxy())
        , source(source)
        , listed(oracle.listed)
        , expected(oracle.expected)
        , stalls(stalls)
    { }

    /** Search for another trail: the job shown leaves the table, then comes back. */
    void searchAnotherTrail()
    {
        const DeliveryJob shown = listed.value(jobAtRow());
        QString trail;
        while (trail.isEmpty() || shown.trailName.contains(trail, Qt::CaseInsensitive))
            trail = listed
                        .value(proxy->index(int(random.bounded(proxy->rowCount())), 0)
                                   .data(JobTableModel::JobIdRole)
                                   .toLongLong())
                        .trailName;
        stalls.setPhase("typing a search");
        QTest::keyClicks(search, trail);
        stalls.setPhase("search");
        QTRY_VERIFY(rowOf(shown.jobId) < 0);
        QString wrong = wrongForSelection();
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("searching: ") + wrong));
        stalls.setPhase("clearing the search");
        search->clear();
        stalls.setPhase("search cleared");
        QTRY_COMPARE(proxy->rowCount(), model->rowCount());
        wrong = wrongForSelection();
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("search cleared: ") + wrong));
        row = table->currentIndex().isValid() ? table->currentIndex().row() : 0;
        ++searches;
    }

    /** `count` selections, by click or by arrow key, 0..20 ms apart. */
    void selectBurst(int count)
    {
        for (int i = 0; i < count; ++i, ++done) {
            if (i > 0) {
                stalls.setPhase("burst");
                QTest::qWait(int(random.bounded(21)));
                if (pane.loading->isVisible())
                    ++superseded; // this selection overtakes a fetch still in flight
            }
            failMark = source.failed.size();
            before = pane.requestId->text();
            const quint32 how = random.bounded(10);
            if (how < 3 && table->currentIndex().isValid() && row + 1 < proxy->rowCount()) {
                stalls.setPhase("arrow key");
                QTest::keyClick(table, Qt::Key_Down);
                ++row;
            } else if (how == 3 && !active.isEmpty()) {
                // A job the poller keeps fetching too: its answers must agree with the pane's.
                click(rowOf(active.at(int(random.bounded(active.size())))));
            } else {
                click(int(random.bounded(proxy->rowCount())));
            }
            QCOMPARE(table->currentIndex().row(), row);
        }
    }

    /** Refresh (F5): the list is fetched again and the pane reloads the job it shows. */
    void refreshNow()
    {
        failMark = source.failed.size();
        QVERIFY(QTest::qWaitFor([&] { return pane.settled(); }, 20000));
        before = pane.requestId->text();
        stalls.setPhase("refresh");
        refresh->trigger();
        ++refreshes;
    }

    /** The pane settles on the selected job, right (or failed for good, with Retry). */
    void checkSelectedJob()
    {
        const qint64 jobId = checkedJobId = jobAtRow();
        QVERIFY(listed.contains(jobId));
        const QString wrong = wrongAfterSettling(jobId, failMark, before);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        ++settles;
    }

    bool paneFailed() const { return pane.failed(); }

    /** Recover the way a person would: Retry, or click elsewhere and back. */
    void recoverFromError()
    {
        const qint64 jobId = checkedJobId;
        ++errorsShown;
        const bool viaRetry = errorsShown % 2 == 1;
        for (int round = 0; round < maxRecoveryRounds && pane.failed(); ++round) {
            before = pane.requestId->text();
            if (viaRetry) {
                failMark = source.failed.size();
                stalls.setPhase("retry");
                QTest::mouseClick(pane.retry, Qt::LeftButton);
            } else {
                const int back = row;
                click(back == 0 ? 1 : back - 1);
                failMark = source.failed.size();
                click(back);
            }
            QVERIFY(!pane.failed()); // the old error goes at once
            const QString wrong = wrongAfterSettling(jobId, failMark, before);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
        QVERIFY2(!pane.failed(), "the pane did not recover");
        ++(viaRetry ? recoveredByRetry : recoveredByReselect);
    }

    QRandomGenerator random {20261121};
    int done = 0;
    int settles = 0;
    int superseded = 0;
    int errorsShown = 0;
    int recoveredByRetry = 0;
    int recoveredByReselect = 0;
    int refreshes = 0;
    int searches = 0;
    const QList<qint64> active;

private:
    /** Clicks a row other than the selected one (a click on the selected row changes nothing). */
    void click(int target)
    {
        target = std::clamp(target, 0, proxy->rowCount() - 1);
        if (table->currentIndex().isValid() && target == table->currentIndex().row())
            target = target == 0 ? 1 : target - 1;
        row = target;
        const QModelIndex index = proxy->index(row, 0);
        stalls.setPhase("click");
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    qint64 jobAtRow() const
    {
        return proxy->index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
    }

    int rowOf(qint64 jobId) const
    {
        return proxy->mapFromSource(model->index(model->rowOfJob(jobId), 0)).row();
    }

    /**
     * What the pane must show once settled; an error only when a fetch of this job (started
     * after `mark` requests had failed) really failed -- not an earlier job's failure.
     * `requestIdBefore` is the RequestId line from before the action: a reload of a job whose
     * regions are shown keeps them on screen (no "Loading"), so only a new RequestId (or an
     * error) says that the answer is in.
     */
    QString wrongAfterSettling(qint64 jobId, qsizetype mark, const QString &requestIdBefore)
    {
        const auto answered = [&] {
            return pane.settled() && (pane.failed() || pane.requestId->text() != requestIdBefore);
        };
        stalls.setPhase("settling");
        if (!QTest::qWaitFor(answered, 20000)) {
            const QModelIndex current = table->selectionModel()->currentIndex();
            return QStringLiteral("job %1: the pane never settled (pane on job %2, loading %3, "
                                  "error %4, RequestId \"%5\" as before: %6; current row %7, "
                                  "job %8, selected %9)")
                .arg(jobId)
                .arg(pane.pane->currentJobId())
                .arg(pane.loading->isVisible())
                .arg(pane.failed())
                .arg(pane.requestId->text())
                .arg(pane.requestId->text() == requestIdBefore)
                .arg(current.row())
                .arg(current.siblingAtColumn(0).data(JobTableModel::JobIdRole).toLongLong())
                .arg(table->selectionModel()->isSelected(current));
        }
        const QString wrong = wrongContent(pane, listed.value(jobId), expected.value(jobId));
        if (!wrong.isEmpty() || !pane.failed())
            return wrong;
        if (!source.failed.mid(mark).contains(jobId))
            return QStringLiteral("job %1 shows an error, but no fetch of it failed").arg(jobId);
        return {};
    }

    /** The pane follows the table's selection: the selected job, or the placeholder when none. */
    QString wrongForSelection()
    {
        const QModelIndex current = table->selectionModel()->currentIndex();
        if (current.isValid() && table->selectionModel()->isSelected(current)) {
            const qint64 jobId
                = current.siblingAtColumn(0).data(JobTableModel::JobIdRole).toLongLong();
            return wrongAfterSettling(jobId, 0, {});
        }
        if (pane.pane->currentJobId() != 0 || !pane.placeholder->isVisible()) {
            return QStringLiteral("nothing is selected, the pane shows job %1")
                .arg(pane.pane->currentJobId());
        }
        return {};
    }

    QTableView *table;
    QAction *refresh;
    QLineEdit *search;
    const Pane pane;
    JobTableModel *model;
    JobFilterProxyModel *proxy;
    CountingJobSource &source;
    const QHash<qint64, DeliveryJob> &listed;
    const QHash<qint64, DeliveryJob> &expected;
    StallMeter &stalls;
    int row = 0;
    // Set by each selection or refresh: the failures counted before it, and the RequestId line
    // shown before it, for checkSelectedJob().
    qsizetype failMark = 0;
    QString before;
    qint64 checkedJobId = 0; ///< the job checkSelectedJob() looked at, for recoverFromError()
};

} // namespace

class TestDetailSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectionsUnderFaults_data();
    void selectionsUnderFaults();

private:
    static Oracle buildOracle(const JobTableModel &model, const QString &referenceEndpoint,
                              QString *error);
};

void TestDetailSoak::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailsoak"));
    QSettings().clear();
}

void TestDetailSoak::selectionsUnderFaults_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("selections");
    // Attempts per fetch during the selections: few, so that fetches fail for good often enough
    // to see the error state (0.3^2: about one in ten) -- or, with slow answers, retry often.
    QTest::addColumn<int>("attempts");
    QTest::newRow("30% of 503, throttle, 500, reset, truncate, garbage")
        << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("0.3")} << 10000 << 250 << 2;
    QTest::newRow("30% slow, 1 s timeout")
        << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("0.3"),
                        QStringLiteral("--faults"), QStringLiteral("slow")}
        << 1000 << 60 << 3;
}

/** Every job of the window's model, as listed and as the fault-free emulator has it. */
Oracle TestDetailSoak::buildOracle(const JobTableModel &model, const QString &referenceEndpoint,
                                   QString *error)
{
    Oracle oracle;
    for (int row = 0; row < model.rowCount(); ++row)
        oracle.listed.insert(model.jobAt(row).jobId, model.jobAt(row));
    oracle.expected = fetchReference(referenceEndpoint, oracle.listed.keys(), error);
    return oracle;
}

void TestDetailSoak::selectionsUnderFaults()
{
    QFETCH(QStringList, faults);
    QFETCH(int, timeoutMs);
    QFETCH(int, selections);
    QFETCH(int, attempts);
    const QStringList data = {QStringLiteral("--jobs"), QString::number(soakJobs),
                              QStringLiteral("--seed"), QStringLiteral("7")};
    QString error;
    EmulatorProcess reference;
    EmulatorProcess::alignToStartOfSecond(); // the pair must agree on "now", see there
    QVERIFY2(reference.start(data, &error), qPrintable(error));
    EmulatorProcess flaky;
    // A little latency so that a quick second selection finds the first answer still on its way.
    QVERIFY2(flaky.start(data + faults
                             + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("15")},
                         &error),
             qPrintable(error));

    QNetworkAccessManager network;
    ActionTrailClient client(&network);
    client.setAccessKey(demoKey());
    client.setEndpoint(QUrl(flaky.endpoint()));
    client.setTransferTimeout(std::chrono::milliseconds(timeoutMs));
    ClientJobSource clientSource(&client);
    CountingJobSource source(&clientSource);

    JobBrowser browser;

    MainWindow window(&browser);
    // Fetching ahead makes a failure on the selected job rare: the error pass (few attempts)
    // looks at the error state, so there the pane fetches on selection only.
    browser.setPrefetchEnabled(timeoutMs < 10000);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("refreshAction")));
    JobTableModel *model = browser.model();
    JobListLoader *list = browser.list();
    browser.poller()->setInterval(std::chrono::milliseconds(300)); // live progress in the mix

    StallMeter stalls;
    stalls.setPhase("listing");
    browser.setSource(&source);
    QTRY_VERIFY_WITH_TIMEOUT(list->hasListed() || list->lastError(), 30000);
    list->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT((list->isComplete() && !list->isLoading()) || list->lastError(),
                             60000);
    QVERIFY2(!list->lastError(),
             qPrintable(list->lastError() ? list->lastError()->detail : QString()));
    QCOMPARE(model->rowCount(), soakJobs);

    stalls.pause(); // the oracle's 200 requests are the test's own work, not the window's
    const Oracle oracle = buildOracle(*model, reference.endpoint(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(oracle.expected.size(), soakJobs);
    for (const DeliveryJob &job : oracle.expected) {
        // Same seed, same data: the oracle is only good if the two emulators agree.
        QVERIFY(oracle.listed.contains(job.jobId));
        QCOMPARE(oracle.listed.value(job.jobId).trailName, job.trailName);
        QCOMPARE(oracle.listed.value(job.jobId).rawStatus, job.rawStatus);
    }
    SelectionSoak soak(&window, browser, source, oracle, stalls);
    stalls.resume();

    client.setMaxAttempts(attempts);

    QElapsedTimer elapsed;
    elapsed.start();
    while (soak.done < selections) {
        if (soak.done > 0 && soak.random.bounded(10) == 0) {
            soak.searchAnotherTrail();
            if (QTest::currentTestFailed())
                return;
        }
        soak.selectBurst(std::min(1 + int(soak.random.bounded(4)), selections - soak.done));
        if (QTest::currentTestFailed())
            return;
        if (soak.random.bounded(12) == 0) {
            soak.refreshNow();
            if (QTest::currentTestFailed())
                return;
        }
        soak.checkSelectedJob();
        if (QTest::currentTestFailed())
            return;
        if (!soak.paneFailed())
            continue;
        soak.recoverFromError();
        if (QTest::currentTestFailed())
            return;
    }
    browser.setSource(nullptr);

    qInfo("%d selections in %lld ms, %d settled, %d overtook a fetch in flight; "
          "%d GetDeliveryHistoryJob (pane and poller, %d active jobs): %d retries (%d timeouts), "
          "%d succeeded on a retry, %d failed for good; %d errors shown, recovered %d by Retry "
          "and %d by selecting again; %d refreshes, %d searches; %s",
          soak.done, elapsed.elapsed(), soak.settles, soak.superseded, source.gets,
          int(soak.active.size()), source.retries, source.timeouts, source.fetchedAfterRetry,
          int(source.failed.size()), soak.errorsShown, soak.recoveredByRetry,
          soak.recoveredByReselect, soak.refreshes, soak.searches, qPrintable(stalls.summary()));
    QVERIFY2(soak.superseded >= selections / 10,
             "too few selections overtook a fetch: no stale answers to drop");
    QVERIFY2(source.fetchedAfterRetry > 0,
             "no fetch succeeded on a retry: the faults this soak is about never happened");
    if (timeoutMs < 10000)
        QVERIFY2(source.timeouts > 0, "no timeouts: the slow faults never outlasted the timeout");
    else
        QVERIFY2(soak.errorsShown > 0,
                 "no fetch failed for good: the error state was never exercised");
    QVERIFY(stalls.ticks() > 20);
    QVERIFY2(stalls.withinBudget(), qPrintable(stalls.budgetFailure()));
}

QTEST_MAIN(TestDetailSoak)
#include "tst_detailsoak.moc"
