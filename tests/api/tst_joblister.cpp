// JobLister over loopback: every job exactly once and in order, page 1 first, bounded parallelism,
// faults survived through the calls' retries, a listing that changes underneath restarts.
#include "api/actiontrailclient.h"
#include "api/joblister.h"
#include "api/responseparser.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
/** A fake account of `count` jobs, newest (highest id) first, as the service pages them. */
struct FakeAccount
{
    QList<qint64> ids;
    int delayMs = 5;
    int failEvery = 0; ///< every n-th request answers 503 (0: never)
    int pageSizeCap = 100; ///< like a service that serves fewer than asked
    int claimedTotal = -1; ///< a TotalCount to claim instead of the real one (-1: the truth)
    int claimedPageSize = -1; ///< a PageSize to claim instead of the one served (-1: the truth)
    int served = 0;
    std::function<void(int pageNumber)> beforeServing;

    explicit FakeAccount(int count)
    {
        for (int i = count; i >= 1; --i)
            ids.append(1000000000000LL + i);
    }

    ScriptedResponse answer(const RecordedRequest &request)
    {
        ++served;
        if (failEvery > 0 && served % failEvery == 0)
            return ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                               QStringLiteral("x"));
        const int pageNumber = request.queryValue(QStringLiteral("PageNumber")).toInt();
        const int pageSize
            = std::min(pageSizeCap, request.queryValue(QStringLiteral("PageSize")).toInt());
        if (beforeServing)
            beforeServing(pageNumber);
        JobPage page;
        page.pageNumber = pageNumber;
        page.pageSize = pageSize;
        page.totalCount = claimedTotal >= 0 ? claimedTotal : int(ids.size());
        page.requestId = QStringLiteral("R-%1").arg(served);
        for (int i = (pageNumber - 1) * pageSize; i < ids.size() && i < pageNumber * pageSize;
             ++i) {
            DeliveryJob job;
            job.jobId = ids.at(i);
            job.trailName = QStringLiteral("trail");
            job.homeRegion = QStringLiteral("cn-hangzhou");
            job.rawStatus = 2;
            job.status = JobStatus::Complete;
            job.eventsFrom = job.eventsTo = job.createdTime = job.updatedTime
                = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
            page.jobs.append(job);
        }
        if (claimedPageSize >= 0)
            page.pageSize = claimedPageSize;
        ScriptedResponse response = ScriptedResponse::json(
            200, QJsonDocument(ResponseParser::jobPageToJson(page)).toJson(QJsonDocument::Compact));
        response.delayMs = delayMs;
        return response;
    }
};
} // namespace

