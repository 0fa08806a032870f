// Integration: the window over the real ActionTrailClient and real loopback HTTP, against the
// emulator (demo data, create/delete, faults). Answers the emulator never gives: tst_clienthttp.
#include "accounts/accountscontroller.h"
#include "api/actiontrailclient.h"
#include "appsession.h"
#include "createjobdialog.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "emulator/actiontrailemulator.h"
#include "emulator/demobackend.h"
#include "emulator/jobstore.h"
#include "jobdetailpane.h"
#include "mainwindow.h"
#include "models/clientjobsource.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
using TestSupport::child;

/** What main() hands the GUI: the in-process demo service, owned by `owner`. */
AppSession::DemoStarter demoStarter(QObject *owner)
{
    return [owner](const QUrl &external) {
        AppSession::DemoService service;
        service.accessKey = DemoBackend::accessKey();
        if (!external.isEmpty()) {
            service.endpoint = external;
            return service;
        }
        auto *backend = new DemoBackend(owner);
        if (backend->start())
            service.endpoint = backend->endpoint();
        else
            service.error = backend->errorString();
        return service;
    };
}

bool waitIdle(MainWindow &window)
{
    return QTest::qWaitFor(
        [&] {
            return window.browser()->list()->hasListed() && !window.browser()->list()->isLoading();
        },
        20000);
}

/**
 * Starts the demo with every region's endpoint the demo's (account scope: each lists every
 * task), so that All regions never leaves this computer; `deadRegion`'s endpoint is a closed
 * port. Null when the demo could not start.
 */
DemoBackend *demoForAllRegions(AppSession *session, const QString &deadRegion = {})
{
    auto *backend = new DemoBackend(session);
    if (!backend->start())
        return nullptr;
    session->setDemoStarter([backend](const QUrl &) {
        AppSession::DemoService service;
        service.accessKey = DemoBackend::accessKey();
        service.endpoint = backend->endpoint();
        return service;
    });
    QMap<QString, QUrl> endpoints;
    for (const QString &region : JobStore::knownRegions())
        endpoints.insert(region, backend->endpoint());
    if (!deadRegion.isEmpty()) {
        QTcpServer closed; // bound, then released: nothing listens there
        closed.listen(QHostAddress::LocalHost);
        QUrl dead(QStringLiteral("http://127.0.0.1"));
        dead.setPort(closed.serverPort());
        endpoints.insert(deadRegion, dead);
    }
    session->session()->setRegionEndpoints(endpoints);
    return session->startDemo() ? backend : nullptr;
}

void selectRow(QTableView *table, int row)
{
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
}
} // namespace

class TestDemoSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoListsAndShowsRegions();
    void allRegionsFromTheRegionSelector();
    void allRegionsWithOneRegionDown();
    void deleteThenCreateAgainstEmulator();
    void bannerFor503FromEmulator();
    void firstRunWithoutAccountThenDemo();
};

void TestDemoSession::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_demosession"));
}

void TestDemoSession::init()
{
    QSettings().clear();
}

void TestDemoSession::demoListsAndShowsRegions()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    session.setDemoStarter(demoStarter(&session));
    QString error;
    QVERIFY2(session.startDemo({}, &error), qPrintable(error));
    QVERIFY(child<QLabel>(&window, "demoMarker")->isVisible());
    QVERIFY(waitIdle(window));
    QVERIFY(browser.list()->totalCount() > browser.model()->rowCount()); // paged
    QCOMPARE(browser.model()->rowCount(), JobListLoader::DefaultPageSize);
    QVERIFY(child<QLabel>(&window, "countLabel")->text().startsWith(QLatin1String("Loaded 50 of")));

    auto *table = child<QTableView>(&window, "jobTable");
    selectRow(table, 0);
    auto *regions = child<QTableView>(&window, "detailRegionsView");
    QTRY_VERIFY_WITH_TIMEOUT(regions->model()->rowCount() > 0, 10000);
    QVERIFY(child<QLabel>(&window, "detailRegionSummary")->text().contains(QLatin1String(" of ")));
    QVERIFY(child<QLineEdit>(&window, "detailRequestId")
                ->text()
                .startsWith(QLatin1String("RequestId: ")));

    // Load all pages through the client's parallel lister.
    browser.list()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(browser.list()->isComplete() && !browser.list()->isLoading(), 20000);
    QCOMPARE(browser.model()->rowCount(), browser.list()->totalCount());
}

