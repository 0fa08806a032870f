#pragma once

// CONTRACT shared by the API layer (DescribeTrails / GetTrailStatus), the emulator, the command
// line and the trails view / coverage timeline. Change the shape only together with its users.

#include "deliveryjob.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** A trail as DescribeTrails describes it. Times are UTC; an absent time is a null QDateTime. */
struct Trail
{
    QString name;
    QString homeRegion;
    /** The regions whose events it records: "All" or one region id. */
    QString trailRegion;
    /** "Enable" (logging), "Disable" (stopped), "Fresh" (never started), or what the service sent.
     */
    QString status;
    QString eventRW;
    /** Empty when the trail does not deliver to Simple Log Service. */
    QString slsProjectArn;
    QString slsWriteRoleArn;
    QString ossBucketName;
    QString maxComputeProjectArn;
    bool isOrganizationTrail = false;
    QString organizationId;
    QString trailArn;
    QDateTime createTime;
    QDateTime updateTime;
    QDateTime startLoggingTime;
    QDateTime stopLoggingTime;

    bool deliversToSls() const { return !slsProjectArn.isEmpty(); }
    bool isLogging() const { return status == QLatin1String("Enable"); }

    friend bool operator==(const Trail &a, const Trail &b);
    friend bool operator!=(const Trail &a, const Trail &b) { return !(a == b); }
};

/** GetTrailStatus's answer. */
struct TrailStatus
{
    bool isLogging = false;
    QDateTime startLoggingTime;
    QDateTime stopLoggingTime;
    QDateTime latestDeliveryTime;
    QString latestDeliveryError;
    QDateTime latestDeliveryLogServiceTime;
    QString latestDeliveryLogServiceError;
    bool ossBucketStatus = false;
    bool slsLogStoreStatus = false;
    QString requestId;
};

/** One region of DescribeRegions. */
struct ServiceRegion
{
    QString regionId;
    QString regionEndpoint;
    QString localName;
};

/** A span of event time, [from, to). Null ends mean "not known". */
struct TimeWindow
{
    QDateTime from;
    QDateTime to;

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    /** Whole days, rounded down; 0 for an invalid window. */
    qint64 days() const;
};

namespace Coverage {
/** How far back a backfill task reaches: 90 days before it was created. */
constexpr int HorizonDays = 90;
/** A task delivers up to this many minutes after the trail took effect. */
constexpr int AfterTrailStartMinutes = 5;

/**
 * THE rule for the events a task delivers. The product documentation says: from 90 days before
 * the task was created up to 5 minutes after the trail took effect (a trail created 40 days ago
 * gets 50 days back-filled). Its two samples instead show StartTime = created - 90 days and
 * EndTime = created + 5 minutes. Which one the service applies is not settled, so every user
 * (table, timeline, CLI, readiness text) asks this one function: it prefers the task's own
 * StartTime/EndTime when the service sent both, else derives the documented window from the
 * creation time and the trail's start of logging (null when unknown).
 */
TimeWindow taskWindow(const DeliveryJob &job, const QDateTime &trailStartedLogging = {});

/**
 * The window a task created at `now` would deliver, by the documented rule: from 90 days before
 * `now` up to 5 minutes after `trailStartedLogging` (never later than `now`). A null start means
 * "not known": the whole 90 days. A trail that started more than 90 days ago gives an invalid
 * (empty) window: it recorded every day of the horizon itself.
 */
TimeWindow newTaskWindow(const QDateTime &now, const QDateTime &trailStartedLogging);
} // namespace Coverage

namespace TrailName {
constexpr int MinLength = 6;
constexpr int MaxLength = 36;
/**
 * Why `name` cannot be a trail's name, in one translated sentence; empty when it can: 6-36
 * characters of a-z, 0-9, '-' and '_', starting with a lower-case letter. Checked before a
 * request is sent, so a typo is told at once instead of as the service's error.
 */
QString problem(const QString &name);
} // namespace TrailName

/** Can a backfill task be created for this trail in `region`, and if not, why. */
struct BackfillReadiness
{
    enum class Reason {
        Ready,
        NoSlsDelivery, ///< the trail does not deliver to Simple Log Service
        NotLogging, ///< Disable or Fresh: there is nothing after the trail's start to anchor to
        OrganizationTrail, ///< only single-account trails can be backfilled
        OtherRegion, ///< the trail's home region is not the region being worked in
    };
    Reason reason = Reason::Ready;

    bool isReady() const { return reason == Reason::Ready; }
    /** One translated sentence for the trails view, the New Task dialog and `trails list`. */
    QString explanation() const;

    /**
     * THE readiness rule: single-account, delivering to SLS, logging, and (when `region` is not
     * empty) living in `region`. Checked in that order; the first failing rule is the reason.
     */
    static BackfillReadiness of(const Trail &trail, const QString &region = {});
};

Q_DECLARE_METATYPE(Trail)
Q_DECLARE_METATYPE(TrailStatus)
Q_DECLARE_METATYPE(ServiceRegion)
