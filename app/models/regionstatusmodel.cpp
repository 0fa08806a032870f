#include "regionstatusmodel.h"

#include "domain/regioncatalog.h"

RegionStatusModel::RegionStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionStatusModel::setRegions(const QList<RegionStatus> &regions)
{
    bool sameRegions = regions.size() == m_regions.size();
    for (qsizetype i = 0; sameRegions && i < regions.size(); ++i)
        sameRegions = regions[i].region == m_regions[i].region;
    if (!sameRegions) {
        beginResetModel();
        m_regions = regions;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (regions[i] == m_regions[i])
            continue;
        m_regions[i] = regions[i];
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void RegionStatusModel::setStatusDecorator(JobFormat::StatusDecorator decorator)
{
    m_decorator = std::move(decorator);
}

int RegionStatusModel::countWithStatus(JobStatus status) const
{
    return int(std::count_if(m_regions.cbegin(), m_regions.cend(),
                             [status](const RegionStatus &r) { return r.status == status; }));
}

QString RegionStatusModel::summary() const
{
    const int total = int(m_regions.size());
    if (total == 0)
        return tr("No regions reported yet");
    // Two source texts so untranslated English reads right; translators get %n forms for both.
    QString text = (total == 1 ? tr("%1 of %n region complete", nullptr, total)
                               : tr("%1 of %n regions complete", nullptr, total))
                       .arg(countWithStatus(JobStatus::Complete));
    if (const int failed = countWithStatus(JobStatus::Failed))
        text += tr(", %n failed", nullptr, failed);
    if (const int delivering = countWithStatus(JobStatus::Delivering))
        text += tr(", %n delivering", nullptr, delivering);
    if (const int initializing = countWithStatus(JobStatus::Initializing))
        text += tr(", %n initializing", nullptr, initializing);
    return text;
}

int RegionStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionStatus &region = m_regions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegionIdColumn:
            return region.region;
        case RegionNameColumn: {
            const QString name = RegionCatalog::displayName(region.region);
            return name.isEmpty() ? tr("(unknown region)") : name;
        }
        case StatusColumn:
            return JobFormat::statusText(region.status, region.rawStatus);
        }
        return {};
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && m_decorator)
            return m_decorator(region.status, role);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case RegionIdColumn:
            return region.region;
        case RegionNameColumn:
            return RegionCatalog::displayName(region.region);
        case StatusColumn:
            return region.rawStatus;
        }
        return {};
    case StatusRole:
        return int(region.status);
    default:
        return {};
    }
}

QVariant RegionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case RegionIdColumn:
            return tr("Region ID");
        case RegionNameColumn:
            return tr("Region");
        case StatusColumn:
            return tr("Status");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}
