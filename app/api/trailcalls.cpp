#include "trailcalls.h"

#include "responseparser.h"

namespace {
QString booleanParameter(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

DescribeTrailsCall::DescribeTrailsCall(ActionTrailClient *client, bool includeOrganizationTrail,
                                       bool includeShadowTrails)
    : ApiCall(
        client, QStringLiteral("DescribeTrails"),
        {{QStringLiteral("IncludeOrganizationTrail"), booleanParameter(includeOrganizationTrail)},
         {QStringLiteral("IncludeShadowTrails"), booleanParameter(includeShadowTrails)}},
        Effect::Read)
    , m_includeOrganizationTrail(includeOrganizationTrail)
    , m_includeShadowTrails(includeShadowTrails)
{ }

std::optional<ApiError> DescribeTrailsCall::deliver(const QByteArray &body, const QString &)
{
    QList<Trail> trails;
    QString requestId;
    if (auto error = ResponseParser::parseTrails(body, &trails, &requestId))
        return error;
    noteRequestId(requestId);
    emit finished(trails, requestId);
    return std::nullopt;
}

GetTrailStatusCall::GetTrailStatusCall(ActionTrailClient *client, const QString &name,
                                       bool isOrganizationTrail)
    : ApiCall(client, QStringLiteral("GetTrailStatus"),
              {{QStringLiteral("Name"), name},
               {QStringLiteral("IsOrganizationTrail"), booleanParameter(isOrganizationTrail)}},
              Effect::Read)
    , m_trailName(name)
{ }

std::optional<ApiError> GetTrailStatusCall::deliver(const QByteArray &body, const QString &)
{
    TrailStatus status;
    if (auto error = ResponseParser::parseTrailStatus(body, &status))
        return error;
    noteRequestId(status.requestId);
    emit finished(status);
    return std::nullopt;
}

DescribeRegionsCall::DescribeRegionsCall(ActionTrailClient *client)
    : ApiCall(client, QStringLiteral("DescribeRegions"), {}, Effect::Read)
{ }

std::optional<ApiError> DescribeRegionsCall::deliver(const QByteArray &body, const QString &)
{
    QList<ServiceRegion> regions;
    QString requestId;
    if (auto error = ResponseParser::parseRegions(body, &regions, &requestId))
        return error;
    noteRequestId(requestId);
    emit finished(regions, requestId);
    return std::nullopt;
}

// The factories live beside their calls, so that the client's own file only declares them.

DescribeTrailsCall *ActionTrailClient::describeTrails(bool includeOrganizationTrail,
                                                      bool includeShadowTrails)
{
    auto *call = new DescribeTrailsCall(this, includeOrganizationTrail, includeShadowTrails);
    call->start();
    return call;
}

GetTrailStatusCall *ActionTrailClient::getTrailStatus(const QString &name, bool isOrganizationTrail)
{
    auto *call = new GetTrailStatusCall(this, name, isOrganizationTrail);
    call->start();
    return call;
}

DescribeRegionsCall *ActionTrailClient::describeRegions()
{
    auto *call = new DescribeRegionsCall(this);
    call->start();
    return call;
}
