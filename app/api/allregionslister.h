#pragma once

#include "apierror.h"
#include "domain/deliveryjob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class ActionTrailClient;
class JobLister;

/** One region whose listing failed, and why. */
struct RegionFailure
{
    QString region;
    ApiError error;
};

/** What All regions listed. */
struct AllRegionsListing
{
    /** Every job once (by JobId), in the service's order: newest CreatedTime first. */
    QList<DeliveryJob> jobs;
    /** The region whose endpoint listed each job (the first in `regions` that did). */
    QHash<qint64, QString> listedIn;
    /** The regions to list, in the order asked (only the first when accountWide). */
    QStringList regions;
    /** True when the first region's endpoint listed tasks whose trails live in other regions,
     * and so, with setOneListingWhenAccountWide(), the other regions were not asked. */
    bool accountWide = false;
    /** True when `regions` are the home regions of the account's trails; false when they came
     * from DescribeRegions (no trails, or DescribeTrails failed). */
    bool regionsFromTrails = true;
    /** The regions that could not be listed; their jobs are missing, the others' are all there. */
    QList<RegionFailure> failures;
};

/**
 * All regions: lists every backfill task of the account whichever region's endpoint holds it.
 * Whether the service lists tasks per account or per region is not settled, and listing every
 * relevant region and de-duplicating by JobId is right under both readings.
 *
 * The regions are the home regions of the account's trails (DescribeTrails on the home client),
 * else every region DescribeRegions names. Each region is listed whole by a JobLister on a client
 * for that region (from the factory); at most maxConcurrent() page requests are under way in all
 * (one per region at a time, maxConcurrent() regions at once). A region that fails is reported
 * in the result without dropping the other regions' rows. Emits exactly one of finished() /
 * failed() per start(); failed() only when not even the list of regions could be had.
 */
class AllRegionsLister : public QObject
{
    Q_OBJECT

public:
    /** A client for `region` (its endpoint, the same key and settings); the lister owns it. */
    using ClientFactory = std::function<ActionTrailClient *(const QString &region)>;

    AllRegionsLister(ActionTrailClient *home, ClientFactory clientFor, QObject *parent = nullptr);
    ~AllRegionsLister() override;

    void setMaxConcurrent(int requests); ///< default 4
    int maxConcurrent() const { return m_maxConcurrent; }
    /** The most jobs one region may hold (JobLister::setMaxJobs). */
    void setMaxJobsPerRegion(qint64 jobs);
    /**
     * The first region is listed alone; when its endpoint answers with tasks of trails whose home
     * is another region, it lists the whole account (a task is created in its trail's home
     * region), and the other regions are not asked: an account-scoped service then costs one
     * listing, not one per region, at one round trip more for a region-scoped one. Default off.
     */
    void setOneListingWhenAccountWide(bool enabled) { m_oneListingWhenAccountWide = enabled; }
    /** Lists these regions instead of finding them out (the GUI's region list, tests). */
    void setRegions(const QStringList &regions);
    /** The most regions listed at once so far (for tests and the closing note). */
    int peakConcurrent() const { return m_peakConcurrent; }

    void start();
    /** Stops: `failed` with Kind::Cancelled once, if a listing was under way. */
    void abort();

signals:
    /** The regions that will be listed, and whether they came from the account's trails. */
    void regionsKnown(const QStringList &regions, bool fromTrails);
    /** One region is done: the jobs its endpoint listed (not yet de-duplicated). */
    void regionListed(const QString &region, const QList<DeliveryJob> &jobs);
    void regionFailed(const QString &region, const ApiError &error);
    void finished(const AllRegionsListing &listing);
    void failed(const ApiError &error);

private:
    void discoverFromTrails();
    /** `trailsError`: why DescribeTrails did not give the regions (none: it had no trails). */
    void discoverFromRegions(const std::optional<ApiError> &trailsError);
    void listRegions(const QStringList &regions, bool fromTrails);
    void launchMore();
    void onRegionDone(const QString &region);
    void assemble();
    void stopListers();

    QPointer<ActionTrailClient> m_home;
    ClientFactory m_clientFor;
    int m_maxConcurrent = 4;
    qint64 m_maxJobsPerRegion = 0;
    QStringList m_givenRegions;
    bool m_running = false;
    int m_generation = 0;
    int m_peakConcurrent = 0;
    int m_nextRegion = 0;
    bool m_oneListingWhenAccountWide = false;
    bool m_probing = false; // the first region is listed alone (accountWide)
    AllRegionsListing m_listing;
    QHash<QString, QList<DeliveryJob>> m_perRegion;
    QHash<QString, QPointer<JobLister>> m_active;
    QObject *m_children = nullptr; // parent of this run's clients and listers
};

Q_DECLARE_METATYPE(AllRegionsListing)
