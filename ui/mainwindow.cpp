#include "mainwindow.h"

#include "aboutdialog.h"
#include "createjobdialog.h"
#include "errorbanner.h"
#include "errortext.h"
#include "jobdetailpane.h"
#include "i18n.h"
#include "languagemenu.h"
#include "models/activejobpoller.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobexport.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobformat.h"
#include "models/jobsource.h"
#include "models/jobtablemodel.h"
#include "domain/regioncatalog.h"
#include "statusstyle.h"
#include "uilogging.h"
#include "uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
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
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
enum Page { FirstRunPage, BrowserPage };
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
    m_pages->insertWidget(BrowserPage, createBrowserPage());
    setCentralWidget(m_pages);
    createMenus();
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
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_demoLabel);

    connect(m_list, &JobListLoader::countsChanged, this, &MainWindow::updateCounts);
    connect(m_list, &JobListLoader::loadingChanged, this, [this] {
        updateListState();
        updateCounts();
    });
    connect(m_browser, &JobBrowser::loadProgress, this, &MainWindow::updateListState);
    connect(m_list, &JobListLoader::loadAllCancelled, this, [this](int loaded, int total) {
        const QLocale locale;
        statusBar()->showMessage(tr("Stopped loading: %1 of %2 tasks kept.")
                                     .arg(locale.toString(loaded), locale.toString(total)),
                                 15000);
    });
    connect(m_list, &JobListLoader::errorOccurred, this, &MainWindow::onListError);
    connect(m_list, &JobListLoader::errorCleared, this, [this] {
        if (m_bannerOrigin == BannerOrigin::List) {
            m_banner->dismiss();
            m_bannerOrigin = BannerOrigin::None;
        }
    });
    connect(m_list, &JobListLoader::retrying, this,
            [this](int attempt, int maxAttempts, const ApiError &reason) {
                onRetrying(attempt, maxAttempts, reason);
            });
    connect(m_browser, &JobBrowser::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_browser, &JobBrowser::jobShown, this, [this](qint64 jobId) { selectJob(jobId); });
    connect(m_browser, &JobBrowser::selectedDetailChanged, this,
            [this] { m_detail->showDetail(m_browser->selectedDetail()); });
    connect(m_browser, &JobBrowser::actionFailed, this, &MainWindow::showActionError);
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
                    alreadyGone ? tr("Backfill task %1 no longer exists.").arg(jobId)
                                : tr("Deleted backfill task %1 (RequestId %2)").arg(jobId).arg(requestId),
                    15000);
            });
    connect(m_browser, &JobBrowser::sourceChanged, this, &MainWindow::onSourceChanged);
    connect(m_detail, &JobDetailPane::retryRequested, m_browser, &JobBrowser::reloadSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::followSelection);
    // A search or filter edit is one layout change: the selection model (connected first, by
    // setModel) silently drops a selected row that no longer matches, and emits nothing.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_detail, &JobDetailPane::showUtcToggled, m_utcAction, &QAction::setChecked);
    restoreSettings();
    onSourceChanged(m_browser->source());
}

