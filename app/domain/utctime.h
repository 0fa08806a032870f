#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * The one writer of the UTC form "yyyy-MM-ddTHH:mm:ssZ": the service's time format, the value of
 * the x-acs-date header and the Timestamp parameter, and the times in every export (CSV, JSON).
 */
namespace UtcTime {

/** Length of the written form. */
constexpr int length = 20;

/**
 * Writes `secondsSinceEpoch` into `out` (`length` bytes, no terminator) without allocating, for
 * writers of many times. False, with `out` untouched, for a year outside 0..9999.
 */
bool write(qint64 secondsSinceEpoch, char *out);

/** The form as bytes (years outside 0..9999 in Qt's ISO form). */
QByteArray bytes(qint64 secondsSinceEpoch);

/** The form of `time` in UTC; empty for an invalid time. */
QString format(const QDateTime &time);

/** Appends format(time) to `out` (nothing for an invalid time), without a temporary. */
void append(QString &out, const QDateTime &time);

} // namespace UtcTime
