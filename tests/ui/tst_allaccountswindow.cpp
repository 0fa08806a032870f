// The window's All accounts scope, offscreen, against the emulator as a resource directory over
// loopback HTTP: chosen from the region selector (keyboard reachable like every region), the
// Account column, the Accounts panel with the member that lacks the access role and its Retry,
// a member's task in the detail pane, and back to one region.

#include "accountssummary.h"
#include "appsession.h"
#include "emulator/actiontrailemulator.h"
#include "emulator/jobstore.h"
#include "emulator/resourcedirectory.h"
#include "mainwindow.h"
#include "models/allaccountsjobsource.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

namespace {
using TestSupport::child;

const AccessKey managementKey {QStringLiteral("LTAImanagement"),
                               QStringLiteral("management-secret"), QString()};

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor(
        [&] {
            return window.browser()->list()->hasListed() && !window.browser()->list()->isLoading();
        },
        30000);
}
} // namespace

class TestAllAccountsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_allaccountswindow"));
    }
    void init() { QSettings().clear(); }

    void summaryListsTheFailedAccountsWithRetry();
    void allAccountsFromTheRegionSelector();
};

void TestAllAccountsWindow::summaryListsTheFailedAccountsWithRetry()
{
    // English plurals come from the English translation, as in the app.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/backfill-browser_en.qm")));
    QCoreApplication::installTranslator(&english);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    AccountsSummary summary;
    AllAccountsListing listing;
    MemberAccount ok;
    ok.accountId = QStringLiteral("1800000000000001");
    ok.displayName = QStringLiteral("prod-payments");
    MemberAccount broken;
    broken.accountId = QStringLiteral("1800000000000002");
    broken.displayName = QStringLiteral("dev-\x1b[31mweb");
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 404;
    error.code = QStringLiteral("EntityNotExist.Role");
    error.message = QStringLiteral("The role not exists");
    error.requestId = QStringLiteral("REQ-1");
    DeliveryJob job;
    job.jobId = 1;
    AccountTasks fine {ok, {}, std::nullopt};
    fine.listing.jobs = {job};
    listing.accounts = {fine, AccountTasks {broken, {}, error}};
    summary.setListing(listing);

    QCOMPARE(summary.failedAccountIds(), QStringList {broken.accountId});
    auto *failures = child<QTreeWidget>(&summary, "accountFailures");
    QCOMPARE(failures->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = failures->topLevelItem(0);
    // The display name is the service's text: its escape character is never shown raw.
    QVERIFY(!row->text(AccountsSummary::AccountColumn).contains(QChar(0x1b)));
    QVERIFY(row->text(AccountsSummary::AccountColumn).contains(broken.accountId));
    QVERIFY(row->text(AccountsSummary::IdentifiersColumn).contains(QLatin1String("REQ-1")));
    QVERIFY(!row->text(AccountsSummary::ProblemColumn).isEmpty());
    const QString headline = child<QLabel>(&summary, "accountsHeadline")->text();
    QVERIFY2(headline.contains(QLatin1String("2 member accounts")), qPrintable(headline));

    QSignalSpy retry(&summary, &AccountsSummary::retryRequested);
    auto *button = child<QPushButton>(
        &summary, qPrintable(QStringLiteral("retryAccount_%1").arg(broken.accountId)));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(0).toString(), broken.accountId);
    QVERIFY(!button->isEnabled()); // once per click

    // Nothing failed: the headline alone.
    summary.setListing(AllAccountsListing {{fine}});
    QVERIFY(summary.failedAccountIds().isEmpty());
}

