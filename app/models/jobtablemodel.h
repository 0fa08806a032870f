#pragma once

#include "jobformat.h"
#include "jobsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

/**
 * All backfill jobs of an account, fetched page by page: Qt's fetchmore pattern made
 * asynchronous. canFetchMore() is true while pages remain and none is in flight; fetchMore() only
 * starts a request; rows are inserted when the page arrives. Rows are keyed by JobId, so a
 * refresh updates rows in place (dataChanged), inserts new jobs and removes vanished ones instead
 * of resetting, which keeps the view's selection and scroll position.
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** The column's value unformatted (qint64, QString, int, QDateTime UTC, seconds). */
        RawValueRole = Qt::UserRole + 1,
        JobIdRole,     ///< qint64, any column
        StatusRole,    ///< int(JobStatus), any column
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

    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 100;
    /** [ours] How many pages "Load all" and refresh keep in flight at once. */
    static constexpr int ParallelPages = 4;

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    /** Drops everything and, for a non-null source, starts loading page 1. */
    void setSource(JobSource *source);
    JobSource *source() const { return m_source; }

    /** Clamped to 1..100; applies to the next page fetched. */
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

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

    /** Forgets all rows and loads page 1 again (a model reset: use for a new account/region). */
    void reload();
    /** Re-lists the loaded range and applies the differences row by row. */
    void refresh();
    /** Fetches every remaining page, several at a time. */
    void loadAll();
    /** Repeats the operation that failed (keeps the rows already loaded). */
    void retry();

    /** TotalCount of the last page received; -1 before the first page. */
    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_operation != Operation::None; }
    bool isLoadingAll() const { return m_operation == Operation::LoadAll; }
    bool isRefreshing() const { return m_operation == Operation::Refresh; }
    /** True when every page has been fetched. */
    bool isComplete() const { return m_exhausted; }
    /** Whether page 1 has arrived at least once since the last reload. */
    bool hasListed() const { return m_listed; }
    std::optional<ApiError> lastError() const { return m_error; }

    DeliveryJob jobAt(int row) const;
    /** -1 when the job is not loaded. */
    int rowOfJob(qint64 jobId) const;
    /** SortKeyRole's value without the QVariant: what JobFilterProxyModel compares. */
    qint64 sortKey(int row, int column) const;
    /** Updates one job in place (e.g. from GetDeliveryHistoryJob); a new job goes on top. */
    void applyJob(const DeliveryJob &job);
    /** Removes a job the service confirmed deleted. */
    void removeJob(qint64 jobId);
    /** Trail names seen in the loaded jobs, sorted. */
    QStringList trailNames() const { return m_trailNames; }
    /** Loaded jobs whose status is 0 or 1. */
    QList<qint64> activeJobIds() const;
    /** Emits dataChanged for the running durations (call periodically). */
    void refreshDurations();
    /** Bytes the model keeps for its rows, index and string pools (for the memory budget). */
    qint64 approximateMemoryBytes() const;

signals:
    void loadingChanged(bool loading);
    /** Rows loaded and the service's TotalCount (-1 while unknown). */
    void countsChanged(int loaded, int total);
    void errorOccurred(const ApiError &error);
    void errorCleared();
    void retrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    /** A job seen active before is now complete or failed. */
    void jobFinished(qint64 jobId, JobStatus status, const QString &trailName);
    /** "Load all" progress in pages (0 of 0 until the first page is in). */
    void loadAllProgress(int pagesDone, int pagesTotal);

private:
    enum class Operation { None, FetchPage, LoadAll, Refresh };

    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    struct Row
    {
        qint64 jobId = 0;
        qint64 eventsFrom = NoTime; // seconds since the epoch, UTC
        qint64 eventsTo = NoTime;
        qint64 created = NoTime;
        qint64 updated = NoTime;
        qint32 rawStatus = -1;
        quint32 trail = 0;  // index into m_trailPool
        quint32 region = 0; // index into m_regionPool
        bool operator==(const Row &o) const;
        bool operator!=(const Row &o) const { return !(*this == o); }
    };

    Row toRow(const DeliveryJob &job);
    quint32 intern(QStringList &pool, QHash<QString, quint32> &index, const QString &value);
    JobStatus statusOf(const Row &row) const { return jobStatusFromInt(row.rawStatus); }
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    qint64 sortKeyOf(const Row &row, int column) const;
    /** Rank of each pool entry in case-insensitive order; names equal but for case tie. */
    static QList<quint32> ranksOf(const QStringList &pool);
    QDateTime now() const;

    void startOperation(Operation operation);
    void finishOperation();
    struct PageRequest
    {
        quint64 generation = 0;
        int pageNumber = 1;
        int pageSize = DefaultPageSize;
    };
    void requestPage(int pageNumber, int pageSize);
    void onPage(PendingJobRequest *request, const PageRequest &info, const JobPage &page);
    void onPageFailed(PendingJobRequest *request, const PageRequest &info, const ApiError &error);
    void pumpBatch();
    bool startListAll();
    void appendJobs(const QList<DeliveryJob> &jobs);
    void applyRefresh(const QList<DeliveryJob> &jobs);
    void updateRow(int row, const Row &fresh);
    void rebuildIndexFrom(int firstRow);
    void abortAll();
    void setError(const ApiError &error);
    void clearError();
    void noteTotal(int total);
    void emitCounts();

    QPointer<JobSource> m_source;
    int m_pageSize = DefaultPageSize;
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

    // Paging: rows of the service's list covered by pages received, counted from the top.
    qint64 m_coveredRows = 0;
    int m_totalCount = -1;
    bool m_exhausted = false;
    bool m_listed = false;

    Operation m_operation = Operation::None;
    Operation m_failedOperation = Operation::None;
    quint64 m_generation = 0;
    QList<QPointer<PendingJobRequest>> m_inFlight;
    std::optional<ApiError> m_error;

    // Batches (LoadAll, Refresh): pages queued, received, and (LoadAll) the next to append.
    int m_batchPageSize = MaxPageSize;
    QList<int> m_batchQueue;
    QMap<int, JobPage> m_batchDone;
    int m_batchNextToFlush = 1;
    int m_batchLastPage = 0;
    bool m_loadAllAfterFirstPage = false;
};
