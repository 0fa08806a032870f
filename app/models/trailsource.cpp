#include "trailsource.h"

PendingTrailRequest::PendingTrailRequest(QObject *parent)
    : QObject(parent)
{ }

PendingTrailRequest::~PendingTrailRequest() = default;

void PendingTrailRequest::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    deleteLater();
}

bool PendingTrailRequest::begin()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_abortHandler = {};
    deleteLater();
    return true;
}

void PendingTrailRequest::finishListed(const QList<Trail> &trails, const QString &requestId)
{
    if (begin())
        emit trailsListed(trails, requestId);
}

void PendingTrailRequest::finishStatus(const TrailStatus &status)
{
    if (begin())
        emit statusFetched(status);
}

void PendingTrailRequest::finishFailed(const ApiError &error)
{
    if (begin())
        emit failed(error);
}
