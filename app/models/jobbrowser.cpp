#include "jobbrowser.h"

#include "activejobpoller.h"
#include "jobfilterproxymodel.h"
#include "jobformat.h"
#include "joblistloader.h"
#include "jobsource.h"
#include "jobtablemodel.h"
#include "modelslogging.h"

JobBrowser::JobBrowser(QObject *parent)
    : QObject(parent)
    , m_model(new JobTableModel(this))
    , m_proxy(new JobFilterProxyModel(this))
    , m_list(new JobListLoader(m_model, this))
    , m_poller(new ActiveJobPoller(m_model, this))
    , m_details(new JobDetailLoader(this))
{
    m_proxy->setSourceModel(m_model);
    connect(m_model, &JobTableModel::jobFinished, this, &JobBrowser::jobFinished);
    connect(m_list, &JobListLoader::loadProgress, this, &JobBrowser::loadProgress);
    // One writer: a fetched job goes to the model; every view hears it from there.
    connect(m_details, &JobDetailLoader::jobFetched, this,
            [this](const DeliveryJob &job) { m_model->applyJob(job); });
    connect(m_poller, &ActiveJobPoller::jobUpdated, m_details, &JobDetailLoader::put);
    connect(m_details, &JobDetailLoader::detailChanged, this, [this](qint64 jobId) {
        if (jobId == m_selected)
            emit selectedDetailChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOfJob(m_selected);
                if (m_selected && row >= topLeft.row() && row <= bottomRight.row())
                    emit selectedDetailChanged();
                m_runningCheck.start();
            });
    // Which task runs is looked for once after a burst of changes (a refresh of 100,000 rows
    // changes many), not per change.
    m_runningCheck.setSingleShot(true);
    m_runningCheck.setInterval(0);
    connect(&m_runningCheck, &QTimer::timeout, this, &JobBrowser::checkRunningJob);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, &m_runningCheck, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, &m_runningCheck, qOverload<>(&QTimer::start));
    // The neighbours of the selection change when the view's order does.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobBrowser::updatePrefetch);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &JobBrowser::updatePrefetch);

    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_list->isLoading() && !m_list->lastError())
            m_list->refresh();
    });
    // Running durations move on even when nothing is fetched, on the pane's clock.
    m_durations.setInterval(JobFormat::runningRefreshMs);
    connect(&m_durations, &QTimer::timeout, this, [this] { m_model->refreshDurations(); });
    m_durations.start();
}

JobBrowser::~JobBrowser()
{
    // The loader and the poller hold the model: they go first (children would be deleted in
    // creation order, the model before them).
    delete m_list;
    delete m_poller;
    delete m_details;
}

void JobBrowser::setSource(JobSource *source)
{
    m_source = source;
    m_selected = 0;
    m_details->setSource(source);
    m_poller->setSource(source);
    m_list->setSource(source);
    emit sourceChanged(source);
    emit selectedDetailChanged();
}

void JobBrowser::refresh()
{
    if (!m_source)
        return;
    m_list->refresh();
    reloadSelected();
}

void JobBrowser::loadAll()
{
    m_list->loadAll();
}

void JobBrowser::cancelLoad()
{
    m_list->cancel();
}

void JobBrowser::retry()
{
    m_list->retry();
}

void JobBrowser::createJob(const QString &trailName, const QString &clientToken)
{
    if (!m_source)
        return;
    PendingJobRequest *request = m_source->createJob(trailName, clientToken);
    connect(request, &PendingJobRequest::created, this,
            [this, trailName](const CreatedJob &created) { adoptCreatedJob(created, trailName); });
    connect(request, &PendingJobRequest::failed, this,
            [this, trailName, clientToken](const ApiError &error) {
                // The same ClientToken: a create that did reach the service is not made twice.
                emit actionFailed(
                    error, [this, trailName, clientToken] { createJob(trailName, clientToken); });
            });
}

