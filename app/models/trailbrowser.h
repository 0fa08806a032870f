#pragma once

#include "api/apierror.h"
#include "domain/trail.h"
#include "trailcoverage.h"
#include "trailsource.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class JobBrowser;

/** One trail as the trails view shows it: DescribeTrails, GetTrailStatus and its coverage. */
struct TrailEntry
{
    enum class StatusState { Waiting, Loading, Loaded, Failed };

    Trail trail;
    BackfillReadiness readiness;
    StatusState statusState = StatusState::Waiting;
    TrailStatus status;
    /** Why GetTrailStatus failed (statusState Failed); the other trails are unaffected. */
    ApiError statusError;
    TrailCoverage coverage;

    /** The trail's start of logging: DescribeTrails', else GetTrailStatus'. */
    QDateTime startedLogging() const;
};

/**
 * The trails of the account without their widgets: lists them (DescribeTrails), asks each one's
 * status (GetTrailStatus, at most MaxStatusRequests at once, a failure kept with its trail),
 * decides readiness, and joins each trail with the tasks the JobBrowser has loaded into a
 * coverage picture, recomputed whenever those tasks change. A new source (account or region)
 * drops what is in flight and lists again. The trails view and the timeline only show it.
 */
class TrailBrowser : public QObject
{
    Q_OBJECT

public:
    /** GetTrailStatus requests in flight at once (an account has a handful of trails a region). */
    static constexpr int MaxStatusRequests = 4;

    /** `jobs` is not owned and must outlive the trail browser. */
    explicit TrailBrowser(JobBrowser *jobs, QObject *parent = nullptr);
    ~TrailBrowser() override;

    JobBrowser *jobs() const { return m_jobs; }

    /** Lists from `source` (not owned; nullptr: nothing to show). Drops what was in flight. */
    void setSource(TrailSource *source);
    TrailSource *source() const { return m_source; }
    /** Lists the trails and their status again. */
    void refresh();

    int count() const { return int(m_entries.size()); }
    const TrailEntry &entry(int index) const { return m_entries.at(index); }
    /** -1 when no trail has that name. */
    int indexOf(const QString &name) const;
    QList<Trail> trails() const;
    /** The region readiness is decided for (the source's). */
    QString region() const;

    bool isLoading() const { return !m_listRequest.isNull(); }
    /** Whether the last DescribeTrails failed, and why. */
    bool hasListError() const { return m_hasListError; }
    ApiError listError() const { return m_listError; }
    int statusRequestsInFlight() const { return int(m_statusRequests.size()); }

    /** The clock for the 90-day horizon (tests pin it). */
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

signals:
    /** The list of trails was replaced (listed, dropped). */
    void trailsReset();
    /** One trail's status or coverage changed. */
    void entryChanged(int index);
    /** Every trail's coverage was recomputed (the tasks changed). */
    void coverageChanged();
    void loadingChanged(bool loading);
    void listFailed(const ApiError &error);

private:
    void dropRequests();
    void onListed(const QList<Trail> &trails);
    void pumpStatus();
    void startStatus(int index);
    void recomputeCoverage();

    JobBrowser *m_jobs;
    QPointer<TrailSource> m_source;
    QList<TrailEntry> m_entries;
    QPointer<PendingTrailRequest> m_listRequest;
    /** Trail names whose status is in flight, and the request. */
    QList<std::pair<QString, QPointer<PendingTrailRequest>>> m_statusRequests;
    QList<QString> m_statusQueue;
    ApiError m_listError;
    bool m_hasListError = false;
    std::function<QDateTime()> m_clock;
    QTimer m_recompute;
};
