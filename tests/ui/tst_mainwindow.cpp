#include "createjobdialog.h"
#include "fakejobsource.h"
#include "jobdetailpane.h"
#include "mainwindow.h"
#include "models/activejobpoller.h"
#include "models/jobbrowser.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobformat.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
using TestSupport::child;

bool waitLoaded(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.browser()->list()->isLoading(); });
}

/** Shows the window, active (keys reach it), with the first page of `source` loaded. */
bool showLoaded(MainWindow &window, JobSource *source)
{
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.browser()->setSource(source);
    return waitLoaded(window);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyPaneLeavesTheTableItsRoom();
    void firstRunWithoutSource();
    void selectingJobShowsRegionsAndTimes();
    void staleDetailAnswerIsDropped();
    void errorBanner_data();
    void errorBanner();
    void emptyAccountState();
    void createFlow();
    void createBlockedWhileRunning();
    void deleteFlowWaitsForService();
    void keyboardNavigation();
    void selectionGoesStraightToTheNewJob_data();
    void selectionGoesStraightToTheNewJob();
    void actionsHaveShortcutsTooltipsAndNames();
    void copyAndExportFilteredRows();
    void searchFollowsSelection_data();
    void searchFollowsSelection();
    void liveProgressUpdatesRowAndPane();
    void notificationShowsTheLatestFinishedJob();
    void settingsRoundTrip();
    void noKeyIsBoundTwice();
    void exportShortcutWorksFromTheSearchField();
    void columnsFitTheirText_data();
    void columnsFitTheirText();
    void loadAllShowsProgressAndEscCancels();
    void keyboardSortingAndColumnChooser();
    void closingWhileATaskRunsKeepsWatching();
    void contextMenuPutsDeleteLast();
    void firstDownSelectsTheFirstRow();
    void aLongRetryWaitCountsDownInTheBanner();
    void escStopsARetryingListing_data();
    void escStopsARetryingListing();

private:
    std::unique_ptr<FakeJobSource> m_source;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_source = std::make_unique<FakeJobSource>();
    m_source->jobs = FakeJobSource::makeJobs(120);
}

void TestMainWindow::firstRunWithoutSource()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    window.show();
    auto *pages = child<QStackedWidget>(&window, "pages");
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("firstRunHost"));
    auto *demoButton = child<QPushButton>(&window, "firstRunDemo");
    QVERIFY(demoButton && demoButton->isVisible());
    QTest::mouseClick(demoButton, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newTaskAction"))->isEnabled());
}

void TestMainWindow::selectingJobShowsRegionsAndTimes()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 50);
    auto *count = child<QLabel>(&window, "countLabel");
    QCOMPARE(count->text(), QStringLiteral("Loaded 50 of 120"));

    // Sorted by creation, newest first: row 0 is the service's first job.
    const QModelIndex first = table->model()->index(0, JobTableModel::JobIdColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const DeliveryJob expected = m_source->jobs.first();
    QCOMPARE(table->currentIndex().row(), 0);
    auto *title = child<QLabel>(&window, "detailTitle");
    QCOMPARE(title->text(), QStringLiteral("Task %1").arg(expected.jobId));
    auto *regions = child<QTableView>(&window, "detailRegionsView");
    QTRY_COMPARE(regions->model()->rowCount(), 3);
    QVERIFY(regions->isVisible());
    QCOMPARE(regions->model()->index(1, 0).data().toString(), QStringLiteral("cn-shanghai"));
    auto *summary = child<QLabel>(&window, "detailRegionSummary");
    QCOMPARE(summary->text(), QStringLiteral("0 of 3 regions complete, 3 delivering"));
    auto *created = child<QLabel>(&window, "detailCreated");
    QCOMPARE(created->text(),
             expected.createdTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "))
                 + JobFormat::zone(expected.createdTime, false));
    QVERIFY(created->toolTip().contains(expected.createdTime.toString(Qt::ISODate)));
    auto *requestId = child<QLineEdit>(&window, "detailRequestId");
    QVERIFY(requestId->text().startsWith(QLatin1String("RequestId: REQ-")));

    // The UTC toggle switches the pane (and the table) to UTC.
    auto *utc = child<QCheckBox>(&window, "detailUtcToggle");
    utc->click();
    QCOMPARE(created->text(),
             expected.createdTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                 + QStringLiteral(" UTC"));
    QVERIFY(table->model()
                ->index(0, JobTableModel::CreatedColumn)
                .data()
                .toString()
                .endsWith(QLatin1String(" UTC")));
}

