#pragma once

#include "domain/deliveryjob.h"
#include "domain/trail.h"

#include <QDateTime>
#include <QList>
#include <QString>

/** One task drawn on a trail's lane: the window it delivers (Coverage::taskWindow) and how far. */
struct CoverageBar
{
    qint64 jobId = 0;
    TimeWindow window;
    JobStatus status = JobStatus::Unknown;
    int rawStatus = -1;
    QDateTime created;
    /** Share of the task's regions complete (0..1) when its regions are known, else -1. */
    double progress = -1;
};

/**
 * Which days of a trail's last 90 are in Simple Log Service, and who put them there: the
 * trail itself since it started logging (when it delivers to SLS), and each complete task's
 * window. What neither delivered inside the horizon is a gap. A pure value, computed by
 * compute() from the trail, its tasks and the time.
 */
struct TrailCoverage
{
    QString trailName;
    QDateTime now;
    /** [now - 90 days, now): what a backfill can still reach. */
    TimeWindow horizon;
    /** When the trail started logging; null when not known. */
    QDateTime trailStart;
    /** What the trail delivered to SLS itself; invalid when it does not deliver to SLS. */
    TimeWindow ownDelivery;
    /** The trail's tasks, oldest first. */
    QList<CoverageBar> bars;
    /** Spans of the horizon nobody delivered, in time order. */
    QList<TimeWindow> gaps;

    /** Whole days of the horizon delivered (rounded to the nearest day). */
    int deliveredDays() const;
    /** The most recently created task, -1 when the trail has none. */
    int lastTaskIndex() const;
    /** The span a picture of this trail needs: the horizon, the trail's start, every window. */
    TimeWindow extent() const;

    /** Gaps shorter than this are clock noise between windows that meet, not missing events. */
    static constexpr qint64 MinimumGapSeconds = 60;

    /**
     * The picture of `trail` at `now` from `jobs` (the tasks of any trail: only this trail's
     * are used). A job whose regions are filled gives its progress.
     */
    static TrailCoverage compute(const Trail &trail, const QList<DeliveryJob> &jobs,
                                 const QDateTime &now);
    /** The parts of `range` outside every window of `covered` (in time order). */
    static QList<TimeWindow> uncovered(const TimeWindow &range, QList<TimeWindow> covered);
};
