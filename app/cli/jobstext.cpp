#include "jobstext.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

int displayWidth(const QString &text)
{
    // East Asian Wide and Fullwidth characters take two terminal cells (Unicode UAX #11);
    // combining marks none.
    static const std::pair<char32_t, char32_t> wide[] = {
        {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
        {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        const bool isWide = std::any_of(std::begin(wide), std::end(wide), [c](const auto &range) {
            return c >= range.first && c <= range.second;
        });
        width += isWide ? 2 : 1;
    }
    return width;
}

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

/** What a terminal shows: control characters (a server's claim) become U+FFFD. */
QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString alignedTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &title : header)
        widths.append(displayWidth(title));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? padded(cells.at(i), widths.at(i)) : cells.at(i);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace

QString formatLocalTime(const QDateTime &time)
{
    return localTime(time);
}

QString formatAlignedTable(const QStringList &header, const QList<QStringList> &rows)
{
    return alignedTable(header, rows);
}

QString regionSummary(const DeliveryJob &job)
{
    QStringList parts;
    int complete = 0;
    for (const RegionStatus &region : job.regions) {
        parts << SafeText::forDisplay(region.region) + QLatin1Char(' ')
                + jobStatusText(region.status, region.rawStatus);
        if (region.status == JobStatus::Complete)
            ++complete;
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("JobsCommand", "no regions reported yet");
    return QCoreApplication::translate("JobsCommand", "%1 (%2 of %3 regions complete)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(complete)
        .arg(job.regions.size());
}

QString jobStatusText(JobStatus status, int rawStatus)
{
    switch (status) {
    case JobStatus::Initializing:
        return QCoreApplication::translate("JobsCommand", "initializing");
    case JobStatus::Delivering:
        return QCoreApplication::translate("JobsCommand", "delivering");
    case JobStatus::Complete:
        return QCoreApplication::translate("JobsCommand", "complete");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobsCommand", "failed");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("JobsCommand", "unknown (%1)").arg(rawStatus);
}

QList<JobSerializer::Column> defaultTableColumns()
{
    using Column = JobSerializer::Column;
    return {Column::JobId,     Column::TrailName, Column::HomeRegion,  Column::Status,
            Column::StartTime, Column::EndTime,   Column::CreatedTime, Column::UpdatedTime};
}

QString formatJobsTable(const QList<DeliveryJob> &jobs, const QList<JobSerializer::Column> &columns)
{
    using Column = JobSerializer::Column;
    const auto title = [](Column column) {
        switch (column) {
        case Column::JobId:
            return QCoreApplication::translate("JobsCommand", "JOB ID");
        case Column::TrailName:
            return QCoreApplication::translate("JobsCommand", "TRAIL");
        case Column::HomeRegion:
            return QCoreApplication::translate("JobsCommand", "HOME REGION");
        case Column::JobStatus:
            return QCoreApplication::translate("JobsCommand", "CODE");
        case Column::Status:
            return QCoreApplication::translate("JobsCommand", "STATUS");
        case Column::StartTime:
            return QCoreApplication::translate("JobsCommand", "EVENTS FROM");
        case Column::EndTime:
            return QCoreApplication::translate("JobsCommand", "EVENTS TO");
        case Column::CreatedTime:
            return QCoreApplication::translate("JobsCommand", "CREATED");
        case Column::UpdatedTime:
            return QCoreApplication::translate("JobsCommand", "UPDATED");
        case Column::Region:
            return QCoreApplication::translate("JobsCommand", "REGION");
        }
        return QString();
    };
    const auto cell = [](const DeliveryJob &job, Column column) {
        switch (column) {
        case Column::JobId:
            return QString::number(job.jobId);
        case Column::TrailName:
            return SafeText::forDisplay(job.trailName);
        case Column::HomeRegion:
            return SafeText::forDisplay(job.homeRegion);
        case Column::JobStatus:
            return QString::number(job.rawStatus);
        case Column::Status:
            return jobStatusText(job.status, job.rawStatus);
        case Column::StartTime:
            return localTime(job.eventsFrom);
        case Column::EndTime:
            return localTime(job.eventsTo);
        case Column::CreatedTime:
            return localTime(job.createdTime);
        case Column::UpdatedTime:
            return localTime(job.updatedTime);
        case Column::Region:
            return SafeText::forDisplay(job.listedIn);
        }
        return QString();
    };
    QStringList header;
    for (Column column : columns)
        header << title(column);
    QList<QStringList> rows;
    rows.reserve(jobs.size());
    for (const DeliveryJob &job : jobs) {
        QStringList row;
        for (Column column : columns)
            row << cell(job, column);
        rows.append(row);
    }
    return alignedTable(header, rows);
}

QString formatJobDetail(const DeliveryJob &job)
{
    QList<QStringList> rows = {
        {QCoreApplication::translate("JobsCommand", "Job ID"), QString::number(job.jobId)},
        {QCoreApplication::translate("JobsCommand", "Trail"), SafeText::forDisplay(job.trailName)},
        {QCoreApplication::translate("JobsCommand", "Home region"),
         SafeText::forDisplay(job.homeRegion)},
        {QCoreApplication::translate("JobsCommand", "Status"),
         jobStatusText(job.status, job.rawStatus)},
        {QCoreApplication::translate("JobsCommand", "Events from"), localTime(job.eventsFrom)},
        {QCoreApplication::translate("JobsCommand", "Events to"), localTime(job.eventsTo)},
        {QCoreApplication::translate("JobsCommand", "Created"), localTime(job.createdTime)},
        {QCoreApplication::translate("JobsCommand", "Updated"), localTime(job.updatedTime)},
    };
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, displayWidth(row.first()));
    QString text;
    for (const QStringList &row : rows)
        text += padded(row.first() + QLatin1Char(':'), width + 2) + row.last() + QLatin1Char('\n');
    text += QLatin1Char('\n');
    QList<QStringList> regions;
    for (const RegionStatus &region : job.regions)
        regions.append(
            {SafeText::forDisplay(region.region), jobStatusText(region.status, region.rawStatus)});
    if (regions.isEmpty())
        text += QCoreApplication::translate("JobsCommand", "No per-region status reported.\n");
    else
        text += alignedTable({QCoreApplication::translate("JobsCommand", "REGION"),
                              QCoreApplication::translate("JobsCommand", "STATUS")},
                             regions);
    return text;
}