void TestMainWindow::staleDetailAnswerIsDropped()
{
    JobBrowser browser;
    MainWindow window(&browser);
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    m_source->autoRespond = false;
    auto *table = child<QTableView>(&window, "jobTable");
    auto *pane = child<JobDetailPane>(&window, "jobDetailPane");
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    const int firstGet = int(m_source->calls.size()) - 1;
    table->selectionModel()->setCurrentIndex(table->model()->index(1, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    const qint64 second = table->model()->index(1, 0).data(JobTableModel::JobIdRole).toLongLong();
    m_source->respond(firstGet); // the answer for the job no longer selected arrives late
    QCOMPARE(pane->currentJobId(), second);
    QVERIFY(pane->lastRequestId().isEmpty());
    m_source->respondAll();
    QCOMPARE(pane->currentJobId(), second);
    QVERIFY(!pane->lastRequestId().isEmpty());
}

void TestMainWindow::errorBanner_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("503 ServiceUnavailable")
        << 503 << QStringLiteral("ServiceUnavailable") << QStringLiteral("unavailable");
    QTest::newRow("Forbidden.RAM names the missing action")
        << 403 << QStringLiteral("Forbidden.RAM")
        << QStringLiteral("actiontrail:ListDeliveryHistoryJobs");
}

void TestMainWindow::errorBanner()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, expectedText);
    ApiError error = FakeJobSource::serviceError(httpStatus, code, QStringLiteral("message"));
    error.action = QStringLiteral("ListDeliveryHistoryJobs");
    error.requestId = QStringLiteral("4D4A-REQ");
    m_source->failingActions.insert(QStringLiteral("ListDeliveryHistoryJobs"), error);
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    auto *banner = child<QWidget>(&window, "errorBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(child<QLabel>(&window, "errorBannerMessage")->text().contains(expectedText),
             qPrintable(child<QLabel>(&window, "errorBannerMessage")->text()));
    const QString ids = child<QLabel>(&window, "errorBannerIdentifiers")->text();
    QVERIFY(ids.contains(code));
    QVERIFY(ids.contains(QLatin1String("4D4A-REQ")));
    // The window stays usable: the banner is not modal and no empty state hides the error.
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(child<QStackedWidget>(&window, "listStack")->currentIndex(), 0);

    m_source->failingActions.clear();
    QTest::mouseClick(child<QPushButton>(&window, "errorBannerRetry"), Qt::LeftButton);
    QVERIFY(waitLoaded(window));
    QVERIFY(!banner->isVisible());
    QCOMPARE(browser.model()->rowCount(), 50);
}

void TestMainWindow::emptyAccountState()
{
    m_source->jobs.clear();
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    auto *stack = child<QStackedWidget>(&window, "listStack");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
    QCOMPARE(child<QLabel>(&window, "emptyStateTitle")->text(),
             QStringLiteral("No backfill tasks yet"));
    QVERIFY(child<QPushButton>(&window, "emptyStateCreate")->isVisible());
}

void TestMainWindow::createFlow()
{
    m_source->jobs = FakeJobSource::makeJobs(4);
    m_source->jobs.first().status = JobStatus::Complete; // nothing running
    m_source->jobs.first().rawStatus = 2;
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    window.findChild<QAction *>(QStringLiteral("newTaskAction"))->trigger();
    auto *dialog = window.findChild<CreateJobDialog *>(QStringLiteral("createJobDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *trail = child<QComboBox>(dialog, "createTrailCombo");
    QCOMPARE(trail->count(), 4); // trails seen in the table
    trail->setCurrentText(QStringLiteral("my-trail"));
    const QString token = dialog->clientToken();
    QVERIFY(!token.isEmpty());
    m_source->failingActions.insert(
        QStringLiteral("CreateDeliveryHistoryJob"),
        FakeJobSource::serviceError(503, QStringLiteral("ServiceUnavailable"),
                                    QStringLiteral("later")));
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(dialog, "createError")->isVisible());
    QVERIFY(dialog->isVisible());
    m_source->failingActions.clear();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<CreateJobDialog *>());
    // Both attempts carried the same ClientToken: the service can de-duplicate them.
    QList<QString> tokens;
    for (const auto &call : std::as_const(m_source->calls))
        if (call.action == QLatin1String("CreateDeliveryHistoryJob"))
            tokens << call.clientToken;
    QCOMPARE(tokens, (QList<QString> {token, token}));
    const qint64 created = m_source->jobs.first().jobId;
    QTRY_COMPARE(browser.model()->rowOfJob(created), 0);
    QTRY_COMPARE(child<JobDetailPane>(&window, "jobDetailPane")->currentJobId(), created);
}

