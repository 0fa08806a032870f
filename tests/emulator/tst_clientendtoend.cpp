// ActionTrailClient and JobLister end to end against the in-process emulator over loopback HTTP:
// every operation compared with the emulator's own data, the errors the service gives, retries
// through injected faults, and a 10,000-job listing under 30% faults that loses nothing.

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/joblister.h"
#include "jobstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(SignatureVersion)

namespace {

const AccessKey testKey {QStringLiteral("LTAIendToEnd"), QStringLiteral("end-to-end-secret"),
                         QString()};

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

/** The emulator's truth about a job, in the client's domain type. */
DeliveryJob expectedJob(const JobStore &store, const EmulatedJob &job, bool withRegions)
{
    const QJsonObject json = store.toJson(job, withRegions);
    DeliveryJob expected;
    expected.jobId = job.jobId;
    expected.trailName = json.value(QStringLiteral("TrailName")).toString();
    expected.homeRegion = json.value(QStringLiteral("HomeRegion")).toString();
    expected.rawStatus = job.jobStatus();
    expected.status = jobStatusFromInt(job.jobStatus());
    expected.eventsFrom
        = QDateTime::fromString(json.value(QStringLiteral("StartTime")).toString(), Qt::ISODate);
    expected.eventsTo
        = QDateTime::fromString(json.value(QStringLiteral("EndTime")).toString(), Qt::ISODate);
    expected.createdTime = utc(job.createdSecs);
    expected.updatedTime = utc(job.updatedSecs);
    if (withRegions) {
        for (int r = 0; r < job.regionCount; ++r) {
            RegionStatus region;
            region.region = JobStore::knownRegions().at(job.regions[r]);
            region.rawStatus = job.regionStatus[r];
            region.status = jobStatusFromInt(job.regionStatus[r]);
            expected.regions.append(region);
        }
    }
    return expected;
}

} // namespace

class TestClientEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void everyOperation_data();
    void everyOperation();
    void serviceErrors_data();
    void serviceErrors();
    void securityToken_data();
    void securityToken();
    void retriesThroughFaults_data();
    void retriesThroughFaults();
    void listAllUnderFaultsLosesNothing_data();
    void listAllUnderFaultsLosesNothing();

private:
    void start(int jobs, double faultRate = 0.0, const AccessKey &emulatorKey = testKey);
    std::unique_ptr<ActionTrailClient> makeClient(SignatureVersion version,
                                                  const AccessKey &key = testKey);

    std::unique_ptr<ActionTrailEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestClientEndToEnd::start(int jobs, double faultRate, const AccessKey &emulatorKey)
{
    EmulatorConfig config;
    config.key = emulatorKey;
    config.seed = 99;
    config.jobCount = jobs;
    config.faultRate = faultRate;
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
}

std::unique_ptr<ActionTrailClient> TestClientEndToEnd::makeClient(SignatureVersion version,
                                                                  const AccessKey &key)
{
    auto client = std::make_unique<ActionTrailClient>(&m_network);
    client->setEndpoint(m_emulator->endpoint());
    client->setAccessKey(key);
    client->setSignatureVersion(version);
    // Real retry rules, short waits: the test is about what is retried, not how long it waits.
    // Enough attempts that running out is not a matter of luck: at the 50% fault rate of
    // retriesThroughFaults, 12 attempts left a 1-in-4096 chance per call of exhausting them
    // (~1.5% per run over 60 calls, seen as a rare flake); with 30 it is ~6e-8 per run.
    RetryPolicy policy([] { return 0.5; });
    policy.setMaxAttempts(30);
    policy.setBaseDelay(std::chrono::milliseconds(2));
    policy.setMaxDelay(std::chrono::milliseconds(20));
    client->setRetryPolicy(policy);
    return client;
}

