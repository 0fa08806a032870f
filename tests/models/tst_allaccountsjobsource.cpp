// All accounts in the models, over real loopback HTTP: a JobBrowser listing from an
// AllAccountsJobSource against the emulator as a resource directory of five members (one without
// the access role, one throttled). The Account column, the failed members, Retry, the detail of a
// member's task and Delete in a member account, and the Session building the source.

#include "api/actiontrailclient.h"
#include "emulator/actiontrailemulator.h"
#include "emulator/jobstore.h"
#include "emulator/resourcedirectory.h"
#include "models/allaccountsjobsource.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/session.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const AccessKey managementKey {QStringLiteral("LTAImanagement"),
                               QStringLiteral("management-secret"), QString()};

QSet<qint64> idsOf(const JobStore &store)
{
    QSet<qint64> ids;
    for (const EmulatedJob *job : store.page(0, store.count()))
        ids.insert(job->jobId);
    return ids;
}

QSet<qint64> idsOf(const JobTableModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.jobAt(row).jobId);
    return ids;
}

bool waitListed(JobBrowser &browser)
{
    return QTest::qWaitFor(
        [&] { return browser.list()->hasListed() && !browser.list()->isLoading(); }, 30000);
}
} // namespace

class TestAllAccountsJobSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accountColumnAndFailedMembers();
    void retryShowsTheAccountsRows();
    void detailOfAMembersTask();
    void deleteInAMemberAccount();
    void sessionBuildsTheAllAccountsSource();

private:
    void startEmulator(int members, int jobs);
    /** The source over a management client that tries each call once (no waiting). */
    void listAllAccounts();
    const EmulatedMember &member(int i) const
    {
        return m_emulator->resourceDirectory()->members().at(i);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ActionTrailEmulator> m_emulator;
    std::unique_ptr<ActionTrailClient> m_client;
    std::unique_ptr<AllAccountsJobSource> m_source;
    std::unique_ptr<JobBrowser> m_browser;
    std::unique_ptr<QSignalSpy> m_listed;
};

void TestAllAccountsJobSource::init()
{
    startEmulator(5, 12);
}