void TestMainWindow::createBlockedWhileRunning()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get()); // makeJobs: the first job is delivering
    QVERIFY(waitLoaded(window));
    window.findChild<QAction *>(QStringLiteral("newTaskAction"))->trigger();
    auto *dialog = window.findChild<CreateJobDialog *>(QStringLiteral("createJobDialog"));
    QVERIFY(dialog);
    QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
    auto *reason = child<QLabel>(dialog, "createBlockedReason");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QString::number(m_source->jobs.first().jobId)));
    dialog->reject();
}

void TestMainWindow::deleteFlowWaitsForService()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    auto *table = child<QTableView>(&window, "jobTable");
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    const qint64 victim = table->model()->index(2, 0).data(JobTableModel::JobIdRole).toLongLong();
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QString::number(victim)));
    m_source->autoRespond = false;
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QCOMPARE(m_source->calls.last().action, QStringLiteral("DeleteDeliveryHistoryJob"));
    QCOMPARE(m_source->calls.last().jobId, victim);
    QVERIFY(browser.model()->rowOfJob(victim) >= 0); // not before the service confirms
    m_source->respondAll();
    QCOMPARE(browser.model()->rowOfJob(victim), -1);
    QCOMPARE(browser.list()->totalCount(), 119);
}

void TestMainWindow::keyboardNavigation()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    auto *pane = child<JobDetailPane>(&window, "jobDetailPane");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(pane->currentJobId(),
             table->model()->index(1, 0).data(JobTableModel::JobIdRole).toLongLong());
    // Ctrl+F jumps to the search field; typing filters; Tab order reaches the table.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(&window, "searchField");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("trail-3"));
    // The filter applies after a pause in typing.
    QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 50);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, JobTableModel::TrailColumn).data().toString(),
                 QStringLiteral("trail-3"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(table->hasFocus());
    QTRY_COMPARE(table->model()->rowCount(), 50);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Tab);
    QVERIFY(child<QComboBox>(&window, "statusFilter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(table->hasFocus());
}

void TestMainWindow::selectionGoesStraightToTheNewJob_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("shownRow"); ///< whose job the pane shows after; -1: the placeholder
    QTest::addColumn<int>("placeholderShown"); ///< times the placeholder page came up meanwhile

    QTest::newRow("click another row") << QStringLiteral("click") << 5 << 0;
    QTest::newRow("arrow down") << QStringLiteral("down") << 3 << 0;
    QTest::newRow("arrow up") << QStringLiteral("up") << 1 << 0;
    QTest::newRow("ctrl+click the selected row deselects it")
        << QStringLiteral("ctrl+click") << -1 << 1;
}

// The pane follows the selection in one step: the current index moves half-way through each
// change (before the selection on a click, after it on a key), and following it too brought up
// the placeholder for a moment on every selection, laying out and painting the pane twice.
void TestMainWindow::selectionGoesStraightToTheNewJob()
{
    QFETCH(QString, how);
    QFETCH(int, shownRow);
    QFETCH(int, placeholderShown);
    JobBrowser browser;
    MainWindow window(&browser);
    window.resize(1000, 700);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    auto *pane = child<JobDetailPane>(&window, "jobDetailPane");
    auto *pages = child<QStackedWidget>(pane, "detailPages");
    const auto jobAt = [&](int row) {
        return table->model()->index(row, 0).data(JobTableModel::JobIdRole).toLongLong();
    };
    const auto clickRow = [&](int row, Qt::KeyboardModifiers modifiers = {}) {
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
    };
    clickRow(2);
    QCOMPARE(pane->currentJobId(), jobAt(2));
    QCOMPARE(pages->currentIndex(), 1);

    QSignalSpy switches(pages, &QStackedWidget::currentChanged);
    if (how == QLatin1String("click"))
        clickRow(5);
    else if (how == QLatin1String("down"))
        QTest::keyClick(table, Qt::Key_Down);
    else if (how == QLatin1String("up"))
        QTest::keyClick(table, Qt::Key_Up);
    else if (how == QLatin1String("ctrl+click"))
        clickRow(2, Qt::ControlModifier);

    QCOMPARE(pane->currentJobId(), shownRow < 0 ? 0 : jobAt(shownRow));
    QCOMPARE(pages->currentIndex(), shownRow < 0 ? 0 : 1);
    QCOMPARE(
        int(std::count_if(switches.cbegin(), switches.cend(),
                          [](const QList<QVariant> &args) { return args.at(0).toInt() == 0; })),
        placeholderShown);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("copyJobIdAction"))->isEnabled(),
             shownRow >= 0);
}