void TestClientEndToEnd::everyOperation_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestClientEndToEnd::everyOperation()
{
    QFETCH(SignatureVersion, version);
    start(45);
    auto client = makeClient(version);
    JobStore &store = m_emulator->store();

    // List: page 2 of 20, field by field as the emulator holds it.
    ListJobsCall *list = client->listDeliveryHistoryJobs(2, 20);
    QSignalSpy listed(list, &ListJobsCall::finished);
    QVERIFY(listed.wait(10000));
    const JobPage page = listed.first().first().value<JobPage>();
    QCOMPARE(page.totalCount, 45);
    QCOMPARE(page.pageNumber, 2);
    QCOMPARE(page.pageSize, 20);
    QVERIFY(!page.requestId.isEmpty());
    const auto truth = store.page(20, 20);
    QCOMPARE(page.jobs.size(), truth.size());
    for (int i = 0; i < truth.size(); ++i)
        QCOMPARE(page.jobs.at(i), expectedJob(store, *truth.at(i), false));

    // Get: with its regions.
    const EmulatedJob *sample = store.find(16602);
    QVERIFY(sample);
    GetJobCall *get = client->getDeliveryHistoryJob(16602);
    QSignalSpy got(get, &GetJobCall::finished);
    QVERIFY(got.wait(10000));
    QCOMPARE(got.first().first().value<DeliveryJob>(), expectedJob(store, *sample, true));

    // Make room (one running task per account), then Create twice with one ClientToken.
    for (const EmulatedJob *job : store.page(0, store.count())) {
        if (job->isRunning()) {
            QVERIFY(store.remove(job->jobId));
            break;
        }
    }
    CreateJobCall *create
        = client->createDeliveryHistoryJob(QStringLiteral("trail-name"), QStringLiteral("e2e-1"));
    QSignalSpy created(create, &CreateJobCall::finished);
    QVERIFY(created.wait(10000));
    const qint64 newId = created.first().first().value<CreatedJob>().jobId;
    QVERIFY(store.find(newId));
    QCOMPARE(store.page(0, 1).first()->jobId, newId);
    CreateJobCall *again
        = client->createDeliveryHistoryJob(QStringLiteral("trail-name"), QStringLiteral("e2e-1"));
    QSignalSpy createdAgain(again, &CreateJobCall::finished);
    QVERIFY(createdAgain.wait(10000));
    QCOMPARE(createdAgain.first().first().value<CreatedJob>().jobId, newId);

    // Delete, then Get: not found, and not retried.
    DeleteJobCall *remove = client->deleteDeliveryHistoryJob(newId);
    QSignalSpy deleted(remove, &DeleteJobCall::finished);
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.first().first().toLongLong(), newId);
    QVERIFY(!store.find(newId));
    GetJobCall *gone = client->getDeliveryHistoryJob(newId);
    QSignalSpy goneFailed(gone, &GetJobCall::failed);
    QSignalSpy goneRetrying(gone, &GetJobCall::retrying);
    QVERIFY(goneFailed.wait(10000));
    const ApiError error = goneFailed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Service);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.code, QStringLiteral("DeliveryHistoryJobNotFound"));
    QCOMPARE(goneRetrying.count(), 0);
}

void TestClientEndToEnd::serviceErrors_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<qint64>("clockOffsetSecs");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    for (const auto &[name, version] :
         {std::pair {"V3", SignatureVersion::V3}, std::pair {"V1", SignatureVersion::V1}}) {
        QTest::addRow("%s wrong secret", name)
            << version << QStringLiteral("not-it") << testKey.id << qint64(0) << 10 << 400
            << QStringLiteral("SignatureDoesNotMatch");
        QTest::addRow("%s unknown key", name)
            << version << testKey.secret << QStringLiteral("LTAInobody") << qint64(0) << 10 << 404
            << QStringLiteral("InvalidAccessKeyId.NotFound");
        QTest::addRow("%s clock 20 minutes fast", name)
            << version << testKey.secret << testKey.id << qint64(20 * 60) << 10 << 400
            << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::addRow("%s PageSize 101", name)
            << version << testKey.secret << testKey.id << qint64(0) << 101 << 400
            << QStringLiteral("InvalidPageSize");
    }
}

