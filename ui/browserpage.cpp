#include "browserpage.h"

#include "errorbanner.h"
#include "errortext.h"
#include "jobdetailpane.h"
#include "models/jobexport.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobformat.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "statusstyle.h"
#include "uilogging.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
/** The detail pane's least width with a task shown, and with none (only a hint). */
constexpr int detailPaneWidth = 340;
constexpr int emptyPaneWidth = 220;
enum ListPage { TablePage, EmptyPage };
} // namespace

BrowserPage::BrowserPage(JobBrowser *browser, const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
    , m_model(browser->model())
    , m_proxy(browser->proxy())
    , m_list(browser->list())
    , m_actions(actions)
{
    setObjectName(QStringLiteral("browserPage"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
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
    // QLineEdit takes Ctrl+E (end of line) before the window sees it; Export wins here.
    m_search->installEventFilter(this);
    // Escape in the search field: clear it and go back to the table.
    m_clearSearchShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr,
                                          Qt::WidgetShortcut);
    connect(m_clearSearchShortcut, &QShortcut::activated, this, [this] {
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
                            JobFormat::statusText(JobStatus::Initializing, 0),
                            int(F::InitializingFlag));
    m_statusFilter->addItem(StatusStyle::icon(JobStatus::Delivering),
                            JobFormat::statusText(JobStatus::Delivering, 1),
                            int(F::DeliveringFlag));
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
    m_table->installEventFilter(this);
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
                fillColumnMenu(menu);
                menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    // Copying first; the destructive entry last, apart, where a slip of the mouse does not land.
    m_table->addAction(m_actions.copyJobId);
    m_table->addAction(m_actions.copyRow);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_actions.remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The pane and the actions follow the selection alone. The current index moves on its own
    // half-way through each change (a click moves it before selecting, an arrow key after), and
    // following it too showed the placeholder for a moment on every selection: the whole pane
    // laid out and painted twice for nothing.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowserPage::followSelection);
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
    connect(m_loadMoreButton, &QPushButton::clicked, this, [this] { m_list->fetchMore(); });
    m_loadAllButton = new QPushButton(tr("Load All"), m_footer);
    m_loadAllButton->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAllButton->setToolTip(m_actions.loadAll->toolTip());
    connect(m_loadAllButton, &QPushButton::clicked, m_browser, &JobBrowser::loadAll);
    m_waitCountdown = new QTimer(this);
    m_waitCountdown->setInterval(1000);
    connect(m_waitCountdown, &QTimer::timeout, this, &BrowserPage::showWaitCountdown);
    m_cancelLoadButton = new QPushButton(tr("Cancel"), m_footer);
    m_cancelLoadButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoadButton->setToolTip(tr("Stop loading; the tasks already loaded stay (Esc)"));
    connect(m_cancelLoadButton, &QPushButton::clicked, m_browser, &JobBrowser::cancelLoad);
    // Esc anywhere on the page stops Load all (in the search field too: it clears nothing then).
    m_cancelLoadShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr,
                                         Qt::WidgetWithChildrenShortcut);
    m_cancelLoadShortcut->setEnabled(false);
    connect(m_cancelLoadShortcut, &QShortcut::activated, m_browser, &JobBrowser::cancelLoad);
    auto *footerLayout = new QHBoxLayout(m_footer);
    footerLayout->setContentsMargins(4, 2, 4, 2);
    footerLayout->addWidget(m_footerBusy);
    footerLayout->addWidget(m_footerText, 1);
    footerLayout->addWidget(m_loadMoreButton);
    footerLayout->addWidget(m_loadAllButton);
    footerLayout->addWidget(m_cancelLoadButton);

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
    auto *emptyCreate
        = new QPushButton(m_actions.newTask->icon(), m_actions.newTask->text(), empty);
    emptyCreate->setObjectName(QStringLiteral("emptyStateCreate"));
    connect(emptyCreate, &QPushButton::clicked, m_actions.newTask, &QAction::trigger);
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
    m_detail->setMinimumWidth(emptyPaneWidth);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    // The table gets the growth: its columns want it, the pane reads fine at ~420 px.
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({960, 420});
    m_splitter->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMovedByUser = true; });

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_createdFilter);
    setTabOrder(m_createdFilter, m_table);
    setTabOrder(m_table, m_loadMoreButton);
    setTabOrder(m_loadMoreButton, m_loadAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list, &JobListLoader::countsChanged, this, &BrowserPage::updateCounts);
    connect(m_list, &JobListLoader::loadingChanged, this, &BrowserPage::updateCounts);
    connect(m_browser, &JobBrowser::loadProgress, this, &BrowserPage::updateListState);
    connect(m_list, &JobListLoader::errorOccurred, this, &BrowserPage::onListError);
    connect(m_list, &JobListLoader::errorCleared, this, [this] {
        if (m_bannerOrigin == BannerOrigin::List) {
            m_banner->dismiss();
            m_bannerOrigin = BannerOrigin::None;
        }
    });
    connect(m_list, &JobListLoader::retrying, this,
            [this](int attempt, int maxAttempts, const ApiError &reason, int delayMs) {
                onRetrying(attempt, maxAttempts, reason, delayMs);
            });
    connect(m_browser, &JobBrowser::jobShown, this, [this](qint64 jobId) { selectJob(jobId); });
    connect(m_browser, &JobBrowser::selectedDetailChanged, this,
            [this] { m_detail->showDetail(m_browser->selectedDetail()); });
    connect(m_browser, &JobBrowser::actionFailed, this, &BrowserPage::showActionError);
    connect(m_browser, &JobBrowser::sourceChanged, this, &BrowserPage::onSourceChanged);
    connect(m_detail, &JobDetailPane::retryRequested, m_browser, &JobBrowser::reloadSelected);
    connect(m_detail, &JobDetailPane::showUtcToggled, this, &BrowserPage::showUtcToggled);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrowserPage::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrowserPage::followSelection);
    // A search or filter edit is one layout change: the selection model (connected first, by
    // setModel) silently drops a selected row that no longer matches, and emits nothing.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BrowserPage::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BrowserPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrowserPage::updateCounts);
}