void TestMainWindow::actionsHaveShortcutsTooltipsAndNames()
{
    JobBrowser browser;
    MainWindow window(&browser);
    browser.setSource(m_source.get());
    for (const char *name :
         {"newTaskAction", "deleteAction", "refreshAction", "loadAllAction", "findAction",
          "copyJobIdAction", "copyRowAction", "exportAction", "utcAction", "autoRefreshAction",
          "pauseLiveAction", "accountsAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 name);
    }
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("refreshAction"))->shortcut(),
             QKeySequence(Qt::Key_F5));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("findAction"))->shortcut(),
             QKeySequence(QKeySequence::Find));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("copyJobIdAction"))->shortcut(),
             QKeySequence(QKeySequence::Copy));
    auto *button = window.findChild<QWidget *>(QStringLiteral("newTaskActionButton"));
    QVERIFY(button);
    QCOMPARE(button->accessibleName(), QStringLiteral("New Task"));
}

void TestMainWindow::copyAndExportFilteredRows()
{
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    auto *table = child<QTableView>(&window, "jobTable");
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(3, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), table->model()->index(3, 0).data().toString());

    // Export writes the filtered rows only, and remembers folder and format.
    child<QLineEdit>(&window, "searchField")->setText(QStringLiteral("trail-3"));
    QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 50);
    const int shown = table->model()->rowCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.json"));
    window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // public in QDialog, protected in QFileDialog
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), shown);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("TrailName")).toString(),
                 QStringLiteral("trail-3"));
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("export/lastFormat")).toString(),
             QStringLiteral("json"));
    QCOMPARE(settings.value(QStringLiteral("export/lastFolder")).toString(), dir.path());
}

void TestMainWindow::searchFollowsSelection_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("keepsJob");
    QTest::addColumn<bool>("chooseAnother"); ///< click another job while the search is on
    QTest::newRow("search hides the selected job") << QStringLiteral("trail-3") << false << false;
    QTest::newRow("search keeps the selected job") << QStringLiteral("trail-0") << true << false;
    QTest::newRow("another job chosen while the first is hidden")
        << QStringLiteral("trail-3") << false << true;
}

// The proxy refilters with one layout change (no rowsRemoved): the pane, the actions and the
// "Showing N" count must follow it all the same, and the pane must never show a job that the
// table no longer selects.
void TestMainWindow::searchFollowsSelection()
{
    QFETCH(QString, search);
    QFETCH(bool, keepsJob);
    QFETCH(bool, chooseAnother);
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    auto *pane = child<JobDetailPane>(&window, "jobDetailPane");
    const QModelIndex first = table->model()->index(0, JobTableModel::JobIdColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const DeliveryJob selected = m_source->jobs.first();
    QCOMPARE(selected.trailName, QStringLiteral("trail-0"));
    QCOMPARE(pane->currentJobId(), selected.jobId);
    auto *deleteAction = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    QVERIFY(deleteAction->isEnabled());
    // Fetches of the selected job itself (its neighbours are fetched ahead, which is fine).
    const auto fetchesOf = [this](qint64 jobId) {
        return std::count_if(
            m_source->calls.cbegin(), m_source->calls.cend(), [jobId](const auto &c) {
                return c.action == QLatin1String("GetDeliveryHistoryJob") && c.jobId == jobId;
            });
    };
    const auto requests = fetchesOf(selected.jobId);

    child<QLineEdit>(&window, "searchField")->setText(search);
    QTRY_VERIFY(table->model()->rowCount() < 50);
    int matching = 0;
    for (int i = 0; i < 50; ++i)
        matching += m_source->jobs.at(i).trailName == search;
    QCOMPARE(table->model()->rowCount(), matching);
    QCOMPARE(child<QLabel>(&window, "countLabel")->text(),
             QStringLiteral("Showing %1 \u00b7 Loaded 50 of 120").arg(matching));
    QCOMPARE(pane->currentJobId(), keepsJob ? selected.jobId : 0);
    QCOMPARE(child<QLabel>(&window, "detailPlaceholder")->isVisible(), !keepsJob);
    QCOMPARE(deleteAction->isEnabled(), keepsJob);
    // The job kept is not fetched again.
    QCOMPARE(fetchesOf(selected.jobId), requests);

    qint64 chosen = selected.jobId;
    if (chooseAnother) {
        const QModelIndex other = table->model()->index(1, JobTableModel::JobIdColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
        chosen = other.data(JobTableModel::JobIdRole).toLongLong();
        QCOMPARE(pane->currentJobId(), chosen);
    }
    // Clearing the search brings the hidden job back selected, unless another was chosen since.
    child<QLineEdit>(&window, "searchField")->clear();
    QTRY_COMPARE(table->model()->rowCount(), 50);
    QCOMPARE(pane->currentJobId(), chosen);
    QCOMPARE(table->currentIndex().data(JobTableModel::JobIdRole).toLongLong(), chosen);
    QVERIFY(deleteAction->isEnabled());
    QVERIFY(table->visualRect(table->currentIndex()).intersects(table->viewport()->rect()));
}

void TestMainWindow::liveProgressUpdatesRowAndPane()
{
    JobBrowser browser;
    MainWindow window(&browser);
    browser.setSource(m_source.get());
    QVERIFY(waitLoaded(window));
    const qint64 running = m_source->jobs.first().jobId;
    QCOMPARE(browser.model()->activeJobIds(), QList<qint64> {running});
    auto *table = child<QTableView>(&window, "jobTable");
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    QSignalSpy finished(browser.model(), &JobTableModel::jobFinished);
    DeliveryJob &job = m_source->jobs.first();
    job.status = JobStatus::Complete;
    job.rawStatus = 2;
    for (RegionStatus &region : job.regions)
        region = RegionStatus {region.region, JobStatus::Complete, 2};
    browser.poller()->pollNow();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), running);
    QCOMPARE(browser.model()->activeJobIds(), QList<qint64> {});
    QTRY_COMPARE(child<QLabel>(&window, "detailRegionSummary")->text(),
                 QStringLiteral("3 of 3 regions complete"));
}