void TestAllAccountsJobSource::cleanup()
{
    m_listed.reset();
    if (m_browser)
        m_browser->setSource(nullptr);
    m_browser.reset();
    m_source.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestAllAccountsJobSource::startEmulator(int members, int jobs)
{
    EmulatorConfig config;
    config.key = managementKey;
    config.seed = 7;
    config.jobCount = jobs;
    config.memberAccounts = members;
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void TestAllAccountsJobSource::listAllAccounts()
{
    m_client = std::make_unique<ActionTrailClient>(&m_network);
    ClientConfig config;
    config.endpoint = m_emulator->endpoint();
    config.stsEndpoint = m_emulator->endpoint();
    config.resourceManagerEndpoint = m_emulator->endpoint();
    RetryPolicy policy([] { return 0.5; });
    policy.setMaxAttempts(1);
    policy.setBaseDelay(std::chrono::milliseconds(2));
    config.retryPolicy = policy;
    config.credentials
        = std::make_shared<StaticCredentialProvider>(Credentials {managementKey, {}});
    m_client->setConfig(config);
    const QUrl endpoint = m_emulator->endpoint();
    m_source = std::make_unique<AllAccountsJobSource>(
        m_client.get(), [endpoint](const QString &) { return endpoint; });
    m_listed = std::make_unique<QSignalSpy>(m_source.get(), &AllAccountsJobSource::accountsListed);
    m_browser = std::make_unique<JobBrowser>();
    new QAbstractItemModelTester(m_browser->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_browser.get());
    m_browser->setSource(m_source.get());
    QVERIFY(waitListed(*m_browser));
}

void TestAllAccountsJobSource::accountColumnAndFailedMembers()
{
    const QString throttled = member(0).account.accountId;
    QVERIFY(m_emulator->resourceDirectory()->setThrottled(throttled, true));
    QVERIFY(!member(2).hasAccessRole);
    listAllAccounts();

    // Every task of the members that could be listed, each once, and no other's.
    QSet<qint64> expected;
    for (int i : {1, 3, 4})
        expected += idsOf(*member(i).store);
    const JobTableModel &model = *m_browser->model();
    QCOMPARE(idsOf(model), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const DeliveryJob job = model.jobAt(row);
        const EmulatedMember *owner = m_emulator->resourceDirectory()->member(job.accountId);
        QVERIFY2(owner, qPrintable(job.accountId));
        QVERIFY(idsOf(*owner->store).contains(job.jobId));
        QCOMPARE(model.index(row, JobTableModel::AccountColumn).data().toString(),
                 QStringLiteral("%1 (%2)").arg(owner->account.displayName, job.accountId));
        QVERIFY(!job.listedIn.isEmpty());
    }

    // Newest first across the accounts, as one account lists: page 1 is the newest of them all.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.jobAt(row - 1).createdTime >= model.jobAt(row).createdTime);

    QCOMPARE(m_listed->size(), 1);
    const auto listing = m_listed->constFirst().constFirst().value<AllAccountsListing>();
    QCOMPARE(listing.accounts.size(), 5);
    QCOMPARE(listing.failedAccounts(), 2);
    QVERIFY(listing.accounts.at(0).failure->code.startsWith(QLatin1String("Throttling")));
    QCOMPARE(listing.accounts.at(2).failure->code, QStringLiteral("EntityNotExist.Role"));
}

void TestAllAccountsJobSource::retryShowsTheAccountsRows()
{
    const QString throttled = member(0).account.accountId;
    QVERIFY(m_emulator->resourceDirectory()->setThrottled(throttled, true));
    listAllAccounts();
    const QSet<qint64> before = idsOf(*m_browser->model());
    QVERIFY(!before.intersects(idsOf(*member(0).store)));

    m_emulator->resourceDirectory()->setThrottled(throttled, false);
    connect(m_source.get(), &AllAccountsJobSource::listingUpdated, m_browser.get(),
            &JobBrowser::refresh);
    QSignalSpy updated(m_source.get(), &AllAccountsJobSource::listingUpdated);
    QVERIFY(m_source->retryAccount(throttled));
    QVERIFY(!m_source->retryAccount(throttled)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 30000);
    QCOMPARE(m_listed->size(), 2);
    QCOMPARE(m_listed->last().constFirst().value<AllAccountsListing>().failedAccounts(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_browser->model()), before + idsOf(*member(0).store), 30000);
    // The others' rows stayed; the retry listed the one account only.
    QCOMPARE(m_listed->size(), 2);
    QVERIFY(!m_source->retryAccount(QStringLiteral("999")));
}

void TestAllAccountsJobSource::detailOfAMembersTask()
{
    listAllAccounts();
    // A task of member 3: the management account does not have it, the member's role does.
    const qint64 jobId = member(3).store->page(1, 1).value(0)->jobId;
    QVERIFY(!idsOf(m_emulator->store()).contains(jobId));
    m_browser->select(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_browser->selectedDetail().regionsKnown || m_browser->selectedDetail().error, 20000);
    const JobDetail detail = m_browser->selectedDetail();
    QVERIFY2(!detail.error, qPrintable(detail.error ? detail.error->code : QString()));
    QCOMPARE(detail.job.jobId, jobId);
    QVERIFY(!detail.job.regions.isEmpty());
    // The detail replaced the row and kept whose task it is.
    const DeliveryJob row = m_browser->model()->jobAt(m_browser->model()->rowOfJob(jobId));
    QCOMPARE(row.accountId, member(3).account.accountId);
    QCOMPARE(row.accountName, member(3).account.displayName);
}

void TestAllAccountsJobSource::deleteInAMemberAccount()
{
    listAllAccounts();
    const EmulatedMember &owner = member(4);
    qint64 victim = 0;
    for (const EmulatedJob *job : owner.store->page(0, owner.store->count())) {
        if (!job->isRunning()) {
            victim = job->jobId;
            break;
        }
    }
    QVERIFY(victim != 0);
    const int ownerBefore = owner.store->count();
    const int managementBefore = m_emulator->store().count();
    QSignalSpy deleted(m_browser.get(), &JobBrowser::jobDeleted);
    QSignalSpy failed(m_browser.get(), &JobBrowser::actionFailed);
    m_browser->deleteJob(victim);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<ApiError>().code));
    QCOMPARE(deleted.at(0).at(2).toBool(), false); // deleted now, not "already gone"
    QCOMPARE(owner.store->count(), ownerBefore - 1);
    QVERIFY(!idsOf(*owner.store).contains(victim));
    QCOMPARE(m_emulator->store().count(), managementBefore);
    QCOMPARE(m_browser->model()->rowOfJob(victim), -1);
}

void TestAllAccountsJobSource::sessionBuildsTheAllAccountsSource()
{
    Session session;
    JobBrowser browser;
    connect(&session, &Session::sourceChanged, &browser, &JobBrowser::setSource);
    session.setEndpointOverride(m_emulator->endpoint());
    session.setDirectoryEndpoints(m_emulator->endpoint(), m_emulator->endpoint());
    SessionAccount account;
    account.accessKey = managementKey;
    account.region = QStringLiteral("cn-hangzhou");
    session.connectTo(account);
    QVERIFY(waitListed(browser));
    QCOMPARE(idsOf(*browser.model()), idsOf(m_emulator->store()));

    QSignalSpy scope(&session, &Session::allAccountsChanged);
    session.setAllAccounts(true);
    QCOMPARE(scope.size(), 1);
    QVERIFY(qobject_cast<AllAccountsJobSource *>(session.source()));
    QVERIFY(waitListed(browser));
    QSet<qint64> expected;
    for (int i : {0, 1, 3, 4}) // member 2 lacks the access role
        expected += idsOf(*member(i).store);
    QCOMPARE(idsOf(*browser.model()), expected);

    // Another account starts in its own account's scope again.
    session.connectTo(account);
    QVERIFY(!session.isAllAccounts());
    QCOMPARE(scope.size(), 2);
    QVERIFY(!qobject_cast<AllAccountsJobSource *>(session.source()));
}

QTEST_GUILESS_MAIN(TestAllAccountsJobSource)
#include "tst_allaccountsjobsource.moc"
