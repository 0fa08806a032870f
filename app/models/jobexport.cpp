#include "jobexport.h"

#include "jobformat.h"
#include "jobtablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

DeliveryJob jobFromRow(const QAbstractItemModel &model, int row)
{
    auto raw = [&](int column) {
        return model.index(row, column).data(JobTableModel::RawValueRole);
    };
    DeliveryJob job;
    job.jobId = raw(JobTableModel::JobIdColumn).toLongLong();
    job.trailName = raw(JobTableModel::TrailColumn).toString();
    job.homeRegion = raw(JobTableModel::HomeRegionColumn).toString();
    job.rawStatus = raw(JobTableModel::StatusColumn).toInt();
    job.status = jobStatusFromInt(job.rawStatus);
    job.eventsFrom = raw(JobTableModel::EventsFromColumn).toDateTime();
    job.eventsTo = raw(JobTableModel::EventsToColumn).toDateTime();
    job.createdTime = raw(JobTableModel::CreatedColumn).toDateTime();
    job.updatedTime = raw(JobTableModel::UpdatedColumn).toDateTime();
    return job;
}
} // namespace

namespace JobExport {

QJsonObject toJson(const DeliveryJob &job, const QString &requestId)
{
    QJsonObject object{
        {QStringLiteral("JobId"), job.jobId},
        {QStringLiteral("TrailName"), job.trailName},
        {QStringLiteral("HomeRegion"), job.homeRegion},
        {QStringLiteral("JobStatus"), job.rawStatus},
        {QStringLiteral("StartTime"), JobFormat::exactUtc(job.eventsFrom)},
        {QStringLiteral("EndTime"), JobFormat::exactUtc(job.eventsTo)},
        {QStringLiteral("CreatedTime"), JobFormat::exactUtc(job.createdTime)},
        {QStringLiteral("UpdatedTime"), JobFormat::exactUtc(job.updatedTime)},
    };
    if (!job.regions.isEmpty()) {
        QJsonArray regions;
        for (const RegionStatus &region : job.regions)
            regions.append(QJsonObject{{QStringLiteral("Region"), region.region},
                                       {QStringLiteral("Status"), region.rawStatus}});
        object.insert(QStringLiteral("Status"), regions);
    }
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("RequestId"), requestId);
    return object;
}

QByteArray rows(const QAbstractItemModel &model, Format format)
{
    const int count = model.rowCount();
    if (format == Format::Json) {
        QJsonArray array;
        for (int row = 0; row < count; ++row)
            array.append(toJson(jobFromRow(model, row)));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString csv = QStringLiteral("JobId,TrailName,HomeRegion,JobStatus,StatusText,StartTime,"
                                 "EndTime,CreatedTime,UpdatedTime\r\n");
    for (int row = 0; row < count; ++row) {
        const DeliveryJob job = jobFromRow(model, row);
        const QStringList fields{QString::number(job.jobId),
                                 csvField(job.trailName),
                                 csvField(job.homeRegion),
                                 QString::number(job.rawStatus),
                                 csvField(JobFormat::statusText(job.status, job.rawStatus)),
                                 JobFormat::exactUtc(job.eventsFrom),
                                 JobFormat::exactUtc(job.eventsTo),
                                 JobFormat::exactUtc(job.createdTime),
                                 JobFormat::exactUtc(job.updatedTime)};
        csv += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &contents, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("JobExport", "Could not write %1: %2")
                                .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace JobExport
