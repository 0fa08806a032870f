#include "jobdetailpane.h"

#include "copyfeedback.h"
#include "domain/regioncatalog.h"
#include "domain/safetext.h"
#include "errortext.h"
#include "models/jobexport.h"
#include "models/jobformat.h"
#include "models/regionstatusmodel.h"
#include "segmentedprogressbar.h"
#include "statusstyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *selectableValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

JobDetailPane::JobDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("jobDetailPane"));
    m_stack->setObjectName(QStringLiteral("detailPages"));
    setAccessibleName(tr("Task details"));

    // Page 0: nothing selected.
    auto *placeholder
        = new QLabel(tr("Select a backfill task to see its regions and times."), m_stack);
    placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    // Page 1: the job.
    auto *page = new QWidget(m_stack);
    m_title = selectableValue(QStringLiteral("detailTitle"), page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel(page);
    m_badge->setObjectName(QStringLiteral("detailStatusBadge"));
    m_subtitle = selectableValue(QStringLiteral("detailSubtitle"), page);
    m_subtitle->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_badge);

    m_created = selectableValue(QStringLiteral("detailCreated"), page);
    m_eventsFrom = selectableValue(QStringLiteral("detailEventsFrom"), page);
    m_eventsTo = selectableValue(QStringLiteral("detailEventsTo"), page);
    m_updated = selectableValue(QStringLiteral("detailUpdated"), page);
    m_ended = selectableValue(QStringLiteral("detailEnded"), page);
    m_duration = selectableValue(QStringLiteral("detailDuration"), page);
    m_endedLabel = new QLabel(tr("Ended:"), page);
    m_durationLabel = new QLabel(tr("Duration:"), page);
    auto *times = new QFormLayout;
    times->setLabelAlignment(Qt::AlignRight);
    times->addRow(tr("Created:"), m_created);
    auto *eventsFromLabel = new QLabel(tr("Events from:"), page);
    eventsFromLabel->setToolTip(tr("The window of the trail's events this task delivers "
                                   "(the service's StartTime and EndTime)"));
    times->addRow(eventsFromLabel, m_eventsFrom);
    times->addRow(tr("Events to:"), m_eventsTo);
    times->addRow(tr("Updated:"), m_updated);
    times->addRow(m_endedLabel, m_ended);
    times->addRow(m_durationLabel, m_duration);

    m_utc = new QCheckBox(tr("Show times in &UTC"), page);
    m_utc->setObjectName(QStringLiteral("detailUtcToggle"));
    m_utc->setToolTip(tr("Show times in UTC instead of local time (Ctrl+U)"));

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("detailRegionSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_bar = new SegmentedProgressBar(page);
    m_regions = new RegionStatusModel(this);
    m_regions->setStatusDecorator(StatusStyle::decorator(palette()));
    m_regionsView = new QTableView(page);
    m_regionsView->setObjectName(QStringLiteral("detailRegionsView"));
    m_regionsView->setAccessibleName(tr("Regions"));
    m_regionsView->setModel(m_regions);
    m_regionsView->verticalHeader()->hide();
    m_regionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_regionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_regionsView->setAlternatingRowColors(true);
    m_regionsView->setShowGrid(false);
    m_regionsView->setWordWrap(false);
    m_regionsView->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    // Fit the pane's width: ids and statuses as wide as their text, the name takes the rest.
    QHeaderView *regionHeader = m_regionsView->horizontalHeader();
    regionHeader->setStretchLastSection(false);
    regionHeader->setSectionResizeMode(RegionStatusModel::RegionIdColumn,
                                       QHeaderView::ResizeToContents);
    regionHeader->setSectionResizeMode(RegionStatusModel::RegionNameColumn, QHeaderView::Stretch);
    regionHeader->setSectionResizeMode(RegionStatusModel::StatusColumn,
                                       QHeaderView::ResizeToContents);
    m_regionsView->setTextElideMode(Qt::ElideRight);
    m_regionsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_loading = new QLabel(tr("Loading regions\u2026"), page);
    m_loading->setObjectName(QStringLiteral("detailLoading"));
    m_loading->setEnabled(false);
    m_errorBox = new QWidget(page);
    m_errorBox->setObjectName(QStringLiteral("detailError"));
    m_errorText = selectableValue(QStringLiteral("detailErrorText"), m_errorBox);
    m_errorText->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry"), m_errorBox);
    m_retry->setObjectName(QStringLiteral("detailRetry"));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_errorBox->hide();

    // A frameless read-only line: long ids scroll instead of being clipped, and copy as text.
    m_requestIdLabel = new QLineEdit(page);
    m_requestIdLabel->setObjectName(QStringLiteral("detailRequestId"));
    m_requestIdLabel->setReadOnly(true);
    m_requestIdLabel->setFrame(false);
    m_requestIdLabel->setAccessibleName(tr("RequestId of the last fetch"));
    {
        QPalette pal = m_requestIdLabel->palette();
        pal.setColor(QPalette::Base, Qt::transparent);
        m_requestIdLabel->setPalette(pal);
    }
    m_copyRequestId = new QToolButton(page);
    m_copyRequestId->setObjectName(QStringLiteral("detailCopyRequestId"));
    m_copyRequestId->setText(tr("Copy"));
    m_copyRequestId->setToolTip(tr("Copy the RequestId of the last fetch (for support)"));
    m_copyRequestId->setAccessibleName(tr("Copy RequestId"));
    m_copyJson = new QPushButton(tr("Copy as &JSON"), page);
    m_copyJson->setObjectName(QStringLiteral("detailCopyJson"));
    m_copyJson->setToolTip(tr("Copy this task, with its regions, as the API's JSON"));
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestIdLabel, 1);
    requestRow->addWidget(m_copyRequestId);
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_copyJson);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addLayout(times);
    layout->addWidget(m_utc);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_loading);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_regionsView, 1);
    // Takes the free space while the regions table is hidden (loading, error), so the header
    // and times stay together at the top instead of spreading over the pane.
    m_filler = new QWidget(page);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);
    layout->addLayout(requestRow);
    layout->addLayout(footer);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_utc, &QCheckBox::toggled, this, [this](bool on) {
        setShowUtc(on);
        emit showUtcToggled(on);
    });
    connect(m_retry, &QPushButton::clicked, this, &JobDetailPane::retryRequested);
    connect(m_copyRequestId, &QToolButton::clicked, this,
            [this] { CopyFeedback::copy(m_copyRequestId, m_requestId); });
    // A running duration is shown to the second: recompute it as often as the table does.
    m_tick = new QTimer(this);
    m_tick->setInterval(JobFormat::runningRefreshMs);
    connect(m_tick, &QTimer::timeout, this, &JobDetailPane::renderTimes);
    connect(m_copyJson, &QPushButton::clicked, this, &JobDetailPane::copyJson);
    clear();
}

