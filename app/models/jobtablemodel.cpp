#include "jobtablemodel.h"

#include "domain/safetext.h"
#include "modelslogging.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace {
qint64 toSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QDateTime fromSeconds(qint64 seconds)
{
    if (seconds == std::numeric_limits<qint64>::min())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

bool JobTableModel::Row::operator==(const Row &o) const
{
    return jobId == o.jobId && eventsFrom == o.eventsFrom && eventsTo == o.eventsTo
        && created == o.created && updated == o.updated && rawStatus == o.rawStatus
        && trail == o.trail && region == o.region && listedIn == o.listedIn && account == o.account;
}

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Index 0 of each pool is the empty string, so a default Row is valid.
    m_trailPool << QString();
    m_trailIndex.insert(QString(), 0);
    m_regionPool << QString();
    m_regionIndex.insert(QString(), 0);
    m_accountPool << QString();
    m_accountNames << QString();
    m_accountIndex.insert(QString(), 0);
}

JobTableModel::~JobTableModel() = default;

void JobTableModel::setFetcher(std::function<bool()> canFetchMore, std::function<void()> fetchMore)
{
    m_canFetchMore = std::move(canFetchMore);
    m_fetchMore = std::move(fetchMore);
}

void JobTableModel::setShowUtc(bool showUtc)
{
    if (m_showUtc == showUtc)
        return;
    m_showUtc = showUtc;
    if (!m_rows.empty())
        emit dataChanged(index(0, EventsFromColumn), index(rowCount() - 1, UpdatedColumn),
                         {Qt::DisplayRole});
}

void JobTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void JobTableModel::setStatusDecorator(JobFormat::StatusDecorator decorator)
{
    m_decorator = std::move(decorator);
    if (!m_rows.empty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime JobTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QVariant JobTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case JobIdColumn:
        return QString::number(row.jobId);
    case TrailColumn:
        return m_trailPool.at(row.trail);
    case HomeRegionColumn:
        return m_regionPool.at(row.region);
    case RegionColumn:
        return m_regionPool.at(row.listedIn);
    case AccountColumn:
        return accountText(row);
    case StatusColumn:
        return JobFormat::statusText(statusOf(row), row.rawStatus);
    case EventsFromColumn:
        return JobFormat::dateTime(fromSeconds(row.eventsFrom), m_showUtc, false);
    case EventsToColumn:
        return JobFormat::dateTime(fromSeconds(row.eventsTo), m_showUtc, false);
    case CreatedColumn:
        return JobFormat::dateTime(fromSeconds(row.created), m_showUtc, false);
    case UpdatedColumn:
        return JobFormat::dateTime(fromSeconds(row.updated), m_showUtc, false);
    case DurationColumn:
        return JobFormat::duration(JobFormat::durationSeconds(
            statusOf(row), fromSeconds(row.created), fromSeconds(row.updated), now()));
    default:
        return {};
    }
}

QVariant JobTableModel::rawData(const Row &row, int column) const
{
    switch (column) {
    case JobIdColumn:
        return row.jobId;
    case TrailColumn:
        return m_trailPool.at(row.trail);
    case HomeRegionColumn:
        return m_regionPool.at(row.region);
    case RegionColumn:
        return m_regionPool.at(row.listedIn);
    case AccountColumn:
        return m_accountPool.at(row.account);
    case StatusColumn:
        return row.rawStatus;
    case EventsFromColumn:
        return fromSeconds(row.eventsFrom);
    case EventsToColumn:
        return fromSeconds(row.eventsTo);
    case CreatedColumn:
        return fromSeconds(row.created);
    case UpdatedColumn:
        return fromSeconds(row.updated);
    case DurationColumn:
        return JobFormat::durationSeconds(statusOf(row), fromSeconds(row.created),
                                          fromSeconds(row.updated), now());
    default:
        return {};
    }
}

qint64 JobTableModel::sortKey(int row, int column) const
{
    return sortKeyOf(m_rows[size_t(row)], column);
}

