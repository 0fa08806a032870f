#pragma once

#include "domain/deliveryjob.h"

#include <QDateTime>
#include <QString>

/**
 * Words and numbers for people, shared by the models, the detail pane and exports, so that a
 * status or a time reads the same everywhere.
 */
namespace JobFormat {

/** "Initializing", "Delivering", "Complete", "Failed", or "Unknown (7)" with the raw number. */
QString statusText(JobStatus status, int rawStatus);

/**
 * A moment for people: local time, or UTC with a "UTC" suffix; empty when invalid. Table cells
 * leave out the seconds (the tooltip has the exact value).
 */
QString dateTime(const QDateTime &utc, bool showUtc, bool withSeconds = true);

/**
 * A moment soon to come or just gone, in local time and short: "14:32" on the same local day as
 * `now`, else "2024-01-03 14:32"; empty when invalid.
 */
QString clockTime(const QDateTime &utc, const QDateTime &now);

/** The exact value as the service sent it, in UtcTime's form: 2024-01-02T03:04:05Z. */
QString exactUtc(const QDateTime &utc);

/**
 * Which zone dateTime() shows `utc` in: "UTC", or the local offset at that moment
 * ("UTC+08:00", "UTC-04:00" in summer and "UTC-05:00" in winter); empty when invalid.
 */
QString zone(const QDateTime &utc, bool showUtc);

/**
 * dateTime() with seconds and always with its zone, where there is room (the detail pane):
 * "2024-01-02 11:04:05 UTC+08:00", "2024-01-02 03:04:05 UTC".
 */
QString dateTimeWithZone(const QDateTime &utc, bool showUtc);

/** "Exact: 2024-01-02T03:04:05Z; local time is UTC+08:00 (Asia/Shanghai)", for tooltips. */
QString exactWithLocalZone(const QDateTime &utc);

/** "45 s", "12 min", "2 h 05 min", "3 d 4 h"; "—" for a negative or unknown span. */
QString duration(qint64 seconds);

/**
 * How long a job took (finished: created -> last update) or has been running (active:
 * created -> now, and never less than created -> last update: a local clock behind the service's
 * must not show less than the service has reported). Returns -1 when the times needed are
 * missing. Every view of a duration uses this, re-evaluated every runningRefreshMs while the job
 * runs, so that the table and the detail pane agree.
 */
qint64 durationSeconds(JobStatus status, const QDateTime &created, const QDateTime &updated,
                       const QDateTime &now);

/** How often a shown running duration is recomputed: the resolution it is shown in (1 s). */
constexpr int runningRefreshMs = 1000;

} // namespace JobFormat

#include <QVariant>

#include <functional>

namespace JobFormat {
/**
 * Supplies the look of a status for a role (Qt::DecorationRole: an icon, Qt::ForegroundRole: a
 * brush) without the models knowing Qt Gui: the UI installs one, tests may leave it empty.
 */
using StatusDecorator = std::function<QVariant(JobStatus status, int role)>;
} // namespace JobFormat
