#include "trailspage.h"

#include "coveragetimeline.h"
#include "errortext.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/trailbrowser.h"
#include "models/trailformat.h"
#include "models/trailtablemodel.h"

#include <QHBoxLayout>

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

TrailsPage::TrailsPage(TrailBrowser *trails, QWidget *parent)
    : QWidget(parent)
    , m_trails(trails)
    , m_model(new TrailTableModel(trails, this))
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("Reload Trails"), this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_newTask(new QPushButton(tr("New Backfill Task for This Trail\u2026"), this))
    , m_timeline(new CoverageTimeline(this))
{
    setObjectName(QStringLiteral("trailsPage"));
    m_state->setObjectName(QStringLiteral("trailsState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("trailsReload"));

    m_table->setObjectName(QStringLiteral("trailTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Trails"));
    m_table->setTabKeyNavigation(false);

    m_detail->setObjectName(QStringLiteral("trailDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newTask->setObjectName(QStringLiteral("newTaskFromTrail"));

    auto *legend = new QLabel(
        tr("Each lane is a trail: the thin strip shows what the trail delivered to Simple Log "
           "Service itself (green) and the days nobody delivered (hatched red); the bars below "
           "are its backfill tasks (solid: complete; filling: running; pale and outlined: "
           "failed). The shaded part lies beyond the %1-day horizon. Click a "
           "task, or use the arrow keys and Enter, to show it in the task table.")
            .arg(Coverage::HorizonDays),
        this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    legend->setWordWrap(true);

    m_basis->setObjectName(QStringLiteral("timelineBasis"));
    m_basis->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    topLayout->addLayout(stateRow);
    topLayout->addWidget(m_table, 1);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_newTask, 0, Qt::AlignTop);
    topLayout->addLayout(detailRow);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *title
        = new QLabel(tr("<b>Coverage of the last %1 days</b>").arg(Coverage::HorizonDays), this);
    bottomLayout->addWidget(title);
    bottomLayout->addWidget(legend);
    bottomLayout->addWidget(m_basis);
    bottomLayout->addWidget(scroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("trailsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    // The timeline is the picture people come for; the table needs a few rows.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_table, m_newTask);
    setTabOrder(m_newTask, m_timeline);

    connect(m_retry, &QPushButton::clicked, m_trails, &TrailBrowser::refresh);
    connect(m_newTask, &QPushButton::clicked, this, [this] {
        const QString trail = currentTrail();
        if (!trail.isEmpty())
            emit newTaskRequested(trail);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(TrailTableModel::ReadyRole).toBool())
            emit newTaskRequested(index.data(TrailTableModel::TrailNameRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        m_timeline->focusTrail(currentTrail());
    });
    connect(m_timeline, &CoverageTimeline::trailFocused, this, &TrailsPage::selectTrail);
    connect(m_timeline, &CoverageTimeline::taskActivated, this, &TrailsPage::taskActivated);
    connect(m_trails, &TrailBrowser::trailsReset, this, [this] {
        updateTimeline();
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->resizeColumnsToContents();
        updateDetail();
        updateState();
    });
    connect(m_trails, &TrailBrowser::coverageChanged, this, &TrailsPage::updateTimeline);
    connect(m_trails, &TrailBrowser::coverageChanged, this, &TrailsPage::updateDetail);
    connect(m_trails, &TrailBrowser::entryChanged, this, &TrailsPage::updateDetail);
    connect(m_trails, &TrailBrowser::loadingChanged, this, &TrailsPage::updateState);
    connect(m_trails, &TrailBrowser::entryChanged, this, [this] {
        // The status columns are known only when the last answer came.
        if (m_trails->statusRequestsInFlight() == 0)
            m_table->resizeColumnsToContents();
    });
    connect(m_trails->jobs()->list(), &JobListLoader::countsChanged, this,
            &TrailsPage::updateBasis);
    updateBasis(m_trails->jobs()->model()->rowCount(), m_trails->jobs()->list()->totalCount());
    updateTimeline();
    updateDetail();
    updateState();
}

QString TrailsPage::currentTrail() const
{
    return m_table->currentIndex().data(TrailTableModel::TrailNameRole).toString();
}

bool TrailsPage::selectTrail(const QString &trailName)
{
    const int row = m_trails->indexOf(trailName);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void TrailsPage::updateTimeline()
{
    QList<TrailCoverage> coverages;
    coverages.reserve(m_trails->count());
    for (int i = 0; i < m_trails->count(); ++i)
        coverages.append(m_trails->entry(i).coverage);
    m_timeline->setCoverages(coverages, m_trails->now());
}

void TrailsPage::updateDetail()
{
    const int row = m_trails->indexOf(currentTrail());
    if (row < 0) {
        m_detail->clear();
        m_newTask->setEnabled(false);
        return;
    }
    const TrailEntry &entry = m_trails->entry(row);
    QStringList lines;
    lines << entry.readiness.explanation();
    if (entry.readiness.isReady()) {
        lines << tr("A task created now would deliver %1. Each day of waiting loses the oldest "
                    "day.")
                     .arg(TrailFormat::newTaskWindow(m_trails->now(), entry.startedLogging()));
    }
    // The service runs one backfill task per account at a time: a ready trail still waits.
    const QString waiting = m_runningJobId > 0
        ? tr("Task %1 is still running; an account runs one backfill task at a time, so a new "
             "one can start when it ends.")
              .arg(m_runningJobId)
        : QString();
    if (entry.readiness.isReady() && !waiting.isEmpty())
        lines << waiting;
    lines << TrailFormat::coverageSummary(entry.coverage);
    if (entry.statusState == TrailEntry::StatusState::Failed)
        lines << tr("Status unavailable: %1").arg(ErrorText::shortReason(entry.statusError));
    m_detail->setText(lines.join(QLatin1Char('\n')));
    const bool canCreate = entry.readiness.isReady() && waiting.isEmpty();
    m_newTask->setEnabled(canCreate);
    m_newTask->setToolTip(!entry.readiness.isReady() ? entry.readiness.explanation() : waiting);
}

void TrailsPage::setRunningJob(qint64 jobId)
{
    m_runningJobId = std::max<qint64>(jobId, 0);
    updateDetail();
}

void TrailsPage::updateBasis(int loaded, int total)
{
    // The picture knows only the tasks loaded: say so while more exist.
    const QLocale locale;
    m_basis->setText(total > loaded
                         ? tr("Drawn from the %1 tasks loaded of %2: Load All (%3) for every "
                              "task.")
                               .arg(locale.toString(loaded), locale.toString(total),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)
                                        .toString(QKeySequence::NativeText))
                         : QString());
    m_basis->setVisible(total > loaded);
}

void TrailsPage::updateState()
{
    if (m_trails->isLoading()) {
        m_state->setText(tr("Loading trails\u2026"));
    } else if (m_trails->hasListError()) {
        m_state->setText(
            tr("Could not list the trails: %1").arg(ErrorText::shortReason(m_trails->listError())));
    } else {
        int ready = 0;
        for (int i = 0; i < m_trails->count(); ++i)
            ready += m_trails->entry(i).readiness.isReady() ? 1 : 0;
        m_state->setText(
            m_trails->count() == 0
                ? tr("No trails in this account.")
                : tr("%n trail(s), %1 ready for a backfill task in %2.", nullptr, m_trails->count())
                      .arg(ready)
                      .arg(m_trails->region().isEmpty() ? tr("its home region")
                                                        : m_trails->region()));
    }
    m_retry->setEnabled(!m_trails->isLoading() && m_trails->source());
}
