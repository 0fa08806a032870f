#pragma once

#include "api/apierror.h"
#include "domain/trail.h"

#include "pendingrequest.h"

/**
 * One request to a TrailSource, in flight. Exactly one of `trailsListed`, `statusFetched` or
 * `failed` is emitted, then the object deletes itself; abort() cancels silently (nothing is
 * emitted afterwards), which is what a loader wants when it drops a stale request.
 */
class PendingTrailRequest : public PendingRequest
{
    Q_OBJECT

public:
    explicit PendingTrailRequest(QObject *parent = nullptr);
    ~PendingTrailRequest() override;

    // Completion, called by TrailSource implementations (each emits, then deleteLater()).
    void finishListed(const QList<Trail> &trails, const QString &requestId);
    void finishStatus(const TrailStatus &status);
    void finishFailed(const ApiError &error);

signals:
    void trailsListed(const QList<Trail> &trails, const QString &requestId);
    void statusFetched(const TrailStatus &status);
    void failed(const ApiError &error);
};

/**
 * What the trails view needs from the service: DescribeTrails and GetTrailStatus. The client is
 * adapted to it by ClientTrailSource; tests use an in-memory fake. Requests are children of the
 * source, so deleting the source drops them.
 */
class TrailSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** The region being worked in: a trail living elsewhere is not ready here. */
    virtual QString region() const = 0;
    /** Every trail of the account, organization trails included (they are shown, not ready). */
    virtual PendingTrailRequest *describeTrails() = 0;
    virtual PendingTrailRequest *getTrailStatus(const Trail &trail) = 0;
};
