#include "jobstext.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString alignedTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &title : header)
        widths.append(int(title.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace

QString regionSummary(const DeliveryJob &job)
{
    QStringList parts;
    int complete = 0;
    for (const RegionStatus &region : job.regions) {
        parts << SafeText::forDisplay(region.region) + QLatin1Char(' ') + jobStatusText(region.status, region.rawStatus);
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

QString formatJobsTable(const QList<DeliveryJob> &jobs)
{
    const QStringList header = {QCoreApplication::translate("JobsCommand", "JOB ID"),
                                QCoreApplication::translate("JobsCommand", "TRAIL"),
                                QCoreApplication::translate("JobsCommand", "HOME REGION"),
                                QCoreApplication::translate("JobsCommand", "STATUS"),
                                QCoreApplication::translate("JobsCommand", "EVENTS FROM"),
                                QCoreApplication::translate("JobsCommand", "EVENTS TO"),
                                QCoreApplication::translate("JobsCommand", "CREATED"),
                                QCoreApplication::translate("JobsCommand", "UPDATED")};
    QList<QStringList> rows;
    for (const DeliveryJob &job : jobs) {
        rows.append({QString::number(job.jobId), SafeText::forDisplay(job.trailName),
                     SafeText::forDisplay(job.homeRegion),
                     jobStatusText(job.status, job.rawStatus), localTime(job.eventsFrom),
                     localTime(job.eventsTo), localTime(job.createdTime),
                     localTime(job.updatedTime)});
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
        width = std::max(width, int(row.first().size()));
    QString text;
    for (const QStringList &row : rows)
        text += (row.first() + QLatin1Char(':')).leftJustified(width + 2) + row.last()
            + QLatin1Char('\n');
    text += QLatin1Char('\n');
    QList<QStringList> regions;
    for (const RegionStatus &region : job.regions)
        regions.append({SafeText::forDisplay(region.region), jobStatusText(region.status, region.rawStatus)});
    if (regions.isEmpty())
        text += QCoreApplication::translate("JobsCommand", "No per-region status reported.\n");
    else
        text += alignedTable({QCoreApplication::translate("JobsCommand", "REGION"),
                              QCoreApplication::translate("JobsCommand", "STATUS")},
                             regions);
    return text;
}
