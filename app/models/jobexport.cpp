#include "jobexport.h"

#include "domain/jobserializer.h"
#include "jobtablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
DeliveryJob jobFromRow(const QAbstractItemModel &model, int row)
{
    auto raw
        = [&](int column) { return model.index(row, column).data(JobTableModel::RawValueRole); };
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
    return JobSerializer::toDetailJson(job, requestId);
}

QByteArray rows(const QAbstractItemModel &model, Format format)
{
    QList<DeliveryJob> jobs;
    const int count = model.rowCount();
    jobs.reserve(count);
    for (int row = 0; row < count; ++row)
        jobs.append(jobFromRow(model, row));
    if (format == Format::Json) {
        QJsonArray array;
        for (const DeliveryJob &job : std::as_const(jobs))
            array.append(JobSerializer::toJson(job));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return JobSerializer::toCsv(jobs).toUtf8();
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
