#pragma once

#include "domain/deliveryjob.h"
#include "jobformat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

/**
 * The backfill jobs loaded so far, one row each, keyed by JobId, and their roles. The model is
 * the one writer of job data: the table, the detail pane and the poller all read or write here.
 * Paging, refresh and retries belong to JobListLoader beside it, which answers the view's
 * canFetchMore()/fetchMore() (Qt's fetchmore pattern made asynchronous).
 *
 * Memory: a row is a fixed-size struct (times as seconds, trail and region as indices into
 * interned string pools); display text is made on demand in data().
 */
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        JobIdColumn,
        TrailColumn,
        HomeRegionColumn,
        StatusColumn,
        EventsFromColumn,
        EventsToColumn,
        CreatedColumn,
        UpdatedColumn,
        DurationColumn,
        RegionColumn, ///< All regions: the region whose endpoint listed the task
        AccountColumn, ///< All accounts: the member account (display name and id)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** The column's value unformatted (qint64, QString, int, QDateTime UTC, seconds). */
        RawValueRole = Qt::UserRole + 1,
        JobIdRole, ///< qint64, any column
        StatusRole, ///< int(JobStatus), any column
        RawStatusRole, ///< the service's number, any column
        /**
         * What the proxy sorts by, a qint64 for every column: the number itself, seconds since
         * the epoch for times, and for trail and region the name's rank among the loaded names
         * in case-insensitive order (the order comparing the text gave, at a fraction of its
         * cost: 100,000 rows by trail took 174 ms as text).
         */
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    /**
     * Who answers canFetchMore()/fetchMore() (the JobListLoader beside the model): a view asks
     * the model, the loader knows whether pages remain.
     */
    void setFetcher(std::function<bool()> canFetchMore, std::function<void()> fetchMore);

    void setShowUtc(bool showUtc);
    bool showUtc() const { return m_showUtc; }
    /** The clock for running durations (tests pin it). */
    void setClock(std::function<QDateTime()> clock);
    void setStatusDecorator(JobFormat::StatusDecorator decorator);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Forgets every row (a model reset: a new account, region or listing). */
    void clear();
    /** Adds jobs at the bottom in the given order; a job already here is updated in place. */
    void appendJobs(const QList<DeliveryJob> &jobs);
    /**
     * Makes the rows equal `jobs` (the service's current view of the loaded range, in its order)
     * row by row: vanished jobs are removed, known ones updated in place, new ones inserted after
     * the job listed before them. No reset, so views keep selection and scroll position.
     */
    void applyListing(const QList<DeliveryJob> &jobs);

    DeliveryJob jobAt(int row) const;
    /** -1 when the job is not loaded. */
    int rowOfJob(qint64 jobId) const;
    /** SortKeyRole's value without the QVariant: what JobFilterProxyModel compares. */
    qint64 sortKey(int row, int column) const;
    /**
     * Updates one job in place (e.g. from GetDeliveryHistoryJob); a new job goes on top. True
     * when the job was new.
     */
    bool applyJob(const DeliveryJob &job);
    /** Removes a job the service confirmed deleted; false when it was not here. */
    bool removeJob(qint64 jobId);
    /** Trail names seen in the loaded jobs, sorted. */
    QStringList trailNames() const { return m_trailNames; }
    /** Loaded jobs whose status is 0 or 1. */
    QList<qint64> activeJobIds() const;
    /** Emits dataChanged for the running durations (call periodically). */
    void refreshDurations();
    /** Bytes the model keeps for its rows, index and string pools (for the memory budget). */
    qint64 approximateMemoryBytes() const;

signals:
    /** A job seen active before is now complete or failed. */
    void jobFinished(qint64 jobId, JobStatus status, const QString &trailName);

private:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    struct Row
    {
        qint64 jobId = 0;
        qint64 eventsFrom = NoTime; // seconds since the epoch, UTC
        qint64 eventsTo = NoTime;
        qint64 created = NoTime;
        qint64 updated = NoTime;
        qint32 rawStatus = -1;
        quint32 trail = 0; // index into m_trailPool
        quint32 region = 0; // index into m_regionPool
        quint32 listedIn = 0; // index into m_regionPool; 0 ("") outside All regions
        quint32 account = 0; // index into m_accountPool; 0 ("") outside All accounts
        bool operator==(const Row &o) const;
        bool operator!=(const Row &o) const { return !(*this == o); }
    };

    Row toRow(const DeliveryJob &job);
    quint32 intern(QStringList &pool, QHash<QString, quint32> &index, const QString &value);
    quint32 internAccount(const QString &accountId, const QString &accountName);
    QString accountText(const Row &row) const;
    JobStatus statusOf(const Row &row) const { return jobStatusFromInt(row.rawStatus); }
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    qint64 sortKeyOf(const Row &row, int column) const;
    /** Rank of each pool entry in case-insensitive order; names equal but for case tie. */
    static QList<quint32> ranksOf(const QStringList &pool);
    QDateTime now() const;

    void updateRow(int row, const Row &fresh);
    void rebuildIndexFrom(int firstRow);

    std::function<bool()> m_canFetchMore;
    std::function<void()> m_fetchMore;
    bool m_showUtc = false;
    std::function<QDateTime()> m_clock;
    JobFormat::StatusDecorator m_decorator;

    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfJob;
    QStringList m_trailPool;
    QHash<QString, quint32> m_trailIndex;
    QStringList m_regionPool;
    // Sort ranks of the pools' entries, built on first use after a name was added (empty: stale).
    mutable QList<quint32> m_trailRanks;
    mutable QList<quint32> m_regionRanks;
    QHash<QString, quint32> m_regionIndex;
    QStringList m_trailNames;
    QStringList m_accountPool; // account ids
    QStringList m_accountNames; // the display name of each m_accountPool entry
    QHash<QString, quint32> m_accountIndex;
    mutable QList<quint32> m_accountRanks; // by "name (id)", like the column reads
};