// Clicking a finish notification shows the job it was about: the latest one. (The handler used to
// keep the id of the first job that finished, for every notification after it.) The tray itself
// does not exist offscreen; showNotifiedJob() is what its messageClicked is connected to.
void TestMainWindow::notificationShowsTheLatestFinishedJob()
{
    DeliveryJob &first = m_source->jobs[0];
    DeliveryJob &second = m_source->jobs[5];
    second.status = JobStatus::Delivering;
    second.rawStatus = 1;
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    QList<qint64> active = browser.model()->activeJobIds();
    std::sort(active.begin(), active.end());
    QCOMPARE(active, (QList<qint64> {second.jobId, first.jobId}));
    QCOMPARE(window.notifiedJobId(), 0);
    window.showNotifiedJob(); // nothing to show yet: no change, no crash
    QCOMPARE(child<JobDetailPane>(&window, "jobDetailPane")->currentJobId(), 0);

    first.status = JobStatus::Complete;
    first.rawStatus = 2;
    browser.poller()->pollNow();
    QTRY_COMPARE(window.notifiedJobId(), first.jobId);
    second.status = JobStatus::Failed;
    second.rawStatus = 3;
    browser.poller()->pollNow();
    QTRY_COMPARE(window.notifiedJobId(), second.jobId);
    QVERIFY2(window.statusBar()->currentMessage().contains(QString::number(second.jobId)),
             qPrintable(window.statusBar()->currentMessage()));

    auto *table = child<QTableView>(&window, "jobTable");
    table->selectionModel()->setCurrentIndex(table->model()->index(10, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    window.showNotifiedJob();
    QCOMPARE(child<JobDetailPane>(&window, "jobDetailPane")->currentJobId(), second.jobId);
    QCOMPARE(table->currentIndex().data(JobTableModel::JobIdRole).toLongLong(), second.jobId);

    // Hidden by a search: the window says so instead of selecting something else.
    QVERIFY(second.trailName != QLatin1String("trail-1"));
    QTest::keyClicks(child<QLineEdit>(&window, "searchField"), QStringLiteral("trail-1"));
    QTRY_VERIFY(table->model()->rowCount() > 0
                && table->model()->rowCount() < browser.model()->rowCount());
    window.showNotifiedJob();
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("hidden")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(child<JobDetailPane>(&window, "jobDetailPane")->currentJobId() != second.jobId);
}

void TestMainWindow::settingsRoundTrip()
{
    {
        JobBrowser browser;
        MainWindow window(&browser);
        window.show();
        browser.setSource(m_source.get()); // the browser page, with its splitter, is shown
        window.resize(1000, 640);
        window.setRegion(QStringLiteral("ap-southeast-1"));
        window.setCurrentProfile(QStringLiteral("prod"));
        window.findChild<QAction *>(QStringLiteral("utcAction"))->setChecked(true);
        window.findChild<QAction *>(QStringLiteral("pauseLiveAction"))->setChecked(true);
        auto *table = child<QTableView>(&window, "jobTable");
        table->sortByColumn(JobTableModel::TrailColumn, Qt::AscendingOrder);
        table->horizontalHeader()->setSectionHidden(JobTableModel::DurationColumn, true);
        table->horizontalHeader()->resizeSection(JobTableModel::TrailColumn, 321);
        child<QSplitter>(&window, "mainSplitter")->setSizes({600, 400});
        window.close(); // saves
    }
    JobBrowser restoredBrowser;
    MainWindow restored(&restoredBrowser);
    restored.show();
    restoredBrowser.setSource(m_source.get());
    QCOMPARE(restored.size(), QSize(1000, 640));
    QCOMPARE(restored.currentRegion(), QStringLiteral("ap-southeast-1"));
    QCOMPARE(MainWindow::savedProfile(), QStringLiteral("prod"));
    QVERIFY(restored.findChild<QAction *>(QStringLiteral("utcAction"))->isChecked());
    QVERIFY(restoredBrowser.model()->showUtc());
    QVERIFY(restoredBrowser.poller()->isPaused());
    QCOMPARE(restoredBrowser.proxy()->sortColumn(), int(JobTableModel::TrailColumn));
    QCOMPARE(restoredBrowser.proxy()->sortOrder(), Qt::AscendingOrder);
    auto *header = child<QTableView>(&restored, "jobTable")->horizontalHeader();
    QVERIFY(header->isSectionHidden(JobTableModel::DurationColumn));
    QCOMPARE(header->sectionSize(JobTableModel::TrailColumn), 321);
    const QList<int> sizes = child<QSplitter>(&restored, "mainSplitter")->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(qAbs(sizes[0] * 4 - sizes[1] * 6) < 40, // same proportions
             qPrintable(QStringLiteral("%1 %2").arg(sizes[0]).arg(sizes[1])));
}

// At a 12 pt font the table's columns did not fit while the empty detail pane took half the
// width: the growth after the first layout was shared 5:2 whatever the columns needed.
void TestMainWindow::emptyPaneLeavesTheTableItsRoom()
{
    // A 12 pt font where 9 pt is the default, as QT_FONT_DPI=128 gives.
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([before] { QApplication::setFont(before); });
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 4 / 3);
    QApplication::setFont(large);
    JobBrowser browser;
    MainWindow window(&browser);
    window.resize(900, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser.setSource(m_source.get());
    auto *splitter = child<QSplitter>(&window, "mainSplitter");
    auto *pane = child<QWidget>(&window, "jobDetailPane");
    auto *table = child<QTableView>(&window, "jobTable");
    const auto tableFitsOrPaneIsAtItsMinimum = [&] {
        return table->horizontalScrollBar()->maximum() == 0
            || splitter->sizes().at(1) == pane->minimumWidth();
    };
    for (int width : {900, 1300, 1700, 2600}) {
        window.resize(width, 640);
        // The splitter has its new width (the layout runs after the window's resize).
        QTRY_VERIFY(splitter->width() > width - 100);
        QVERIFY2(tableFitsOrPaneIsAtItsMinimum(),
                 qPrintable(QStringLiteral("%1 px: table %2, pane %3")
                                .arg(width)
                                .arg(splitter->sizes().at(0))
                                .arg(splitter->sizes().at(1))));
    }
    // Wide enough for every column: the table is not wider than they need, the pane has the rest.
    QVERIFY(splitter->sizes().at(1) > pane->minimumWidth());
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Narrow, nothing selected: the pane, which only says "select a task", gives way; a task
    // selected gets the room its details need.
    window.resize(900, 640);
    QTRY_VERIFY(splitter->width() < 1000);
    const int emptyPane = splitter->sizes().at(1);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    QTRY_VERIFY(browser.selectedJobId() != 0);
    QTRY_VERIFY(splitter->sizes().at(1) > emptyPane);
    QVERIFY(splitter->sizes().at(1) >= 340);
    // Once the user moves the handle, the sizes are theirs.
    splitter->setSizes({500, 2000});
    emit splitter->splitterMoved(500, 1);
    window.resize(2500, 640);
    QTRY_VERIFY(splitter->width() > 2400);
    QVERIFY(splitter->sizes().at(0) < splitter->sizes().at(1));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::noKeyIsBoundTwice()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    // Every action of the window, each of its keys once across all actions.
    QHash<QKeySequence, QString> owner;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name
                = action->objectName().isEmpty() ? action->text() : action->objectName();
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("%1 is bound to %2 and %3")
                                    .arg(key.toString(), owner.value(key), name)));
            owner.insert(key, name);
        }
    }
    QVERIFY(owner.contains(QKeySequence(Qt::Key_F5)));
    // Mnemonics shown together: the toolbar's labels and the banner's buttons.
    QHash<QChar, QString> mnemonics;
    const auto mnemonicOf = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QList<QPair<QString, QString>> texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->buddy())
            texts << qMakePair(label->text(), label->objectName() + label->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->parentWidget() && button->parentWidget()->inherits("ErrorBanner"))
            texts << qMakePair(button->text(), button->objectName() + button->text());
    for (const auto &[text, name] : texts) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        QVERIFY2(!mnemonics.contains(key),
                 qPrintable(
                     QStringLiteral("Alt+%1: %2 and %3").arg(key).arg(mnemonics.value(key), name)));
        mnemonics.insert(key, name);
    }
}

