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

/** The exact value as the service sent it, in UtcTime's form: 2024-01-02T03:04:05Z. */
QString exactUtc(const QDateTime &utc);

/** "45 s", "12 min", "2 h 05 min", "3 d 4 h"; "—" for a negative or unknown span. */
QString duration(qint64 seconds);

/**
 * How long a job took (finished: created -> last update) or has been running (active:
 * created -> now). Returns -1 when the times needed are missing.
 */
qint64 durationSeconds(JobStatus status, const QDateTime &created, const QDateTime &updated,
                       const QDateTime &now);

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
