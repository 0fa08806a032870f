#include "activejobpoller.h"

#include "api/apierror.h"
#include "jobtablemodel.h"
#include "modelslogging.h"

ActiveJobPoller::ActiveJobPoller(JobTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActiveJobPoller::pollNow);
    // A job that turns active (created, refreshed) starts being polled without waiting.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActiveJobPoller::schedule);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActiveJobPoller::schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActiveJobPoller::schedule);
}

void ActiveJobPoller::setSource(JobSource *source)
{
    for (const auto &request : std::exchange(m_requests, {})) {
        if (request) {
            disconnect(request, nullptr, this, nullptr);
            request->abort();
        }
    }
    m_inFlight.clear();
    m_source = source;
    m_backoffSteps = 0;
    schedule();
}

void ActiveJobPoller::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1000));
    if (m_timer.isActive())
        m_timer.start(currentInterval());
}

std::chrono::milliseconds ActiveJobPoller::currentInterval() const
{
    auto interval = m_interval;
    for (int i = 0; i < m_backoffSteps && interval < MaxInterval; ++i)
        interval *= 2;
    return std::min<std::chrono::milliseconds>(interval, MaxInterval);
}

void ActiveJobPoller::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        schedule();
}

void ActiveJobPoller::schedule()
{
    if (m_paused || !m_source || m_timer.isActive() || m_model->activeJobIds().isEmpty())
        return;
    m_timer.start(currentInterval());
}

void ActiveJobPoller::pollNow()
{
    if (!m_source)
        return;
    const QList<qint64> ids = m_model->activeJobIds();
    for (qint64 id : ids) {
        if (m_inFlight.contains(id))
            continue;
        m_inFlight.insert(id);
        PendingJobRequest *request = m_source->getJob(id);
        m_requests << request;
        connect(request, &PendingJobRequest::fetched, this,
                [this, id, request](const DeliveryJob &job, const QString &requestId) {
                    m_inFlight.remove(id);
                    m_requests.removeAll(request);
                    m_backoffSteps = 0;
                    m_model->applyJob(job);
                    emit jobUpdated(job, requestId);
                    schedule();
                });
        connect(request, &PendingJobRequest::failed, this,
                [this, id, request](const ApiError &error) {
                    m_inFlight.remove(id);
                    m_requests.removeAll(request);
                    ++m_backoffSteps;
                    // describeApiError, not code/requestId alone: a timeout or a refused
                    // connection has neither.
                    qCInfo(lcModel).noquote()
                        << "polling job" << id << "failed:" << describeApiError(error)
                        << (error.requestId.isEmpty()
                                ? QString()
                                : QStringLiteral("(RequestId %1)").arg(error.requestId))
                        << "next in" << currentInterval().count() << "ms";
                    emit pollFailed(id, error);
                    schedule();
                });
    }
    schedule();
}