void TestMainWindow::exportShortcutWorksFromTheSearchField()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *search = child<QLineEdit>(&window, "searchField");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("trail"));
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<QFileDialog *>(QStringLiteral("exportDialog")));
}

void TestMainWindow::columnsFitTheirText_data()
{
    QTest::addColumn<bool>("utc");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("local, default font") << false << 0;
    QTest::newRow("UTC, default font") << true << 0;
    QTest::newRow("UTC, 12 pt") << true << 12;
}

void TestMainWindow::columnsFitTheirText()
{
    QFETCH(bool, utc);
    QFETCH(int, pointSize);
    const QFont before = QApplication::font();
    if (pointSize > 0) {
        QFont font = before;
        font.setPointSize(pointSize);
        QApplication::setFont(font);
    }
    m_source->jobs.first().jobId = 9876543210; // ten digits, as the service's ids are
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    window.findChild<QAction *>(QStringLiteral("utcAction"))->setChecked(utc);
    auto *table = child<QTableView>(&window, "jobTable");
    const QFontMetrics fm = table->fontMetrics();
    QHeaderView *header = table->horizontalHeader();
    for (int column : {int(JobTableModel::JobIdColumn), int(JobTableModel::CreatedColumn),
                       int(JobTableModel::UpdatedColumn), int(JobTableModel::HomeRegionColumn)}) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) + 8 <= header->sectionSize(column),
                     qPrintable(QStringLiteral("column %1 cuts \"%2\"").arg(column).arg(text)));
        }
    }
    QApplication::setFont(before);
}