JobDetailPane::~JobDetailPane() = default;

void JobDetailPane::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void JobDetailPane::clear()
{
    m_job = {};
    m_regionsKnown = false;
    m_requestId.clear();
    m_regions->setRegions({});
    m_stack->setCurrentIndex(0);
    m_tick->stop();
}

void JobDetailPane::showDetail(const JobDetail &detail)
{
    if (detail.job.jobId == 0) {
        clear();
        return;
    }
    const bool sameJob = detail.job.jobId == m_job.jobId && m_stack->currentIndex() == 1;
    m_job = detail.job;
    m_regionsKnown = detail.regionsKnown;
    m_requestId = detail.requestId;
    m_fetchedAt = detail.fetchedAt;
    m_stack->setCurrentIndex(1);
    if (detail.error && !detail.loading) {
        m_errorText->setText(describeApiError(*detail.error, ErrorAudience::Window)
                             + QLatin1Char('\n') + ErrorText::identifiers(*detail.error));
        m_errorBox->show();
    } else {
        m_errorBox->hide();
    }
    m_loadingRegions = detail.loading;
    m_retryNote = detail.retryNote;
    render();
    if (!sameJob)
        m_regionsView->scrollToTop();
}

void JobDetailPane::renderFreshness()
{
    // Loading shows only while nothing is known; a background refresh of a shown job is quiet.
    QString text;
    if (m_loadingRegions && !m_regionsKnown)
        text = m_retryNote.isEmpty() ? tr("Loading regions\u2026")
                                     : tr("Loading regions\u2026 %1").arg(m_retryNote);
    else if (m_regionsKnown && m_fetchedAt.isValid()) {
        const qint64 age = m_fetchedAt.secsTo(m_clock());
        if (age >= StaleAfterSeconds)
            text = m_loadingRegions
                ? tr("Updated %1 ago; updating\u2026").arg(JobFormat::duration(age))
                : tr("Updated %1 ago").arg(JobFormat::duration(age));
    }
    m_loading->setText(text);
    m_loading->setVisible(!text.isEmpty());
}