void TestDemoSession::allRegionsFromTheRegionSelector()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    DemoBackend *backend = demoForAllRegions(&session);
    QVERIFY(backend);
    QVERIFY(waitIdle(window));

    auto *combo = child<QComboBox>(&window, "regionCombo");
    const int all = combo->findData(QStringLiteral("*"));
    QCOMPARE(combo->itemText(all), QStringLiteral("All regions"));
    const int before = backend->emulator()->requestCount();
    combo->setCurrentIndex(all);
    emit combo->activated(all);
    QVERIFY(session.session()->isAllRegions());
    QTRY_VERIFY_WITH_TIMEOUT(browser.list()->hasListed() && !browser.list()->isLoading(), 20000);
    // Each task once, however many regions listed it.
    QCOMPARE(browser.list()->totalCount(), backend->emulator()->store().count());
    qInfo("All regions for the demo account: %d requests",
          backend->emulator()->requestCount() - before);
    QCOMPARE(window.currentRegion(), QStringLiteral("cn-hangzhou")); // still the region worked in
    auto *table = child<QTableView>(&window, "jobTable");
    QVERIFY(!table->horizontalHeader()->isSectionHidden(JobTableModel::RegionColumn));
    QVERIFY(!browser.model()
                 ->data(browser.model()->index(0, JobTableModel::RegionColumn))
                 .toString()
                 .isEmpty());

    // Back to one region.
    const int hangzhou = combo->findText(QStringLiteral("cn-hangzhou"));
    combo->setCurrentIndex(hangzhou);
    emit combo->activated(hangzhou);
    QVERIFY(!session.session()->isAllRegions());
    QVERIFY(table->horizontalHeader()->isSectionHidden(JobTableModel::RegionColumn));
}

void TestDemoSession::allRegionsWithOneRegionDown()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    DemoBackend *backend = demoForAllRegions(&session, QStringLiteral("cn-beijing"));
    QVERIFY(backend);
    QVERIFY(waitIdle(window));

    auto *combo = child<QComboBox>(&window, "regionCombo");
    const int all = combo->findData(QStringLiteral("*"));
    combo->setCurrentIndex(all);
    emit combo->activated(all);
    auto *banner = child<QWidget>(&window, "errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    const QString said = child<QLabel>(&window, "errorBannerMessage")->text() + QLatin1Char('\n')
        + child<QLabel>(&window, "errorBannerDetails")->text();
    QVERIFY2(said.contains(QLatin1String("cn-beijing")), qPrintable(said));
    // Account scope: the other regions list every task, so no row is missing.
    QTRY_VERIFY_WITH_TIMEOUT(browser.list()->hasListed() && !browser.list()->isLoading(), 20000);
    QCOMPARE(browser.list()->totalCount(), backend->emulator()->store().count());
}

void TestDemoSession::deleteThenCreateAgainstEmulator()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    session.setDemoStarter(demoStarter(&session));
    QVERIFY(session.startDemo());
    QVERIFY(waitIdle(window));
    JobTableModel *model = browser.model();
    auto *table = child<QTableView>(&window, "jobTable");

    // Delete every running task first (only one may run), through the UI.
    while (!model->activeJobIds().isEmpty()) {
        const qint64 running = model->activeJobIds().first();
        window.setFocus();
        const QModelIndex index
            = browser.proxy()->mapFromSource(model->index(model->rowOfJob(running), 0));
        selectRow(table, index.row());
        window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
        QVERIFY(model->rowOfJob(running) >= 0); // still there until the service says so
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOfJob(running), -1, 10000);
    }

    const QString trail = model->trailNames().first();
    window.findChild<QAction *>(QStringLiteral("newTaskAction"))->trigger();
    auto *dialog = window.findChild<CreateJobDialog *>();
    QVERIFY(dialog);
    child<QComboBox>(dialog, "createTrailCombo")->setCurrentText(trail);
    QSignalSpy created(dialog, &CreateJobDialog::jobCreated);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    const qint64 jobId = created.first().first().value<CreatedJob>().jobId;
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfJob(jobId) >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(child<JobDetailPane>(&window, "jobDetailPane")->currentJobId(), jobId,
                              10000);
    QCOMPARE(model->jobAt(model->rowOfJob(jobId)).trailName, trail);
}