void TestAllAccountsWindow::allAccountsFromTheRegionSelector()
{
    EmulatorConfig config;
    config.key = managementKey;
    config.seed = 11;
    config.jobCount = 8;
    config.memberAccounts = 5;
    ActionTrailEmulator emulator(config);
    QVERIFY(emulator.listen() != 0);
    const ResourceDirectoryEmulator &directory = *emulator.resourceDirectory();
    const EmulatedMember &noRole = directory.members().at(2);
    QVERIFY(!noRole.hasAccessRole);

    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession app(&window);
    Session *session = app.session();
    session->setDirectoryEndpoints(emulator.endpoint(), emulator.endpoint());
    // As --endpoint reaches the session: the account's own endpoint, which serves every member
    // region too (no request may leave this computer).
    SessionAccount account;
    account.endpoint = emulator.endpoint();
    account.accessKey = managementKey;
    account.region = QStringLiteral("cn-hangzhou");
    session->connectTo(account);
    QVERIFY(waitIdle(window));
    auto *dock = child<QDockWidget>(&window, "accountsDock");
    auto *table = child<QTableView>(&window, "jobTable");
    QVERIFY(!dock->isVisible());
    QVERIFY(table->horizontalHeader()->isSectionHidden(JobTableModel::AccountColumn));

    auto *combo = child<QComboBox>(&window, "regionCombo");
    const int all = combo->findData(QStringLiteral("**"));
    QCOMPARE(combo->itemText(all), QStringLiteral("All accounts"));
    combo->setCurrentIndex(all);
    emit combo->activated(all);
    QVERIFY(session->isAllAccounts());
    QVERIFY(waitIdle(window));
    int expected = 0;
    for (const EmulatedMember &member : directory.members())
        expected += member.hasAccessRole ? member.store->count() : 0;
    QCOMPARE(browser.list()->totalCount(), expected);
    QCOMPARE(window.currentRegion(), QStringLiteral("cn-hangzhou")); // still the region worked in
    QVERIFY(!table->horizontalHeader()->isSectionHidden(JobTableModel::AccountColumn));
    QVERIFY(!table->horizontalHeader()->isSectionHidden(JobTableModel::RegionColumn));
    const QString accountCell
        = browser.model()->index(0, JobTableModel::AccountColumn).data().toString();
    QVERIFY2(accountCell.contains(browser.model()->jobAt(0).accountId), qPrintable(accountCell));

    // The Accounts panel: the member without the access role, with Retry.
    QTRY_VERIFY(dock->isVisible());
    auto *summary = window.accountsSummary();
    QTRY_COMPARE(summary->failedAccountIds(), QStringList {noRole.account.accountId});
    const int before = emulator.requestCount();
    auto *retry = child<QPushButton>(
        summary, qPrintable(QStringLiteral("retryAccount_%1").arg(noRole.account.accountId)));
    QTest::mouseClick(retry, Qt::LeftButton);
    // Asked again (the role is still missing: the row comes back, the others' rows stay).
    QTRY_VERIFY_WITH_TIMEOUT(emulator.requestCount() > before, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPushButton>(
            summary, qPrintable(QStringLiteral("retryAccount_%1").arg(noRole.account.accountId)))
            ->isEnabled(),
        10000);
    QCOMPARE(summary->failedAccountIds(), QStringList {noRole.account.accountId});
    QTRY_COMPARE(browser.list()->totalCount(), expected);

    // A member's task in the detail pane: fetched with that member's role session.
    const EmulatedMember &owner = directory.members().at(3);
    const qint64 jobId = owner.store->page(0, 1).value(0)->jobId;
    QVERIFY(browser.model()->rowOfJob(jobId) >= 0);
    browser.select(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(browser.selectedDetail().regionsKnown, 20000);
    QVERIFY(!browser.selectedDetail().error);
    QTRY_VERIFY(
        child<QLabel>(&window, "detailRegionSummary")->text().contains(QLatin1String(" of ")));
    // The pane says whose task it is.
    const QString subtitle = child<QLabel>(&window, "detailSubtitle")->text();
    QVERIFY2(subtitle.contains(owner.account.accountId)
                 && subtitle.contains(owner.account.displayName),
             qPrintable(subtitle));

    // Back to one region of the management account.
    const int hangzhou = combo->findText(QStringLiteral("cn-hangzhou"));
    combo->setCurrentIndex(hangzhou);
    emit combo->activated(hangzhou);
    QVERIFY(!session->isAllAccounts());
    QVERIFY(table->horizontalHeader()->isSectionHidden(JobTableModel::AccountColumn));
    QVERIFY(!dock->isVisible());
    QVERIFY(waitIdle(window));
    QCOMPARE(browser.list()->totalCount(), emulator.store().count());
}

QTEST_MAIN(TestAllAccountsWindow)
#include "tst_allaccountswindow.moc"
