#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountssummary.h"
#include "api/allregionslister.h"
#include "browserpage.h"
#include "createjobdialog.h"
#include "domain/regioncatalog.h"
#include "errortext.h"
#include "i18n.h"
#include "jobdetailpane.h"
#include "languagemenu.h"
#include "models/activejobpoller.h"
#include "models/jobbrowser.h"
#include "models/jobexport.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobformat.h"
#include "models/joblistloader.h"
#include "models/jobsource.h"
#include "models/jobtablemodel.h"
#include "models/trailbrowser.h"
#include "statusstyle.h"
#include "trailspage.h"
#include "uilogging.h"
#include "uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
enum Page { FirstRunPage, BrowserPageIndex };
enum ListPage { TablePage, EmptyPage };

QIcon themed(const char *name, QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

void describe(QAction *action, const QString &tip)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
    action->setStatusTip(tip);
}
} // namespace

MainWindow::MainWindow(JobBrowser *browser, QWidget *parent)
    : QMainWindow(parent)
    , m_browser(browser)
    , m_model(browser->model())
    , m_proxy(browser->proxy())
    , m_list(browser->list())
    , m_poller(browser->poller())
    , m_liveSeconds(UiSettings::DefaultLiveIntervalSeconds)
    , m_autoRefreshSeconds(UiSettings::DefaultAutoRefreshSeconds)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Backfill Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_model->setStatusDecorator(StatusStyle::decorator(palette()));

    createActions();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_firstRunHost = new QWidget(m_pages);
    m_firstRunHost->setObjectName(QStringLiteral("firstRunHost"));
    auto *firstRunLayout = new QVBoxLayout(m_firstRunHost);
    m_firstRunPlaceholder = createFirstRunPlaceholder();
    firstRunLayout->addWidget(m_firstRunPlaceholder);
    m_pages->insertWidget(FirstRunPage, m_firstRunHost);
    m_page = new BrowserPage(m_browser,
                             {m_newAction, m_deleteAction, m_copyIdAction, m_copyRowAction,
                              m_loadAllAction, m_exportAction},
                             m_pages);
    // The trails view is a tab beside the tasks once a TrailBrowser is given; alone, the tasks
    // need no tab bar.
    m_tabs = new QTabWidget(m_pages);
    m_tabs->setObjectName(QStringLiteral("browserTabs"));
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_page, tr("Tasks"));
    m_pages->insertWidget(BrowserPageIndex, m_tabs);
    setCentralWidget(m_pages);
    createMenus();
    m_accountsSummary = new AccountsSummary(this);
    m_accountsDock = new QDockWidget(tr("Accounts"), this);
    m_accountsDock->setObjectName(QStringLiteral("accountsDock"));
    m_accountsDock->setFeatures(QDockWidget::DockWidgetMovable);
    m_accountsDock->setWidget(m_accountsSummary);
    addDockWidget(Qt::BottomDockWidgetArea, m_accountsDock);
    m_accountsDock->hide();
    createToolBar();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_demoLabel = new QLabel(tr(" Demo data "), this);
    m_demoLabel->setObjectName(QStringLiteral("demoMarker"));
    m_demoLabel->setToolTip(tr("These tasks come from the built-in ActionTrail emulator, not "
                               "from an Alibaba Cloud account."));
    m_demoLabel->setAutoFillBackground(true);
    {
        QPalette pal = m_demoLabel->palette();
        pal.setColor(QPalette::Window, StatusStyle::color(JobStatus::Initializing, palette()));
        pal.setColor(QPalette::WindowText, StatusStyle::isDark(palette()) ? Qt::black : Qt::white);
        m_demoLabel->setPalette(pal);
        QFont bold = m_demoLabel->font();
        bold.setBold(true);
        m_demoLabel->setFont(bold);
    }
    m_demoLabel->hide();
    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setAccessibleName(tr("Signed in as"));
    m_identityLabel->setContentsMargins(fontMetrics().horizontalAdvance(QLatin1Char(' ')), 0, 0, 0);
    m_identityLabel->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_demoLabel);

    connect(m_page, &BrowserPage::countsChanged, this, [this](const QString &text, bool busy) {
        m_countLabel->setText(text);
        m_busy->setVisible(busy);
    });
    connect(m_page, &BrowserPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_page, &BrowserPage::listStateChanged, this, &MainWindow::updateActions);
    connect(m_page, &BrowserPage::showUtcToggled, m_utcAction, &QAction::setChecked);
    connect(m_page, &BrowserPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_page, &BrowserPage::statusMessageWithdrawn, this, [this](const QString &text) {
        if (text.isEmpty() || statusBar()->currentMessage() == text)
            statusBar()->clearMessage();
    });
    connect(m_findAction, &QAction::triggered, m_page, &BrowserPage::focusSearch);
    addAction(m_findAction);
    connect(m_list, &JobListLoader::loadAllCancelled, this, [this](int loaded, int total) {
        const QLocale locale;
        statusBar()->showMessage(tr("Stopped loading: %1 of %2 tasks kept.")
                                     .arg(locale.toString(loaded), locale.toString(total)),
                                 15000);
    });
    connect(m_browser, &JobBrowser::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_browser, &JobBrowser::jobCreated, this,
            [this](const CreatedJob &created, const QString &trail) {
                statusBar()->showMessage(tr("Created backfill task %1 for trail %2 (RequestId %3)")
                                             .arg(created.jobId)
                                             .arg(trail, created.requestId),
                                         15000);
            });
    connect(m_browser, &JobBrowser::jobDeleted, this,
            [this](qint64 jobId, const QString &requestId, bool alreadyGone) {
                statusBar()->showMessage(
                    alreadyGone
                        ? tr("Backfill task %1 no longer exists.").arg(jobId)
                        : tr("Deleted backfill task %1 (RequestId %2)").arg(jobId).arg(requestId),
                    15000);
            });
    connect(m_browser, &JobBrowser::sourceChanged, this, &MainWindow::onSourceChanged);
    restoreSettings();
    // The saved window state may show the panel; only All accounts does.
    showScope();
    onSourceChanged(m_browser->source());
}

