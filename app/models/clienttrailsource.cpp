#include "clienttrailsource.h"

#include "api/actiontrailclient.h"
#include "api/trailcalls.h"
#include "callrequest.h"

ClientTrailSource::ClientTrailSource(ActionTrailClient *client, QString region, QObject *parent)
    : TrailSource(parent)
    , m_client(client)
    , m_region(std::move(region))
{ }

PendingTrailRequest *ClientTrailSource::describeTrails()
{
    if (!m_client)
        return CallRequest::notConnected<PendingTrailRequest>(this);
    DescribeTrailsCall *call = m_client->describeTrails(true, false);
    PendingTrailRequest *request = CallRequest::follow<PendingTrailRequest>(call, this);
    connect(call, &DescribeTrailsCall::finished, request, &PendingTrailRequest::finishListed);
    return request;
}

PendingTrailRequest *ClientTrailSource::getTrailStatus(const Trail &trail)
{
    if (!m_client)
        return CallRequest::notConnected<PendingTrailRequest>(this);
    GetTrailStatusCall *call = m_client->getTrailStatus(trail.name, trail.isOrganizationTrail);
    PendingTrailRequest *request = CallRequest::follow<PendingTrailRequest>(call, this);
    connect(call, &GetTrailStatusCall::finished, request, &PendingTrailRequest::finishStatus);
    return request;
}
