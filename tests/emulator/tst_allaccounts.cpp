// All accounts end to end over loopback HTTP: AllAccountsLister against the emulator as a
// resource directory, whose STS issues member-role sessions that see only their member's tasks.
// Five members with one lacking the access role and one throttled; Retry of a failed account;
// Create in a member account; a role session refreshed in the middle of a long listing. Time
// moves by an injected clock shared by the client and the emulator, never by waiting.

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/allaccountslister.h"
#include "api/rolesessionprovider.h"
#include "jobstore.h"
#include "resourcedirectory.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const AccessKey managementKey {QStringLiteral("LTAImanagement"),
                               QStringLiteral("management-secret"), QString()};

QSet<qint64> idsOf(const QList<DeliveryJob> &jobs)
{
    QSet<qint64> ids;
    for (const DeliveryJob &job : jobs)
        ids.insert(job.jobId);
    return ids;
}

QSet<qint64> idsOf(const JobStore &store)
{
    QSet<qint64> ids;
    for (const EmulatedJob *job : store.page(0, store.count()))
        ids.insert(job->jobId);
    return ids;
}
} // namespace

class TestAllAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_skew = 0;
        m_requests = 0;
        m_onRequest = nullptr;
    }

    void fiveMembersOneWithoutRoleOneThrottled()
    {
        startEmulator(5, 12);
        const auto &members = m_emulator->resourceDirectory()->members();
        const QString throttled = members.at(0).account.accountId;
        QVERIFY(m_emulator->resourceDirectory()->setThrottled(throttled, true));
        QVERIFY(!members.at(2).hasAccessRole);

        auto client = managementClient();
        AllAccountsLister lister(client.get(), [this](const QString &) { return endpoint(); });
        lister.setMaxConcurrent(3);
        QSignalSpy finished(&lister, &AllAccountsLister::finished);
        QSignalSpy failed(&lister, &AllAccountsLister::failed);
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 30000);
        QVERIFY(failed.isEmpty());
        const auto listing = finished.constFirst().constFirst().value<AllAccountsListing>();
        QCOMPARE(listing.accounts.size(), 5);
        QCOMPARE(listing.failedAccounts(), 2);
        QVERIFY(lister.peakConcurrent() <= 3);

        for (int i = 0; i < 5; ++i) {
            const AccountTasks &tasks = listing.accounts.at(i);
            QCOMPARE(tasks.account.accountId, members.at(i).account.accountId);
            if (i == 0) {
                QVERIFY(tasks.failure);
                QVERIFY2(tasks.failure->code.startsWith(QLatin1String("Throttling")),
                         qPrintable(tasks.failure->code));
            } else if (i == 2) {
                QVERIFY(tasks.failure);
                QCOMPARE(tasks.failure->code, QStringLiteral("EntityNotExist.Role"));
                QVERIFY(describeApiError(*tasks.failure)
                            .contains(QLatin1String("ResourceDirectoryAccountAccessRole")));
            } else {
                // Each member's session sees that member's tasks, every one once, and no other's.
                QVERIFY2(!tasks.failure,
                         qPrintable(tasks.failure ? tasks.failure->code : QString()));
                QCOMPARE(idsOf(tasks.listing.jobs), idsOf(*members.at(i).store));
                QCOMPARE(tasks.listing.jobs.size(), members.at(i).store->count());
            }
        }

        // Retry of the failed account, once the throttling is over: the others stay as they were.
        m_emulator->resourceDirectory()->setThrottled(throttled, false);
        QSignalSpy listed(&lister, &AllAccountsLister::accountListed);
        QVERIFY(lister.retry(throttled));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(listed.size(), 1);
        const auto again = finished.at(1).constFirst().value<AllAccountsListing>();
        QCOMPARE(again.failedAccounts(), 1);
        QVERIFY(!again.accounts.at(0).failure);
        QCOMPARE(idsOf(again.accounts.at(0).listing.jobs), idsOf(*members.at(0).store));
        QCOMPARE(again.accounts.at(1).listing.jobs, listing.accounts.at(1).listing.jobs);
        QVERIFY(!lister.retry(QStringLiteral("999")));
    }

    void onlyTheRequestsNeeded()
    {
        // Every member's tasks are on one endpoint that lists the whole account (the emulator's
        // account scope): ListAccounts, then per member AssumeRole, DescribeTrails and one
        // listing, whatever the regions of its trails; the member without the role stops at
        // AssumeRole.
        startEmulator(5, 12);
        auto client = managementClient();
        AllAccountsLister lister(client.get(), [this](const QString &) { return endpoint(); });
        lister.setMaxConcurrent(3);
        QSignalSpy finished(&lister, &AllAccountsLister::finished);
        const int before = m_requests;
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto listing = finished.constFirst().constFirst().value<AllAccountsListing>();
        QCOMPARE(listing.failedAccounts(), 1);
        const auto &members = m_emulator->resourceDirectory()->members();
        for (int i = 0; i < members.size(); ++i) {
            if (members.at(i).hasAccessRole)
                QCOMPARE(idsOf(listing.accounts.at(i).listing.jobs), idsOf(*members.at(i).store));
        }
        QCOMPARE(m_requests - before, 1 + 5 + 4 + 4);
        // The cap counts requests of every member together, and all of it was used.
        QCOMPARE(lister.peakConcurrent(), 3);
    }

    void createActsInTheMemberAccount()
    {
        startEmulator(3, 5);
        const EmulatedMember &member = m_emulator->resourceDirectory()->members().at(1);
        // One running task at most per account: make room for the new one.
        if (const EmulatedJob *newest = member.store->page(0, 1).value(0);
            newest && newest->isRunning())
            member.store->remove(newest->jobId);
        const int memberBefore = member.store->count();
        const int managementBefore = m_emulator->store().count();

        auto client = managementClient();
        AllAccountsLister lister(client.get(), [this](const QString &) { return endpoint(); });
        QSignalSpy finished(&lister, &AllAccountsLister::finished);
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto session = lister.sessionOf(member.account.accountId);
        QVERIFY(session);

        ActionTrailClient memberClient(&m_network);
        ClientConfig config = client->config();
        config.credentials = session;
        memberClient.setConfig(config);
        CreateJobCall *call
            = memberClient.createDeliveryHistoryJob(QStringLiteral("trail-name"), QString());
        QSignalSpy created(call, &CreateJobCall::finished);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(created.size() + failed.size(), 1, 10000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<ApiError>().code));
        QCOMPARE(member.store->count(), memberBefore + 1);
        QCOMPARE(m_emulator->store().count(), managementBefore);
    }

    void roleRefreshedInTheMiddleOfALongListing()
    {
        // Sessions live 200 s: 180 s before they end they are renewed. The clocks jump 60 s
        // once the listing is under way, so the member listed then must renew its session.
        StsEmulatorSettings sts;
        sts.durationCapSeconds = 200;
        startEmulator(2, 900, sts);
        auto client = managementClient();
        AllAccountsLister lister(client.get(), [this](const QString &) { return endpoint(); });
        lister.setMaxConcurrent(1);
        m_onRequest = [this] {
            if (m_requests == 8)
                m_skew += 60;
        };
        QSignalSpy finished(&lister, &AllAccountsLister::finished);
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto listing = finished.constFirst().constFirst().value<AllAccountsListing>();
        QCOMPARE(listing.failedAccounts(), 0);
        const auto &members = m_emulator->resourceDirectory()->members();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(idsOf(listing.accounts.at(i).listing.jobs), idsOf(*members.at(i).store));
        QCOMPARE(m_skew, 60);
        // One session per member, and at least one more: the renewal under way.
        QVERIFY2(m_emulator->sts().sessionCount() > 2,
                 qPrintable(QString::number(m_emulator->sts().sessionCount())));
    }

    void notAManagementAccount()
    {
        startEmulator(0, 5);
        auto client = managementClient();
        AllAccountsLister lister(client.get(), [this](const QString &) { return endpoint(); });
        QSignalSpy failed(&lister, &AllAccountsLister::failed);
        lister.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().code,
                 QStringLiteral("EntityNotExists.ResourceDirectory"));
    }

