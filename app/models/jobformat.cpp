#include "jobformat.h"

#include "domain/utctime.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdlib>

namespace JobFormat {

QString statusText(JobStatus status, int rawStatus)
{
    switch (status) {
    case JobStatus::Initializing:
        return QCoreApplication::translate("JobFormat", "Initializing");
    case JobStatus::Delivering:
        return QCoreApplication::translate("JobFormat", "Delivering");
    case JobStatus::Complete:
        return QCoreApplication::translate("JobFormat", "Complete");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobFormat", "Failed");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("JobFormat", "Unknown (%1)").arg(rawStatus);
}

QString dateTime(const QDateTime &utc, bool showUtc, bool withSeconds)
{
    if (!utc.isValid())
        return {};
    const QString format
        = withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    if (showUtc)
        return QCoreApplication::translate("JobFormat", "%1 UTC").arg(utc.toUTC().toString(format));
    return utc.toLocalTime().toString(format);
}

QString clockTime(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (now.isValid() && local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return dateTime(utc, false, false);
}

QString exactUtc(const QDateTime &utc)
{
    return UtcTime::format(utc);
}

QString zone(const QDateTime &utc, bool showUtc)
{
    if (!utc.isValid())
        return {};
    if (showUtc)
        return QStringLiteral("UTC");
    const int offset = utc.toLocalTime().offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dateTimeWithZone(const QDateTime &utc, bool showUtc)
{
    if (!utc.isValid())
        return {};
    if (showUtc)
        return dateTime(utc, true);
    return dateTime(utc, false) + QLatin1Char(' ') + zone(utc, false);
}

QString exactWithLocalZone(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QByteArray zoneId = QTimeZone::systemTimeZoneId();
    const QString local = zoneId.isEmpty()
        ? zone(utc, false)
        : QStringLiteral("%1 (%2)").arg(zone(utc, false), QString::fromUtf8(zoneId));
    return QCoreApplication::translate("JobFormat", "Exact: %1; local time is %2")
        .arg(exactUtc(utc), local);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("\u2014");
    if (seconds < 60)
        return QCoreApplication::translate("JobFormat", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("JobFormat", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("JobFormat", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("JobFormat", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

qint64 durationSeconds(JobStatus status, const QDateTime &created, const QDateTime &updated,
                       const QDateTime &now)
{
    if (!created.isValid())
        return -1;
    QDateTime end = updated;
    if (isJobActive(status) && (!updated.isValid() || now > updated))
        end = now;
    if (!end.isValid())
        return -1;
    return std::max<qint64>(0, created.secsTo(end));
}

} // namespace JobFormat
