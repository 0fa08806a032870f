// The emulator as a resource directory, through ActionTrailClient over loopback HTTP:
// ResourceManager 2020-03-31 ListAccounts pages through the members (the nested
// Accounts.Account[] shape), the members mix created and invited accounts with one lacking the
// access role, and an account without a directory gets EntityNotExists.ResourceDirectory.

#include "actiontrailemulator.h"
#include "api/actiontrailclient.h"
#include "api/resourcemanagercalls.h"
#include "jobstore.h"
#include "resourcedirectory.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const AccessKey testKey {QStringLiteral("LTAIdirectory"), QStringLiteral("directory-secret"),
                         QString()};

EmulatorConfig testConfig(int members)
{
    EmulatorConfig config;
    config.key = testKey;
    config.seed = 11;
    config.jobCount = 20;
    config.memberAccounts = members;
    return config;
}
} // namespace

class TestResourceDirectory : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughEveryMember_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("5 members, pages of 2") << 5 << 2;
        QTest::newRow("12 members, one page") << 12 << 100;
        QTest::newRow("101 members, pages of 100") << 101 << 100;
    }
    void pagesThroughEveryMember()
    {
        QFETCH(int, members);
        QFETCH(int, pageSize);
        ActionTrailEmulator emulator(testConfig(members));
        QVERIFY(emulator.listen() != 0);
        auto client = clientFor(emulator);

        QList<MemberAccount> listed;
        for (int pageNumber = 1; listed.size() < members; ++pageNumber) {
            const auto page = listPage(client.get(), pageNumber, pageSize);
            QVERIFY(page);
            QCOMPARE(page->totalCount, members);
            QVERIFY(!page->accounts.isEmpty());
            QVERIFY(page->accounts.size() <= pageSize);
            listed += page->accounts;
            QVERIFY(pageNumber <= members);
        }
        QCOMPARE(listed.size(), members);
        QSet<QString> ids;
        QSet<QString> types;
        for (const MemberAccount &account : std::as_const(listed)) {
            QVERIFY(MemberAccounts::isAccountId(account.accountId));
            QVERIFY(!account.displayName.isEmpty());
            ids.insert(account.accountId);
            types.insert(account.type);
        }
        QCOMPARE(ids.size(), members); // each once
        QCOMPARE(
            types,
            (QSet<QString> {QStringLiteral("ResourceAccount"), QStringLiteral("CloudAccount")}));
        int withoutRole = 0;
        for (const EmulatedMember &member : emulator.resourceDirectory()->members())
            withoutRole += member.hasAccessRole ? 0 : 1;
        QCOMPARE(withoutRole, 1);
    }

    void membersHaveTheirOwnTasks()
    {
        ActionTrailEmulator emulator(testConfig(3));
        const auto &members = emulator.resourceDirectory()->members();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(0).store->count(), 20);
        QVERIFY(members.at(0).store.get() != &emulator.store());
        // Seeded apart: the newest tasks differ.
        QVERIFY(members.at(0).store->page(0, 1).constFirst()->jobId
                != members.at(1).store->page(0, 1).constFirst()->jobId);
    }

    void noDirectoryIsExplained()
    {
        ActionTrailEmulator emulator(testConfig(0));
        QVERIFY(emulator.listen() != 0);
        auto client = clientFor(emulator);
        ListAccountsCall *call = client->listAccounts(1, 10);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        const auto error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.code, QStringLiteral("EntityNotExists.ResourceDirectory"));
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.requestId.isEmpty());
        const QString text = describeApiError(error);
        QVERIFY2(text.contains(QStringLiteral("no resource directory")), qPrintable(text));
    }

    void pageSizeIsClampedToTheServiceBounds()
    {
        ActionTrailEmulator emulator(testConfig(3));
        QVERIFY(emulator.listen() != 0);
        auto client = clientFor(emulator);
        const auto page = listPage(client.get(), 0, 500);
        QVERIFY(page);
        QCOMPARE(page->pageNumber, 1);
        QCOMPARE(page->pageSize, 100);
        QCOMPARE(page->accounts.size(), 3);
    }

private:
    std::unique_ptr<ActionTrailClient> clientFor(const ActionTrailEmulator &emulator)
    {
        auto client = std::make_unique<ActionTrailClient>(&m_network);
        ClientConfig config = client->config();
        config.endpoint = emulator.endpoint();
        config.resourceManagerEndpoint = emulator.endpoint();
        client->setConfig(config);
        client->setAccessKey(testKey);
        return client;
    }
    std::optional<AccountPage> listPage(ActionTrailClient *client, int pageNumber, int pageSize)
    {
        ListAccountsCall *call = client->listAccounts(pageNumber, pageSize);
        QSignalSpy finished(call, &ListAccountsCall::finished);
        QSignalSpy failed(call, &ApiCall::failed);
        if (!finished.wait(10000) || !failed.isEmpty())
            return std::nullopt;
        return finished.constFirst().constFirst().value<AccountPage>();
    }

    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestResourceDirectory)
#include "tst_resourcedirectory.moc"