private:
    void startEmulator(int members, int jobs, const StsEmulatorSettings &sts = {})
    {
        EmulatorConfig config;
        config.key = managementKey;
        config.seed = 5;
        config.jobCount = jobs;
        config.memberAccounts = members;
        config.sts = sts;
        config.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_skew); };
        m_emulator = std::make_unique<ActionTrailEmulator>(config);
        connect(m_emulator.get(), &ActionTrailEmulator::requestHandled, this, [this] {
            ++m_requests;
            if (m_onRequest)
                m_onRequest();
        });
        QVERIFY(m_emulator->listen() != 0);
    }
    QUrl endpoint() const { return m_emulator->endpoint(); }
    std::unique_ptr<ActionTrailClient> managementClient()
    {
        auto client = std::make_unique<ActionTrailClient>(&m_network);
        ClientConfig config;
        config.endpoint = endpoint();
        config.stsEndpoint = endpoint();
        config.resourceManagerEndpoint = endpoint();
        config.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_skew); };
        // One attempt per call, no waiting: the lister's own shared backoff is what is tested.
        RetryPolicy policy([] { return 0.5; });
        policy.setMaxAttempts(1);
        policy.setBaseDelay(std::chrono::milliseconds(2));
        config.retryPolicy = policy;
        config.credentials
            = std::make_shared<StaticCredentialProvider>(Credentials {managementKey, {}});
        client->setConfig(config);
        return client;
    }

    std::unique_ptr<ActionTrailEmulator> m_emulator;
    QNetworkAccessManager m_network;
    qint64 m_skew = 0;
    int m_requests = 0;
    std::function<void()> m_onRequest;
};

QTEST_GUILESS_MAIN(TestAllAccounts)
#include "tst_allaccounts.moc"
