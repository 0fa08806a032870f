#pragma once

#include "domain/deliveryjob.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

class JobTableModel;

/**
 * Search, status filter, created-time range and sorting over a JobTableModel. Sorting uses
 * JobTableModel::SortKeyRole, so dates and numbers sort as such, not as text, and names by rank.
 */
class JobFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /** Which statuses pass; combine with |. */
    enum StatusFlag {
        InitializingFlag = 0x1,
        DeliveringFlag = 0x2,
        CompleteFlag = 0x4,
        FailedFlag = 0x8,
        UnknownFlag = 0x10,
        ActiveFlags = InitializingFlag | DeliveringFlag,
        AllStatuses = 0x1f,
    };
    Q_DECLARE_FLAGS(StatusFlags, StatusFlag)
    Q_FLAG(StatusFlags)

    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /** Case-insensitive substring of the trail name, or of the job id's digits. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setStatusFilter(StatusFlags statuses);
    StatusFlags statusFilter() const { return m_statuses; }

    /** Jobs created within [from, to]; an invalid bound is open. */
    void setCreatedRange(const QDateTime &from, const QDateTime &to);
    QDateTime createdFrom() const { return m_createdFrom; }
    QDateTime createdTo() const { return m_createdTo; }

    static StatusFlag flagFor(JobStatus status);
    /** True while search, status filter or created range hide rows. */
    bool isFiltering() const;

    /**
     * No automatic paging while filtering: a search matching few rows would otherwise make the
     * view fetch page after page. The window offers Load more / Load all explicitly instead.
     */
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    JobTableModel *m_jobs = nullptr;
    QString m_searchText;
    StatusFlags m_statuses = AllStatuses;
    QDateTime m_createdFrom;
    QDateTime m_createdTo;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JobFilterProxyModel::StatusFlags)