qint64 JobTableModel::sortKeyOf(const Row &row, int column) const
{
    switch (column) {
    case TrailColumn:
        if (m_trailRanks.isEmpty())
            m_trailRanks = ranksOf(m_trailPool);
        return m_trailRanks.at(row.trail);
    case HomeRegionColumn:
        if (m_regionRanks.isEmpty())
            m_regionRanks = ranksOf(m_regionPool);
        return m_regionRanks.at(row.region);
    case RegionColumn:
        if (m_regionRanks.isEmpty())
            m_regionRanks = ranksOf(m_regionPool);
        return m_regionRanks.at(row.listedIn);
    case AccountColumn:
        if (m_accountRanks.isEmpty()) {
            QStringList shown;
            shown.reserve(m_accountPool.size());
            for (qsizetype i = 0; i < m_accountPool.size(); ++i) {
                Row labelled;
                labelled.account = quint32(i);
                shown << accountText(labelled);
            }
            m_accountRanks = ranksOf(shown);
        }
        return m_accountRanks.at(row.account);
    // NoTime is the smallest qint64: unknown times sort first, as invalid QDateTimes did.
    case EventsFromColumn:
        return row.eventsFrom;
    case EventsToColumn:
        return row.eventsTo;
    case CreatedColumn:
        return row.created;
    case UpdatedColumn:
        return row.updated;
    case JobIdColumn:
        return row.jobId;
    case StatusColumn:
        return row.rawStatus;
    case DurationColumn:
        return JobFormat::durationSeconds(statusOf(row), fromSeconds(row.created),
                                          fromSeconds(row.updated), now());
    default:
        return 0;
    }
}

QList<quint32> JobTableModel::ranksOf(const QStringList &pool)
{
    QList<quint32> order(pool.size());
    std::iota(order.begin(), order.end(), 0);
    const auto lessThan = [&pool](quint32 a, quint32 b) {
        return QString::compare(pool.at(a), pool.at(b), Qt::CaseInsensitive) < 0;
    };
    std::sort(order.begin(), order.end(), lessThan);
    QList<quint32> ranks(pool.size());
    quint32 rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && lessThan(order[i - 1], order[i]))
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case EventsFromColumn:
            return tr("First event delivered (the service's StartTime): %1")
                .arg(JobFormat::exactUtc(fromSeconds(row.eventsFrom)));
        case EventsToColumn:
            return tr("Last event delivered (the service's EndTime): %1")
                .arg(JobFormat::exactUtc(fromSeconds(row.eventsTo)));
        case CreatedColumn:
            return m_showUtc ? JobFormat::exactUtc(fromSeconds(row.created))
                             : JobFormat::exactWithLocalZone(fromSeconds(row.created));
        case UpdatedColumn:
            return m_showUtc ? JobFormat::exactUtc(fromSeconds(row.updated))
                             : JobFormat::exactWithLocalZone(fromSeconds(row.updated));
        case StatusColumn:
            return tr("Status %1: %2")
                .arg(row.rawStatus)
                .arg(JobFormat::statusText(statusOf(row), row.rawStatus));
        case DurationColumn:
            return isJobActive(statusOf(row)) ? tr("Running for this long so far")
                                              : tr("From creation to the last update");
        default:
            return {};
        }
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        if (column == StatusColumn && m_decorator)
            return m_decorator(statusOf(row), role);
        return {};
    case Qt::TextAlignmentRole:
        if (column == JobIdColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
        return rawData(row, column);
    case SortKeyRole:
        return sortKeyOf(row, column);
    case JobIdRole:
        return row.jobId;
    case StatusRole:
        return int(statusOf(row));
    case RawStatusRole:
        return row.rawStatus;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case JobIdColumn:
            return tr("Job ID");
        case TrailColumn:
            return tr("Trail");
        case HomeRegionColumn:
            return tr("Home region");
        case StatusColumn:
            return tr("Status");
        case EventsFromColumn:
            return tr("Events from");
        case EventsToColumn:
            return tr("Events to");
        case CreatedColumn:
            return tr("Created");
        case UpdatedColumn:
            return tr("Updated");
        case DurationColumn:
            return tr("Duration");
        case RegionColumn:
            return tr("Region");
        case AccountColumn:
            return tr("Account");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EventsFromColumn:
        case EventsToColumn:
            return tr("The time window of the trail's events this task delivers, not when the "
                      "task ran");
        case DurationColumn:
            return tr("Running tasks: time so far. Finished tasks: creation to last update.");
        case RegionColumn:
            return tr("All regions: the region whose endpoint listed the task");
        case AccountColumn:
            return tr("All accounts: the member account that holds the task");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_canFetchMore && m_canFetchMore();
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && m_fetchMore)
        m_fetchMore();
}

void JobTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowOfJob.clear();
    m_trailPool = QStringList {QString()};
    m_trailIndex = {{QString(), 0}};
    m_regionPool = QStringList {QString()};
    m_regionIndex = {{QString(), 0}};
    m_accountPool = QStringList {QString()};
    m_accountNames = QStringList {QString()};
    m_accountIndex = {{QString(), 0}};
    m_accountRanks.clear();
    m_trailNames.clear();
    m_trailRanks.clear();
    m_regionRanks.clear();
    endResetModel();
}