class tst_JobLister : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ActionTrailClient> m_client;

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ActionTrailClient>(m_network.get());
        m_client->setEndpoint(m_server->url());
        m_client->setAccessKey({QStringLiteral("id"), QStringLiteral("secret"), {}});
        m_client->setRetryPolicy(RetryPolicy([] { return 0.0; }));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_network.reset();
    }

    void everyJobOnceInOrder_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("maxInFlight");
        QTest::addColumn<int>("failEvery");
        QTest::addColumn<int>("cap");
        QTest::newRow("empty account") << 0 << 100 << 4 << 0 << 100;
        QTest::newRow("one job") << 1 << 100 << 4 << 0 << 100;
        QTest::newRow("exactly one page") << 100 << 100 << 4 << 0 << 100;
        QTest::newRow("one more than a page") << 101 << 100 << 4 << 0 << 100;
        QTest::newRow("1000 jobs, 4 in flight") << 1000 << 100 << 4 << 0 << 100;
        QTest::newRow("1000 jobs, 1 in flight") << 1000 << 100 << 1 << 0 << 100;
        QTest::newRow("237 jobs in pages of 10, 6 in flight") << 237 << 10 << 6 << 0 << 100;
        QTest::newRow("every 3rd request fails") << 500 << 20 << 4 << 3 << 100;
        QTest::newRow("service caps the page size at 30") << 250 << 100 << 4 << 0 << 30;
    }
    void everyJobOnceInOrder()
    {
        QFETCH(int, jobs);
        QFETCH(int, pageSize);
        QFETCH(int, maxInFlight);
        QFETCH(int, failEvery);
        QFETCH(int, cap);
        FakeAccount account(jobs);
        account.failEvery = failEvery;
        account.pageSizeCap = cap;
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });

        JobLister lister(m_client.get());
        lister.setPageSize(pageSize);
        lister.setMaxInFlight(maxInFlight);
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        QSignalSpy progress(&lister, &JobLister::progress);
        // Page 1 must be alone on the wire: nothing else is asked before its answer arrives.
        int requestsWhenPageOneAnswered = -1;
        connect(&lister, &JobLister::progress, this, [&](int done, int) {
            if (done == 1 && requestsWhenPageOneAnswered < 0)
                requestsWhenPageOneAnswered = int(m_server->requests().size());
        });
        lister.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);

        const JobPage all = finished.first().first().value<JobPage>();
        QCOMPARE(all.totalCount, jobs);
        QList<qint64> got;
        for (const DeliveryJob &job : all.jobs)
            got.append(job.jobId);
        QCOMPARE(got, account.ids);

        const int served = std::min(pageSize, cap);
        const int pages = std::max(1, (jobs + served - 1) / served);
        QCOMPARE(progress.count(), pages);
        QCOMPARE(progress.last().at(0).toInt(), pages);
        QCOMPARE(progress.last().at(1).toInt(), pages);
        QCOMPARE(m_server->requests().first().queryValue(QStringLiteral("PageNumber")),
                 QStringLiteral("1"));
        if (failEvery == 0) {
            QCOMPARE(int(m_server->requests().size()), pages);
            QCOMPARE(requestsWhenPageOneAnswered, 1);
        }
        QVERIFY(lister.peakInFlight() <= maxInFlight);
        QVERIFY(m_server->peakConcurrent() <= maxInFlight);
        if (pages - 1 >= maxInFlight && failEvery == 0)
            QCOMPARE(lister.peakInFlight(), maxInFlight);
    }

    void aListingThatChangesStartsOver()
    {
        FakeAccount account(250);
        bool changed = false;
        account.beforeServing = [&](int pageNumber) {
            if (pageNumber == 3 && !changed) { // a job is created while we read
                changed = true;
                account.ids.prepend(5);
            }
        };
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });
        JobLister lister(m_client.get());
        QSignalSpy finished(&lister, &JobLister::finished);
        lister.start();
        QVERIFY(finished.wait(30000));
        QList<qint64> got;
        for (const DeliveryJob &job : finished.first().first().value<JobPage>().jobs)
            got.append(job.jobId);
        QCOMPARE(got, account.ids);
        QCOMPARE(got.size(), 251);
    }

    void aListingThatNeverSettlesFails()
    {
        FakeAccount account(250);
        qint64 next = 1;
        account.beforeServing = [&](int pageNumber) {
            if (pageNumber == 2)
                account.ids.prepend(next++);
        };
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });
        JobLister lister(m_client.get());
        lister.setMaxRestarts(2);
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        lister.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(
            failed.first().first().value<ApiError>().detail.contains(QStringLiteral("changing")));
    }

    void aPageThatFailsFailsTheListingOnce()
    {
        FakeAccount account(1000);
        m_server->setHandler([&account](const RecordedRequest &r) {
            if (r.queryValue(QStringLiteral("PageNumber")) == QLatin1String("5"))
                return ScriptedResponse::errorBody(403, QStringLiteral("Forbidden.RAM"),
                                                   QStringLiteral("x"));
            return account.answer(r);
        });
        JobLister lister(m_client.get());
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        lister.start();
        QVERIFY(failed.wait(30000));
        QTest::qWait(100); // in-flight siblings are cancelled, not reported
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("Forbidden.RAM"));
        QVERIFY(!lister.isRunning());
    }

    void hostileClaimsStopWithAClearError_data()
    {
        QTest::addColumn<int>("claimedTotal");
        QTest::addColumn<int>("claimedPageSize");
        QTest::addColumn<QString>("named");
        QTest::newRow("TotalCount 2147483547")
            << 2147483547 << -1 << QStringLiteral("TotalCount 2147483547");
        QTest::newRow("TotalCount INT_MAX (no overflow)")
            << 2147483647 << -1 << QStringLiteral("TotalCount 2147483647");
        QTest::newRow("PageSize answered as 1") << 50000 << 1 << QStringLiteral("PageSize 1");
    }
    void hostileClaimsStopWithAClearError()
    {
        QFETCH(int, claimedTotal);
        QFETCH(int, claimedPageSize);
        QFETCH(QString, named);
        FakeAccount account(100);
        account.claimedTotal = claimedTotal;
        account.claimedPageSize = claimedPageSize;
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });
        JobLister lister(m_client.get());
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        lister.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error.detail.contains(named), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QStringLiteral("100000")), qPrintable(error.detail));
        // Decided from page 1 alone: no further page was asked for.
        QCOMPARE(m_server->requests().size(), 1);
    }

    void theJobLimitCanBeRaised_data()
    {
        QTest::addColumn<qint64>("maxJobs");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("250 jobs, limit 200") << qint64(200) << false;
        QTest::newRow("250 jobs, limit 250") << qint64(250) << true;
    }
    void theJobLimitCanBeRaised()
    {
        QFETCH(qint64, maxJobs);
        QFETCH(bool, succeeds);
        FakeAccount account(250);
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });
        JobLister lister(m_client.get());
        QCOMPARE(lister.maxJobs(), qint64(100000));
        lister.setMaxJobs(maxJobs);
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 10000);
        QCOMPARE(finished.count(), succeeds ? 1 : 0);
        if (!succeeds)
            QVERIFY(failed.first().first().value<ApiError>().detail.contains(
                QStringLiteral("TotalCount 250")));
    }

    void abortReportsCancelledOnce()
    {
        FakeAccount account(1000);
        account.delayMs = 200;
        m_server->setHandler([&account](const RecordedRequest &r) { return account.answer(r); });
        JobLister lister(m_client.get());
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        QSignalSpy progress(&lister, &JobLister::progress);
        lister.start();
        QVERIFY(progress.wait(10000));
        lister.abort();
        lister.abort();
        QTest::qWait(400);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_JobLister)
#include "tst_joblister.moc"