BrowserPage::~BrowserPage()
{
    // While the children are torn down this is no longer a BrowserPage: a focus-out or the
    // proxy resetting must not reach it.
    for (QObject *object : std::initializer_list<QObject *> {m_browser, m_list, m_model, m_proxy})
        disconnect(object, nullptr, this, nullptr);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void BrowserPage::onSourceChanged()
{
    m_hiddenSelection = 0; // another account or region: another list
    m_banner->dismiss();
    m_bannerOrigin = BannerOrigin::None;
    m_detail->clear();
    m_detail->setMinimumWidth(emptyPaneWidth);
    if (m_browser->source())
        fitSplitter();
    updateListState();
    updateCounts();
    emit selectionChanged();
}

void BrowserPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowserPage::dismissActionError()
{
    if (m_bannerOrigin == BannerOrigin::Action) {
        m_banner->dismiss();
        m_bannerOrigin = BannerOrigin::None;
    }
}

void BrowserPage::setShowUtc(bool showUtc)
{
    m_detail->setShowUtc(showUtc);
}

void BrowserPage::applyDefaultColumnWidths()
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
    // Only All regions fills it (setRegionColumnShown()).
    header->setSectionHidden(JobTableModel::RegionColumn, true);
    // Only All accounts fills it (setAccountColumnShown()); whose task it is reads first.
    header->setSectionHidden(JobTableModel::AccountColumn, true);
    header->moveSection(header->visualIndex(JobTableModel::AccountColumn), 0);
    m_defaultTableWidth = 0;
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            m_defaultTableWidth += header->sectionSize(column);
    }
}

void BrowserPage::fitSplitter()
{
    if (m_splitterRestored || m_splitterMovedByUser || m_splitter->width() <= 0)
        return;
    // On every resize, not once: a window that grows after the first layout (a larger font, the
    // window manager's size) would otherwise share the growth by stretch factor, and an empty
    // pane would take room the table's columns need.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    // Not the header's length: the stretched last section already fills whatever it has.
    const int table = m_defaultTableWidth + m_table->verticalScrollBar()->sizeHint().width()
        + 2 * m_table->frameWidth() + 24;
    const int pane = std::max(m_detail->minimumWidth(), total - table);
    m_splitter->setSizes({total - pane, pane});
}

