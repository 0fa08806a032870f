#pragma once

#include "jobformat.h"

#include <QAbstractTableModel>

/**
 * The per-region progress of one job (GetDeliveryHistoryJob's Status array): region ID, its
 * display name, and the status. setRegions() with the same regions in the same order updates in
 * place, so a live refresh does not lose the view's selection.
 */
class RegionStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegionIdColumn, RegionNameColumn, StatusColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, StatusRole };

    explicit RegionStatusModel(QObject *parent = nullptr);

    void setRegions(const QList<RegionStatus> &regions);
    QList<RegionStatus> regions() const { return m_regions; }
    void setStatusDecorator(JobFormat::StatusDecorator decorator);

    int countWithStatus(JobStatus status) const;
    /** "4 of 6 regions complete, 1 failed"; "No regions reported yet" when empty. */
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RegionStatus> m_regions;
    JobFormat::StatusDecorator m_decorator;
};