void TestClientEndToEnd::serviceErrors()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, secret);
    QFETCH(QString, keyId);
    QFETCH(qint64, clockOffsetSecs);
    QFETCH(int, pageSize);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    start(10);
    auto client = makeClient(version, {keyId, secret, QString()});
    client->setClock(
        [clockOffsetSecs] { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSecs); });
    ListJobsCall *call = client->listDeliveryHistoryJobs(1, pageSize);
    QSignalSpy failed(call, &ListJobsCall::failed);
    QSignalSpy retrying(call, &ListJobsCall::retrying);
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, httpStatus);
    QVERIFY(!error.requestId.isEmpty());
    // The emulator's Date header lets the client say how far off its clock is.
    QVERIFY(error.serverDate.isValid());
    QVERIFY(qAbs(error.serverDate.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(retrying.count(), 0); // none of these is worth a second attempt
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestClientEndToEnd::securityToken_data()
{
    everyOperation_data();
}

void TestClientEndToEnd::securityToken()
{
    QFETCH(SignatureVersion, version);
    const AccessKey sts {QStringLiteral("STS.e2e"), QStringLiteral("sts-secret"),
                         QStringLiteral("sts-token")};
    start(5, 0.0, sts);
    auto client = makeClient(version, sts);
    ListJobsCall *call = client->listDeliveryHistoryJobs(1, 10);
    QSignalSpy listed(call, &ListJobsCall::finished);
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().first().value<JobPage>().totalCount, 5);

    AccessKey wrongToken = sts;
    wrongToken.securityToken = QStringLiteral("someone-elses");
    auto other = makeClient(version, wrongToken);
    ListJobsCall *refused = other->listDeliveryHistoryJobs(1, 10);
    QSignalSpy failed(refused, &ListJobsCall::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().code,
             QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
}

void TestClientEndToEnd::retriesThroughFaults_data()
{
    everyOperation_data();
}

void TestClientEndToEnd::retriesThroughFaults()
{
    QFETCH(SignatureVersion, version);
    start(30, 0.5);
    auto client = makeClient(version);
    const auto jobs = m_emulator->store().page(0, 30);
    int retries = 0;
    for (const EmulatedJob *job : jobs) {
        GetJobCall *call = client->getDeliveryHistoryJob(job->jobId);
        QSignalSpy got(call, &GetJobCall::finished);
        QSignalSpy retrying(call, &GetJobCall::retrying);
        QVERIFY(got.wait(10000));
        QCOMPARE(got.first().first().value<DeliveryJob>(),
                 expectedJob(m_emulator->store(), *job, true));
        retries += int(retrying.count());
    }
    int faults = 0;
    for (EmulatorFault fault : defaultEmulatorFaults())
        faults += m_emulator->faultCount(fault);
    // Every request the emulator saw was either a fault or one of the 30 answers, and every
    // fault cost the client one retry -- except a reset on a reused keep-alive connection, which
    // QNetworkAccessManager may resend by itself before the client sees it.
    QCOMPARE(m_emulator->requestCount(), 30 + faults);
    QVERIFY(retries <= faults);
    QVERIFY(retries >= faults - m_emulator->faultCount(EmulatorFault::Reset));
    QVERIFY(faults > 0);
}

void TestClientEndToEnd::listAllUnderFaultsLosesNothing_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<double>("faultRate");
    QTest::newRow("V3, no faults") << SignatureVersion::V3 << 0.0;
    QTest::newRow("V3, 30% faults") << SignatureVersion::V3 << 0.3;
    QTest::newRow("V1, 30% faults") << SignatureVersion::V1 << 0.3;
}

void TestClientEndToEnd::listAllUnderFaultsLosesNothing()
{
    QFETCH(SignatureVersion, version);
    QFETCH(double, faultRate);
    start(10000, faultRate);
    auto client = makeClient(version);
    JobLister lister(client.get());
    QSignalSpy finished(&lister, &JobLister::finished);
    QSignalSpy failed(&lister, &JobLister::failed);
    lister.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(failed.count(), 0);

    const JobPage all = finished.first().first().value<JobPage>();
    QCOMPARE(all.totalCount, 10000);
    QCOMPARE(all.jobs.size(), 10000);
    const auto truth = m_emulator->store().page(0, 10000);
    for (int i = 0; i < truth.size(); ++i) {
        if (all.jobs.at(i).jobId != truth.at(i)->jobId)
            QFAIL(qPrintable(QStringLiteral("row %1: JobId %2, expected %3")
                                 .arg(i)
                                 .arg(all.jobs.at(i).jobId)
                                 .arg(truth.at(i)->jobId)));
    }
    int faults = 0;
    for (EmulatorFault fault : defaultEmulatorFaults())
        faults += m_emulator->faultCount(fault);
    qInfo("10000 jobs listed with %d requests, %d of them faulted", m_emulator->requestCount(),
          faults);
    if (faultRate > 0)
        QVERIFY(faults > 0);
}

QTEST_GUILESS_MAIN(TestClientEndToEnd)
#include "tst_clientendtoend.moc"