void JobBrowser::adoptCreatedJob(const CreatedJob &created, const QString &trailName)
{
    emit jobCreated(created, trailName);
    if (!m_source)
        return;
    PendingJobRequest *request = m_source->getJob(created.jobId);
    connect(request, &PendingJobRequest::fetched, this,
            [this](const DeliveryJob &job, const QString &requestId) {
                m_list->addCreatedJob(job);
                m_details->put(job, requestId);
                emit jobShown(job.jobId);
            });
    // Not fetched: the list is fetched again, and the task comes with it.
    connect(request, &PendingJobRequest::failed, m_list, &JobListLoader::refresh);
}

void JobBrowser::deleteJob(qint64 jobId)
{
    if (!m_source || jobId == 0)
        return;
    PendingJobRequest *request = m_source->deleteJob(jobId);
    connect(request, &PendingJobRequest::deleted, this,
            [this](qint64 id, const QString &requestId) {
                // Only now, with the service's confirmation, does the row go.
                m_list->removeDeletedJob(id);
                emit jobDeleted(id, requestId, false);
            });
    connect(request, &PendingJobRequest::failed, this, [this, jobId](const ApiError &error) {
        if (isNotFoundError(error)) {
            m_list->removeDeletedJob(jobId);
            emit jobDeleted(jobId, error.requestId, true);
            return;
        }
        emit actionFailed(error, [this, jobId] { deleteJob(jobId); });
    });
}

void JobBrowser::select(qint64 jobId)
{
    if (jobId == m_selected)
        return;
    m_selected = jobId;
    m_details->setCurrent(jobId);
    updatePrefetch();
    emit selectedDetailChanged();
}

JobDetail JobBrowser::selectedDetail() const
{
    if (m_selected == 0)
        return {};
    JobDetail detail = m_details->detail(m_selected);
    const int row = m_model->rowOfJob(m_selected);
    if (row >= 0) {
        const QList<RegionStatus> regions = detail.job.regions;
        detail.job = m_model->jobAt(row);
        detail.job.regions = regions;
    }
    return detail;
}

void JobBrowser::reloadSelected()
{
    m_details->reload(m_selected);
}

qint64 JobBrowser::runningJobId() const
{
    const QList<qint64> active = m_model->activeJobIds();
    return active.isEmpty() ? 0 : active.first();
}

void JobBrowser::checkRunningJob()
{
    const qint64 running = runningJobId();
    if (running != m_running) {
        m_running = running;
        emit runningJobChanged(running);
    }
}

void JobBrowser::setShowUtc(bool showUtc)
{
    m_model->setShowUtc(showUtc);
}

void JobBrowser::setAutoRefreshSeconds(int seconds)
{
    if (seconds > 0)
        m_autoRefresh.start(seconds * 1000);
    else
        m_autoRefresh.stop();
}

void JobBrowser::setClock(std::function<QDateTime()> clock)
{
    m_model->setClock(clock);
    m_details->setClock(std::move(clock));
}

void JobBrowser::setPrefetchEnabled(bool enabled)
{
    m_prefetch = enabled;
    updatePrefetch();
}

void JobBrowser::updatePrefetch()
{
    QList<qint64> wanted;
    const int row = m_selected && m_prefetch ? m_model->rowOfJob(m_selected) : -1;
    const QModelIndex at
        = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (at.isValid()) {
        // Nearest first, below before above: people mostly move down a list.
        for (int step = 1; step <= std::max(PrefetchBelow, PrefetchAbove); ++step) {
            for (int r : {at.row() + step, at.row() - step}) {
                const bool inReach = r > at.row() ? step <= PrefetchBelow : step <= PrefetchAbove;
                if (inReach && r >= 0 && r < m_proxy->rowCount())
                    wanted << m_proxy->index(r, 0).data(JobTableModel::JobIdRole).toLongLong();
            }
        }
    }
    m_details->setPrefetch(wanted);
}
