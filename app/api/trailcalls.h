#pragma once

// CONTRACT between the API layer and the trails view, coverage timeline, New Task dialog and the
// command line: the three trail reads. Change the shape only together with their users.

#include "actiontrailclient.h"
#include "domain/trail.h"

#include <QList>
#include <QString>

/**
 * DescribeTrails: the account's trails as the endpoint's region sees them. Created by
 * ActionTrailClient::describeTrails(); one completion, `finished` or `failed`, like every ApiCall.
 */
class DescribeTrailsCall : public ApiCall
{
    Q_OBJECT
public:
    bool includeOrganizationTrail() const { return m_includeOrganizationTrail; }
    bool includeShadowTrails() const { return m_includeShadowTrails; }
signals:
    void finished(const QList<Trail> &trails, const QString &requestId);

private:
    friend class ActionTrailClient;
    DescribeTrailsCall(ActionTrailClient *client, bool includeOrganizationTrail,
                       bool includeShadowTrails);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    bool m_includeOrganizationTrail;
    bool m_includeShadowTrails;
};

/** GetTrailStatus of one trail: whether it logs and when it last delivered (and what failed). */
class GetTrailStatusCall : public ApiCall
{
    Q_OBJECT
public:
    QString trailName() const { return m_trailName; }
signals:
    /** `status.requestId` is the RequestId of the successful attempt. */
    void finished(const TrailStatus &status);

private:
    friend class ActionTrailClient;
    GetTrailStatusCall(ActionTrailClient *client, const QString &name, bool isOrganizationTrail);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    QString m_trailName;
};

/** DescribeRegions: the regions ActionTrail serves, the authoritative list at run time. */
class DescribeRegionsCall : public ApiCall
{
    Q_OBJECT
signals:
    void finished(const QList<ServiceRegion> &regions, const QString &requestId);

private:
    friend class ActionTrailClient;
    explicit DescribeRegionsCall(ActionTrailClient *client);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
};