MainWindow::~MainWindow()
{
    // While QWidget's destructor tears the children down this is no longer a MainWindow: a
    // focus-out (editingFinished) or the proxy resetting as its source goes must not reach it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    disconnect(m_list, nullptr, m_banner, nullptr);
    disconnect(m_browser, nullptr, this, nullptr);
    disconnect(m_list, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    m_newAction = new QAction(themed("document-new", s, QStyle::SP_FileIcon), tr("&New Task\u2026"),
                              this);
    m_newAction->setObjectName(QStringLiteral("newTaskAction"));
    m_newAction->setShortcut(QKeySequence::New);
    describe(m_newAction, tr("Start a backfill task for a trail"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTask);

    m_deleteAction = new QAction(themed("edit-delete", s, QStyle::SP_TrashIcon), tr("&Delete\u2026"),
                                 this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Scoped to the table: Delete in the search field must delete text, not a task.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_deleteAction, tr("Delete the selected backfill task"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::confirmDelete);

    m_refreshAction = new QAction(themed("view-refresh", s, QStyle::SP_BrowserReload),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // The platform's Refresh keys, F5 among them once: a key bound twice makes Qt refuse both
    // ("Ambiguous shortcut overload").
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    describe(m_refreshAction, tr("Fetch the tasks again, keeping the selection"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loadAllAction = new QAction(themed("go-bottom", s, QStyle::SP_ArrowDown), tr("Load &All"),
                                  this);
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    describe(m_loadAllAction, tr("Fetch every remaining page of tasks"));
    connect(m_loadAllAction, &QAction::triggered, m_browser, &JobBrowser::loadAll);

    m_findAction = new QAction(tr("&Find\u2026"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    describe(m_findAction, tr("Search tasks by trail name or job ID"));

    m_copyIdAction = new QAction(themed("edit-copy", s, QStyle::SP_FileLinkIcon),
                                 tr("&Copy Job ID"), this);
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
    connect(m_copyRowAction, &QAction::triggered, this, &MainWindow::copyRow);

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
    connect(m_autoRefreshAction, &QAction::toggled, this, [this](bool on) {
        m_browser->setAutoRefreshSeconds(on ? m_autoRefreshSeconds : 0);
    });

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
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
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
    view->addAction(m_autoRefreshAction);
    QMenu *autoMenu = view->addMenu(tr("Auto-Refresh I&nterval"));
    auto *autoGroup = new QActionGroup(autoMenu);
    for (int seconds : {30, 60, 300, 900}) {
        QAction *a = autoMenu->addAction(seconds < 60 ? tr("Every %n second(s)", nullptr, seconds)
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
        m_region->setItemData(i, RegionCatalog::displayName(m_region->itemText(i)), Qt::ToolTipRole);
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("The ActionTrail region to talk to; type any region ID"));
    m_region->setMinimumContentsLength(16);
    m_region->setCurrentText(UiSettings::defaultRegion());
    regionLabel->setBuddy(m_region);
    connect(m_region, &QComboBox::activated, this, [this] {
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

QWidget *MainWindow::createBrowserPage()
{
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search trail or job ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Show only tasks whose trail name or job ID contains this text"));
    // Filtering 100,000 rows takes ~0.2 s: wait for a pause in typing instead of per keystroke.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(m_model->rowCount() > 5000 ? 250 : 120);
    connect(m_search, &QLineEdit::textChanged, searchDelay, [searchDelay, this] {
        searchDelay->setInterval(m_model->rowCount() > 5000 ? 250 : 60);
        searchDelay->start();
    });
    connect(searchDelay, &QTimer::timeout, this,
            [this] { refilter([this] { m_proxy->setSearchText(m_search->text()); }); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(m_pages->currentIndex()); // no-op: keeps the page
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);
    // QLineEdit takes Ctrl+E (end of line) before the window sees it; Export wins here.
    m_search->installEventFilter(this);
    // Escape in the search field: clear it and go back to the table.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr,
                                      Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });

    m_statusFilter = new QComboBox(left);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setToolTip(tr("Show only tasks with this status"));
    using F = JobFilterProxyModel;
    m_statusFilter->addItem(tr("All statuses"), int(F::AllStatuses));
    m_statusFilter->addItem(tr("Running (initializing or delivering)"), int(F::ActiveFlags));
    m_statusFilter->addItem(StatusStyle::icon(JobStatus::Initializing),
                            JobFormat::statusText(JobStatus::Initializing, 0), int(F::InitializingFlag));
    m_statusFilter->addItem(StatusStyle::icon(JobStatus::Delivering),
                            JobFormat::statusText(JobStatus::Delivering, 1), int(F::DeliveringFlag));
    m_statusFilter->addItem(StatusStyle::icon(JobStatus::Complete),
                            JobFormat::statusText(JobStatus::Complete, 2), int(F::CompleteFlag));
    m_statusFilter->addItem(StatusStyle::icon(JobStatus::Failed),
                            JobFormat::statusText(JobStatus::Failed, 3), int(F::FailedFlag));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        refilter([this] {
            m_proxy->setStatusFilter(
                JobFilterProxyModel::StatusFlags(m_statusFilter->currentData().toInt()));
        });
    });

    m_createdFilter = new QComboBox(left);
    m_createdFilter->setObjectName(QStringLiteral("createdFilter"));
    m_createdFilter->setAccessibleName(tr("Created filter"));
    m_createdFilter->setToolTip(tr("Show only tasks created within this time"));
    m_createdFilter->addItem(tr("Created any time"), 0);
    m_createdFilter->addItem(tr("Created in the last 24 hours"), 1);
    m_createdFilter->addItem(tr("Created in the last 7 days"), 7);
    m_createdFilter->addItem(tr("Created in the last 30 days"), 30);
    m_createdFilter->addItem(tr("Created in the last 90 days"), 90);
    connect(m_createdFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_createdFilter->currentData().toInt();
        refilter([this, days] {
            m_proxy->setCreatedRange(days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days)
                                              : QDateTime(),
                                     QDateTime());
        });
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_createdFilter);

    m_banner = new ErrorBanner(left);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        const BannerOrigin origin = std::exchange(m_bannerOrigin, BannerOrigin::None);
        m_banner->dismiss();
        if (origin == BannerOrigin::List)
            m_browser->retry();
        else if (origin == BannerOrigin::Action && m_actionRetry)
            std::exchange(m_actionRetry, {})();
    });

    m_listStack = new QStackedWidget(left);
    m_listStack->setObjectName(QStringLiteral("listStack"));
    auto *tablePage = new QWidget(m_listStack);
    m_table = new QTableView(tablePage);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Backfill tasks"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                // Column visibility: the header's context menu, as in file managers. popup(),
                // not exec(): no nested event loop.
                auto *menu = new QMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                QHeaderView *header = m_table->horizontalHeader();
                for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
                    QAction *a =
                        menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    a->setCheckable(true);
                    a->setChecked(!header->isSectionHidden(column));
                    a->setEnabled(column != JobTableModel::JobIdColumn);
                    connect(a, &QAction::toggled, header,
                            [header, column](bool on) { header->setSectionHidden(column, !on); });
                }
                menu->popup(header->mapToGlobal(pos));
            });
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_copyIdAction);
    m_table->addAction(m_copyRowAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The pane and the actions follow the selection alone. The current index moves on its own
    // half-way through each change (a click moves it before selecting, an arrow key after), and
    // following it too showed the placeholder for a moment on every selection: the whole pane
    // laid out and painted twice for nothing.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::followSelection);
    applyDefaultColumnWidths();

    m_footer = new QWidget(tablePage);
    m_footer->setObjectName(QStringLiteral("tableFooter"));
    m_footerBusy = new QProgressBar(m_footer);
    m_footerBusy->setRange(0, 0);
    m_footerBusy->setTextVisible(false);
    m_footerBusy->setMaximumWidth(80);
    m_footerBusy->setMaximumHeight(fontMetrics().height() - 2);
    m_footerText = new QLabel(m_footer);
    m_footerText->setObjectName(QStringLiteral("tableFooterText"));
    m_loadMoreButton = new QPushButton(tr("Load &More"), m_footer);
    m_loadMoreButton->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMoreButton->setToolTip(tr("Fetch the next page of tasks"));
    connect(m_loadMoreButton, &QPushButton::clicked, this,
            [this] { m_list->fetchMore(); });
    m_loadAllButton = new QPushButton(tr("Load All"), m_footer);
    m_loadAllButton->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAllButton->setToolTip(m_loadAllAction->toolTip());
    connect(m_loadAllButton, &QPushButton::clicked, m_browser, &JobBrowser::loadAll);
    auto *footerLayout = new QHBoxLayout(m_footer);
    footerLayout->setContentsMargins(4, 2, 4, 2);
    footerLayout->addWidget(m_footerBusy);
    footerLayout->addWidget(m_footerText, 1);
    footerLayout->addWidget(m_loadMoreButton);
    footerLayout->addWidget(m_loadAllButton);

    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_footer);
    m_listStack->insertWidget(TablePage, tablePage);

    auto *empty = new QWidget(m_listStack);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyTitle = new QLabel(tr("No backfill tasks yet"), empty);
    emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont big = emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    emptyTitle->setFont(big);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("A backfill task re-delivers the last 90 days of a trail's "
                                    "events to Simple Log Service."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyCreate = new QPushButton(m_newAction->icon(), m_newAction->text(), empty);
    emptyCreate->setObjectName(QStringLiteral("emptyStateCreate"));
    connect(emptyCreate, &QPushButton::clicked, m_newAction, &QAction::trigger);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyCreate, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    m_listStack->insertWidget(EmptyPage, empty);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_listStack, 1);

    m_detail = new JobDetailPane(m_splitter);
    m_detail->setMinimumWidth(340);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    // The table gets the growth: its columns want it, the pane reads fine at ~420 px.
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({960, 420});

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_createdFilter);
    setTabOrder(m_createdFilter, m_table);
    setTabOrder(m_table, m_loadMoreButton);
    setTabOrder(m_loadMoreButton, m_loadAllButton);
    return m_splitter;
}

void MainWindow::applyDefaultColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    // As wide as the text really shown: a time in either zone as the model formats it, and the
    // widest JobId (10 digits today; 12 leaves room).
    const QDateTime sample(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
    const int time = std::max(fm.horizontalAdvance(JobFormat::dateTime(sample, true, false)),
                              fm.horizontalAdvance(JobFormat::dateTime(sample, false, false)))
        + pad;
    header->resizeSection(JobTableModel::JobIdColumn,
                          fm.horizontalAdvance(QStringLiteral("000000000000")) + pad);
    header->resizeSection(JobTableModel::TrailColumn, fm.averageCharWidth() * 22);
    header->resizeSection(JobTableModel::HomeRegionColumn,
                          fm.horizontalAdvance(QStringLiteral("ap-southeast-1")) + pad);
    header->resizeSection(JobTableModel::StatusColumn,
                          fm.horizontalAdvance(QStringLiteral("Initializing")) + 16 + pad + 8);
    for (int column : {int(JobTableModel::EventsFromColumn), int(JobTableModel::EventsToColumn),
                       int(JobTableModel::CreatedColumn), int(JobTableModel::UpdatedColumn)})
        header->resizeSection(column, time);
    header->resizeSection(JobTableModel::DurationColumn,
                          fm.horizontalAdvance(QStringLiteral("23 h 59 min")) + pad);
    // The event window is the least asked-for (always the 90 days before creation); the detail
    // pane shows it for the selected task, the header's context menu brings the columns back.
    header->setSectionHidden(JobTableModel::EventsFromColumn, true);
    header->setSectionHidden(JobTableModel::EventsToColumn, true);
    m_defaultTableWidth = 0;
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            m_defaultTableWidth += header->sectionSize(column);
    }
}