bool BrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitSplitter();
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_actions.exportRows->shortcut()) {
            event->ignore(); // not overridden: the shortcut goes to the action
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress
        && m_table->selectionModel()->selection().isEmpty() && m_proxy->rowCount() > 0) {
        // The view keeps an unselected current row (the first) after focus comes in: the first
        // Down or Up would skip it and select the second. With nothing selected, the first
        // arrow selects the current row itself.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_Home) {
            const QModelIndex current = m_table->currentIndex();
            const QModelIndex row
                = current.isValid() && key != Qt::Key_Home ? current : m_proxy->index(0, 0);
            m_table->selectionModel()->setCurrentIndex(
                row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BrowserPage::updateCounts()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int total = m_list->totalCount();
    QString text;
    if (!m_browser->source())
        text.clear();
    else if (total < 0)
        text = m_list->isLoading() ? tr("Loading\u2026") : QString();
    else if (total == 0 && loaded == 0)
        text = tr("No tasks");
    else
        text = tr("Loaded %1 of %2").arg(locale.toString(loaded), locale.toString(total));
    const int shown = m_proxy->rowCount();
    if (m_browser->source() && total >= 0 && shown != loaded)
        text = tr("Showing %1 \u00b7 %2").arg(locale.toString(shown), text);
    m_countsText = text;
    emit countsChanged(text, m_list->isLoading());
    updateListState();
}

void BrowserPage::updateListState()
{
    const bool loading = m_list->isLoading();
    const bool empty = m_browser->source() && m_list->hasListed() && m_list->isComplete()
        && m_model->rowCount() == 0 && !loading && !m_list->lastError();
    m_listStack->setCurrentIndex(empty ? EmptyPage : TablePage);

    const bool more = m_browser->source() && !m_list->isComplete() && m_list->hasListed();
    const bool loadingAll = m_list->isLoadingAll();
    if (loadingAll && !m_loadAllShown)
        m_loadAllStartRows = m_model->rowCount();
    m_loadAllShown = loadingAll;
    m_footerBusy->setVisible(loading);
    m_footerBusy->setMaximumWidth(loadingAll ? 160 : 80);
    m_footerBusy->setTextVisible(false);
    if (loadingAll && m_list->totalCount() > 0) {
        m_footerBusy->setRange(0, m_list->totalCount());
        m_footerBusy->setValue(std::min(m_model->rowCount(), m_list->totalCount()));
    } else {
        m_footerBusy->setRange(0, 0);
    }
    if (loadingAll) {
        m_footerText->setText(loadAllText());
    } else if (loading) {
        m_footerText->setText(m_list->isRefreshing()    ? tr("Refreshing\u2026")
                                  : m_list->hasListed() ? tr("Loading more tasks\u2026")
                                                        : tr("Loading backfill tasks\u2026"));
    } else if (m_list->lastError()) {
        m_footerText->setText(tr("Loading stopped: see the message above."));
    } else if (m_browser->source() && m_model->rowCount() > 0 && m_proxy->rowCount() == 0) {
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
    // A retrying listing can be stopped like Load all: the banner says Esc does it.
    const bool cancellable = loadingAll || (loading && m_retrying);
    m_cancelLoadButton->setVisible(cancellable);
    m_cancelLoadShortcut->setEnabled(cancellable);
    m_clearSearchShortcut->setEnabled(!cancellable); // one owner for Esc at a time
    m_footer->setVisible(!m_footerText->text().isEmpty());
    emit listStateChanged();
}

void BrowserPage::setRegionColumnShown(bool shown)
{
    m_table->horizontalHeader()->setSectionHidden(JobTableModel::RegionColumn, !shown);
}

void BrowserPage::setAccountColumnShown(bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(JobTableModel::AccountColumn, !shown);
    // Room for a display name and a 16-digit id: "staging-payments (1800000000000002)".
    const int wide = header->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36;
    if (shown && header->sectionSize(JobTableModel::AccountColumn) < wide)
        header->resizeSection(JobTableModel::AccountColumn, wide);
}

void BrowserPage::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QAction *a = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        a->setEnabled(column != JobTableModel::JobIdColumn); // a row must stay nameable
        connect(a, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
}

void BrowserPage::sortBy(int column)
{
    // A new column starts in the order people mostly want: names A-Z, numbers and times newest
    // first; the same column again keeps its order (reverseSort() turns it).
    const bool text = column == JobTableModel::TrailColumn
        || column == JobTableModel::HomeRegionColumn || column == JobTableModel::StatusColumn;
    const Qt::SortOrder order = column == m_proxy->sortColumn()
        ? m_proxy->sortOrder()
        : (text ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_table->sortByColumn(column, order);
}

void BrowserPage::reverseSort()
{
    const int column = std::max(0, m_proxy->sortColumn());
    m_table->sortByColumn(column,
                          m_proxy->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                     : Qt::AscendingOrder);
}

QString BrowserPage::loadAllText() const
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int total = m_list->totalCount();
    if (total <= 0)
        return tr("Loading all tasks\u2026");
    QString text = tr("Loading %1 of %2 tasks\u2026")
                       .arg(locale.toString(std::min(loaded, total)), locale.toString(total));
    // An estimate once enough has arrived to say something: the rate so far, the rest to go.
    const qint64 elapsedMs = m_list->loadAllElapsedMs();
    const int gained = loaded - m_loadAllStartRows;
    if (elapsedMs >= 1000 && gained > 0 && loaded < total) {
        const qint64 leftMs = qint64(total - loaded) * elapsedMs / gained;
        text += QLatin1Char(' ')
            + tr("about %1 left").arg(JobFormat::duration(std::max<qint64>(1, leftMs / 1000)));
    }
    return text;
}

DeliveryJob BrowserPage::selectedJob() const
{
    // Single selection of rows: any selected cell names the row (isRowSelected() would demand
    // every column, hidden ones too).
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return {};
    const QModelIndex selected = m_proxy->index(selection.first().top(), 0);
    return m_model->jobAt(m_proxy->mapToSource(selected).row());
}

void BrowserPage::refilter(const std::function<void()> &apply)
{
    // A filter that hides the selected job takes it out of the pane; the filter that lets it
    // back (clearing the search, say) selects it again, unless another job was chosen meanwhile.
    if (const qint64 selected = selectedJob().jobId)
        m_hiddenSelection = selected;
    apply();
    if (selectedJob().jobId != 0 || (m_hiddenSelection != 0 && selectJob(m_hiddenSelection)))
        m_hiddenSelection = 0;
}

void BrowserPage::followSelection()
{
    const DeliveryJob job = selectedJob();
    if (job.jobId != 0)
        m_hiddenSelection = 0; // a job is chosen: the one a filter hid is no longer wanted back
    m_browser->select(job.jobId);
    if (job.jobId == 0)
        m_detail->clear();
    // Nothing selected, the pane only says so: the table may have the room its columns need.
    const int paneMinimum = job.jobId == 0 ? emptyPaneWidth : detailPaneWidth;
    if (m_detail->minimumWidth() != paneMinimum) {
        m_detail->setMinimumWidth(paneMinimum);
        fitSplitter();
    }
    emit selectionChanged();
    updateCounts();
}

bool BrowserPage::selectJob(qint64 jobId)
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

void BrowserPage::onListError(const ApiError &error)
{
    qCInfo(lcUi) << "listing failed:" << error.code << error.requestId;
    m_bannerOrigin = BannerOrigin::List;
    m_banner->showError(error, true);
    updateListState();
}

void BrowserPage::onRetrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs)
{
    const QString text = tr("Retrying %1/%2 \u2014 %3")
                             .arg(attempt)
                             .arg(maxAttempts)
                             .arg(ErrorText::shortReason(reason));
    emit statusMessage(text, 10000);
    m_retrying = true;
    if (delayMs > 2000) {
        // A wait people would notice says how long it still is, second by second.
        m_waitEnds.start();
        m_waitTotalMs = delayMs;
        m_waitAttempt = attempt;
        m_waitMaxAttempts = maxAttempts;
        m_waitReason = reason;
        m_waitText = tr("Retrying %1/%2 in %3 \u2014 %4")
                         .arg(attempt)
                         .arg(maxAttempts)
                         .arg(QStringLiteral("%1"), ErrorText::shortReason(reason));
        m_waitCountdown->start();
        showWaitCountdown();
    } else if (m_bannerOrigin == BannerOrigin::None) {
        m_banner->showRetrying(attempt, maxAttempts, reason);
    }
    updateListState();
    // The retry notice goes away as soon as the model settles (the banner says what remains).
    connect(
        m_list, &JobListLoader::loadingChanged, m_banner,
        [this, text](bool loading) {
            if (loading)
                return;
            emit statusMessageWithdrawn(text);
            m_waitCountdown->stop();
            m_retrying = false;
            updateListState();
            if (m_bannerOrigin == BannerOrigin::None)
                m_banner->dismiss();
        },
        Qt::SingleShotConnection);
}

void BrowserPage::showWaitCountdown()
{
    const qint64 leftMs = m_waitTotalMs - m_waitEnds.elapsed();
    if (leftMs <= 0) {
        m_waitCountdown->stop();
        return;
    }
    const int secondsLeft = int((leftMs + 999) / 1000);
    emit statusMessage(m_waitText.arg(JobFormat::duration(secondsLeft)), 2000);
    if (m_bannerOrigin == BannerOrigin::None)
        m_banner->showRetrying(m_waitAttempt, m_waitMaxAttempts, m_waitReason, secondsLeft);
}

void BrowserPage::showActionError(const ApiError &error, const JobBrowser::Retry &retry)
{
    emit statusMessageWithdrawn({}); // "Deleting…" is over
    m_bannerOrigin = BannerOrigin::Action;
    m_actionRetry = retry;
    m_banner->showError(error, static_cast<bool>(m_actionRetry));
}

void BrowserPage::copyRow()
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
