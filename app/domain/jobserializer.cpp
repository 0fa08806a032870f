#include "jobserializer.h"

#include "safetext.h"
#include "utctime.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>

namespace {

/** A text field from the service: made safe for spreadsheets (SafeText), then RFC 4180 quoted. */
void appendCsvField(QString &out, const QString &text)
{
    const QString value = SafeText::forCsvCell(text);
    const bool special = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\r' || c == u'\n';
    });
    if (!special) {
        out += value;
        return;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    out += QLatin1Char('"') + quoted + QLatin1Char('"');
}

void appendNumber(QString &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(QLatin1String(digits, end - digits));
}

} // namespace

namespace JobSerializer {

QLatin1String statusWord(JobStatus status)
{
    switch (status) {
    case JobStatus::Initializing:
        return QLatin1String("initializing");
    case JobStatus::Delivering:
        return QLatin1String("delivering");
    case JobStatus::Complete:
        return QLatin1String("complete");
    case JobStatus::Failed:
        return QLatin1String("failed");
    case JobStatus::Unknown:
        break;
    }
    return QLatin1String("unknown");
}

QJsonObject toJson(const DeliveryJob &job)
{
    QJsonObject object;
    object.insert(QStringLiteral("JobId"), job.jobId);
    object.insert(QStringLiteral("TrailName"), job.trailName);
    object.insert(QStringLiteral("HomeRegion"), job.homeRegion);
    object.insert(QStringLiteral("JobStatus"), job.rawStatus);
    object.insert(QStringLiteral("StartTime"), UtcTime::format(job.eventsFrom));
    object.insert(QStringLiteral("EndTime"), UtcTime::format(job.eventsTo));
    object.insert(QStringLiteral("CreatedTime"), UtcTime::format(job.createdTime));
    object.insert(QStringLiteral("UpdatedTime"), UtcTime::format(job.updatedTime));
    return object;
}

QJsonObject toDetailJson(const DeliveryJob &job, const QString &requestId)
{
    QJsonObject object = toJson(job);
    QJsonArray regions;
    for (const RegionStatus &region : job.regions) {
        QJsonObject regionObject;
        regionObject.insert(QStringLiteral("Region"), region.region);
        regionObject.insert(QStringLiteral("Status"), region.rawStatus);
        regions.append(regionObject);
    }
    object.insert(QStringLiteral("Status"), regions);
    object.insert(QStringLiteral("RequestId"), requestId);
    return object;
}

QLatin1String csvHeader()
{
    // The service's field names, then Status: the stable word for JobStatus.
    return QLatin1String("JobId,TrailName,HomeRegion,JobStatus,Status,StartTime,EndTime,"
                         "CreatedTime,UpdatedTime\r\n");
}

void appendCsvRecord(QString &out, const DeliveryJob &job)
{
    // Appended field by field, numbers and times without temporaries: `jobs list --all` writes
    // 10,000 rows of this, and per-field QStrings were most of its cost.
    appendNumber(out, job.jobId);
    out += QLatin1Char(',');
    appendCsvField(out, job.trailName);
    out += QLatin1Char(',');
    appendCsvField(out, job.homeRegion);
    out += QLatin1Char(',');
    appendNumber(out, job.rawStatus);
    out += QLatin1Char(',');
    out += statusWord(job.status);
    if (job.status == JobStatus::Unknown) {
        out += QLatin1String(" (");
        appendNumber(out, job.rawStatus);
        out += QLatin1Char(')');
    }
    for (const QDateTime *time :
         {&job.eventsFrom, &job.eventsTo, &job.createdTime, &job.updatedTime}) {
        out += QLatin1Char(',');
        UtcTime::append(out, *time);
    }
    out += QLatin1String("\r\n");
}

QString toCsv(const QList<DeliveryJob> &jobs)
{
    QString text = csvHeader();
    text.reserve(text.size() + jobs.size() * 160);
    for (const DeliveryJob &job : jobs)
        appendCsvRecord(text, job);
    return text;
}

} // namespace JobSerializer