quint32 JobTableModel::intern(QStringList &pool, QHash<QString, quint32> &index,
                              const QString &value)
{
    const auto it = index.constFind(value);
    if (it != index.cend())
        return *it;
    const auto id = quint32(pool.size());
    pool << value;
    index.insert(value, id);
    (&pool == &m_trailPool ? m_trailRanks : m_regionRanks).clear();
    if (&pool == &m_trailPool) {
        const auto at = std::lower_bound(m_trailNames.begin(), m_trailNames.end(), value);
        m_trailNames.insert(at, value);
    }
    return id;
}

JobTableModel::Row JobTableModel::toRow(const DeliveryJob &job)
{
    Row row;
    row.jobId = job.jobId;
    row.eventsFrom = toSeconds(job.eventsFrom);
    row.eventsTo = toSeconds(job.eventsTo);
    row.created = toSeconds(job.createdTime);
    row.updated = toSeconds(job.updatedTime);
    row.rawStatus = job.rawStatus;
    row.trail = intern(m_trailPool, m_trailIndex, job.trailName);
    row.region = intern(m_regionPool, m_regionIndex, job.homeRegion);
    row.listedIn = intern(m_regionPool, m_regionIndex, job.listedIn);
    row.account = internAccount(job.accountId, job.accountName);
    return row;
}

quint32 JobTableModel::internAccount(const QString &accountId, const QString &accountName)
{
    const auto found = m_accountIndex.constFind(accountId);
    if (found != m_accountIndex.constEnd()) {
        // A member renamed since it was listed: the newest name, for every row of it.
        if (m_accountNames.at(*found) != accountName && !accountName.isEmpty()) {
            m_accountNames[*found] = accountName;
            m_accountRanks.clear();
        }
        return *found;
    }
    const auto id = quint32(m_accountPool.size());
    m_accountPool << accountId;
    m_accountNames << accountName;
    m_accountIndex.insert(accountId, id);
    m_accountRanks.clear();
    return id;
}

QString JobTableModel::accountText(const Row &row) const
{
    const QString &id = m_accountPool.at(row.account);
    // A display name is the service's text: never a control character raw on screen.
    const QString name = SafeText::forDisplay(m_accountNames.at(row.account));
    if (name.isEmpty() || name == id)
        return id;
    return tr("%1 (%2)", "account display name (account id)").arg(name, id);
}

