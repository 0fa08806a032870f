#pragma once

#include <QAbstractTableModel>

class TrailBrowser;

/**
 * The trails of a TrailBrowser as rows for the trails view: name, home region, targets, logging,
 * last delivery, last SLS delivery error, readiness, last task and what a new task would cover
 * today. The TrailBrowser is the one writer; the model only reads it and follows its signals.
 */
class TrailTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HomeRegionColumn,
        TargetsColumn,
        LoggingColumn,
        LastDeliveryColumn,
        SlsErrorColumn,
        ReadinessColumn,
        LastTaskColumn,
        NewTaskWindowColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TrailNameRole = Qt::UserRole + 1, ///< QString, any column
        ReadyRole, ///< bool: a backfill task can be created for it here
    };
    Q_ENUM(Role)

    explicit TrailTableModel(TrailBrowser *trails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    TrailBrowser *m_trails;
};