void JobDetailPane::setShowUtc(bool showUtc)
{
    if (m_showUtc == showUtc)
        return;
    m_showUtc = showUtc;
    const QSignalBlocker blocker(m_utc);
    m_utc->setChecked(showUtc);
    renderTimes();
}

void JobDetailPane::setTime(QLabel *label, const QDateTime &utc)
{
    if (!utc.isValid()) {
        label->setText(tr("\u2014"));
        label->setToolTip({});
        return;
    }
    label->setText(JobFormat::dateTimeWithZone(utc, m_showUtc));
    label->setToolTip(JobFormat::exactWithLocalZone(utc));
}

void JobDetailPane::renderTimes()
{
    setTime(m_created, m_job.createdTime);
    setTime(m_eventsFrom, m_job.eventsFrom);
    setTime(m_eventsTo, m_job.eventsTo);
    setTime(m_updated, m_job.updatedTime);
    const bool finished = m_job.status == JobStatus::Complete || m_job.status == JobStatus::Failed;
    m_endedLabel->setVisible(finished);
    m_ended->setVisible(finished);
    if (finished) {
        setTime(m_ended, m_job.updatedTime);
        m_ended->setToolTip(m_ended->toolTip() + QLatin1Char('\n')
                            + tr("The service reports no end time; this is the last update."));
    }
    const qint64 seconds
        = JobFormat::durationSeconds(m_job.status, m_job.createdTime, m_job.updatedTime, m_clock());
    m_durationLabel->setText(isJobActive(m_job.status) ? tr("Elapsed:") : tr("Took:"));
    m_duration->setText(JobFormat::duration(seconds));
    renderFreshness();
    const bool ticking = isJobActive(m_job.status) && m_stack->currentIndex() == 1;
    if (ticking && !m_tick->isActive())
        m_tick->start();
    else if (!ticking)
        m_tick->stop();
}

void JobDetailPane::render()
{
    m_title->setText(tr("Task %1").arg(m_job.jobId));
    m_badge->setText(
        QStringLiteral("<img src=\"%1\" width=16 height=16 style=\"vertical-align:"
                       "middle\"> <b><font color=\"%2\">%3</font></b>")
            .arg(StatusStyle::iconPath(m_job.status),
                 StatusStyle::color(m_job.status, palette()).name(),
                 JobFormat::statusText(m_job.status, m_job.rawStatus).toHtmlEscaped()));
    m_badge->setAccessibleName(
        tr("Status: %1").arg(JobFormat::statusText(m_job.status, m_job.rawStatus)));
    const QString regionName = RegionCatalog::displayName(m_job.homeRegion);
    QString subtitle = regionName.isEmpty()
        ? tr("Trail %1 \u00b7 home region %2").arg(m_job.trailName, m_job.homeRegion)
        : tr("Trail %1 \u00b7 home region %2, %3")
              .arg(m_job.trailName, m_job.homeRegion, regionName);
    // All accounts: whose task it is (its details and Delete go to that account).
    if (!m_job.accountId.isEmpty()) {
        const QString name = SafeText::forDisplay(m_job.accountName);
        subtitle += QLatin1Char('\n')
            + (name.isEmpty() ? tr("Account %1").arg(m_job.accountId)
                              : tr("Account %1 (%2)").arg(name, m_job.accountId));
    }
    m_subtitle->setText(subtitle);
    renderTimes();
    m_regions->setRegions(m_job.regions);
    m_bar->setRegions(m_job.regions);
    m_bar->setVisible(m_regionsKnown);
    m_summary->setText(m_regionsKnown ? m_regions->summary() : QString());
    m_summary->setVisible(m_regionsKnown);
    m_regionsView->setVisible(m_regionsKnown);
    m_filler->setVisible(!m_regionsKnown);
    m_requestIdLabel->setText(m_requestId.isEmpty() ? QString()
                                                    : tr("RequestId: %1").arg(m_requestId));
    m_requestIdLabel->setCursorPosition(0);
    m_copyRequestId->setEnabled(!m_requestId.isEmpty());
}

void JobDetailPane::copyJson()
{
    const QJsonObject json = JobExport::toJson(m_job, m_requestId);
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void JobDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_regions->setStatusDecorator(StatusStyle::decorator(palette()));
        if (m_stack->currentIndex() == 1)
            render();
    }
    QWidget::changeEvent(event);
}