void JobTableModel::appendJobs(const QList<DeliveryJob> &jobs)
{
    std::vector<Row> fresh;
    fresh.reserve(size_t(jobs.size()));
    const int base = rowCount();
    for (const DeliveryJob &job : jobs) {
        const Row row = toRow(job);
        const auto it = m_rowOfJob.constFind(job.jobId);
        if (it == m_rowOfJob.cend()) {
            // Reserve the index now so a duplicate within the same page is caught too.
            m_rowOfJob.insert(job.jobId, base + int(fresh.size()));
            fresh.push_back(row);
        } else if (*it >= base) {
            fresh[size_t(*it - base)] = row;
        } else {
            // Pages shift while jobs are created: the job is already here, maybe changed.
            updateRow(*it, row);
        }
    }
    if (fresh.empty())
        return;
    beginInsertRows({}, base, base + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void JobTableModel::updateRow(int row, const Row &fresh)
{
    Row &old = m_rows[size_t(row)];
    if (old == fresh)
        return;
    const JobStatus before = statusOf(old);
    old = fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const JobStatus after = statusOf(fresh);
    if (isJobActive(before) && (after == JobStatus::Complete || after == JobStatus::Failed))
        emit jobFinished(fresh.jobId, after, m_trailPool.at(fresh.trail));
}

void JobTableModel::rebuildIndexFrom(int firstRow)
{
    for (size_t i = size_t(std::max(0, firstRow)); i < m_rows.size(); ++i)
        m_rowOfJob.insert(m_rows[i].jobId, int(i));
}

void JobTableModel::applyListing(const QList<DeliveryJob> &jobs)
{
    // The service's current view of the refreshed range, in its order, without duplicates.
    std::vector<Row> wanted;
    wanted.reserve(size_t(jobs.size()));
    QHash<qint64, int> wantedIndex;
    for (const DeliveryJob &job : jobs) {
        if (wantedIndex.contains(job.jobId))
            continue;
        wantedIndex.insert(job.jobId, int(wanted.size()));
        wanted.push_back(toRow(job));
    }

    // 1. Vanished jobs go, bottom-up in contiguous runs.
    int lowestRemoved = -1;
    for (int row = rowCount() - 1; row >= 0;) {
        if (wantedIndex.contains(m_rows[size_t(row)].jobId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wantedIndex.contains(m_rows[size_t(first - 1)].jobId))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_rowOfJob.remove(m_rows[size_t(r)].jobId);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        lowestRemoved = first;
        row = first - 1;
    }
    if (lowestRemoved >= 0)
        rebuildIndexFrom(lowestRemoved);

    // 2. Jobs still there are updated in place.
    for (const Row &row : wanted) {
        const int at = rowOfJob(row.jobId);
        if (at >= 0)
            updateRow(at, row);
    }

    // 3. New jobs are inserted after the job the service lists before them.
    int previousRow = -1;
    for (size_t i = 0; i < wanted.size();) {
        const int at = rowOfJob(wanted[i].jobId);
        if (at >= 0) {
            previousRow = at;
            ++i;
            continue;
        }
        size_t end = i;
        while (end < wanted.size() && rowOfJob(wanted[end].jobId) < 0)
            ++end;
        const int insertAt = previousRow + 1;
        beginInsertRows({}, insertAt, insertAt + int(end - i) - 1);
        m_rows.insert(m_rows.begin() + insertAt, wanted.begin() + qsizetype(i),
                      wanted.begin() + qsizetype(end));
        rebuildIndexFrom(insertAt);
        endInsertRows();
        previousRow = insertAt + int(end - i) - 1;
        i = end;
    }

    // 4. Rows that arrived out of the service's order (pages shown as they came, while jobs
    //    were created) are put in order in one layout change, persistent indexes following.
    bool inOrder = m_rows.size() == wanted.size();
    for (size_t i = 0; inOrder && i < wanted.size(); ++i)
        inOrder = m_rows[i].jobId == wanted[i].jobId;
    if (inOrder || m_rows.size() != wanted.size())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int to = wantedIndex.value(m_rows[size_t(index.row())].jobId, -1);
        after << (to >= 0 ? createIndex(to, index.column()) : QModelIndex());
    }
    // Steps 1-3 made the rows the same set as `wanted`, each equal to its counterpart.
    m_rows.assign(wanted.begin(), wanted.end());
    rebuildIndexFrom(0);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

DeliveryJob JobTableModel::jobAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &r = m_rows[size_t(row)];
    DeliveryJob job;
    job.jobId = r.jobId;
    job.trailName = m_trailPool.at(r.trail);
    job.homeRegion = m_regionPool.at(r.region);
    job.listedIn = m_regionPool.at(r.listedIn);
    job.accountId = m_accountPool.at(r.account);
    job.accountName = m_accountNames.at(r.account);
    job.rawStatus = r.rawStatus;
    job.status = statusOf(r);
    job.eventsFrom = fromSeconds(r.eventsFrom);
    job.eventsTo = fromSeconds(r.eventsTo);
    job.createdTime = fromSeconds(r.created);
    job.updatedTime = fromSeconds(r.updated);
    return job;
}

int JobTableModel::rowOfJob(qint64 jobId) const
{
    return m_rowOfJob.value(jobId, -1);
}

bool JobTableModel::applyJob(const DeliveryJob &job)
{
    const Row row = toRow(job);
    const int at = rowOfJob(job.jobId);
    if (at >= 0) {
        updateRow(at, row);
        return false;
    }
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), row);
    rebuildIndexFrom(0);
    endInsertRows();
    return true;
}

bool JobTableModel::removeJob(qint64 jobId)
{
    const int at = rowOfJob(jobId);
    if (at < 0)
        return false;
    beginRemoveRows({}, at, at);
    m_rowOfJob.remove(jobId);
    m_rows.erase(m_rows.begin() + at);
    rebuildIndexFrom(at);
    endRemoveRows();
    return true;
}

QList<qint64> JobTableModel::activeJobIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (isJobActive(statusOf(row)))
            ids << row.jobId;
    }
    return ids;
}

void JobTableModel::refreshDurations()
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (isJobActive(statusOf(m_rows[i]))) {
            const QModelIndex cell = index(int(i), DurationColumn);
            emit dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

qint64 JobTableModel::approximateMemoryBytes() const
{
    auto bytes = static_cast<qint64>(m_rows.capacity()) * qint64(sizeof(Row));
    // QHash: key + value + about one pointer of span/bucket overhead per entry.
    bytes += qint64(m_rowOfJob.capacity()) * qint64(sizeof(qint64) + sizeof(int) + sizeof(void *));
    for (const QString &s : m_trailPool)
        bytes += s.capacity() * 2 * 3; // pool, index key and the sorted name list
    for (const QString &s : m_regionPool)
        bytes += s.capacity() * 2 * 2;
    for (qsizetype i = 0; i < m_accountPool.size(); ++i)
        bytes += (m_accountPool.at(i).capacity() * 2 + m_accountNames.at(i).capacity()) * 2;
    return bytes;
}