void MainWindow::onSourceChanged(JobSource *source)
{
    m_source = source;
    m_hiddenSelection = 0; // another account or region: another list
    m_banner->dismiss();
    m_bannerOrigin = BannerOrigin::None;
    m_detail->clear();
    m_pages->setCurrentIndex(source ? BrowserPage : FirstRunPage);
    if (source)
        sizeSplitterOnce();
    updateListState();
    updateCounts();
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

QString MainWindow::currentRegion() const
{
    return m_region->currentText().trimmed();
}

void MainWindow::setRegion(const QString &regionId)
{
    m_region->setCurrentText(regionId);
    m_lastRegion = currentRegion();
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
    settings.setValue(UiSettings::splitter(), m_splitter->saveState());
    settings.setValue(UiSettings::header(), m_table->horizontalHeader()->saveState());
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
    m_splitterRestored = m_splitter->restoreState(settings.value(UiSettings::splitter()).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(UiSettings::header()).toByteArray());
    const int sortColumn = settings.value(UiSettings::sortColumn(), int(JobTableModel::CreatedColumn))
                               .toInt();
    const auto order = Qt::SortOrder(
        settings.value(UiSettings::sortOrder(), int(Qt::DescendingOrder)).toInt());
    if (sortColumn >= 0 && sortColumn < JobTableModel::ColumnCount)
        m_table->sortByColumn(sortColumn, order == Qt::AscendingOrder ? Qt::AscendingOrder
                                                                      : Qt::DescendingOrder);
    m_region->setCurrentText(savedRegion());
    m_lastRegion = currentRegion();
    m_profile = savedProfile();
    m_list->setPageSize(settings.value(UiSettings::pageSize(), JobListLoader::DefaultPageSize).toInt());
    setLiveInterval(settings.value(UiSettings::liveInterval(), UiSettings::DefaultLiveIntervalSeconds)
                        .toInt());
    setAutoRefreshInterval(settings.value(UiSettings::autoRefreshInterval(),
                                          UiSettings::DefaultAutoRefreshSeconds)
                               .toInt());
    m_pauseLiveAction->setChecked(settings.value(UiSettings::livePaused(), false).toBool());
    m_autoRefreshAction->setChecked(settings.value(UiSettings::autoRefresh(), false).toBool());
    m_utcAction->setChecked(settings.value(UiSettings::showUtc(), false).toBool());
}

void MainWindow::sizeSplitterOnce()
{
    if (m_splitterRestored || m_splitterSized)
        return;
    m_splitterSized = true;
    // First start: give the table the width its default columns need, the pane the rest
    // (once laid out, hence the queued call).
    QTimer::singleShot(0, this, [this] {
        const int total = m_splitter->width();
        // Not the header's length: the stretched last section already fills whatever it has.
        const int table = m_defaultTableWidth
            + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth() + 24;
        const int pane = std::max(m_detail->minimumWidth(), total - table);
        m_splitter->setSizes({total - pane, pane});
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_exportAction->shortcut()) {
            event->ignore(); // not overridden: the shortcut goes to the action
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
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
    m_detail->setShowUtc(showUtc);
    if (m_utcAction->isChecked() != showUtc)
        m_utcAction->setChecked(showUtc);
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int total = m_list->totalCount();
    QString text;
    if (!m_source)
        text.clear();
    else if (total < 0)
        text = m_list->isLoading() ? tr("Loading\u2026") : QString();
    else if (total == 0 && loaded == 0)
        text = tr("No tasks");
    else
        text = tr("Loaded %1 of %2").arg(locale.toString(loaded), locale.toString(total));
    const int shown = m_proxy->rowCount();
    if (m_source && total >= 0 && shown != loaded)
        text = tr("Showing %1 \u00b7 %2").arg(locale.toString(shown), text);
    m_countLabel->setText(text);
    m_busy->setVisible(m_list->isLoading());
    updateListState();
}

void MainWindow::updateListState()
{
    const bool loading = m_list->isLoading();
    const bool empty = m_source && m_list->hasListed() && m_list->isComplete()
        && m_model->rowCount() == 0 && !loading && !m_list->lastError();
    m_listStack->setCurrentIndex(empty ? EmptyPage : TablePage);

    const bool more = m_source && !m_list->isComplete() && m_list->hasListed();
    m_footerBusy->setVisible(loading);
    if (loading) {
        m_footerText->setText(m_list->isLoadingAll()   ? tr("Loading all tasks\u2026")
                              : m_list->isRefreshing() ? tr("Refreshing\u2026")
                              : m_list->hasListed()    ? tr("Loading more tasks\u2026")
                                                        : tr("Loading backfill tasks\u2026"));
    } else if (m_list->lastError()) {
        m_footerText->setText(tr("Loading stopped: see the message above."));
    } else if (m_source && m_model->rowCount() > 0 && m_proxy->rowCount() == 0) {
        m_footerText->setText(more ? tr("No loaded task matches: load more to search further.")
                                   : tr("No task matches the search and filters."));
    } else if (more && m_proxy->isFiltering()) {
        m_footerText->setText(tr("Searching the %n loaded task(s); more are on the server.",
                                 nullptr, m_model->rowCount()));
    } else if (more) {
        m_footerText->setText(tr("More tasks on the server: scroll down or load them."));
    } else {
        m_footerText->clear();
    }
    // While an error stands, the banner's Retry is the one way on (Load More would do nothing).
    const bool offerMore = more && !loading && !m_list->lastError();
    m_loadMoreButton->setVisible(offerMore);
    m_loadAllButton->setVisible(offerMore);
    m_footer->setVisible(!m_footerText->text().isEmpty());
    m_loadAllAction->setEnabled(more && !m_list->isLoadingAll());
    m_refreshAction->setEnabled(m_source && !m_list->isRefreshing());
}

void MainWindow::updateActions()
{
    const bool haveJob = selectedJob().jobId != 0;
    m_deleteAction->setEnabled(m_source && haveJob);
    m_copyIdAction->setEnabled(haveJob);
    m_copyRowAction->setEnabled(haveJob);
    m_newAction->setEnabled(m_source);
    m_exportAction->setEnabled(m_source);
}

DeliveryJob MainWindow::selectedJob() const
{
    // Single selection of rows: any selected cell names the row (isRowSelected() would demand
    // every column, hidden ones too).
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return {};
    const QModelIndex selected = m_proxy->index(selection.first().top(), 0);
    return m_model->jobAt(m_proxy->mapToSource(selected).row());
}

void MainWindow::refilter(const std::function<void()> &apply)
{
    // A filter that hides the selected job takes it out of the pane; the filter that lets it
    // back (clearing the search, say) selects it again, unless another job was chosen meanwhile.
    if (const qint64 selected = selectedJob().jobId)
        m_hiddenSelection = selected;
    apply();
    if (selectedJob().jobId != 0 || (m_hiddenSelection != 0 && selectJob(m_hiddenSelection)))
        m_hiddenSelection = 0;
}

void MainWindow::followSelection()
{
    const DeliveryJob job = selectedJob();
    if (job.jobId != 0)
        m_hiddenSelection = 0; // a job is chosen: the one a filter hid is no longer wanted back
    m_browser->select(job.jobId);
    if (job.jobId == 0)
        m_detail->clear();
    updateActions();
    updateCounts();
}

bool MainWindow::selectJob(qint64 jobId)
{
    const int row = m_model->rowOfJob(jobId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::showNotifiedJob()
{
    if (m_notifiedJobId == 0)
        return;
    showNormal();
    activateWindow();
    raise();
    if (!selectJob(m_notifiedJobId)) {
        statusBar()->showMessage(
            m_model->rowOfJob(m_notifiedJobId) < 0
                ? tr("Backfill task %1 is no longer in the list.").arg(m_notifiedJobId)
                : tr("Backfill task %1 is hidden by the search or the filters.")
                      .arg(m_notifiedJobId),
            15000);
    }
}

void MainWindow::onListError(const ApiError &error)
{
    qCInfo(lcUi) << "listing failed:" << error.code << error.requestId;
    m_bannerOrigin = BannerOrigin::List;
    m_banner->showError(error, true);
    updateListState();
}

void MainWindow::onRetrying(int attempt, int maxAttempts, const ApiError &reason)
{
    const QString text = tr("Retrying %1/%2 \u2014 %3")
                             .arg(attempt)
                             .arg(maxAttempts)
                             .arg(ErrorText::shortReason(reason));
    statusBar()->showMessage(text, 10000);
    if (m_bannerOrigin == BannerOrigin::None)
        m_banner->showRetrying(attempt, maxAttempts, reason);
    // The retry notice goes away as soon as the model settles (the banner says what remains).
    connect(m_list, &JobListLoader::loadingChanged, m_banner, [this, text](bool loading) {
        if (loading)
            return;
        if (statusBar()->currentMessage() == text)
            statusBar()->clearMessage();
        if (m_bannerOrigin == BannerOrigin::None)
            m_banner->dismiss();
    }, Qt::SingleShotConnection);
}

void MainWindow::showActionError(const ApiError &error, const JobBrowser::Retry &retry)
{
    statusBar()->clearMessage(); // "Deleting…" is over
    m_bannerOrigin = BannerOrigin::Action;
    m_actionRetry = retry;
    m_banner->showError(error, static_cast<bool>(m_actionRetry));
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
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Backfill Browser"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showNotifiedJob);
        }
        m_tray->show();
        m_tray->showMessage(title, body,
                            status == JobStatus::Complete ? QSystemTrayIcon::Information
                                                          : QSystemTrayIcon::Warning);
    }
}

void MainWindow::refresh()
{
    if (!m_source)
        return;
    if (m_bannerOrigin == BannerOrigin::Action) {
        m_banner->dismiss();
        m_bannerOrigin = BannerOrigin::None;
    }
    m_browser->refresh();
}

void MainWindow::newTask()
{
    if (!m_source)
        return;
    auto *dialog = new CreateJobDialog(m_source, m_model->trailNames(), m_browser->runningJobId(),
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTrailName(selectedJob().trailName);
    // The dialog sends the create (one ClientToken for every attempt); what follows is the
    // browser's: fetch the new task, put it on top, and select it.
    connect(dialog, &CreateJobDialog::jobCreated, m_browser,
            &JobBrowser::adoptCreatedJob);
    dialog->open();
}

void MainWindow::confirmDelete()
{
    const DeliveryJob job = selectedJob();
    if (!m_source || job.jobId == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Backfill Task"),
                                tr("Delete backfill task %1 of trail \u201c%2\u201d?")
                                    .arg(job.jobId)
                                    .arg(job.trailName),
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
    const DeliveryJob job = selectedJob();
    if (job.jobId)
        QGuiApplication::clipboard()->setText(QString::number(job.jobId));
}

void MainWindow::copyRow()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    QStringList cells;
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            cells << m_proxy->index(current.row(), column).data().toString();
    }
    QGuiApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
}

void MainWindow::exportRows()
{
    QSettings settings;
    const QString format = settings.value(UiSettings::exportFormat(), QStringLiteral("csv")).toString();
    const QString folder = settings.value(UiSettings::exportFolder(),
                                          QStandardPaths::writableLocation(
                                              QStandardPaths::DocumentsLocation))
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
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, jsonFilter](const QString &path) {
        const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            || (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                && dialog->selectedNameFilter() == jsonFilter);
        const QByteArray data = JobExport::rows(*m_proxy, json ? JobExport::Format::Json
                                                               : JobExport::Format::Csv);
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
        settings.setValue(UiSettings::exportFormat(), json ? QStringLiteral("json")
                                                           : QStringLiteral("csv"));
        QString message = tr("Exported %n task(s) to %1", nullptr, m_proxy->rowCount())
                              .arg(QDir::toNativeSeparators(path));
        if (!m_list->isComplete())
            message += tr(" (only the tasks loaded so far: use Load All to export every task)");
        statusBar()->showMessage(message, 15000);
    });
    dialog->open();
}
