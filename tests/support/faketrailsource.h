#pragma once

#include "models/trailsource.h"

#include <QHash>
#include <QPointer>

/**
 * An in-memory trail service for model and widget unit tests. Answers come through a queued
 * call like a real reply, or, with autoRespond = false, only when the test says so (to count
 * what is in flight and to provoke stale answers).
 */
class FakeTrailSource : public TrailSource
{
    Q_OBJECT

public:
    struct Call
    {
        QString action; ///< "DescribeTrails" or "GetTrailStatus"
        QString trailName;
        QPointer<PendingTrailRequest> request;
        bool answered = false;
    };

    explicit FakeTrailSource(QString region = QStringLiteral("cn-hangzhou"),
                             QObject *parent = nullptr);

    QString region() const override { return m_region; }
    PendingTrailRequest *describeTrails() override;
    PendingTrailRequest *getTrailStatus(const Trail &trail) override;

    void respond(int index);
    void respondAll();
    int unanswered() const;
    int callCount(const QString &action) const;

    /** A single-account trail delivering to SLS in `region`, logging since `started`. */
    static Trail makeTrail(const QString &name, const QString &region, const QDateTime &started);

    QList<Trail> trails;
    QHash<QString, TrailStatus> statuses;
    /** GetTrailStatus of these trails fails with the error. */
    QHash<QString, ApiError> failingStatus;
    /** DescribeTrails fails with listError while set. */
    bool failList = false;
    ApiError listError;
    bool autoRespond = true;
    QList<Call> calls;
    int maxConcurrentStatus = 0;

private:
    PendingTrailRequest *record(const QString &action, const QString &trailName);
    int inFlightStatus() const;

    QString m_region;
};