void TestMainWindow::loadAllShowsProgressAndEscCancels()
{
    m_source->jobs = FakeJobSource::makeJobs(1000);
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    m_source->autoRespond = false;
    auto *table = child<QTableView>(&window, "jobTable");
    table->setFocus();
    window.findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QVERIFY(browser.list()->isLoadingAll());
    auto *cancel = child<QPushButton>(&window, "cancelLoadButton");
    QVERIFY(cancel->isVisible());
    // A page arrives: its rows show at once, and the footer counts them against the total.
    PendingJobRequest *listing = m_source->calls.last().request;
    QVERIFY(listing);
    JobPage page;
    page.pageNumber = 1;
    page.pageSize = 100;
    page.totalCount = 1000;
    page.jobs = m_source->jobs.mid(0, 100);
    listing->reportPage(page);
    QCOMPARE(browser.model()->rowCount(), 100);
    QCOMPARE(child<QLabel>(&window, "tableFooterText")->text(),
             QStringLiteral("Loading 100 of 1,000 tasks\u2026"));
    // Esc stops it and keeps what came.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!browser.list()->isLoading());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(browser.model()->rowCount(), 100);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("100 of 1,000")));
    QVERIFY(!browser.list()->lastError());
}

void TestMainWindow::keyboardSortingAndColumnChooser()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier); // Trail
    QCOMPARE(browser.proxy()->sortColumn(), int(JobTableModel::TrailColumn));
    QCOMPARE(browser.proxy()->sortOrder(), Qt::AscendingOrder);
    QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(browser.proxy()->sortOrder(), Qt::DescendingOrder);
    QTest::keyClick(table, Qt::Key_7, Qt::ControlModifier); // Created: newest first
    QCOMPARE(browser.proxy()->sortColumn(), int(JobTableModel::CreatedColumn));
    QCOMPARE(browser.proxy()->sortOrder(), Qt::DescendingOrder);

    auto *columns = window.findChild<QMenu *>(QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    emit columns->aboutToShow();
    QAction *duration = nullptr;
    for (QAction *a : columns->actions())
        if (a->text() == QStringLiteral("Duration"))
            duration = a;
    QVERIFY(duration && duration->isChecked());
    duration->toggle();
    QVERIFY(table->horizontalHeader()->isSectionHidden(JobTableModel::DurationColumn));
}

