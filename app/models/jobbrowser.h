#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "jobdetailloader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ActiveJobPoller;
class JobFilterProxyModel;
class JobListLoader;
class JobSource;
class JobTableModel;

/**
 * The job browser without its widgets: it owns the job rows (JobTableModel, the one writer of
 * job data), the filtered and sorted view of them, the loader that pages them in, the poller
 * that follows running tasks, the detail loader, and the timers; and it runs the flows a person
 * starts (refresh, load all, create, delete, select, retry) and decides what each answer means
 * (a delete answered "not found" after a dropped answer means the task is gone). Widgets are
 * given a JobBrowser and only show it and call it, so every rule here is testable without a
 * window.
 */
class JobBrowser : public QObject
{
    Q_OBJECT

public:
    using Retry = std::function<void()>;
    /** How many rows below and above the selection are fetched ahead. */
    static constexpr int PrefetchBelow = 4;
    static constexpr int PrefetchAbove = 2;

    explicit JobBrowser(QObject *parent = nullptr);
    ~JobBrowser() override;

    /** Lists from `source` (not owned; nullptr: nothing to show). Drops rows and selection. */
    void setSource(JobSource *source);
    JobSource *source() const { return m_source; }

    JobTableModel *model() const { return m_model; }
    JobFilterProxyModel *proxy() const { return m_proxy; }
    JobListLoader *list() const { return m_list; }
    ActiveJobPoller *poller() const { return m_poller; }
    JobDetailLoader *details() const { return m_details; }

    /** Re-lists the loaded range and fetches the selected job again. */
    void refresh();
    /** Every remaining task, page by page (loadProgress), until done, failed or cancelled. */
    void loadAll();
    /** Stops Load all; the rows that arrived stay. */
    void cancelLoad();
    /** Repeats the listing that failed. */
    void retry();

    /** Creates a task; jobCreated() or actionFailed() follows. */
    void createJob(const QString &trailName, const QString &clientToken);
    /**
     * The service created `created` (here or from the New Task dialog): say so (jobCreated), and
     * fetch it so it shows at once on top (jobShown).
     */
    void adoptCreatedJob(const CreatedJob &created, const QString &trailName);
    /** Deletes a task; jobDeleted() or actionFailed() follows. */
    void deleteJob(qint64 jobId);

    /** The task the person looks at (0: none): its details are shown from cache and fetched. */
    void select(qint64 jobId);
    qint64 selectedJobId() const { return m_selected; }
    /** The selected task as the model has it, with its regions from the detail loader. */
    JobDetail selectedDetail() const;
    /** Fetches the selected task again (the detail pane's Retry). */
    void reloadSelected();
    /** The first running task loaded, 0 when none (the service runs one at a time). */
    qint64 runningJobId() const;

    /**
     * Whether the rows around the selection are fetched ahead (default on; off costs a round
     * trip per selection but no request for rows never looked at).
     */
    void setPrefetchEnabled(bool enabled);
    bool isPrefetchEnabled() const { return m_prefetch; }

    void setShowUtc(bool showUtc);
    /** 0 stops the periodic refresh of the whole list. */
    void setAutoRefreshSeconds(int seconds);
    void setClock(std::function<QDateTime()> clock);

signals:
    void sourceChanged(JobSource *source);
    /** An action (create, delete) failed; `retry` repeats it. */
    void actionFailed(const ApiError &error, const JobBrowser::Retry &retry);
    void jobCreated(const CreatedJob &created, const QString &trailName);
    /** A task this app created is in the table now (select it). */
    void jobShown(qint64 jobId);
    /** `alreadyGone`: the service no longer knew it (deleted elsewhere, or a dropped answer). */
    void jobDeleted(qint64 jobId, const QString &requestId, bool alreadyGone);
    void jobFinished(qint64 jobId, JobStatus status, const QString &trailName);
    /** Load all: `done` of `total` rows (total -1 while unknown). */
    void loadProgress(int done, int total);
    /** What the selected task shows changed (row, regions, loading, failure). */
    void selectedDetailChanged();
    /** The running task changed (0: none runs). */
    void runningJobChanged(qint64 jobId);

private:
    void updatePrefetch();
    void checkRunningJob();

    QPointer<JobSource> m_source;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    JobListLoader *m_list;
    ActiveJobPoller *m_poller;
    JobDetailLoader *m_details;
    QTimer m_autoRefresh;
    QTimer m_durations;
    QTimer m_runningCheck;
    qint64 m_selected = 0;
    qint64 m_running = 0;
    bool m_prefetch = true;
};
