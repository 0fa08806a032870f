#include "clienttrailsource.h"

#include "api/actiontrailclient.h"
#include "api/trailcalls.h"

#include <QCoreApplication>

namespace {
PendingTrailRequest *wrap(ApiCall *call, QObject *parent)
{
    auto *request = new PendingTrailRequest(parent);
    QPointer<ApiCall> guard(call);
    request->setAbortHandler([guard] {
        if (guard)
            guard->abort();
    });
    QObject::connect(call, &ApiCall::failed, request, &PendingTrailRequest::finishFailed);
    return request;
}

PendingTrailRequest *notConnected(QObject *parent)
{
    auto *request = new PendingTrailRequest(parent);
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = QCoreApplication::translate("ClientJobSource", "Not connected to an account.");
    // Completion must come later, like a real reply: callers connect after the call returns.
    QMetaObject::invokeMethod(
        request, [request, error] { request->finishFailed(error); }, Qt::QueuedConnection);
    return request;
}
} // namespace

ClientTrailSource::ClientTrailSource(ActionTrailClient *client, QString region, QObject *parent)
    : TrailSource(parent)
    , m_client(client)
    , m_region(std::move(region))
{ }

PendingTrailRequest *ClientTrailSource::describeTrails()
{
    if (!m_client)
        return notConnected(this);
    DescribeTrailsCall *call = m_client->describeTrails(true, false);
    PendingTrailRequest *request = wrap(call, this);
    connect(call, &DescribeTrailsCall::finished, request, &PendingTrailRequest::finishListed);
    return request;
}

PendingTrailRequest *ClientTrailSource::getTrailStatus(const Trail &trail)
{
    if (!m_client)
        return notConnected(this);
    GetTrailStatusCall *call = m_client->getTrailStatus(trail.name, trail.isOrganizationTrail);
    PendingTrailRequest *request = wrap(call, this);
    connect(call, &GetTrailStatusCall::finished, request, &PendingTrailRequest::finishStatus);
    return request;
}