void TestDemoSession::bannerFor503FromEmulator()
{
    EmulatorConfig config;
    config.key = DemoBackend::accessKey();
    config.jobCount = 30;
    config.faultRate = 1.0;
    config.faults = {EmulatorFault::ServiceUnavailable};
    ActionTrailEmulator emulator(config);
    QVERIFY(emulator.listen() != 0);
    QNetworkAccessManager network;
    ActionTrailClient client(&network);
    client.setEndpoint(emulator.endpoint());
    client.setAccessKey(DemoBackend::accessKey());
    client.setMaxAttempts(2);
    ClientJobSource source(&client);

    JobBrowser browser;

    MainWindow window(&browser);
    window.show();
    browser.setSource(&source);
    auto *banner = child<QWidget>(&window, "errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->isVisible() && child<QPushButton>(&window, "errorBannerRetry")->isVisible(), 15000);
    QVERIFY(child<QLabel>(&window, "errorBannerMessage")
                ->text()
                .contains(QLatin1String("unavailable"), Qt::CaseInsensitive));
    const QString ids = child<QLabel>(&window, "errorBannerIdentifiers")->text();
    QVERIFY2(ids.contains(QLatin1String("ServiceUnavailable")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("RequestId")), qPrintable(ids));

    // Recovery: the service is back, Retry loads the rows and the banner goes.
    EmulatorConfig healthy = config;
    healthy.faultRate = 0;
    ActionTrailEmulator good(healthy);
    QVERIFY(good.listen() != 0);
    client.setEndpoint(good.endpoint());
    QTest::mouseClick(child<QPushButton>(&window, "errorBannerRetry"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 30, 15000);
    QVERIFY(!banner->isVisible());
}

void TestDemoSession::firstRunWithoutAccountThenDemo()
{
    QTemporaryDir dir;
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    session.setDemoStarter(demoStarter(&session));
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    SecretStore secrets(
        QStringLiteral("backfill-browser-test-%1").arg(QCoreApplication::applicationPid()));
    AccountsController accounts(&window, &profiles, &secrets, QProcessEnvironment(),
                                session.network());
    session.attachAccounts(&accounts);
    QSignalSpy none(&accounts, &AccountsController::noCredentials);
    accounts.start();
    QTRY_COMPARE(none.size(), 1);
    auto *pages = child<QStackedWidget>(&window, "pages");
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("firstRunHost"));
    auto *firstRun = child<QWidget>(&window, "firstRunWidget");
    QVERIFY(firstRun && firstRun->isVisible());
    QVERIFY(!child<QWidget>(&window, "firstRunPlaceholder")->isVisible());
    // In the toolbar (whether shown or in its overflow menu depends on the screen's width).
    QVERIFY(child<QWidget>(&window, "profileSwitcherHost")
                ->isAncestorOf(child<QWidget>(&window, "profileSwitcher")));

    auto *demo = child<QAbstractButton>(firstRun, "demoButton");
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(session.isDemo());
    // The task table's tab, whether or not the trails tab is beside it.
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("browserTabs"));
    QCOMPARE(child<QTabWidget>(&window, "browserTabs")->currentWidget()->objectName(),
             QStringLiteral("browserPage"));
    QVERIFY(child<QLabel>(&window, "demoMarker")->isVisible());
    QVERIFY(waitIdle(window));
    QVERIFY(browser.model()->rowCount() > 0);
    // The button that had the focus went with its page: the keyboard lands on the table (not
    // on the region selector, where Down would switch regions).
    QTRY_COMPARE(QApplication::focusWidget(), child<QTableView>(&window, "jobTable"));
}

QTEST_MAIN(TestDemoSession)
#include "tst_demosession.moc"
