#pragma once

#include "domain/trail.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

/** One emulated backfill task, kept compact so that 100,000 of them cost a few megabytes. */
struct EmulatedJob
{
    static constexpr int maxRegions = 6;

    qint64 jobId = 0;
    int trailIndex = 0;
    qint64 createdSecs = 0; ///< seconds since the epoch, UTC
    qint64 updatedSecs = 0;
    int regionCount = 0;
    std::array<quint8, maxRegions> regions {}; ///< indexes into JobStore::knownRegions()
    std::array<qint8, maxRegions> regionStatus {}; ///< 0 initializing .. 3 failed

    /** The overall JobStatus the service derives from its regions (0..3). */
    int jobStatus() const;
    bool isRunning() const;
};

/** A trail of the emulated account; only trails that exist can be backfilled. */
struct EmulatedTrail
{
    QString name;
    int homeRegion = 0; ///< index into JobStore::knownRegions()
    bool deliversToSls = true;
    bool deliversToOss = false;
    bool organization = false;
    /** "Enable", "Disable" or "Fresh". */
    QString status = QStringLiteral("Enable");
    qint64 createdSecs = 0;
    qint64 startedLoggingSecs = 0; ///< 0: never started (Fresh)
    qint64 stoppedLoggingSecs = 0; ///< 0: not stopped
    /** GetTrailStatus' LatestDeliveryLogServiceError; empty when SLS delivery works. */
    QString slsDeliveryError;
};

/**
 * The emulated account: its trails and backfill tasks, generated from a seed.
 *
 * The same seed, job count and "now" give the same account, byte for byte. Jobs are kept newest
 * first (CreatedTime, then JobId, descending), which is the order ListDeliveryHistoryJobs pages
 * through; a page costs O(page size) whatever the number of jobs. The oldest seeded job is always
 * the documentation's sample (JobId 16602 of "trail-name" in cn-hangzhou), so the spec's V3-b
 * vector can be replayed against any seeded account.
 */
class JobStore
{
public:
    enum class CreateOutcome {
        Created,
        SameClientToken,
        TrailNotFound,
        AlreadyRunning,
        OrganizationTrail,
        NoSlsDelivery,
        NotLogging,
        OtherRegion,
    };
    struct CreateResult
    {
        CreateOutcome outcome = CreateOutcome::Created;
        qint64 jobId = 0;
    };

    /** `firstJobId`: the oldest task's id (0: the documentation's sample, 16602). */
    JobStore(quint64 seed, int jobCount, qint64 nowSecs, qint64 firstJobId = 0);

    /** The known ActionTrail region ids, in RegionCatalog's order. */
    static const QStringList &knownRegions();

    int count() const { return int(m_jobs.size()); }
    const QList<EmulatedTrail> &trails() const { return m_trails; }
    /** Jobs [offset, offset + limit) in listing order; empty past the end. */
    QList<const EmulatedJob *> page(qint64 offset, int limit) const;
    const EmulatedJob *find(qint64 jobId) const;
    /** Adds a job as given (tests: a job with a known id); keeps the listing order. */
    void insert(const EmulatedJob &job);
    int trailIndex(const QString &name) const;
    /** Adds a trail (tests: a trail of a known kind); its name must be new. */
    void addTrail(const EmulatedTrail &trail);
    /** The trail as DescribeTrails describes it. */
    Trail describeTrail(int index) const;
    /** GetTrailStatus' answer for the trail (without RequestId), as of `nowSecs`. */
    TrailStatus trailStatus(int index, qint64 nowSecs) const;
    /** The region id of a JobStore::knownRegions() index. */
    static QString regionId(int index);

    /**
     * Create semantics: an idempotent ClientToken, an existing trail that can be backfilled
     * (single-account, delivering to SLS, logging; in `region` when not empty), one running task
     * at most.
     */
    CreateResult create(const QString &trailName, const QString &clientToken, qint64 nowSecs,
                        const QString &region = {});
    /** The jobs whose trail lives in `region`, [offset, offset + limit) in listing order. */
    QList<const EmulatedJob *> pageInRegion(const QString &region, qint64 offset, int limit) const;
    int countInRegion(const QString &region) const;
    bool remove(qint64 jobId);
    /** Moves the running task one region step on (0 -> 1 -> 2, sometimes 3); see EmulatorPolicy. */
    void tick(qint64 nowSecs);

    /** The list entry (no Status array) or, with regions, GetDeliveryHistoryJob's fields. */
    QJsonObject toJson(const EmulatedJob &job, bool withRegions) const;
    /**
     * toJson(job, false) as compact JSON, cached until the job changes: listing pages are built
     * from these (building and writing the QJsonObjects was 95% of the emulator's CPU per page,
     * which the listing benchmark charged to whichever client it measured).
     */
    QByteArray listEntryJson(const EmulatedJob &job) const;
    static QString formatTime(qint64 secs);

private:
    void generate(int jobCount, qint64 nowSecs);
    void addTrailsOfEveryKind(qint64 nowSecs);
    EmulatedJob newJob(int trailIndex, qint64 nowSecs);
    const EmulatedJob *runningJob() const;

    QRandomGenerator m_random;
    QList<EmulatedTrail> m_trails;
    std::vector<EmulatedJob> m_jobs; // newest first
    QHash<QString, qint64> m_clientTokens;
    qint64 m_firstJobId = 0;
    qint64 m_lastJobId = 0;

    struct CachedListEntry
    {
        qint64 updatedSecs = 0;
        int jobStatus = -1;
        QByteArray json;
    };
    // Only what a list entry shows can change: the status and UpdatedTime (tick), or the job goes.
    mutable QHash<qint64, CachedListEntry> m_listEntries;
};
