#include "jobserializer.h"

#include "safetext.h"
#include "utctime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <charconv>

namespace {

/** A text field from the service: made safe for spreadsheets (SafeText), then RFC 4180 quoted. */
void writeCsvField(QString &out, const QString &text)
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

void appendJsonString(QString &out, const QString &value)
{
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029) {
            // Control characters escaped: a terminal or a JavaScript consumer never sees them raw.
            static const char hex[] = "0123456789abcdef";
            const char escaped[]
                = {'\\',        'u', hex[(u >> 12) & 0xf], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf],
                   hex[u & 0xf]};
            out += QLatin1String(escaped, 6);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonTime(QString &out, const QDateTime &time)
{
    out += QLatin1Char('"');
    UtcTime::append(out, time);
    out += QLatin1Char('"');
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
    if (!job.listedIn.isEmpty())
        object.insert(QStringLiteral("Region"), job.listedIn);
    return object;
}

void appendJson(QString &out, const DeliveryJob &job)
{
    out += QLatin1String("{\"JobId\":");
    appendNumber(out, job.jobId);
    out += QLatin1String(",\"TrailName\":");
    appendJsonString(out, job.trailName);
    out += QLatin1String(",\"HomeRegion\":");
    appendJsonString(out, job.homeRegion);
    out += QLatin1String(",\"JobStatus\":");
    appendNumber(out, job.rawStatus);
    out += QLatin1String(",\"StartTime\":");
    appendJsonTime(out, job.eventsFrom);
    out += QLatin1String(",\"EndTime\":");
    appendJsonTime(out, job.eventsTo);
    out += QLatin1String(",\"CreatedTime\":");
    appendJsonTime(out, job.createdTime);
    out += QLatin1String(",\"UpdatedTime\":");
    appendJsonTime(out, job.updatedTime);
    if (!job.listedIn.isEmpty()) {
        out += QLatin1String(",\"Region\":");
        appendJsonString(out, job.listedIn);
    }
    out += QLatin1Char('}');
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

void appendCsvField(QString &out, const QString &text)
{
    writeCsvField(out, text);
}

QList<Column> allRegionsColumns()
{
    QList<Column> columns = allColumns();
    columns.insert(columns.indexOf(Column::HomeRegion) + 1, Column::Region);
    return columns;
}

QList<Column> allColumns()
{
    return {Column::JobId,     Column::TrailName,   Column::HomeRegion,
            Column::JobStatus, Column::Status,      Column::StartTime,
            Column::EndTime,   Column::CreatedTime, Column::UpdatedTime};
}

QLatin1String columnName(Column column)
{
    switch (column) {
    case Column::JobId:
        return QLatin1String("JobId");
    case Column::TrailName:
        return QLatin1String("TrailName");
    case Column::HomeRegion:
        return QLatin1String("HomeRegion");
    case Column::JobStatus:
        return QLatin1String("JobStatus");
    case Column::Status:
        return QLatin1String("Status");
    case Column::StartTime:
        return QLatin1String("StartTime");
    case Column::EndTime:
        return QLatin1String("EndTime");
    case Column::CreatedTime:
        return QLatin1String("CreatedTime");
    case Column::UpdatedTime:
        return QLatin1String("UpdatedTime");
    case Column::Region:
        return QLatin1String("Region");
    }
    return {};
}

bool parseColumns(const QString &list, QList<Column> *columns, QString *error)
{
    QList<Column> result;
    QStringList known;
    const QList<Column> columnsKnown = allRegionsColumns();
    for (Column column : columnsKnown)
        known << columnName(column);
    for (const QString &part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        qsizetype found = -1;
        for (qsizetype i = 0; i < known.size(); ++i) {
            if (known.at(i).compare(name, Qt::CaseInsensitive) == 0)
                found = i;
        }
        if (found < 0) {
            *error = QCoreApplication::translate("JobSerializer",
                                                 "unknown column \"%1\"; the columns are %2")
                         .arg(name, known.join(QLatin1Char(',')));
            return false;
        }
        result.append(columnsKnown.at(found));
    }
    *columns = result;
    return true;
}

QString csvHeader(const QList<Column> &columns)
{
    // The service's field names, and Status: the stable word for JobStatus.
    QString header;
    for (Column column : columns) {
        if (!header.isEmpty())
            header += QLatin1Char(',');
        header += columnName(column);
    }
    return header + QLatin1String("\r\n");
}

void appendCsvRecord(QString &out, const DeliveryJob &job, const QList<Column> &columns)
{
    // Appended field by field, numbers and times without temporaries: `jobs list --all` writes
    // 10,000 rows of this, and per-field QStrings were most of its cost.
    bool first = true;
    for (Column column : columns) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        switch (column) {
        case Column::JobId:
            appendNumber(out, job.jobId);
            break;
        case Column::TrailName:
            appendCsvField(out, job.trailName);
            break;
        case Column::HomeRegion:
            appendCsvField(out, job.homeRegion);
            break;
        case Column::JobStatus:
            appendNumber(out, job.rawStatus);
            break;
        case Column::Status:
            out += statusWord(job.status);
            if (job.status == JobStatus::Unknown) {
                out += QLatin1String(" (");
                appendNumber(out, job.rawStatus);
                out += QLatin1Char(')');
            }
            break;
        case Column::StartTime:
            UtcTime::append(out, job.eventsFrom);
            break;
        case Column::EndTime:
            UtcTime::append(out, job.eventsTo);
            break;
        case Column::CreatedTime:
            UtcTime::append(out, job.createdTime);
            break;
        case Column::UpdatedTime:
            UtcTime::append(out, job.updatedTime);
            break;
        case Column::Region:
            appendCsvField(out, job.listedIn);
            break;
        }
    }
    out += QLatin1String("\r\n");
}

QString toCsv(const QList<DeliveryJob> &jobs, const QList<Column> &columns)
{
    QString text = csvHeader(columns);
    text.reserve(text.size() + jobs.size() * 160);
    for (const DeliveryJob &job : jobs)
        appendCsvRecord(text, job, columns);
    return text;
}

} // namespace JobSerializer
