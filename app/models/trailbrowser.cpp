#include "trailbrowser.h"

#include "jobbrowser.h"
#include "jobtablemodel.h"
#include "modelslogging.h"
#include "trailsource.h"

#include <QHash>

QDateTime TrailEntry::startedLogging() const
{
    if (trail.startLoggingTime.isValid())
        return trail.startLoggingTime;
    return status.startLoggingTime;
}

TrailBrowser::TrailBrowser(JobBrowser *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    // Many model signals arrive per page or per poll: recompute once, after they settle.
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(0);
    connect(&m_recompute, &QTimer::timeout, this, &TrailBrowser::recomputeCoverage);
    const auto schedule = [this] { m_recompute.start(); };
    JobTableModel *model = m_jobs->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_jobs->details(), &JobDetailLoader::detailChanged, this, schedule);
}

TrailBrowser::~TrailBrowser()
{
    dropRequests();
}

void TrailBrowser::setSource(TrailSource *source)
{
    if (source == m_source && source)
        return;
    dropRequests();
    m_source = source;
    m_entries.clear();
    m_hasListError = false;
    emit trailsReset();
    refresh();
}

void TrailBrowser::refresh()
{
    dropRequests();
    if (!m_source) {
        emit loadingChanged(false);
        return;
    }
    PendingTrailRequest *request = m_source->describeTrails();
    m_listRequest = request;
    connect(request, &PendingTrailRequest::trailsListed, this,
            [this](const QList<Trail> &trails, const QString &requestId) {
                qCInfo(lcModel) << "trails listed:" << trails.size() << requestId;
                m_listRequest = nullptr;
                m_hasListError = false;
                onListed(trails);
                emit loadingChanged(false);
            });
    connect(request, &PendingTrailRequest::failed, this, [this](const ApiError &error) {
        qCInfo(lcModel) << "trails listing failed:" << error.code << error.requestId;
        m_listRequest = nullptr;
        m_listError = error;
        m_hasListError = true;
        emit listFailed(error);
        emit loadingChanged(false);
    });
    emit loadingChanged(true);
}

void TrailBrowser::dropRequests()
{
    if (m_listRequest) {
        disconnect(m_listRequest, nullptr, this, nullptr);
        m_listRequest->abort();
    }
    m_listRequest = nullptr;
    for (auto &[name, request] : m_statusRequests) {
        if (request) {
            disconnect(request, nullptr, this, nullptr);
            request->abort();
        }
    }
    m_statusRequests.clear();
    m_statusQueue.clear();
}

int TrailBrowser::indexOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).trail.name == name)
            return i;
    }
    return -1;
}

QList<Trail> TrailBrowser::trails() const
{
    QList<Trail> trails;
    trails.reserve(m_entries.size());
    for (const TrailEntry &entry : m_entries)
        trails.append(entry.trail);
    return trails;
}

QString TrailBrowser::region() const
{
    return m_source ? m_source->region() : QString();
}

void TrailBrowser::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_recompute.start();
}

QDateTime TrailBrowser::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TrailBrowser::onListed(const QList<Trail> &trails)
{
    const QString here = region();
    m_entries.clear();
    m_entries.reserve(trails.size());
    for (const Trail &trail : trails) {
        TrailEntry entry;
        entry.trail = trail;
        entry.readiness = BackfillReadiness::of(trail, here);
        m_entries.append(entry);
        m_statusQueue.append(trail.name);
    }
    recomputeCoverage();
    emit trailsReset();
    pumpStatus();
}

void TrailBrowser::pumpStatus()
{
    while (m_source && m_statusRequests.size() < MaxStatusRequests && !m_statusQueue.isEmpty()) {
        const int index = indexOf(m_statusQueue.takeFirst());
        if (index >= 0)
            startStatus(index);
    }
}

void TrailBrowser::startStatus(int index)
{
    TrailEntry &entry = m_entries[index];
    const QString name = entry.trail.name;
    entry.statusState = TrailEntry::StatusState::Loading;
    PendingTrailRequest *request = m_source->getTrailStatus(entry.trail);
    m_statusRequests.append({name, request});
    const auto settle = [this, name](const std::function<void(TrailEntry &)> &apply) {
        m_statusRequests.removeIf([&name](const auto &item) { return item.first == name; });
        const int at = indexOf(name);
        if (at >= 0) {
            apply(m_entries[at]);
            emit entryChanged(at);
        }
        pumpStatus();
    };
    connect(request, &PendingTrailRequest::statusFetched, this,
            [this, settle](const TrailStatus &status) {
                settle([&status](TrailEntry &entry) {
                    entry.statusState = TrailEntry::StatusState::Loaded;
                    entry.status = status;
                });
                // The status may be the first to say when the trail started logging.
                m_recompute.start();
            });
    connect(request, &PendingTrailRequest::failed, this, [settle](const ApiError &error) {
        settle([&error](TrailEntry &entry) {
            entry.statusState = TrailEntry::StatusState::Failed;
            entry.statusError = error;
        });
    });
    emit entryChanged(index);
}

void TrailBrowser::recomputeCoverage()
{
    // One pass over the loaded tasks, grouped by trail; a task whose regions the detail loader
    // knows brings its progress.
    QHash<QString, QList<DeliveryJob>> byTrail;
    const JobTableModel *model = m_jobs->model();
    const JobDetailLoader *details = m_jobs->details();
    for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
        DeliveryJob job = model->jobAt(row);
        if (isJobActive(job.status)) {
            const JobDetail detail = details->detail(job.jobId);
            if (detail.regionsKnown)
                job.regions = detail.job.regions;
        }
        byTrail[job.trailName].append(job);
    }
    const QDateTime time = now();
    for (TrailEntry &entry : m_entries) {
        Trail trail = entry.trail;
        trail.startLoggingTime = entry.startedLogging();
        entry.coverage = TrailCoverage::compute(trail, byTrail.value(trail.name), time);
    }
    emit coverageChanged();
}