void TestMainWindow::closingWhileATaskRunsKeepsWatching()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get())); // makeJobs: the first job is delivering
    QVERIFY(browser.runningJobId() != 0);
    QVERIFY(window.keepsWatchingOnClose(true));
    QVERIFY(!window.keepsWatchingOnClose(false)); // no tray: closing closes
    window.findChild<QAction *>(QStringLiteral("watchInTrayAction"))->setChecked(false);
    QVERIFY(!window.keepsWatchingOnClose(true));
    window.findChild<QAction *>(QStringLiteral("watchInTrayAction"))->setChecked(true);
    // Nothing running: closing closes.
    m_source->jobs.first().status = JobStatus::Complete;
    m_source->jobs.first().rawStatus = 2;
    browser.refresh();
    QTRY_COMPARE(browser.runningJobId(), 0);
    QVERIFY(!window.keepsWatchingOnClose(true));
}

void TestMainWindow::contextMenuPutsDeleteLast()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    const QList<QAction *> entries = child<QTableView>(&window, "jobTable")->actions();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last()->objectName(), QStringLiteral("deleteAction"));
    QVERIFY(entries.first()->objectName() != QStringLiteral("deleteAction"));
}

void TestMainWindow::firstDownSelectsTheFirstRow()
{
    JobBrowser browser;
    MainWindow window(&browser);
    QVERIFY(showLoaded(window, m_source.get()));
    auto *table = child<QTableView>(&window, "jobTable");
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(browser.selectedJobId(),
             table->model()->index(0, 0).data(JobTableModel::JobIdRole).toLongLong());
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
}

void TestMainWindow::aLongRetryWaitCountsDownInTheBanner()
{
    JobBrowser browser;
    MainWindow window(&browser);
    m_source->autoRespond = false;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser.setSource(m_source.get());
    PendingJobRequest *page = m_source->calls.last().request;
    QVERIFY(page);
    ApiError throttled = FakeJobSource::serviceError(400, QStringLiteral("Throttling.User"),
                                                     QStringLiteral("Request was denied."));
    // The service asked for 25 s: the wait is said with its reason and counted down.
    page->reportRetrying(2, 8, throttled, 25000);
    auto *message = window.findChild<QLabel *>(QStringLiteral("errorBannerMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("in 25 s"))
                 && message->text().contains(QStringLiteral("Throttling.User")),
             qPrintable(message->text()));
    // While the app retries by itself, the banner must not tell people to try again themselves.
    auto *advice = window.findChild<QLabel *>(QStringLiteral("errorBannerIdentifiers"));
    QVERIFY(advice);
    QVERIFY2(!advice->text().contains(QStringLiteral("try again"), Qt::CaseInsensitive)
                 && advice->text().contains(QStringLiteral("by itself")),
             qPrintable(advice->text()));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("in 24 s")), 3000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Throttling.User")));
}

void TestMainWindow::escStopsARetryingListing_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("a short wait") << 500;
    QTest::newRow("a counted-down wait") << 25000;
}

void TestMainWindow::escStopsARetryingListing()
{
    QFETCH(int, delayMs);
    JobBrowser browser;
    MainWindow window(&browser);
    m_source->autoRespond = false;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser.setSource(m_source.get());
    PendingJobRequest *page = m_source->calls.last().request;
    QVERIFY(page);
    page->reportRetrying(2, 8,
                         FakeJobSource::serviceError(503, QStringLiteral("ServiceUnavailable"),
                                                     QStringLiteral("Try later.")),
                         delayMs);
    // The banner says Esc stops the wait, so it must, wherever the focus is.
    QVERIFY(browser.list()->isLoading());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                    Qt::Key_Escape);
    QTRY_VERIFY(!browser.list()->isLoading());
}

#include "tst_mainwindow.moc"
