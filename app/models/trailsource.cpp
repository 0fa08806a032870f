#include "trailsource.h"

PendingTrailRequest::PendingTrailRequest(QObject *parent)
    : PendingRequest(parent)
{ }

PendingTrailRequest::~PendingTrailRequest() = default;

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