MainWindow::~MainWindow()
{
    // While QWidget's destructor tears the children down this is no longer a MainWindow: a
    // focus-out (editingFinished) or the proxy resetting as its source goes must not reach it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    disconnect(m_browser, nullptr, this, nullptr);
    disconnect(m_list, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    m_newAction
        = new QAction(themed("document-new", s, QStyle::SP_FileIcon), tr("&New Task\u2026"), this);
    m_newAction->setObjectName(QStringLiteral("newTaskAction"));
    m_newAction->setShortcut(QKeySequence::New);
    describe(m_newAction, tr("Start a backfill task for a trail"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTask);

    m_deleteAction
        = new QAction(themed("edit-delete", s, QStyle::SP_TrashIcon), tr("&Delete\u2026"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Scoped to the table: Delete in the search field must delete text, not a task.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_deleteAction, tr("Delete the selected backfill task"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::confirmDelete);

    m_refreshAction
        = new QAction(themed("view-refresh", s, QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // The platform's Refresh keys, F5 among them once: a key bound twice makes Qt refuse both
    // ("Ambiguous shortcut overload").
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    describe(m_refreshAction, tr("Fetch the tasks again, keeping the selection"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loadAllAction
        = new QAction(themed("go-bottom", s, QStyle::SP_ArrowDown), tr("Load &All"), this);
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    describe(m_loadAllAction, tr("Fetch every remaining page of tasks"));
    connect(m_loadAllAction, &QAction::triggered, m_browser, &JobBrowser::loadAll);

    m_findAction = new QAction(tr("&Find\u2026"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    describe(m_findAction, tr("Search tasks by trail name or job ID"));

    m_copyIdAction
        = new QAction(themed("edit-copy", s, QStyle::SP_FileLinkIcon), tr("&Copy Job ID"), this);
    m_copyIdAction->setObjectName(QStringLiteral("copyJobIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_copyIdAction, tr("Copy the selected task's job ID"));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copyJobId);

    m_copyRowAction = new QAction(tr("Copy &Row"), this);
    m_copyRowAction->setObjectName(QStringLiteral("copyRowAction"));
    m_copyRowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_copyRowAction, tr("Copy the selected task's row as tab-separated text"));
    connect(m_copyRowAction, &QAction::triggered, this, [this] { m_page->copyRow(); });

    m_exportAction = new QAction(themed("document-save-as", s, QStyle::SP_DialogSaveButton),
                                 tr("&Export\u2026"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    describe(m_exportAction, tr("Save the tasks shown (after search and filters) as CSV or JSON"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRows);

    m_utcAction = new QAction(tr("Show Times in &UTC"), this);
    m_utcAction->setObjectName(QStringLiteral("utcAction"));
    m_utcAction->setCheckable(true);
    m_utcAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    describe(m_utcAction, tr("Show times in UTC instead of local time"));
    connect(m_utcAction, &QAction::toggled, this, &MainWindow::setShowUtc);

    m_autoRefreshAction = new QAction(tr("&Auto-Refresh List"), this);
    m_autoRefreshAction->setObjectName(QStringLiteral("autoRefreshAction"));
    m_autoRefreshAction->setCheckable(true);
    m_autoRefreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    describe(m_autoRefreshAction, tr("Refresh the whole list periodically"));
    connect(m_autoRefreshAction, &QAction::toggled, this,
            [this](bool on) { m_browser->setAutoRefreshSeconds(on ? m_autoRefreshSeconds : 0); });

    m_pauseLiveAction = new QAction(tr("&Pause Live Progress"), this);
    m_pauseLiveAction->setObjectName(QStringLiteral("pauseLiveAction"));
    m_pauseLiveAction->setCheckable(true);
    m_pauseLiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    describe(m_pauseLiveAction, tr("Stop re-fetching running tasks"));
    connect(m_pauseLiveAction, &QAction::toggled, m_poller, &ActiveJobPoller::setPaused);

    m_accountsAction = new QAction(themed("system-users", s, QStyle::SP_DirHomeIcon),
                                   tr("A&ccounts\u2026"), this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    describe(m_accountsAction, tr("Add, import or remove Alibaba Cloud accounts"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::manageAccountsRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Quit means quit, also while a task is watched from the tray.
    connect(m_quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });

    m_showTasksAction = new QAction(tr("&Tasks"), this);
    m_showTasksAction->setObjectName(QStringLiteral("showTasksAction"));
    m_showTasksAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    describe(m_showTasksAction, tr("Show the backfill tasks"));
    connect(m_showTasksAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_page);
        m_page->table()->setFocus(Qt::ShortcutFocusReason);
    });
    m_showTrailsAction = new QAction(tr("T&rails and Coverage"), this);
    m_showTrailsAction->setObjectName(QStringLiteral("showTrailsAction"));
    m_showTrailsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_showTrailsAction->setEnabled(false);
    describe(m_showTrailsAction,
             tr("Show the trails, whether each can be backfilled, and which days are covered"));
    connect(m_showTrailsAction, &QAction::triggered, this, [this] {
        if (!m_trailsPage)
            return;
        m_tabs->setCurrentWidget(m_trailsPage);
        m_trailsPage->table()->setFocus(Qt::ShortcutFocusReason);
    });

    m_watchInTrayAction = new QAction(tr("Keep &Watching Running Tasks in the Tray"), this);
    m_watchInTrayAction->setObjectName(QStringLiteral("watchInTrayAction"));
    m_watchInTrayAction->setCheckable(true);
    m_watchInTrayAction->setChecked(true);
    describe(m_watchInTrayAction,
             tr("Closing the window while a task runs keeps watching it from the system tray and "
                "says when it ends"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_accountsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdAction);
    edit->addAction(m_copyRowAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showTasksAction);
    view->addAction(m_showTrailsAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    view->addSeparator();
    QMenu *sortMenu = view->addMenu(tr("&Sort By"));
    sortMenu->setObjectName(QStringLiteral("sortMenu"));
    auto *sortGroup = new QActionGroup(sortMenu);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QAction *a = sortMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("sortByColumn%1Action").arg(column));
        a->setCheckable(true);
        a->setData(column);
        // Ctrl+1 ... Ctrl+9: the first nine columns in their model order.
        if (column < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + column)));
        sortGroup->addAction(a);
        addAction(a); // the keys work while the menu is closed
        connect(a, &QAction::triggered, this, [this, column] { m_page->sortBy(column); });
    }
    sortMenu->addSeparator();
    QAction *reverse = sortMenu->addAction(tr("&Reverse Order"));
    reverse->setObjectName(QStringLiteral("reverseSortAction"));
    reverse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    addAction(reverse);
    connect(reverse, &QAction::triggered, this, [this] { m_page->reverseSort(); });
    connect(sortMenu, &QMenu::aboutToShow, this, [this, sortGroup] {
        for (QAction *a : sortGroup->actions())
            a->setChecked(a->data().toInt() == m_proxy->sortColumn());
    });
    QMenu *columns = view->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    m_page->fillColumnMenu(columns);
    connect(columns, &QMenu::aboutToShow, this,
            [this, columns] { m_page->fillColumnMenu(columns); });
    view->addSeparator();
    view->addAction(m_utcAction);
    view->addSeparator();
    view->addAction(m_pauseLiveAction);
    QMenu *live = view->addMenu(tr("Live Progress &Interval"));
    live->setObjectName(QStringLiteral("liveIntervalMenu"));
    auto *liveGroup = new QActionGroup(live);
    for (int seconds : {5, 10, 30, 60}) {
        QAction *a = live->addAction(tr("Every %n second(s)", nullptr, seconds));
        a->setCheckable(true);
        a->setData(seconds);
        liveGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setLiveInterval(seconds); });
    }
    connect(live, &QMenu::aboutToShow, this, [this, liveGroup] {
        for (QAction *a : liveGroup->actions())
            a->setChecked(a->data().toInt() == m_liveSeconds);
    });
    view->addSeparator();
    view->addAction(m_watchInTrayAction);
    view->addSeparator();
    view->addAction(m_autoRefreshAction);
    QMenu *autoMenu = view->addMenu(tr("Auto-Refresh I&nterval"));
    auto *autoGroup = new QActionGroup(autoMenu);
    for (int seconds : {30, 60, 300, 900}) {
        QAction *a
            = autoMenu->addAction(seconds < 60 ? tr("Every %n second(s)", nullptr, seconds)
                                               : tr("Every %n minute(s)", nullptr, seconds / 60));
        a->setCheckable(true);
        a->setData(seconds);
        autoGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setAutoRefreshInterval(seconds); });
    }
    connect(autoMenu, &QMenu::aboutToShow, this, [this, autoGroup] {
        for (QAction *a : autoGroup->actions())
            a->setChecked(a->data().toInt() == m_autoRefreshSeconds);
    });
    // Language and About (packaging work). A new language applies at the next start.
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Backfill Browser"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_loadAllAction);
    bar->addAction(m_exportAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    // Alt+G: Alt+R is the banner's Retry.
    auto *regionLabel = new QLabel(tr("Re&gion:"), bar);
    m_region = new QComboBox(bar);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &id : RegionCatalog::knownRegionIds())
        m_region->addItem(id, id);
    for (int i = 0; i < m_region->count(); ++i)
        m_region->setItemData(i, RegionCatalog::displayName(m_region->itemText(i)),
                              Qt::ToolTipRole);
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("The ActionTrail region to talk to; type any region ID"));
    m_region->setMinimumContentsLength(16);
    // Last, so that the regions keep their places: every region's tasks at once.
    m_region->addItem(tr("All regions"), QStringLiteral("*"));
    // A resource directory's management account (or delegated administrator): every member
    // account's tasks, through the member role.
    m_region->addItem(tr("All accounts"), QStringLiteral("**"));
    m_region->setItemData(m_region->count() - 1,
                          tr("The tasks of every member account of the resource directory this "
                             "account manages"),
                          Qt::ToolTipRole);
    m_region->setCurrentText(UiSettings::defaultRegion());
    regionLabel->setBuddy(m_region);
    connect(m_region, &QComboBox::activated, this, [this] {
        const bool allAccounts = allAccountsChosen();
        const bool allRegions = allRegionsChosen();
        // The scope left is said first, then the one chosen.
        const bool leftAccounts = m_allAccounts && !allAccounts;
        const bool leftRegions = m_allRegions && !allRegions;
        m_allAccounts = allAccounts;
        m_allRegions = allRegions;
        showScope();
        if (leftAccounts)
            emit allAccountsChanged(false);
        if (leftRegions)
            emit allRegionsChanged(false);
        if (allAccounts) {
            emit allAccountsChanged(true);
            return;
        }
        if (allRegions) {
            emit allRegionsChanged(true);
            return;
        }
        m_lastRegion = currentRegion();
        emit regionChanged(m_lastRegion);
    });
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (currentRegion() != m_lastRegion) {
            m_lastRegion = currentRegion();
            emit regionChanged(m_lastRegion);
        }
    });
    bar->addWidget(regionLabel);
    bar->addWidget(m_region);

    m_profileHost = new QWidget(bar);
    m_profileHost->setObjectName(QStringLiteral("profileSwitcherHost"));
    auto *profileLayout = new QHBoxLayout(m_profileHost);
    profileLayout->setContentsMargins(6, 0, 0, 0);
    bar->addWidget(m_profileHost);
    bar->addAction(m_accountsAction);

    // Screen readers get the plain label (no mnemonic, no ellipsis) and the tooltip's sentence.
    for (QAction *action : bar->actions()) {
        QWidget *button = bar->widgetForAction(action);
        if (!button || action->text().isEmpty() || action->isSeparator())
            continue;
        // Without "(&N)" (CJK mnemonics) and "…", which Qt would leave on the button (packaging).
        const QString name = I18n::plainLabel(action->text());
        action->setIconText(name);
        button->setAccessibleName(name);
        button->setAccessibleDescription(action->statusTip());
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }
}

QWidget *MainWindow::createFirstRunPlaceholder()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("firstRunPlaceholder"));
    auto *title = new QLabel(tr("Welcome to Backfill Browser"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("See and manage your ActionTrail data backfill tasks. Connect an "
                               "Alibaba Cloud account to begin: the AccessKey secret is kept in "
                               "your system keychain."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped label compute its height (it clipped under a max width).
    text->setFixedWidth(std::max(460, fontMetrics().averageCharWidth() * 70));
    text->setMinimumHeight(text->heightForWidth(text->width()));
    auto *add = new QPushButton(tr("&Add Account\u2026"), page);
    add->setObjectName(QStringLiteral("firstRunAddAccount"));
    add->setDefault(true);
    auto *import = new QPushButton(tr("&Import from Alibaba Cloud CLI\u2026"), page);
    import->setObjectName(QStringLiteral("firstRunImport"));
    auto *demo = new QPushButton(tr("Try with &Demo Data"), page);
    demo->setObjectName(QStringLiteral("firstRunDemo"));
    demo->setToolTip(tr("Browse made-up tasks served by the built-in emulator"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    connect(import, &QPushButton::clicked, this, &MainWindow::importAccountRequested);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(import);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void MainWindow::onSourceChanged(JobSource *source)
{
    m_source = source;
    const bool fromFirstRun = m_pages->currentIndex() == FirstRunPage;
    m_pages->setCurrentIndex(source ? BrowserPageIndex : FirstRunPage);
    // The first-run button that had the focus is gone with its page: the keyboard goes to the
    // table, not to whatever widget comes next in the chain (the region selector, where arrow
    // keys would switch regions).
    if (source && fromFirstRun)
        m_page->table()->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_demoLabel->setVisible(demo);
    setWindowTitle(demo ? tr("Backfill Browser \u2014 Demo data") : tr("Backfill Browser"));
}

void MainWindow::setFirstRunWidget(QWidget *widget)
{
    if (!widget)
        return;
    m_firstRunPlaceholder->hide();
    m_firstRunHost->layout()->addWidget(widget);
}

void MainWindow::setProfileSwitcher(QWidget *widget)
{
    if (widget)
        m_profileHost->layout()->addWidget(widget);
}

void MainWindow::setCurrentProfile(const QString &profile)
{
    m_profile = profile;
    QSettings().setValue(UiSettings::lastProfile(), profile);
}

void MainWindow::setIdentity(const QString &text, const QString &toolTip)
{
    m_identityLabel->setText(text);
    m_identityLabel->setToolTip(toolTip);
    m_identityLabel->setVisible(!text.isEmpty());
}

void MainWindow::showRegionFailures(const QList<RegionFailure> &failures)
{
    if (failures.isEmpty())
        return;
    QStringList regions;
    for (const RegionFailure &failure : failures)
        regions << failure.region;
    // The first failure's own Code and RequestId stay on the banner; the text names them all.
    ApiError shown = failures.first().error;
    shown.detail = tr("Not listed: %1. The other regions' tasks are shown. %2")
                       .arg(regions.join(QStringLiteral(", ")), shown.detail);
    m_page->showActionError(shown, [browser = m_browser] { browser->refresh(); });
}

bool MainWindow::allRegionsChosen() const
{
    return m_region->currentText() == m_region->itemText(m_region->findData(QStringLiteral("*")));
}

bool MainWindow::allAccountsChosen() const
{
    return m_region->currentText() == m_region->itemText(m_region->findData(QStringLiteral("**")));
}

void MainWindow::showScope()
{
    m_page->setRegionColumnShown(m_allRegions || m_allAccounts);
    m_page->setAccountColumnShown(m_allAccounts);
    if (!m_allAccounts)
        m_accountsSummary->clear();
    m_accountsDock->setVisible(m_allAccounts);
}

QString MainWindow::currentRegion() const
{
    // "All regions" and "All accounts" are not regions: the one worked in before stays the
    // window's region.
    if (allRegionsChosen() || allAccountsChosen())
        return m_lastRegion;
    return m_region->currentText().trimmed();
}

void MainWindow::setRegion(const QString &regionId)
{
    m_region->setCurrentText(regionId);
    m_lastRegion = currentRegion();
    // Another account starts in one region (the session left All accounts).
    if (m_allAccounts && !allAccountsChosen()) {
        m_allAccounts = false;
        showScope();
    }
}

QString MainWindow::savedProfile()
{
    return QSettings().value(UiSettings::lastProfile()).toString();
}

QString MainWindow::savedRegion()
{
    return QSettings().value(UiSettings::lastRegion(), UiSettings::defaultRegion()).toString();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(UiSettings::geometry(), saveGeometry());
    settings.setValue(UiSettings::windowState(), saveState());
    settings.setValue(UiSettings::splitter(), m_page->splitter()->saveState());
    settings.setValue(UiSettings::header(), m_page->table()->horizontalHeader()->saveState());
    settings.setValue(UiSettings::sortColumn(), m_proxy->sortColumn());
    settings.setValue(UiSettings::sortOrder(), int(m_proxy->sortOrder()));
    settings.setValue(UiSettings::lastRegion(), currentRegion());
    if (!m_profile.isEmpty())
        settings.setValue(UiSettings::lastProfile(), m_profile);
    settings.setValue(UiSettings::liveInterval(), m_liveSeconds);
    settings.setValue(UiSettings::livePaused(), m_pauseLiveAction->isChecked());
    settings.setValue(UiSettings::autoRefresh(), m_autoRefreshAction->isChecked());
    settings.setValue(UiSettings::autoRefreshInterval(), m_autoRefreshSeconds);
    settings.setValue(UiSettings::showUtc(), m_utcAction->isChecked());
    settings.setValue(UiSettings::watchInTray(), m_watchInTrayAction->isChecked());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(UiSettings::geometry()).toByteArray())) {
        // First start: most of the screen, so every default column and the pane fit.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(std::min(1440, available.width() * 92 / 100),
               std::min(880, available.height() * 90 / 100));
    }
    restoreState(settings.value(UiSettings::windowState()).toByteArray());
    m_page->setSplitterRestored(
        m_page->splitter()->restoreState(settings.value(UiSettings::splitter()).toByteArray()));
    m_page->table()->horizontalHeader()->restoreState(
        settings.value(UiSettings::header()).toByteArray());
    const int sortColumn
        = settings.value(UiSettings::sortColumn(), int(JobTableModel::CreatedColumn)).toInt();
    const auto order
        = Qt::SortOrder(settings.value(UiSettings::sortOrder(), int(Qt::DescendingOrder)).toInt());
    if (sortColumn >= 0 && sortColumn < JobTableModel::ColumnCount)
        m_page->table()->sortByColumn(
            sortColumn, order == Qt::AscendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_region->setCurrentText(savedRegion());
    m_lastRegion = currentRegion();
    m_profile = savedProfile();
    m_list->setPageSize(
        settings.value(UiSettings::pageSize(), JobListLoader::DefaultPageSize).toInt());
    setLiveInterval(
        settings.value(UiSettings::liveInterval(), UiSettings::DefaultLiveIntervalSeconds).toInt());
    setAutoRefreshInterval(
        settings.value(UiSettings::autoRefreshInterval(), UiSettings::DefaultAutoRefreshSeconds)
            .toInt());
    m_pauseLiveAction->setChecked(settings.value(UiSettings::livePaused(), false).toBool());
    m_autoRefreshAction->setChecked(settings.value(UiSettings::autoRefresh(), false).toBool());
    m_utcAction->setChecked(settings.value(UiSettings::showUtc(), false).toBool());
    m_watchInTrayAction->setChecked(settings.value(UiSettings::watchInTray(), true).toBool());
}

bool MainWindow::keepsWatchingOnClose(bool trayAvailable) const
{
    return !m_quitting && trayAvailable && m_watchInTrayAction->isChecked()
        && m_browser->runningJobId() != 0;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (keepsWatchingOnClose(QSystemTrayIcon::isSystemTrayAvailable())) {
        // The task goes on, and so does watching it: the window hides, the tray says so.
        event->ignore();
        hide();
        QSystemTrayIcon *tray = trayIcon();
        tray->show();
        tray->showMessage(tr("Still watching backfill task %1").arg(m_browser->runningJobId()),
                          tr("Backfill Browser tells you here when it ends. Quit from the tray "
                             "icon's menu."),
                          QSystemTrayIcon::Information);
        return;
    }
    QMainWindow::closeEvent(event);
}

QSystemTrayIcon *MainWindow::trayIcon()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(tr("Backfill Browser"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showNotifiedJob);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            activateWindow();
            raise();
        });
        auto *menu = new QMenu(this);
        menu->addAction(tr("&Show Backfill Browser"), this, [this] {
            showNormal();
            activateWindow();
            raise();
        });
        menu->addAction(m_quitAction);
        m_tray->setContextMenu(menu);
    }
    return m_tray;
}

void MainWindow::setLiveInterval(int seconds)
{
    m_liveSeconds = std::clamp(seconds, 1, 3600);
    m_poller->setInterval(std::chrono::seconds(m_liveSeconds));
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = std::clamp(seconds, 5, 24 * 3600);
    if (m_autoRefreshAction->isChecked())
        m_browser->setAutoRefreshSeconds(m_autoRefreshSeconds);
    describe(m_autoRefreshAction,
             tr("Refresh the whole list every %n second(s)", nullptr, m_autoRefreshSeconds));
}

void MainWindow::setShowUtc(bool showUtc)
{
    m_browser->setShowUtc(showUtc);
    m_page->setShowUtc(showUtc);
    if (m_utcAction->isChecked() != showUtc)
        m_utcAction->setChecked(showUtc);
}

void MainWindow::updateActions()
{
    const bool haveJob = m_page->selectedJob().jobId != 0;
    m_deleteAction->setEnabled(m_source && haveJob);
    m_copyIdAction->setEnabled(haveJob);
    m_copyRowAction->setEnabled(haveJob);
    m_newAction->setEnabled(m_source);
    m_exportAction->setEnabled(m_source);
    const bool more = m_source && !m_list->isComplete() && m_list->hasListed();
    m_loadAllAction->setEnabled(more && !m_list->isLoadingAll());
    m_refreshAction->setEnabled(m_source && !m_list->isRefreshing());
}

void MainWindow::showNotifiedJob()
{
    if (m_notifiedJobId == 0)
        return;
    showNormal();
    activateWindow();
    raise();
    if (!m_page->selectJob(m_notifiedJobId)) {
        statusBar()->showMessage(
            m_model->rowOfJob(m_notifiedJobId) < 0
                ? tr("Backfill task %1 is no longer in the list.").arg(m_notifiedJobId)
                : tr("Backfill task %1 is hidden by the search or the filters.")
                      .arg(m_notifiedJobId),
            15000);
    }
}

void MainWindow::onJobFinished(qint64 jobId, JobStatus status, const QString &trail)
{
    const QString title = status == JobStatus::Complete ? tr("Backfill task %1 complete").arg(jobId)
                                                        : tr("Backfill task %1 failed").arg(jobId);
    const QString body = status == JobStatus::Complete
        ? tr("Trail %1: the events were delivered.").arg(trail)
        : tr("Trail %1: open the task to see which regions failed.").arg(trail);
    statusBar()->showMessage(title, 15000);
    // One tray icon shows one message at a time: a click is about the latest job. (Captured in
    // the connection, the id was the first job's for every later notification.)
    m_notifiedJobId = jobId;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QSystemTrayIcon *tray = trayIcon();
        tray->show();
        tray->showMessage(title, body,
                          status == JobStatus::Complete ? QSystemTrayIcon::Information
                                                        : QSystemTrayIcon::Warning);
    }
}

void MainWindow::refresh()
{
    if (!m_source)
        return;
    m_page->dismissActionError();
    m_browser->refresh();
    if (m_trailsPage && m_tabs->currentWidget() == m_trailsPage)
        m_trails->refresh();
}

void MainWindow::newTask()
{
    const bool onTrails = m_trailsPage && m_tabs->currentWidget() == m_trailsPage;
    openNewTaskDialog(onTrails ? m_trailsPage->currentTrail() : m_page->selectedJob().trailName);
}

void MainWindow::openNewTaskDialog(const QString &trailName)
{
    if (!m_source)
        return;
    auto *dialog
        = new CreateJobDialog(m_source, m_model->trailNames(), m_browser->runningJobId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_trails && m_trails->count() > 0)
        dialog->setTrails(m_trails->trails(), m_trails->region());
    dialog->setTrailName(trailName);
    // The task that blocked Create may end while the dialog is open.
    connect(m_browser, &JobBrowser::runningJobChanged, dialog, &CreateJobDialog::setRunningJob);
    // The dialog sends the create (one ClientToken for every attempt); what follows is the
    // browser's: fetch the new task, put it on top, and select it.
    connect(dialog, &CreateJobDialog::jobCreated, m_browser, &JobBrowser::adoptCreatedJob);
    dialog->open();
}

void MainWindow::setTrailBrowser(TrailBrowser *trails)
{
    if (m_trails || !trails)
        return;
    m_trails = trails;
    m_trailsPage = new TrailsPage(trails, m_tabs);
    m_tabs->addTab(m_trailsPage, tr("Trails and Coverage"));
    m_showTrailsAction->setEnabled(true);
    connect(m_trailsPage, &TrailsPage::newTaskRequested, this, &MainWindow::openNewTaskDialog);
    connect(m_trailsPage, &TrailsPage::taskActivated, this, &MainWindow::showTask);
    m_trailsPage->setRunningJob(m_browser->runningJobId());
    connect(m_browser, &JobBrowser::runningJobChanged, m_trailsPage, &TrailsPage::setRunningJob);
}

void MainWindow::showTask(qint64 jobId)
{
    m_tabs->setCurrentWidget(m_page);
    if (m_page->selectJob(jobId)) {
        m_page->table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Hidden by the search or a filter: the detail pane still shows it.
    m_browser->select(jobId);
    statusBar()->showMessage(
        tr("Task %1 is hidden by the search or a filter; its details are shown.").arg(jobId),
        10000);
}

void MainWindow::confirmDelete()
{
    const DeliveryJob job = m_page->selectedJob();
    if (!m_source || job.jobId == 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Backfill Task"),
        tr("Delete backfill task %1 of trail \u201c%2\u201d?").arg(job.jobId).arg(job.trailName),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(
        isJobActive(job.status)
            ? tr("The task is still %1. This cannot be undone.")
                  .arg(JobFormat::statusText(job.status, job.rawStatus).toLower())
            : tr("This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete Task"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 jobId = job.jobId;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, jobId](QAbstractButton *button) {
        if (button == remove)
            deleteJob(jobId);
    });
    box->open();
}

void MainWindow::deleteJob(qint64 jobId)
{
    if (!m_source)
        return;
    statusBar()->showMessage(tr("Deleting backfill task %1\u2026").arg(jobId));
    m_browser->deleteJob(jobId);
}

void MainWindow::copyJobId()
{
    const DeliveryJob job = m_page->selectedJob();
    if (job.jobId)
        QGuiApplication::clipboard()->setText(QString::number(job.jobId));
}

void MainWindow::exportRows()
{
    QSettings settings;
    const QString format
        = settings.value(UiSettings::exportFormat(), QStringLiteral("csv")).toString();
    const QString folder
        = settings
              .value(UiSettings::exportFolder(),
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    auto *dialog = new QFileDialog(this, tr("Export Backfill Tasks"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({csvFilter, jsonFilter});
    dialog->selectNameFilter(format == QLatin1String("json") ? jsonFilter : csvFilter);
    dialog->setDefaultSuffix(format);
    dialog->setDirectory(folder);
    dialog->selectFile(QStringLiteral("backfill-tasks-%1.%2")
                           .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), format));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonFilter](const QString &f) {
        dialog->setDefaultSuffix(f == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(
        dialog, &QFileDialog::fileSelected, this, [this, dialog, jsonFilter](const QString &path) {
            const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                || (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                    && dialog->selectedNameFilter() == jsonFilter);
            const QByteArray data = JobExport::rows(
                *m_proxy, json ? JobExport::Format::Json : JobExport::Format::Csv);
            QString error;
            if (!JobExport::writeFile(path, data, &error)) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error,
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            QSettings settings;
            settings.setValue(UiSettings::exportFolder(), QFileInfo(path).absolutePath());
            settings.setValue(UiSettings::exportFormat(),
                              json ? QStringLiteral("json") : QStringLiteral("csv"));
            QString message = tr("Exported %n task(s) to %1", nullptr, m_proxy->rowCount())
                                  .arg(QDir::toNativeSeparators(path));
            if (!m_list->isComplete())
                message += tr(" (only the tasks loaded so far: use Load All to export every task)");
            statusBar()->showMessage(message, 15000);
        });
    dialog->open();
}
