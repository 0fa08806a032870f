#pragma once

#include "trailsource.h"

#include <QPointer>

class ActionTrailClient;

/**
 * The trails view's TrailSource over the real ActionTrailClient: each request wraps one call
 * (DescribeTrails with organization trails included, so they are shown with their reason;
 * GetTrailStatus) and forwards its one completion. Aborting a request aborts the call.
 */
class ClientTrailSource : public TrailSource
{
    Q_OBJECT

public:
    ClientTrailSource(ActionTrailClient *client, QString region, QObject *parent = nullptr);

    QString region() const override { return m_region; }
    PendingTrailRequest *describeTrails() override;
    PendingTrailRequest *getTrailStatus(const Trail &trail) override;

private:
    QPointer<ActionTrailClient> m_client;
    QString m_region;
};
