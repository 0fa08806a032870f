#pragma once

#include "domain/trail.h"
#include "trailcoverage.h"

#include <QDateTime>
#include <QString>

/**
 * Words for trails, shared by the trails view, the timeline, the New Task dialog and the
 * command line, so a window or a summary reads the same everywhere. Text from the service is
 * made safe for display here (SafeText).
 */
namespace TrailFormat {

/** A calendar day in UTC: "2026-12-07"; empty when invalid. */
QString day(const QDateTime &utc);

/** Where the trail delivers: "SLS audit-log, OSS my-bucket"; "none" when nowhere. */
QString targets(const Trail &trail);

/** A few words for a table cell: "Ready", "No SLS delivery", "Not logging", ... */
QString readinessShort(const BackfillReadiness &readiness);

/** "Logging", "Stopped", "Never started", or the service's own word. */
QString loggingStatus(const Trail &trail);

/**
 * The window a task created at `now` would deliver, in words: "from 2026-09-08 to 2026-12-07,
 * 90 days"; the trail-start case "from 2026-09-08 to the trail's start on 2026-11-03, 56 days
 * (the trail itself recorded the 34 days since)"; or that nothing is left to add.
 */
QString newTaskWindow(const QDateTime &now, const QDateTime &trailStartedLogging);

/** "#16602, Complete, created 2026-11-20"; "none" without a task. */
QString lastTask(const TrailCoverage &coverage);

/**
 * The screen reader's line for a lane: "trail-name: 90 of 90 days delivered; last task
 * 2026-11-20, complete".
 */
QString coverageSummary(const TrailCoverage &coverage);

} // namespace TrailFormat
