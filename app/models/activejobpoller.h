#pragma once

#include "jobsource.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

class JobTableModel;

/**
 * Live progress: every interval, re-fetches the jobs that may still change (status 0 or 1) with
 * GetDeliveryHistoryJob and applies them to the model, so a finishing job updates its row (and
 * the model reports jobFinished). On errors the interval doubles up to maxInterval; the first
 * success restores it.
 */
class ActiveJobPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultInterval {10};
    static constexpr std::chrono::minutes MaxInterval {5};

    explicit ActiveJobPoller(JobTableModel *model, QObject *parent = nullptr);

    void setSource(JobSource *source);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    /** The interval in use now (longer than interval() while backing off). */
    std::chrono::milliseconds currentInterval() const;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /** Polls now (also called by the timer). Jobs already being fetched are skipped. */
    void pollNow();

signals:
    /** A fresh copy of an active job, with its regions. */
    void jobUpdated(const DeliveryJob &job, const QString &requestId);
    void pollFailed(qint64 jobId, const ApiError &error);

private:
    void schedule();

    JobTableModel *m_model;
    QPointer<JobSource> m_source;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = DefaultInterval;
    int m_backoffSteps = 0;
    bool m_paused = false;
    QSet<qint64> m_inFlight;
    QList<QPointer<PendingJobRequest>> m_requests;
};
