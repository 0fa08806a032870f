#include "trailtablemodel.h"

#include "domain/safetext.h"
#include "jobformat.h"
#include "trailbrowser.h"
#include "trailformat.h"

TrailTableModel::TrailTableModel(TrailBrowser *trails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_trails(trails)
{
    // The browser replaces its list in one step: a reset is exactly what happened.
    connect(m_trails, &TrailBrowser::trailsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_trails, &TrailBrowser::entryChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_trails, &TrailBrowser::coverageChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, LastTaskColumn), index(rowCount() - 1, ColumnCount - 1));
    });
}

int TrailTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_trails->count();
}

int TrailTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrailTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrailEntry &entry = m_trails->entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case TrailNameRole:
        return entry.trail.name;
    case ReadyRole:
        return entry.readiness.isReady();
    default:
        return {};
    }
}

QVariant TrailTableModel::displayData(int row, int column) const
{
    const TrailEntry &entry = m_trails->entry(row);
    const bool loaded = entry.statusState == TrailEntry::StatusState::Loaded;
    const bool failed = entry.statusState == TrailEntry::StatusState::Failed;
    switch (column) {
    case NameColumn:
        return SafeText::forDisplay(entry.trail.name);
    case HomeRegionColumn:
        return SafeText::forDisplay(entry.trail.homeRegion);
    case TargetsColumn:
        return TrailFormat::targets(entry.trail);
    case LoggingColumn:
        return TrailFormat::loggingStatus(entry.trail);
    case LastDeliveryColumn:
        if (failed)
            return tr("status unavailable");
        if (!loaded)
            return tr("loading\u2026");
        return entry.status.latestDeliveryTime.isValid()
            ? JobFormat::dateTime(entry.status.latestDeliveryTime, true, false)
            : tr("never");
    case SlsErrorColumn:
        return loaded ? SafeText::forDisplay(entry.status.latestDeliveryLogServiceError)
                      : QString();
    case ReadinessColumn:
        return TrailFormat::readinessShort(entry.readiness);
    case LastTaskColumn:
        return TrailFormat::lastTask(entry.coverage);
    case NewTaskWindowColumn:
        return entry.readiness.isReady()
            ? TrailFormat::newTaskWindow(m_trails->now(), entry.startedLogging())
            : QString();
    default:
        return {};
    }
}

QVariant TrailTableModel::toolTip(int row, int column) const
{
    const TrailEntry &entry = m_trails->entry(row);
    switch (column) {
    case LastDeliveryColumn:
        if (entry.statusState == TrailEntry::StatusState::Failed)
            return SafeText::forDisplay(entry.statusError.code + QLatin1Char(' ')
                                        + entry.statusError.message);
        return JobFormat::exactUtc(entry.status.latestDeliveryTime);
    case ReadinessColumn:
        return entry.readiness.explanation();
    case SlsErrorColumn:
        return displayData(row, column);
    case NewTaskWindowColumn:
        return displayData(row, column);
    default:
        return {};
    }
}

QVariant TrailTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Trail");
    case HomeRegionColumn:
        return tr("Home region");
    case TargetsColumn:
        return tr("Delivers to");
    case LoggingColumn:
        return tr("Logging");
    case LastDeliveryColumn:
        return tr("Last delivery");
    case SlsErrorColumn:
        return tr("Last SLS delivery error");
    case ReadinessColumn:
        return tr("Backfill");
    case LastTaskColumn:
        return tr("Last task");
    case NewTaskWindowColumn:
        return tr("A new task would cover");
    default:
        return {};
    }
}
